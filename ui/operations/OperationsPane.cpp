#include "ui/operations/OperationsPane.h"

#include "models/itemmodels/OperationListModel.h"
#include "models/odoo/OdooModules.h"
#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/operations/OperationDrawer.h"
#include "ui_OperationsPane.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

namespace fusion {

namespace {
constexpr int kOperationsShown = 500;        // the newest; older ones are in `fusionctl operations list`
constexpr qint64 kOperationsCounted = 10000; // beyond it the label says "more than"
struct OperationsData {
    QList<Operation> rows;
    qint64 total = 0;
};
} // namespace

OperationsPane::OperationsPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::OperationsPane>())
    , m_model(new OperationListModel(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_ui->statusCombo->addItem(tr("All"), QString());
    for (const char* s : {"queued", "running", "succeeded", "failed", "cancelled"})
        m_ui->statusCombo->addItem(OperationListModel::statusLabel(QLatin1String(s)), QLatin1String(s));
    connect(m_ui->statusCombo, &QComboBox::activated, this, &OperationsPane::reload);
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->setItemDelegateForColumn(OperationListModel::StatusColumn,
                                              new BadgeDelegate(OperationListModel::StatusRole, this));
    m_ui->tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_ui->tableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const Operation* op = m_model->rowAt(index.row());
        if (op && op->tenantId)
            Q_EMIT openTenantRequested(*op->tenantId);
    });
    coverWhileLoading(m_ui->tableView);
    // The drawer beside the list: the selected operation's timeline, payload and log.
    m_drawer = new OperationDrawer(context, m_messages, this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("operationsSplitter"));
    const int at = m_ui->mainLayout->indexOf(m_ui->tableView);
    m_ui->mainLayout->removeWidget(m_ui->tableView);
    splitter->addWidget(m_ui->tableView);
    splitter->addWidget(m_drawer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_ui->mainLayout->insertWidget(at, splitter, 1);
    connect(m_drawer, &OperationDrawer::rerunQueued, this, &OperationsPane::showOperation);
    connect(m_drawer, &OperationDrawer::runbookRequested, this, &OperationsPane::runbookRequested);
    m_ui->abandonButton->setProperty("fusionWrite", true);
    connect(m_ui->abandonButton, &QPushButton::clicked, this, &OperationsPane::abandonSelected);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperationsPane::updateAbandon);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const Operation* op = m_model->rowAt(current.row());
                m_drawer->showOperation(op ? op->id : 0);
            });
    updateAbandon();
    watchTables({QStringLiteral("operations"), QStringLiteral("operation_events")});
}

OperationsPane::~OperationsPane() = default;

void OperationsPane::reload()
{
    OperationQuery query;
    query.status = m_ui->statusCombo->currentData().toString();
    query.limit = kOperationsShown;
    loadPane(
        [query](Database& db) {
            TenantRepository repo(db);
            // Counted only up to a cap: the label needs "more than 10,000", not a scan of 10,000,000 rows on
            // every refresh.
            return OperationsData{repo.operations(query),
                                  repo.operationCountUpTo(query, kOperationsCounted + 1)};
        },
        [this](const OperationsData& ops) {
            const bool first = m_model->rowCount() == 0;
            // The drawer keeps showing its operation across a refresh (re-selected, so it reloads too).
            if (m_wanted == 0)
                m_wanted = m_drawer->operationId();
            m_model->setRows(ops.rows);
            updateAbandon();
            if (first)
                m_ui->tableView->resizeColumnsToContents();
            selectWanted();
            const qint64 total = ops.total;
            if (total > kOperationsCounted)
                m_ui->countLabel->setText(tr("Newest %1 of more than %2")
                                              .arg(kOperationsShown)
                                              .arg(QLocale().toString(kOperationsCounted)));
            else
                m_ui->countLabel->setText(
                    total > kOperationsShown
                        ? tr("Newest %1 of %2").arg(kOperationsShown).arg(QLocale().toString(total))
                        : tr("%n operation(s)", nullptr, int(total)));
        });
}

void OperationsPane::showOperation(qint64 id)
{
    m_wanted = id;
    m_ui->statusCombo->setCurrentIndex(0);
    reload();
}

void OperationsPane::selectWanted()
{
    if (m_wanted == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Operation* op = m_model->rowAt(row);
        if (op && op->id == m_wanted) {
            m_ui->tableView->selectRow(row);
            m_ui->tableView->scrollTo(m_model->index(row, 0));
            break;
        }
    }
    m_wanted = 0;
}

// Offered only for what the app itself can close: a module install it (or fusionctl) started and never
// finished recording, e.g. because it was closed while Odoo worked. An automation's operations are its own to
// finish.
void OperationsPane::updateAbandon()
{
    const Operation* op = m_model->rowAt(m_ui->tableView->currentIndex().row());
    const bool ours = op && op->type == QLatin1String("module_apply") &&
                      op->status == QLatin1String("running") &&
                      (op->triggerSource == QLatin1String("ui") || op->triggerSource == QLatin1String("cli"));
    m_ui->abandonButton->setVisible(ours);
    m_ui->abandonButton->setEnabled(ours && m_context->capabilities().can(Capability::RunOperations));
    m_ui->abandonButton->setToolTip(
        tr("A module install that never recorded its end (the app was closed while Odoo worked): close it as "
           "failed, then sync the tenant's modules to see what Odoo did."));
}

void OperationsPane::abandonSelected()
{
    const Operation* op = m_model->rowAt(m_ui->tableView->currentIndex().row());
    if (!op)
        return;
    const qint64 id = op->id;
    WriteRunner::run(
        m_context, this, [id](Database& db) { return OdooModules::planAbandonApply(db, id); },
        [this, id](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Info,
                             tr("Closed operation %1 as failed; sync the tenant's modules to see "
                                "what Odoo did.")
                                 .arg(id));
            reload();
        });
}

} // namespace fusion
