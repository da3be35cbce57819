#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace fusion {

namespace Roles {
inline const QString Owner = QStringLiteral("fusion_owner");
inline const QString Operator = QStringLiteral("fusion_operator");
inline const QString Finance = QStringLiteral("fusion_finance");
inline const QString TenantAdmin = QStringLiteral("fusion_tenant_admin");
inline const QString ApiUser = QStringLiteral("fusion_api_user");
inline const QString ApiManager = QStringLiteral("fusion_api_manager");
inline const QString ApiAdmin = QStringLiteral("fusion_api_admin");
// Logins of automations: n8n reporting on operations, a receiver putting events in the inbox.
inline const QString Automation = QStringLiteral("fusion_automation");
inline const QString EventIntake = QStringLiteral("fusion_event_intake");
QStringList all();
QString describe(const QString& role); // translated one-liner
} // namespace Roles

enum class Capability {
    CreateTenant,
    Decommission,
    RunOperations,        // pause, resume, rebuild
    EditTenantIdentity,   // name, agency group, infra template, region, db strategy
    EditTenantConnection, // Odoo, database and Kubernetes settings
    EditIntegrations,     // SSO, analytics
    ViewBillingAmounts,
    EditBilling,
    ViewAudit,
    ManageRoles,
    MigrateDatabase,
    ManageBundles, // create, edit and delete bundle definitions
    ViewKeys,      // keys' labels, fingerprints, status (never secrets)
    ManageKeys,    // add, rotate, set default, revoke; reveal, copy and export secrets (audited)
    ManageProviders,
    ViewUsage,     // usage, spend, budgets, alerts
    ManageAccess,  // access rules, user limits, the kill switch, prices
    ProposeAccess, // propose an access rule change for an owner to approve (finance)
    RecordUsage,   // record and import usage, make calls through the service layer
};

// What the connected login may do, read once at connect time. The app uses it to disable what would be
// refused and to say why; the database enforces the same rules regardless.
struct Capabilities {
    Q_DECLARE_TR_FUNCTIONS(fusion::Capabilities)

public:
    QString login;
    QStringList roles;        // effective fusion_* roles
    bool superuser = false;   // PostgreSQL superuser
    bool schemaOwner = false; // owns the tables (ran the migrations)
    bool embedded = false;    // SQLite: the local user is the owner
    QStringList tenantScope;  // slugs a tenant admin is mapped to

    bool isOwner() const { return embedded || superuser || schemaOwner || roles.contains(Roles::Owner); }
    bool has(const QString& role) const { return isOwner() || roles.contains(role); }
    bool can(Capability capability) const;
    QString whyNot(Capability capability) const; // empty when allowed
    QStringList effectiveRoleNames() const;      // for display: includes "owner (superuser)" etc.
    static Capabilities embeddedOwner(const QString& login);
};

} // namespace fusion
