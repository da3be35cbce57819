#include "ui/proposals/ProposalsPane.h"

#include "models/itemmodels/ProposalListModel.h"
#include "models/jobs/ProposalExecute.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/proposals/ProposeDialog.h"
#include "ui_ProposalsPane.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>

namespace fusion {

namespace {
// Proposal states drawn with the colours of the matching operation states.
QString badgeKey(const QVariant& state)
{
    const QString s = state.toString();
    if (s == QLatin1String("pending"))
        return QStringLiteral("queued");
    if (s == QLatin1String("executing"))
        return QStringLiteral("running");
    if (s == QLatin1String("executed"))
        return QStringLiteral("succeeded");
    return s;
}
} // namespace

ProposalsPane::ProposalsPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::ProposalsPane>())
    , m_model(new ProposalListModel(this))
    , m_client(new OdooClient(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1); // the list and the review take all the height
    for (const char* s : {"pending", "executed", "failed", "cancelled"})
        m_ui->stateCombo->addItem(ProposalListModel::stateLabel(QLatin1String(s)), QLatin1String(s));
    m_ui->stateCombo->addItem(tr("All"), QString());
    connect(m_ui->stateCombo, &QComboBox::activated, this, &ProposalsPane::reload);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->setItemDelegateForColumn(
        ProposalListModel::StateColumn, new BadgeDelegate(ProposalListModel::StateRole, this, badgeKey));
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->stepsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProposalsPane::showSelected);
    connect(m_ui->executeButton, &QPushButton::clicked, this, &ProposalsPane::execute);
    connect(m_ui->cancelProposalButton, &QPushButton::clicked, this, &ProposalsPane::cancelSelected);
    connect(m_ui->abandonButton, &QPushButton::clicked, this, &ProposalsPane::abandonSelected);
    connect(m_ui->newProposalButton, &QPushButton::clicked, this, [this] { propose(); });
    m_ui->newProposalButton->setProperty("fusionWrite", true);
    m_ui->abandonButton->setProperty("fusionWrite", true);
    m_ui->executeButton->setProperty("fusionWrite", true);
    m_ui->cancelProposalButton->setProperty("fusionWrite", true);
    coverWhileLoading(m_ui->tableView);
    watchTables({QStringLiteral("odoo_proposals")});
    showSelected();
}

ProposalsPane::~ProposalsPane() = default;

void ProposalsPane::reload()
{
    const QString state = m_ui->stateCombo->currentData().toString();
    loadPane([state](Database& db) { return OdooProposals::list(db, state, {}, 500); },
             [this](const QList<Proposal>& proposals) {
                 const qint64 keep = m_wanted ? m_wanted : (selected() ? selected()->id : 0);
                 const bool first = m_model->rowCount() == 0;
                 m_model->setRows(proposals);
                 if (first)
                     m_ui->tableView->resizeColumnsToContents();
                 m_ui->countLabel->setText(tr("%n proposal(s)", nullptr, int(proposals.size())));
                 for (int row = 0; row < m_model->rowCount(); ++row) {
                     if (m_model->rows().at(row).id == keep) {
                         m_ui->tableView->selectRow(row);
                         m_wanted = 0;
                     }
                 }
                 if (!m_ui->tableView->currentIndex().isValid() && m_model->rowCount() > 0)
                     m_ui->tableView->selectRow(0);
                 showSelected();
             });
}

void ProposalsPane::selectProposal(qint64 id)
{
    m_wanted = id;
    m_ui->stateCombo->setCurrentIndex(m_ui->stateCombo->count() - 1); // all states
    reload();
}

std::optional<Proposal> ProposalsPane::selected() const
{
    const Proposal* p = m_model->rowAt(m_ui->tableView->currentIndex().row());
    return p ? std::optional<Proposal>(*p) : std::nullopt;
}

void ProposalsPane::showSelected()
{
    m_ui->stepsTree->clear();
    const auto p = selected();
    m_ui->stepsTree->setEnabled(p.has_value());
    if (!p) {
        m_ui->titleLabel->setText(
            m_model->rowCount() == 0
                ? tr("No proposals here. Propose a change with New Proposal… or \"fusionctl odoo propose\".")
                : QString());
        m_ui->metaLabel->clear();
        updateButtons();
        return;
    }
    m_ui->titleLabel->setText(QStringLiteral("<b>%1</b>").arg(p->summary.toHtmlEscaped()));
    QString meta = tr("Tenant %1 · case %2 · %3 · proposed by %4")
                       .arg(p->slug, p->caseId, ProposalListModel::stateLabel(p->state), p->createdBy);
    if (!p->decidedBy.isEmpty())
        meta += QLatin1Char('\n') +
                tr("Decided by %1 at %2")
                    .arg(p->decidedBy, QLocale().toString(p->decidedAt.toLocalTime(), QLocale::ShortFormat));
    m_ui->metaLabel->setText(meta);
    int n = 0;
    for (const ProposalStep& step : p->steps) {
        ++n;
        QString title = step.method == QLatin1String("write")
                            ? tr("%1. Change %2 #%3").arg(n).arg(step.model).arg(step.recordId)
                            : tr("%1. Create %2").arg(n).arg(step.model);
        for (const auto& r : p->results) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("step")).toInt() != n)
                continue;
            if (o.value(QStringLiteral("success")).toBool())
                title += QStringLiteral(" — ") +
                         tr("done (record %1)").arg(o.value(QStringLiteral("record_id")).toInt());
            else if (o.value(QStringLiteral("skipped")).toBool())
                title += QStringLiteral(" — ") + tr("not run");
            else
                title +=
                    QStringLiteral(" — ") + tr("failed: %1").arg(o.value(QStringLiteral("error")).toString());
        }
        auto* stepItem = new QTreeWidgetItem(m_ui->stepsTree, {title});
        stepItem->setFirstColumnSpanned(true);
        for (auto it = step.values.cbegin(); it != step.values.cend(); ++it) {
            new QTreeWidgetItem(stepItem,
                                {it.key(),
                                 step.before.contains(it.key())
                                     ? WritePlanText::display(step.before.value(it.key()))
                                     : (step.method == QLatin1String("create") ? tr("(new)") : QString()),
                                 WritePlanText::display(it.value())});
        }
        stepItem->setExpanded(true);
    }
    updateButtons();
}

void ProposalsPane::updateButtons()
{
    const auto p = selected();
    const bool pending = p && p->state == QLatin1String("pending");
    const bool idle = m_running == 0;
    m_ui->executeButton->setEnabled(pending && idle);
    m_ui->cancelProposalButton->setEnabled(pending && idle);
    const QString why = !p      ? QString()
                        : !idle ? tr("Another proposal is being executed.")
                        : !pending
                            ? tr("Only a pending proposal can be executed or cancelled; this one is %1.")
                                  .arg(ProposalListModel::stateLabel(p->state))
                            : QString();
    m_ui->executeButton->setToolTip(why.isEmpty() ? tr("Review the calls, confirm, and make them in Odoo")
                                                  : why);
    m_ui->cancelProposalButton->setToolTip(why.isEmpty() ? tr("Drop this proposal; nothing is sent to Odoo")
                                                         : why);
    // Left executing by a session that crashed or lost its connection: never run again, only closed.
    const bool stuck = p && p->state == QLatin1String("executing") && m_running != p->id;
    m_ui->abandonButton->setVisible(stuck);
    m_ui->abandonButton->setToolTip(
        tr("This proposal was claimed by %1 and never finished. Close it as failed; what reached Odoo is "
           "unknown, so check there. It is never run again.")
            .arg(p ? p->claimedBy : QString()));
}

void ProposalsPane::cancelSelected()
{
    const auto p = selected();
    if (!p)
        return;
    const qint64 id = p->id;
    WriteRunner::run(
        m_context, this, [id](Database& db) { return OdooProposals::planCancel(db, id); },
        [this, id](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success,
                             tr("Cancelled proposal %1; nothing was sent to Odoo.").arg(id));
            reload();
        });
}

void ProposalsPane::propose(const QString& slug)
{
    auto* dialog = new ProposeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!slug.isEmpty())
        dialog->setTenant(slug);
    connect(dialog, &ProposeDialog::proposed, this, [this](qint64 id) {
        m_messages->show(MessageBar::Success,
                         tr("Saved proposal %1. Review its calls here, then Execute when ready.").arg(id));
        selectProposal(id);
    });
    dialog->open();
}

void ProposalsPane::abandonSelected()
{
    const auto p = selected();
    if (!p)
        return;
    const qint64 id = p->id;
    WriteRunner::run(
        m_context, this, [id](Database& db) { return OdooProposals::planAbandon(db, id); },
        [this, id](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(
                MessageBar::Info,
                tr("Closed proposal %1 as failed. Check the tenant's Odoo for what reached it.").arg(id));
            reload();
        });
}

void ProposalsPane::execute()
{
    const auto chosen = selected();
    if (!chosen)
        return;
    const qint64 id = chosen->id;
    m_running = id;
    updateButtons();
    auto* job = new ProposalExecute(AppJobs::host(m_context, this), m_client, this);
    connect(job, &Job::progress, this,
            [this](int, int, const QString& text) { m_messages->show(MessageBar::Info, text); });
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start(id, [this, id](const Result<ProposalExecute::Outcome>& result) {
        m_running = 0;
        updateButtons();
        if (!result) {
            if (result.error().kind == ErrorKind::NotConfirmed)
                m_messages->hide();
            else
                m_messages->showError(result.error());
            return;
        }
        if (result.value().succeeded)
            m_messages->show(MessageBar::Success, tr("Executed proposal %1.").arg(id));
        else
            m_messages->show(MessageBar::Failure,
                             tr("Proposal %1 failed part-way; its steps show what is in Odoo "
                                "now. Nothing was retried.")
                                 .arg(id));
        Q_EMIT m_context->dataChanged(QStringLiteral("odoo_proposals"));
        reload();
        Q_EMIT executionFinished(id, result.value().succeeded);
    });
}

} // namespace fusion
