#pragma once

#include "models/core/Error.h"
#include "models/tenants/Tenant.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class TenantDetailView;
}

class QAction;
class QToolButton;

namespace fusion {

class AppContext;
class Database;
class FormBinding;
class Loads;
class MessageBar;
class ModuleStateModel;
class OdooClient;
class OperationListModel;
class SsoCheckPanel;
class TenantResources;
class TenantBillingPanel;
struct PendingWrite;

// One tenant in full: a header with its status and lifecycle actions, and tabs Overview, Modules, Infra,
// SSO, Analytics, Billing and Logs. Each form edits its record through the confirmation path with the row
// version it was loaded at, so a concurrent change is refused and shown instead of overwritten.
class TenantDetailView : public QWidget {
    Q_OBJECT

public:
    explicit TenantDetailView(AppContext* context, QWidget* parent = nullptr);
    ~TenantDetailView() override;

    void setActions(QAction* pause, QAction* resume, QAction* rebuild, QAction* decommission);
    void showTenant(qint64 tenantId);
    void reload();
    qint64 tenantId() const { return m_tenantId; }
    std::optional<Tenant> tenant() const;
    MessageBar* messageBar() const { return m_messages; }
    bool hasUnsavedEdits() const;

Q_SIGNALS:
    void backRequested();
    void upgradeImageRequested(const QString& slug);  // the Infra pane's upgrade dialog, for this tenant
    void operationRequested(qint64 id);               // the operation drawer, for one of its operations
    void portalPreviewRequested(const QString& slug); // the Portal pane, on this tenant, as a preview
    void tenantLoaded(const fusion::Tenant& tenant);
    void loaded();

private:
    using Planner = std::function<PendingWrite(Database&, int expectedVersion)>;
    void apply(const TenantDetail& detail, const QList<Plan>& plans, const QList<InfraTemplate>& templates);
    void save(FormBinding* form, int* expectedVersion, const Planner& planner);
    void applyCapabilities();
    void syncModules();
    void updateTemplateDetails();

    std::unique_ptr<Ui::TenantDetailView> m_ui;
    AppContext* m_context;
    MessageBar* m_messages;
    Loads* m_loads; // the detail's load: the newest request wins
    ModuleStateModel* m_modules;
    OdooClient* m_odoo; // for the module sync
    bool m_syncing = false;
    OperationListModel* m_operations;
    FormBinding* m_overview;
    FormBinding* m_infra;
    FormBinding* m_sso;
    SsoCheckPanel* m_ssoChecks;
    TenantResources* m_resources;
    TenantBillingPanel* m_billingPanel;
    FormBinding* m_analytics;
    FormBinding* m_billing;
    QToolButton* m_viewPortal;
    qint64 m_tenantId = 0;
    std::optional<TenantDetail> m_detail;
    QList<InfraTemplate> m_templates;
    int m_overviewVersion = 0;
    int m_infraVersion = 0;
    int m_ssoVersion = 0;
    int m_analyticsVersion = 0;
    int m_billingVersion = 0;
    FormBinding* m_rebaseForm = nullptr; // after a conflict: take the new stored state, keep the edits
};

} // namespace fusion
