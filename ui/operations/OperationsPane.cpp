#include "ui/operations/OperationsPane.h"

#include "models/itemmodels/OperationListModel.h"
#include "models/odoo/OdooModules.h"
#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/KeysetPager.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/operations/OperationDrawer.h"
#include "ui_OperationsPane.h"

#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

namespace fusion {

namespace {
constexpr int kOperationsPage = 50;
constexpr qint64 kOperationsCounted = 10000; // beyond it the label says "more than"
struct OperationsData {
    OperationQuery query; // as fetched: a page opened at one operation has its cursor
    OperationPage page;
    qint64 total = 0;   // up to kOperationsCounted + 1
    qint64 before = -1; // rows before the page, up to kOperationsCounted + 1
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
    connect(m_ui->statusCombo, &QComboBox::activated, this, &OperationsPane::restart);
    m_query.limit = kOperationsPage;
    m_query.from = TenantPageFrom::First;
    m_ui->pager->setPageSizes({kOperationsPage, 100, 200}, kOperationsPage);
    m_ui->pager->setRangeWords(tr("%1–%2 of %3 operations"), tr("%1–%2 of more than %3 operations"));
    KeysetPaging::connect(
        m_ui->pager, this, &m_query, &m_page, [this] { restart(); }, [this] { reload(); });
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
    m_query.status = m_ui->statusCombo->currentData().toString();
    const OperationQuery query = m_query;
    // Kept until a load opened at it is shown: a refresh started meanwhile (another session's change) would
    // otherwise open the first page instead, and the operation asked for would not be found on it.
    const qint64 startAt = m_startAt;
    loadPane(
        [query, startAt](Database& db) {
            TenantRepository repo(db);
            OperationsData d;
            d.query = query;
            if (startAt > 0) {
                if (const auto start = repo.operationPageStart(startAt)) {
                    d.query.from = TenantPageFrom::After;
                    d.query.cursor = *start;
                }
            }
            d.page = repo.operationPage(d.query);
            // Counted only up to a cap, like the rows before the page: the label needs "more than 10,000",
            // not a scan of 10,000,000 rows on every refresh or page turn.
            d.total = repo.operationCountUpTo(d.query, kOperationsCounted + 1);
            d.before = d.page.hasPrevious
                           ? repo.operationsBeforeUpTo(d.query, d.page.first, kOperationsCounted + 1)
                           : 0;
            return d;
        },
        [this, startAt](const OperationsData& loaded) {
            if (startAt != 0 && startAt == m_startAt)
                m_startAt = 0;
            const bool first = m_model->rowCount() == 0;
            // The drawer keeps showing its operation across a refresh (re-selected, so it reloads too).
            if (m_wanted == 0)
                m_wanted = m_drawer->operationId();
            m_page = loaded.page;
            m_query = loaded.query;
            KeysetPager* pager = m_ui->pager;
            KeysetPaging::pageShown(pager, &m_query, loaded.page);
            // The rows before the page are known exactly up to the cap; past it, the pager's own count from
            // the first page holds (unknown after Last).
            if (loaded.before <= kOperationsCounted)
                pager->setPosition(loaded.before);
            else if (loaded.page.from == TenantPageFrom::Last)
                pager->setPosition(-1);
            m_model->setRows(loaded.page.rows);
            updateAbandon();
            if (first)
                m_ui->tableView->resizeColumnsToContents();
            selectWanted();
            showCounts(loaded.total);
        });
}

void OperationsPane::showCounts(qint64 total)
{
    KeysetPager* pager = m_ui->pager;
    const bool capped = total > kOperationsCounted;
    if (pager->showRange(capped ? kOperationsCounted : total, capped))
        return;
    const QString cap = QLocale().toString(kOperationsCounted);
    if (m_page.rows.isEmpty())
        pager->setResultText(m_query.status.isEmpty()
                                 ? tr("No operations yet: they appear here when a tenant is created, paused "
                                      "or changed.")
                                 : tr("No %1 operations: choose another status or All.")
                                       .arg(OperationListModel::statusLabel(m_query.status).toLower()));
    else if (!m_page.hasNext)
        pager->setResultText(tr("The oldest operations, more than %1 rows down").arg(cap));
    else
        pager->setResultText(tr("Operations more than %1 rows down").arg(cap));
}

void OperationsPane::restart()
{
    KeysetPaging::restart(m_ui->pager, &m_query);
    reload();
}

void OperationsPane::firstPage()
{
    m_ui->pager->first();
}

void OperationsPane::previousPage()
{
    m_ui->pager->previous();
}

void OperationsPane::nextPage()
{
    m_ui->pager->next();
}

void OperationsPane::lastPage()
{
    m_ui->pager->last();
}

void OperationsPane::showOperation(qint64 id)
{
    m_wanted = id;
    const bool filtered = m_ui->statusCombo->currentIndex() != 0;
    m_ui->statusCombo->setCurrentIndex(0);
    // Already on the page shown, unfiltered: select it where it is. Otherwise the page opens at it.
    if (!filtered) {
        for (const Operation& op : m_page.rows) {
            if (op.id == id) {
                reload();
                return;
            }
        }
    }
    m_startAt = id;
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
