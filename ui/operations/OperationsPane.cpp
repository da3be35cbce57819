#include "OperationsPane.h"

#include "common/AppContext.h"
#include "common/BadgeDelegate.h"
#include "common/LoadingOverlay.h"
#include "common/MessageBar.h"
#include "itemmodels/OperationListModel.h"
#include "tenants/TenantRepository.h"
#include "ui_OperationsPane.h"

#include <QHeaderView>
#include <QLocale>

namespace fusion {

namespace {
constexpr int kShown = 500; // the newest; older ones are in `fusionctl operations list`
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
    m_messages = new MessageBar(this);
    m_ui->mainLayout->insertWidget(0, m_messages);
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
    m_loading = new LoadingOverlay(m_ui->tableView);
    watchTables({QStringLiteral("operations")});
}

OperationsPane::~OperationsPane() = default;

void OperationsPane::reload()
{
    OperationQuery query;
    query.status = m_ui->statusCombo->currentData().toString();
    query.limit = kShown;
    const quint64 generation = ++m_generation;
    m_loading->setLoading(true);
    m_context->worker()->run<OperationsData>(
        this,
        [query](Database& db) {
            TenantRepository repo(db);
            return OperationsData{repo.operations(query), repo.operationCount(query)};
        },
        [this, generation](const Result<OperationsData>& result) {
            if (generation != m_generation)
                return;
            m_loading->setLoading(false);
            if (!result) {
                m_messages->showError(result.error());
                markLoaded();
                return;
            }
            const bool first = m_model->rowCount() == 0;
            m_model->setRows(result.value().rows);
            if (first)
                m_ui->tableView->resizeColumnsToContents();
            const qint64 total = result.value().total;
            m_ui->countLabel->setText(total > kShown
                                          ? tr("Newest %1 of %2").arg(kShown).arg(QLocale().toString(total))
                                          : tr("%n operation(s)", nullptr, int(total)));
            markLoaded();
        });
}

} // namespace fusion
