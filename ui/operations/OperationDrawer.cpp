#include "ui/operations/OperationDrawer.h"

#include "models/controlplane/MaintenanceWindows.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/roles/Capabilities.h"
#include "ui/common/AppContext.h"
#include "ui/common/Loads.h"
#include "ui/common/MessageBar.h"
#include "ui/common/StatusColors.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString drawerTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QLabel* textLabel(QWidget* parent, const QString& name, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    return label;
}

} // namespace

OperationDrawer::OperationDrawer(AppContext* context, MessageBar* messages, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_messages(messages)
    , m_loads(new Loads(context, this))
{
    setObjectName(QStringLiteral("operationDrawer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    m_title = textLabel(this, QStringLiteral("drawerTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_timeline = textLabel(this, QStringLiteral("drawerTimeline"));
    m_error = textLabel(this, QStringLiteral("drawerError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_links = textLabel(this, QStringLiteral("drawerLinks"), Qt::RichText);
    m_links->setOpenExternalLinks(true);
    // The in-app runbook of the operation's type (Support pane), recommended when it failed.
    m_runbook = new QPushButton(this);
    m_runbook->setObjectName(QStringLiteral("drawerRunbookButton"));
    m_runbook->setFlat(true);
    m_runbook->setCursor(Qt::PointingHandCursor);
    m_runbook->setStyleSheet(
        QStringLiteral("text-align: left; text-decoration: underline; color: palette(link);"));
    m_runbook->hide();
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("drawerPayload"));
    m_payload->setReadOnly(true);
    m_payload->setMaximumHeight(fontMetrics().height() * 6);
    m_payload->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* logRow = new QHBoxLayout;
    auto* logLabel = new QLabel(tr("Log"), this);
    logLabel->setFont(bold);
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("drawerSeverityCombo"));
    m_severity->addItem(tr("Everything"), QString());
    for (const QString& s : {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")})
        m_severity->addItem(tr("%1 and worse").arg(OperationLog::severityLabel(s)), s);
    logRow->addWidget(logLabel);
    logRow->addStretch(1);
    logRow->addWidget(m_severity);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("drawerEvents"));
    m_events->setHeaderLabels({tr("At (UTC)"), tr("Severity"), tr("Message")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->header()->setStretchLastSection(true);
    m_capped = textLabel(this, QStringLiteral("drawerCapped"));
    m_rerun = makeWriteButton(QStringLiteral("rerunButton"), tr("&Re-run…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_rerun);

    layout->addWidget(m_title);
    layout->addWidget(m_timeline);
    layout->addWidget(m_error);
    layout->addWidget(m_links);
    layout->addWidget(m_runbook, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Payload"), this));
    layout->addWidget(m_payload);
    layout->addLayout(logRow);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_capped);
    layout->addLayout(buttons);
    m_loads->cover(m_events);
    connect(m_severity, &QComboBox::activated, this, &OperationDrawer::reload);
    connect(m_rerun, &QPushButton::clicked, this, &OperationDrawer::rerun);
    connect(m_runbook, &QPushButton::clicked, this,
            [this] { Q_EMIT runbookRequested(m_detail.runbookType); });
    showOperation(0);
}

void OperationDrawer::showOperation(qint64 id)
{
    m_id = id;
    if (id == 0) {
        m_loads->drop();
        m_detail = {};
        m_title->setText(tr("Select an operation to see its timeline, payload and log."));
        for (QLabel* l : {m_timeline, m_error, m_links, m_capped})
            l->clear();
        m_payload->clear();
        m_events->clear();
        m_rerun->setEnabled(false);
        m_runbook->hide();
        return;
    }
    reload();
}

void OperationDrawer::reload()
{
    if (m_id == 0)
        return;
    const qint64 id = m_id;
    const QString severity = m_severity->currentData().toString();
    m_loads->run(
        QString(), [id, severity](Database& db) { return OperationLog::detail(db, id, severity); },
        [this](const OperationDetail& d) { apply(d); },
        [this](const Error& e) {
            m_title->setText(e.message);
            m_events->clear();
        });
}

void OperationDrawer::apply(const OperationDetail& d)
{
    m_detail = d;
    const Operation& o = d.operation;
    m_title->setText(tr("%1 · %2 · %3")
                         .arg(OperationListModel::typeLabel(o.type), o.tenantSlug,
                              OperationListModel::statusLabel(o.status)));
    QStringList steps{tr("Created %1 by %2 (%3)").arg(drawerTime(o.createdAt), o.actor, o.triggerSource)};
    if (d.scheduledFor.isValid())
        steps << (d.windowName.isEmpty() ? tr("Scheduled for %1").arg(drawerTime(d.scheduledFor))
                                         : tr("Scheduled for %1 in \"%2\", wave %3")
                                               .arg(drawerTime(d.scheduledFor), d.windowName)
                                               .arg(d.wave));
    if (o.startedAt.isValid())
        steps << tr("Started %1").arg(drawerTime(o.startedAt));
    if (o.finishedAt.isValid())
        steps << tr("%1 %2").arg(OperationListModel::statusLabel(o.status), drawerTime(o.finishedAt));
    if (!d.imageReference.isEmpty())
        steps << tr("Image %1").arg(d.imageReference);
    if (d.rerunOf)
        steps << tr("A re-run of operation %1").arg(*d.rerunOf);
    for (qint64 r : d.rerunBy)
        steps << tr("Re-run as operation %1").arg(r);
    m_timeline->setText(steps.join(QLatin1Char('\n')));
    m_error->setText(d.errorMessage);
    m_error->setVisible(!d.errorMessage.isEmpty());
    QStringList links;
    if (!o.logsUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(o.logsUrl.toHtmlEscaped(), tr("Open logs"));
    if (!d.externalRef.isEmpty())
        links << (d.executionUrl.isValid()
                      ? QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(d.executionUrl.toString().toHtmlEscaped(),
                                 tr("n8n execution %1").arg(d.externalRef.toHtmlEscaped()))
                      : tr("n8n execution %1").arg(d.externalRef.toHtmlEscaped()));
    if (!d.runbookUrl.isEmpty())
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(d.runbookUrl.toHtmlEscaped(), tr("Recommended runbook"));
    else if (o.status == QLatin1String("failed") && d.runbookType.isEmpty())
        links << tr("No runbook address is set (Settings → Runbooks).");
    m_links->setText(links.join(QStringLiteral(" · ")));
    m_links->setVisible(!links.isEmpty());
    m_runbook->setText(tr("Runbook: %1").arg(d.runbookTitle));
    m_runbook->setVisible(!d.runbookType.isEmpty());
    const QJsonDocument payload = QJsonDocument::fromJson(o.payload.toUtf8());
    m_payload->setPlainText(payload.isNull() ? o.payload
                                             : QString::fromUtf8(payload.toJson(QJsonDocument::Indented)));
    m_events->clear();
    for (const OperationEvent& e : d.events) {
        auto* item = new QTreeWidgetItem(
            m_events, {drawerTime(e.at), OperationLog::severityLabel(e.severity), e.message});
        item->setToolTip(2, e.message);
        if (e.severity == QLatin1String("error") || e.severity == QLatin1String("warning"))
            item->setForeground(1, StatusColors::forKey(e.severity == QLatin1String("error")
                                                            ? QStringLiteral("failed")
                                                            : QStringLiteral("warning")));
    }
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    m_capped->setText(d.events.isEmpty()
                          ? tr("Nothing logged in the last %1 days.").arg(OperationLog::kEventDays)
                      : d.eventsCapped ? tr("Older events are not shown: the last %1 days, at most %2.")
                                             .arg(OperationLog::kEventDays)
                                             .arg(OperationLog::kMaxEvents)
                                       : QString());
    const bool finished = o.status != QLatin1String("queued") && o.status != QLatin1String("running");
    const bool upgrade = o.type == QLatin1String("upgrade_image");
    m_rerun->setEnabled(finished && !upgrade && o.tenantId &&
                        m_context->capabilities().can(Capability::RunOperations));
    m_rerun->setToolTip(
        upgrade    ? tr("An image upgrade runs again through Infra → Upgrade tenants…, in a maintenance "
                           "window.")
        : finished ? tr("Queue a new operation with the same payload.")
                   : tr("It has not finished yet."));
    Q_EMIT shown();
}

void OperationDrawer::rerun()
{
    const qint64 id = m_id;
    WriteRunner::run(
        m_context, this, [id](Database& db) { return OperationLog::planRerun(db, id, QStringLiteral("ui")); },
        [this](const Result<QJsonObject>& r) {
            if (!r) {
                if (r.error().kind != ErrorKind::NotConfirmed)
                    m_messages->showError(r.error());
                return;
            }
            const qint64 again = r.value().value(QStringLiteral("operation_id")).toInteger();
            m_messages->show(MessageBar::Success,
                             tr("Queued operation %1, a re-run of %2.").arg(again).arg(m_id));
            Q_EMIT rerunQueued(again);
        });
}

} // namespace fusion
