#pragma once

#include "ui/common/Pane.h"

#include <memory>

class QLabel;

namespace Ui {
class DashboardPane;
}

namespace fusion {

class KpiCard;
class OperationListModel;
class TenantHealthModel;

// Platform overview: tenant counts by status (a click filters the tenants list), keys needing attention, this
// month's API spend against the budgets with the top consumers, open budget alerts, the least healthy
// tenants, and the latest operations across the fleet.
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

private:
    std::unique_ptr<Ui::DashboardPane> m_ui;
    TenantHealthModel* m_health;
    OperationListModel* m_operations;
    KpiCard* m_spendCard;
    KpiCard* m_alertsCard;
    QLabel* m_topConsumers;
};

} // namespace fusion
