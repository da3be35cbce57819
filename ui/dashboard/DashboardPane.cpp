#include "DashboardPane.h"

#include "common/AppContext.h"
#include "common/BadgeDelegate.h"
#include "common/LoadingOverlay.h"
#include "common/MessageBar.h"
#include "common/StatusColors.h"
#include "itemmodels/ApiKeyListModel.h"
#include "itemmodels/OperationListModel.h"
#include "itemmodels/TenantHealthModel.h"
#include "tenants/TenantRepository.h"
#include "ui_DashboardPane.h"
#include "vault/KeyVault.h"

#include <QHeaderView>

namespace fusion {

namespace {
struct DashboardData {
    StatusCounts counts;
    QList<TenantHealth> health;
    QList<Operation> operations;
    std::optional<int> keysNeedingAttention; // absent when the role may not see keys
    int liveKeys = 0;
};

QString severityKey(const QVariant& severity)
{
    switch (severity.toInt()) {
    case TenantHealth::Critical:
        return QStringLiteral("critical");
    case TenantHealth::Warning:
        return QStringLiteral("warning");
    case TenantHealth::Paused:
        return QStringLiteral("paused-health");
    default:
        return QStringLiteral("healthy");
    }
}
} // namespace

DashboardPane::DashboardPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::DashboardPane>())
    , m_health(new TenantHealthModel(this))
    , m_operations(new OperationListModel(this))
{
    m_ui->setupUi(this);
    m_messages = new MessageBar(this);
    m_ui->mainLayout->insertWidget(1, m_messages);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    for (QLabel* label : {m_ui->healthLabel, m_ui->operationsLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }

    m_ui->totalCard->setCaption(tr("Tenants"));
    m_ui->activeCard->setCaption(tr("Active"));
    m_ui->pausedCard->setCaption(tr("Paused"));
    m_ui->errorCard->setCaption(tr("In error"));
    m_ui->totalCard->setAccent(StatusColors::forKey(QStringLiteral("queued")));
    m_ui->activeCard->setAccent(StatusColors::forKey(QStringLiteral("active")));
    m_ui->pausedCard->setAccent(StatusColors::forKey(QStringLiteral("paused")));
    m_ui->errorCard->setAccent(StatusColors::forKey(QStringLiteral("error")));
    m_ui->totalCard->setToolTip(tr("Show all tenants"));
    m_ui->activeCard->setToolTip(tr("Show active tenants"));
    m_ui->pausedCard->setToolTip(tr("Show paused tenants"));
    m_ui->errorCard->setToolTip(tr("Show tenants in error"));
    connect(m_ui->totalCard, &KpiCard::clicked, this, [this] { Q_EMIT statusFilterRequested(QString()); });
    connect(m_ui->activeCard, &KpiCard::clicked, this,
            [this] { Q_EMIT statusFilterRequested(TenantStatus::Active); });
    connect(m_ui->pausedCard, &KpiCard::clicked, this,
            [this] { Q_EMIT statusFilterRequested(TenantStatus::Paused); });
    connect(m_ui->errorCard, &KpiCard::clicked, this,
            [this] { Q_EMIT statusFilterRequested(TenantStatus::Error); });
    m_ui->keysCard->setCaption(tr("Keys needing attention"));
    m_ui->keysCard->setAccent(StatusColors::forKey(QStringLiteral("paused")));
    m_ui->keysCard->hide(); // until the role is known to see keys
    connect(m_ui->keysCard, &KpiCard::clicked, this, &DashboardPane::keysRequested);

    m_ui->healthView->setModel(m_health);
    m_ui->healthView->setItemDelegateForColumn(
        TenantHealthModel::SeverityColumn,
        new BadgeDelegate(TenantHealthModel::SeverityRole, this, severityKey));
    m_ui->healthView->setItemDelegateForColumn(TenantHealthModel::StatusColumn,
                                               new BadgeDelegate(TenantHealthModel::StatusRole, this));
    m_ui->healthView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->healthView->horizontalHeader()->setSectionResizeMode(TenantHealthModel::ReasonColumn,
                                                               QHeaderView::Stretch);
    m_ui->healthView->setColumnHidden(TenantHealthModel::NameColumn, true);
    m_ui->healthView->setColumnHidden(TenantHealthModel::StatusColumn, true); // the health badge says it
    m_ui->healthView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_ui->healthView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openTenantRequested(index.data(TenantHealthModel::IdRole).toLongLong());
    });

    m_ui->operationsView->setModel(m_operations);
    m_ui->operationsView->setItemDelegateForColumn(OperationListModel::StatusColumn,
                                                   new BadgeDelegate(OperationListModel::StatusRole, this));
    m_ui->operationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c : {int(OperationListModel::IdColumn), int(OperationListModel::SourceColumn),
                  int(OperationListModel::FinishedColumn)})
        m_ui->operationsView->setColumnHidden(c, true);
    m_ui->operationsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(m_ui->operationsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const Operation* op = m_operations->rowAt(index.row());
        if (op && op->tenantId)
            Q_EMIT openTenantRequested(*op->tenantId);
    });
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);

    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->healthView->horizontalHeader()->setStretchLastSection(false);
    m_ui->operationsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->operationsView->horizontalHeader()->setSectionResizeMode(OperationListModel::TenantColumn,
                                                                   QHeaderView::Stretch);
    m_ui->operationsView->setColumnHidden(OperationListModel::ActorColumn, true);
    m_loading = new LoadingOverlay(m_ui->splitter);
    watchTables({QStringLiteral("tenants"), QStringLiteral("operations"), QStringLiteral("api_keys")});
}

DashboardPane::~DashboardPane() = default;

void DashboardPane::reload()
{
    const quint64 generation = ++m_generation;
    m_loading->setLoading(true);
    const bool keys = m_context->capabilities().can(Capability::ViewKeys);
    m_context->worker()->run<DashboardData>(
        this,
        [keys](Database& db) {
            TenantRepository repo(db);
            DashboardData d;
            d.counts = repo.counts();
            d.health = repo.health(25);
            OperationQuery q;
            q.limit = 40;
            d.operations = repo.operations(q);
            if (keys) {
                ApiKeyListModel rules;
                rules.useSavedThresholds(); // the Keys pane's thresholds
                int attention = 0;
                const QList<ApiKey> live = KeyVault::keys(db);
                for (const ApiKey& k : live)
                    attention += rules.attention(k).isEmpty() ? 0 : 1;
                d.keysNeedingAttention = attention;
                d.liveKeys = int(live.size());
            }
            return d;
        },
        [this, generation](const Result<DashboardData>& result) {
            if (generation != m_generation)
                return; // a newer load is on its way
            m_loading->setLoading(false);
            if (!result) {
                m_messages->showError(result.error());
                markLoaded();
                return;
            }
            const DashboardData& d = result.value();
            m_ui->totalCard->setValue(d.counts.total);
            m_ui->totalCard->setToolTip(
                tr("Show all tenants (%n decommissioned)", nullptr, int(d.counts.decommissioned)));
            m_ui->activeCard->setValue(d.counts.active);
            m_ui->pausedCard->setValue(d.counts.paused);
            m_ui->errorCard->setValue(d.counts.error);
            m_ui->keysCard->setVisible(d.keysNeedingAttention.has_value());
            if (d.keysNeedingAttention) {
                m_ui->keysCard->setValue(*d.keysNeedingAttention);
                m_ui->keysCard->setToolTip(tr("Keys expiring soon, expired, past their grace period, unused "
                                              "for long or rejected — of %n "
                                              "live key(s). Opens the Keys pane.",
                                              nullptr, d.liveKeys));
            }
            m_health->setRows(d.health);
            m_operations->setRows(d.operations);
            markLoaded();
        });
}

} // namespace fusion
