#pragma once

#include "models/core/Error.h"
#include "models/storage/DatabaseTarget.h"
#include "models/tenants/TenantService.h"

#include <QMainWindow>
#include <QPointer>

#include <array>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;
class QPushButton;

namespace fusion {

class AppContext;
class AuditPane;
class Connector;
class DashboardPane;
class OperationsPane;
class ProposalsPane;
class OdooPane;
class BundlesPane;
class KeysPane;
class AccessPane;
class UsagePane;
class AiPane;
class InfraPane;
class BillingPane;
class SupportPane;
class PortalPane;
class SsoPane;
class AutomationPane;
class AnalyticsPane;
class SettingsPane;
class AlertWatcher;
class DesktopNotifier;
class Pane;
class TenantsPane;
class QuitWarning;

// Hosts the panes, the menus and their shortcuts; lifecycle actions apply to the current tenant. Opening the
// database is Connector's job; every write goes through WriteRunner.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class PaneId {
        Dashboard,
        Tenants,
        Operations,
        Audit,
        Proposals,
        Odoo,
        Bundles,
        Keys,
        Access,
        Usage,
        Ai,
        Infra,
        Sso,
        Automation,
        Analytics,
        Billing,
        Support,
        Settings,
        Portal
    };
    static constexpr std::size_t kPaneCount = std::size_t(PaneId::Portal) + 1;

    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    Connector* connector() const { return m_connector; }
    void showPane(PaneId id);
    Pane* pane(PaneId id) const;
    TenantsPane* tenantsPane() const { return m_tenants; }
    DashboardPane* dashboardPane() const { return m_dashboard; }
    AuditPane* auditPane() const { return m_audit; }
    ProposalsPane* proposalsPane() const { return m_proposals; }
    OdooPane* odooPane() const { return m_odoo; }
    BundlesPane* bundlesPane() const { return m_bundles; }
    KeysPane* keysPane() const { return m_keys; }
    AccessPane* accessPane() const { return m_access; }
    UsagePane* usagePane() const { return m_usage; }
    AiPane* aiPane() const { return m_ai; }
    InfraPane* infraPane() const { return m_infra; }
    BillingPane* billingPane() const { return m_billing; }
    SsoPane* ssoPane() const { return m_sso; }
    AutomationPane* automationPane() const { return m_automation; }
    AnalyticsPane* analyticsPane() const { return m_analytics; }
    SupportPane* supportPane() const { return m_support; }
    SettingsPane* settingsPane() const { return m_settings; }
    PortalPane* portalPane() const { return m_portal; }
    AlertWatcher* alertWatcher() const { return m_alertWatcher; }
    void openTenantBySlug(const QString& slug);
    // --pane NAME: the pane of "dashboard", "tenants", …, or of "NAME/TAB" (a tab of the AI, Infra or SSO
    // pane); the tab's part of the name (empty when none), and showing that tab (false: the pane has no such
    // tab).
    static std::optional<PaneId> paneFromName(const QString& name);
    static QString paneTabFromName(const QString& name);
    bool showPaneTab(PaneId id, const QString& tab);

Q_SIGNALS:
    void paneLoaded(fusion::MainWindow::PaneId pane);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // MainWindowPanes.cpp: the panes, their sidebar entries and View-menu actions, the links between them.
    void createPanes();
    void linkPanes();
    void setUpNavigation();
    void addPaneActions();
    void setUpActions();
    void updateActions();
    void runTenantAction(TenantAction action);
    void createTenant();
    void loadDemoData();
    void showConnectionDialog();
    void showShortcuts();
    void showProblem(const QString& title, const QString& text, const QString& detail, const QString& primary,
                     std::function<void()> onPrimary, bool offerDemo = false);
    void onReady();
    // The header's environment badge (its colour) and whether operations are frozen, read off the GUI thread.
    void refreshEnvironment();
    // Closing while work runs (RunningWork): the warning that lists it; true once the person chose Stop and
    // Quit and everything ended, so that the next close goes through.
    void showQuitWarning();
    bool m_quitApproved = false;
    QPointer<QuitWarning> m_quitWarning;

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext* m_context;
    Connector* m_connector;
    DashboardPane* m_dashboard;
    TenantsPane* m_tenants;
    OperationsPane* m_operations;
    AuditPane* m_audit;
    ProposalsPane* m_proposals;
    OdooPane* m_odoo;
    BundlesPane* m_bundles;
    KeysPane* m_keys;
    AccessPane* m_access;
    UsagePane* m_usage;
    AiPane* m_ai;
    InfraPane* m_infra;
    SsoPane* m_sso;
    AutomationPane* m_automation;
    AnalyticsPane* m_analytics;
    BillingPane* m_billing;
    SupportPane* m_support = nullptr;
    SettingsPane* m_settings = nullptr;
    PortalPane* m_portal = nullptr;
    std::array<Pane*, kPaneCount> m_panes{}; // in PaneId order
    // A login that is a tenant admin only sees its portal, Support and Audit; the other panes are
    // unreachable.
    bool m_portalOnly = false;
    QLabel* m_environmentBadge;
    DesktopNotifier* m_notifier;
    AlertWatcher* m_alertWatcher;
    QLabel* m_databaseLabel;
    QLabel* m_rolesLabel;
    QPushButton* m_demoButton;
    std::function<void()> m_problemAction;
    bool m_busyAction = false;
};

} // namespace fusion
