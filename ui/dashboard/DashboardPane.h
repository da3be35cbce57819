#pragma once

#include "ui/common/Pane.h"

#include <memory>

class QLabel;
class QListWidget;

namespace Ui {
class DashboardPane;
}

namespace fusion {

class KpiCard;
class OperationListModel;
class RecommendationsPanel;
struct PlatformFact;
class TenantHealthModel;

// Platform overview: tenant counts by status (a click filters the tenants list), keys needing attention, this
// month's API spend against the budgets with the top consumers, open budget alerts, recommendations (what to
// fix now, each with its action and "Ask about this"), the least healthy tenants, and the latest operations
// across the fleet.
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
    void keyRequested(const QString& providerCode, const QString& label);
    // "Ask about this": the AI console with this question about this tenant (empty: the platform).
    void askRequested(const QString& question, const QString& tenantSlug);

public:
    RecommendationsPanel* recommendationsPanel() const { return m_recommendations; }

private:
    void fix(const PlatformFact& fact);

    std::unique_ptr<Ui::DashboardPane> m_ui;
    TenantHealthModel* m_health;
    OperationListModel* m_operations;
    KpiCard* m_spendCard;
    KpiCard* m_alertsCard;
    QLabel* m_topConsumers;
    RecommendationsPanel* m_recommendations;
    QListWidget* m_windows;
};

} // namespace fusion
