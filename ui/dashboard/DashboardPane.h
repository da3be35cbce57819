#pragma once

#include "common/Pane.h"

#include <memory>

namespace Ui {
class DashboardPane;
}

namespace fusion {

class LoadingOverlay;
class MessageBar;
class OperationListModel;
class TenantHealthModel;

// Platform overview: tenant counts by status (a click filters the tenants list), the least healthy
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

private:
    std::unique_ptr<Ui::DashboardPane> m_ui;
    TenantHealthModel* m_health;
    OperationListModel* m_operations;
    MessageBar* m_messages;
    LoadingOverlay* m_loading;
    quint64 m_generation = 0;
};

} // namespace fusion
