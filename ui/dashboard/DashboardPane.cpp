#include "ui/dashboard/DashboardPane.h"

#include "models/ai/PlatformFacts.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/itemmodels/TenantHealthModel.h"
#include "models/itemmodels/TenantKpiModel.h"
#include "models/policy/BudgetAlerts.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "models/usage/Money.h"
#include "models/usage/UsageQuery.h"
#include "models/vault/KeyAttention.h"
#include "models/vault/KeyVault.h"
#include "ui/common/AppContext.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/MessageBar.h"
#include "ui/common/StatusColors.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteRunner.h"
#include "ui/dashboard/HealthFeed.h"
#include "ui/dashboard/KpiCard.h"
#include "ui/dashboard/RecommendationsPanel.h"
#include "ui/dashboard/ResourcePanel.h"
#include "ui_DashboardPane.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct DashboardData {
    StatusCounts counts;
    QList<TenantHealth> health;
    QList<Operation> operations;
    std::optional<int> keysNeedingAttention; // absent when the role may not see keys
    int liveKeys = 0;
    std::optional<UsageQuery::MonthSummary> spend; // absent when the role may not see usage
    int openAlerts = 0;
    QList<PlatformFact> recommendations;
    QList<MaintenanceWindow> windows; // not over yet, soonest first
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
    : Pane(context, parent, ReadRoute::StandbyAllowed)
    , m_ui(std::make_unique<Ui::DashboardPane>())
    , m_health(new TenantHealthModel(this))
    , m_operations(new OperationListModel(this))
    , m_feed(HealthFeed::of(context))
    , m_kpiModel(new TenantKpiModel(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout, 1);
    Theme::makeHeading(m_ui->headingLabel);
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
    m_spendCard = new KpiCard(this);
    m_spendCard->setObjectName(QStringLiteral("spendCard"));
    m_spendCard->setCaption(tr("Spent this month"));
    m_spendCard->setAccent(StatusColors::forKey(QStringLiteral("running")));
    m_alertsCard = new KpiCard(this);
    m_alertsCard->setObjectName(QStringLiteral("alertsCard"));
    m_alertsCard->setCaption(tr("Budget alerts"));
    m_alertsCard->setAccent(StatusColors::forKey(QStringLiteral("warning")));
    m_ui->kpiLayout->addWidget(m_spendCard);
    m_ui->kpiLayout->addWidget(m_alertsCard);
    m_spendCard->hide();
    m_alertsCard->hide(); // until the role is known to see usage
    m_topConsumers = new QLabel(this);
    m_topConsumers->setObjectName(QStringLiteral("topConsumersLabel"));
    m_topConsumers->setTextFormat(Qt::PlainText);
    m_topConsumers->setWordWrap(true);
    m_topConsumers->hide();
    m_recommendations = new RecommendationsPanel(this);
    for (int i = 0; i < m_ui->mainLayout->count(); ++i) {
        if (m_ui->mainLayout->itemAt(i)->layout() == m_ui->kpiLayout) {
            m_ui->mainLayout->insertWidget(i + 1, m_topConsumers);
            m_ui->mainLayout->insertWidget(i + 2, m_recommendations);
            m_resources = new ResourcePanel(m_feed, this);
            m_ui->mainLayout->insertWidget(i + 3, m_resources);
            break;
        }
    }
    connect(m_recommendations, &RecommendationsPanel::fixRequested, this, &DashboardPane::fix);
    connect(m_recommendations, &RecommendationsPanel::askRequested, this, [this](const PlatformFact& f) {
        Q_EMIT askRequested(RecommendationsPanel::questionFor(f), f.tenantSlug);
    });
    connect(m_spendCard, &KpiCard::clicked, this, &DashboardPane::spendRequested);
    connect(m_alertsCard, &KpiCard::clicked, this, &DashboardPane::alertsRequested);
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
    setUpResourcesTable();
    // The seed's right sidebar: the maintenance windows to come.
    auto* windowsBox = new QWidget(this);
    windowsBox->setObjectName(QStringLiteral("windowsBox"));
    auto* windowsLayout = new QVBoxLayout(windowsBox);
    windowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* windowsLabel = new QLabel(tr("Maintenance windows"), windowsBox);
    QFont boldFont = windowsLabel->font();
    boldFont.setBold(true);
    windowsLabel->setFont(boldFont);
    m_windows = new QListWidget(windowsBox);
    m_windows->setObjectName(QStringLiteral("maintenanceWindowsList"));
    m_windows->setWordWrap(true);
    m_windows->setSpacing(3);
    m_windows->setAlternatingRowColors(true);
    m_windows->setTextElideMode(Qt::ElideNone);
    m_windows->setToolTip(tr("Opens the Infra pane's windows"));
    // As wide as a window's time span, no wider: the tables beside it need the room.
    const int span = fontMetrics().horizontalAdvance(QStringLiteral("Sat 12 Dec 2026 02:00–04:00 UTC")) + 32;
    windowsBox->setMinimumWidth(span);
    windowsBox->setMaximumWidth(span + 40);
    windowsLayout->addWidget(windowsLabel);
    windowsLayout->addWidget(m_windows);
    // What to do when something fails: the runbooks, in the Support pane.
    auto* runbooks = new QPushButton(tr("Runbooks…"), windowsBox);
    runbooks->setObjectName(QStringLiteral("dashboardRunbooksButton"));
    runbooks->setToolTip(tr("What to check and do when an operation fails (Support pane)"));
    windowsLayout->addWidget(runbooks);
    connect(runbooks, &QPushButton::clicked, this, [this] { Q_EMIT runbooksRequested(); });
    m_ui->splitter->addWidget(windowsBox);
    connect(m_windows, &QListWidget::itemActivated, this, [this] { Q_EMIT maintenanceRequested(); });
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 0);

    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);
    m_ui->healthView->horizontalHeader()->setStretchLastSection(false);
    m_ui->operationsView->horizontalHeader()->setStretchLastSection(false);
    m_ui->operationsView->horizontalHeader()->setSectionResizeMode(OperationListModel::TenantColumn,
                                                                   QHeaderView::Stretch);
    m_ui->operationsView->setColumnHidden(OperationListModel::ActorColumn, true);
    coverWhileLoading(m_ui->splitter);
    watchTables({QStringLiteral("tenants"), QStringLiteral("operations"), QStringLiteral("api_keys"),
                 QStringLiteral("usage_daily"), QStringLiteral("budget_alerts"),
                 QStringLiteral("access_rules"), QStringLiteral("maintenance_windows")});
}

DashboardPane::~DashboardPane() = default;

// The live resources table beside the health table, as a second tab: the same tenants seen by Prometheus,
// sortable by any figure, worst state first.
void DashboardPane::setUpResourcesTable()
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_kpiModel);
    proxy->setSortRole(TenantKpiModel::SortRole);
    m_kpiView = new QTableView(this);
    m_kpiView->setObjectName(QStringLiteral("resourcesView"));
    m_kpiView->setModel(proxy);
    m_kpiView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kpiView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_kpiView->setAlternatingRowColors(true);
    m_kpiView->setWordWrap(false);
    m_kpiView->verticalHeader()->hide();
    m_kpiView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_kpiView->setSortingEnabled(true);
    m_kpiView->sortByColumn(TenantKpiModel::StateColumn, Qt::AscendingOrder);
    m_kpiView->setItemDelegateForColumn(
        TenantKpiModel::StateColumn,
        new BadgeDelegate(TenantKpiModel::StateRole, this, [](const QVariant& state) {
            const QString key = state.toString();
            return key == QLatin1String("degraded")  ? QStringLiteral("warning")
                   : key == QLatin1String("healthy") ? QStringLiteral("healthy")
                                                     : QStringLiteral("paused-health");
        }));
    m_kpiView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpiView->horizontalHeader()->setStretchLastSection(true);
    m_kpiView->setToolTip(tr("Double-click a tenant to open it"));
    connect(m_kpiView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString slug = index.data(TenantKpiModel::SlugRole).toString();
        load(
            QStringLiteral("open-resource-tenant"),
            [slug](Database& db) { return TenantRepository(db).requireBySlug(slug).id; },
            [this](const qint64& id) { Q_EMIT openTenantRequested(id); });
    });
    // The health table and this one share the left part of the splitter as two tabs.
    m_healthTabs = new QTabWidget(m_ui->healthBox);
    m_healthTabs->setObjectName(QStringLiteral("healthTabs"));
    m_healthTabs->setDocumentMode(true);
    m_ui->healthLayout->removeWidget(m_ui->healthView);
    m_ui->healthLabel->hide();
    m_healthTabs->addTab(m_ui->healthView, m_ui->healthLabel->text());
    m_healthTabs->addTab(m_kpiView, tr("Resources"));
    m_healthTabs->setTabToolTip(1, tr("Each tenant's CPU, memory, storage and pods, live from Prometheus"));
    m_ui->healthLayout->addWidget(m_healthTabs);
    connect(m_feed, &HealthFeed::changed, this, &DashboardPane::showResources);
    showResources();
}

void DashboardPane::showResources()
{
    const QList<TenantKpiHealth> rows = m_feed->tenantHealth();
    m_kpiModel->setRows(rows);
    const auto degraded = std::count_if(rows.begin(), rows.end(), [](const TenantKpiHealth& h) {
        return h.state == TenantKpiHealth::Degraded;
    });
    // Short: the splitter leaves the tabs little room beside the operations.
    m_healthTabs->setTabText(1, degraded ? tr("Resources · %n degraded", nullptr, int(degraded))
                                         : tr("Resources"));
}

void DashboardPane::reload()
{
    m_feed->ensureStarted(); // the live figures, in the background
    const bool keys = m_context->capabilities().can(Capability::ViewKeys);
    const KeyAttention rules = KeyAttention::saved(); // the thresholds chosen in the Keys pane
    const bool usage = m_context->capabilities().can(Capability::ViewUsage);
    loadPane(
        [keys, usage, rules](Database& db) {
            TenantRepository repo(db);
            DashboardData d;
            PlatformFacts::Query facts;
            facts.limit = 8;
            facts.attention = rules;
            d.recommendations = PlatformFacts::recommendations(db, QDateTime::currentDateTimeUtc(), facts);
            d.counts = repo.counts();
            d.windows = MaintenanceWindows::list(db);
            d.health = repo.health(25);
            OperationQuery q;
            q.limit = 40;
            d.operations = repo.operations(q);
            if (keys) {
                int attention = 0;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const QList<ApiKey> live = KeyVault::keys(db);
                for (const ApiKey& k : live)
                    attention += rules.flags(k, now).isEmpty() ? 0 : 1;
                d.keysNeedingAttention = attention;
                d.liveKeys = int(live.size());
            }
            if (usage) {
                d.spend = UsageQuery::monthSummary(db, QDateTime::currentDateTimeUtc().date());
                d.openAlerts = int(BudgetAlerts::list(db, false).size());
            }
            return d;
        },
        [this](const DashboardData& d) {
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
            m_spendCard->setVisible(d.spend.has_value());
            m_alertsCard->setVisible(d.spend.has_value());
            m_topConsumers->setVisible(d.spend.has_value() && !d.spend->topConsumers.isEmpty());
            if (d.spend) {
                m_spendCard->setValueText(Money::display(d.spend->spentMicros));
                m_spendCard->setCaption(
                    d.spend->budgetMicros
                        ? tr("Spent this month, %1 of budget")
                              .arg(Money::percent(d.spend->spentMicros, d.spend->budgetMicros))
                        : tr("Spent this month"));
                m_spendCard->setToolTip(d.spend->budgetMicros
                                            ? tr("%1 of the %2 the monthly budgets allow, from the daily "
                                                 "aggregates. Opens the Usage pane.")
                                                  .arg(Money::display(d.spend->spentMicros),
                                                       Money::display(*d.spend->budgetMicros))
                                            : tr("From the daily aggregates. Opens the Usage pane."));
                m_alertsCard->setValue(d.openAlerts);
                m_alertsCard->setToolTip(
                    tr("Budgets that crossed 50, 80 or 100 % and nobody acknowledged yet. "
                       "Opens the Access pane."));
                QStringList top;
                for (const auto& [consumer, micros] : d.spend->topConsumers)
                    top << tr("%1 %2").arg(consumer, Money::display(micros));
                // Three fit on one line beside each other; all five are in the tooltip.
                m_topConsumers->setText(
                    tr("Top consumers this month: %1").arg(top.mid(0, 3).join(QStringLiteral(" · "))));
                m_topConsumers->setToolTip(top.join(QLatin1Char('\n')));
            }
            m_health->setRows(d.health);
            m_operations->setRows(d.operations);
            m_recommendations->setRecommendations(d.recommendations);
            m_windows->clear();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const MaintenanceWindow& w : d.windows) {
                auto* item = new QListWidgetItem(tr("%1\n%2\n%n upgrade(s) scheduled", nullptr, w.scheduled)
                                                     .arg(w.name, MaintenanceWindows::spanText(w)),
                                                 m_windows);
                item->setToolTip(w.notes.isEmpty() ? w.name : w.notes);
                if (w.activeAt(now)) {
                    QFont open = item->font();
                    open.setBold(true);
                    item->setFont(open);
                    item->setText(tr("%1 (open now)").arg(item->text()));
                }
            }
            if (d.windows.isEmpty())
                new QListWidgetItem(tr("None planned"), m_windows);
        });
}

// The usual way to each fix: a rebuild through its confirmation; the other fixes in the pane that makes them.
void DashboardPane::fix(const PlatformFact& fact)
{
    const QString slug = fact.tenantSlug;
    if (fact.action == QLatin1String("tenant.rebuild")) {
        WriteRunner::run(
            m_context, this,
            [slug](Database& db) {
                return TenantService(db, QStringLiteral("ui")).planAction(slug, TenantAction::Rebuild);
            },
            [this, slug](const Result<QJsonObject>& r) {
                if (!r)
                    return showFailure(r.error());
                m_messages->show(MessageBar::Info, tr("Rebuild of %1 queued.").arg(slug));
                reload();
            });
    } else if (fact.action == QLatin1String("operation.rerun")) {
        Q_EMIT operationRequested(fact.sourceId.toLongLong());
    } else if (fact.action.startsWith(QLatin1String("key."))) {
        const qint64 id = fact.sourceId.toLongLong();
        load(
            QStringLiteral("fix-key"),
            [id](Database& db) {
                for (const ApiKey& k : KeyVault::keys(db, {}, true))
                    if (k.id == id)
                        return QStringList{k.providerCode, k.label};
                throw Failure(ErrorKind::NotFound, tr("The key %1 no longer exists.").arg(id));
            },
            [this](const QStringList& key) { Q_EMIT keyRequested(key.value(0), key.value(1)); });
    } else if (fact.action == QLatin1String("budget.raise")) {
        Q_EMIT alertsRequested();
    } else if (!slug.isEmpty()) {
        load(
            QStringLiteral("fix-tenant"),
            [slug](Database& db) { return TenantRepository(db).requireBySlug(slug).id; },
            [this](const qint64& id) { Q_EMIT openTenantRequested(id); });
    }
}

} // namespace fusion
