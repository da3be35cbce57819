#include "models/roles/Capabilities.h"

namespace fusion {

QStringList Roles::all()
{
    return {Owner, Operator, Finance, TenantAdmin, ApiUser, ApiManager, ApiAdmin, Automation, EventIntake};
}

QString Roles::describe(const QString& role)
{
    if (role == Owner)
        return QCoreApplication::translate("fusion::Roles", "everything, including keys and role grants");
    if (role == Operator)
        return QCoreApplication::translate("fusion::Roles",
                                           "runs tenant operations; no create, decommission or billing");
    if (role == Finance)
        return QCoreApplication::translate("fusion::Roles",
                                           "reads tenants, usage, budgets and subscriptions");
    if (role == TenantAdmin)
        return QCoreApplication::translate("fusion::Roles", "reads and acts on its own tenants only");
    if (role == ApiUser)
        return QCoreApplication::translate("fusion::Roles", "views API usage");
    if (role == ApiManager)
        return QCoreApplication::translate("fusion::Roles", "manages providers, consumers and access rules");
    if (role == ApiAdmin)
        return QCoreApplication::translate("fusion::Roles", "manages API keys");
    if (role == Automation)
        return QCoreApplication::translate("fusion::Roles",
                                           "an automation (n8n): records and reports on operations only");
    if (role == EventIntake)
        return QCoreApplication::translate("fusion::Roles",
                                           "an event receiver: puts events in the inbox only");
    return {};
}

Capabilities Capabilities::embeddedOwner(const QString& login)
{
    Capabilities c;
    c.login = login;
    c.embedded = true;
    c.roles = {Roles::Owner};
    return c;
}

bool Capabilities::can(Capability capability) const
{
    if (isOwner())
        return true;
    const bool op = roles.contains(Roles::Operator);
    const bool fin = roles.contains(Roles::Finance);
    const bool ta = roles.contains(Roles::TenantAdmin);
    const bool apiAdmin = roles.contains(Roles::ApiAdmin);
    const bool apiManager = roles.contains(Roles::ApiManager);
    const bool apiUser = roles.contains(Roles::ApiUser);
    switch (capability) {
    case Capability::CreateTenant:
    case Capability::Decommission:
    case Capability::EditTenantIdentity:
    case Capability::EditBilling:
    case Capability::ManageRoles:
    case Capability::MigrateDatabase:
    case Capability::ManageBundles:
        return false;
    case Capability::RunOperations:
    case Capability::EditIntegrations:
        return op || ta;
    case Capability::EditTenantConnection:
        return op;
    case Capability::ViewBillingAmounts:
        return fin || ta;
    case Capability::ViewAudit:
        return op || fin || ta;
    case Capability::ViewKeys:
        return op || apiAdmin || apiManager;
    case Capability::ManageKeys:
        return apiAdmin;
    case Capability::ManageProviders:
        return apiAdmin || apiManager;
    case Capability::ViewUsage:
        return fin || ta || apiUser || apiAdmin || apiManager;
    case Capability::ManageAccess:
        return apiAdmin || apiManager;
    case Capability::ProposeAccess:
        return fin || apiAdmin || apiManager;
    case Capability::RecordUsage:
        return apiUser || apiAdmin || apiManager;
    }
    return false;
}

QString Capabilities::whyNot(Capability capability) const
{
    if (can(capability))
        return {};
    const QString have = roles.isEmpty() ? tr("no Fusion Console role") : roles.join(QStringLiteral(", "));
    switch (capability) {
    case Capability::CreateTenant:
        return tr("Creating tenants needs the fusion_owner role (you have %1).").arg(have);
    case Capability::Decommission:
        return tr("Decommissioning needs the fusion_owner role (you have %1).").arg(have);
    case Capability::RunOperations:
        return tr("Tenant operations need fusion_owner, fusion_operator or fusion_tenant_admin (you have "
                  "%1).")
            .arg(have);
    case Capability::EditTenantIdentity:
        return tr("Editing a tenant's identity needs the fusion_owner role (you have %1).").arg(have);
    case Capability::EditTenantConnection:
        return tr("Editing connection settings needs fusion_owner or fusion_operator (you have %1).")
            .arg(have);
    case Capability::EditIntegrations:
        return tr("Editing SSO and analytics needs fusion_owner, fusion_operator or fusion_tenant_admin (you "
                  "have %1).")
            .arg(have);
    case Capability::ViewBillingAmounts:
        return tr("Billing amounts are visible to fusion_owner and fusion_finance (you have %1).").arg(have);
    case Capability::EditBilling:
        return tr("Billing changes need the fusion_owner role (you have %1).").arg(have);
    case Capability::ViewAudit:
        return tr("The audit log is visible to owners, operators, finance and tenant admins (you have %1).")
            .arg(have);
    case Capability::ManageRoles:
        return tr("Granting roles needs the fusion_owner role (you have %1).").arg(have);
    case Capability::MigrateDatabase:
        return tr("Migrating the schema needs the login that owns it (you have %1).").arg(have);
    case Capability::ManageBundles:
        return tr("Defining bundles needs the fusion_owner role (you have %1).").arg(have);
    case Capability::ViewKeys:
        return tr("Keys are visible to fusion_owner, fusion_operator, fusion_api_admin and "
                  "fusion_api_manager (you "
                  "have %1).")
            .arg(have);
    case Capability::ManageKeys:
        return tr("Managing and revealing keys needs fusion_owner or fusion_api_admin (you have %1).")
            .arg(have);
    case Capability::ManageProviders:
        return tr("Managing providers needs fusion_owner, fusion_api_admin or fusion_api_manager (you have "
                  "%1).")
            .arg(have);
    case Capability::ViewUsage:
        return tr("Usage and spend are visible to owners, finance, tenant admins and the API roles (you have "
                  "%1).")
            .arg(have);
    case Capability::ManageAccess:
        return tr("Changing access rules, limits and prices needs fusion_owner, fusion_api_admin or "
                  "fusion_api_manager (you have %1).")
            .arg(have);
    case Capability::ProposeAccess:
        return tr("Proposing access rule changes needs fusion_finance or an API management role (you have "
                  "%1).")
            .arg(have);
    case Capability::RecordUsage:
        return tr("Recording usage and making calls needs fusion_owner or an API role (you have %1).")
            .arg(have);
    }
    return {};
}

QStringList Capabilities::effectiveRoleNames() const
{
    if (embedded)
        return {tr("fusion_owner (local SQLite file)")};
    if (superuser)
        return {tr("fusion_owner (superuser)")};
    // Owners hold the other roles with admin option (to grant them), which makes them members too: show
    // what matters, the owner role.
    if (roles.contains(Roles::Owner))
        return {Roles::Owner};
    QStringList names = roles;
    if (schemaOwner)
        names.prepend(tr("fusion_owner (schema owner)"));
    return names;
}

} // namespace fusion
