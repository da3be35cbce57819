#pragma once

#include "ui/common/Pane.h"

#include <memory>

class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;

namespace Ui {
class DashboardPane;
}

namespace fusion {

class HealthFeed;
class KpiCard;
class OperationListModel;
class RecommendationsPanel;
class ResourcePanel;
class TenantKpiModel;
struct PlatformFact;
class TenantHealthModel;

// Platform overview: tenant counts by status (a click filters the tenants list), keys needing attention, this
// month's API spend against the budgets with the top consumers, open budget alerts, recommendations (what to
// fix now, each with its action and "Ask about this"), the cluster's resources live from Prometheus, the
// least healthy tenants and each tenant's resources, and the latest operations across the fleet.
class DashboardPane : public Pane {
    Q_OBJECT

public:
    explicit DashboardPane(AppContext* context, QWidget* parent = nullptr);
    ~DashboardPane() override;
    void reload() override;

Q_SIGNALS:
    void statusFilterRequested(const QString& status); // empty: all tenants
    void keysRequested();
    void spendRequested();  // the Usage pane
    void alertsRequested(); // the Access pane's alerts
    void operationRequested(qint64 id);
    void maintenanceRequested(); // the Infra pane's maintenance windows
    void runbooksRequested();    // the Support pane's runbooks
    void keyRequested(const QString& providerCode, const QString& label);
    // "Ask about this": the AI console with this question about this tenant (empty: the platform).
    void askRequested(const QString& question, const QString& tenantSlug);

public:
    RecommendationsPanel* recommendationsPanel() const { return m_recommendations; }
    ResourcePanel* resourcePanel() const { return m_resources; }
    QTableView* resourcesView() const { return m_kpiView; }
    QTabWidget* healthTabs() const { return m_healthTabs; }

private:
    void fix(const PlatformFact& fact);
    void setUpResourcesTable();
    void showResources();

    std::unique_ptr<Ui::DashboardPane> m_ui;
    TenantHealthModel* m_health;
    OperationListModel* m_operations;
    KpiCard* m_spendCard;
    KpiCard* m_alertsCard;
    QLabel* m_topConsumers;
    RecommendationsPanel* m_recommendations;
    QListWidget* m_windows;
    HealthFeed* m_feed;
    TenantKpiModel* m_kpiModel;
    ResourcePanel* m_resources = nullptr;
    QTableView* m_kpiView = nullptr;
    QTabWidget* m_healthTabs = nullptr;
};

} // namespace fusion
