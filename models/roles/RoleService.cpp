#include "models/roles/RoleService.h"

#include "models/tenants/TenantRepository.h"

namespace fusion {

QString RoleService::quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Capabilities RoleService::capabilities() const
{
    if (m_db.isSqlite())
        return Capabilities::embeddedOwner(m_db.actor());
    Capabilities c;
    c.login = m_db.actor();
    {
        QSqlQuery r = m_db.exec(
            QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'fusion\\_%' ESCAPE '\\' AND "
                           "pg_has_role(session_user, oid, 'USAGE') ORDER BY rolname"));
        while (r.next()) {
            const QString role = r.value(0).toString();
            if (Roles::all().contains(role))
                c.roles << role;
        }
    }
    c.superuser =
        m_db.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).toBool();
    const QString owner =
        m_db.scalar(
                QStringLiteral("SELECT coalesce((SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = "
                               "to_regclass('schema_version')), (SELECT pg_get_userbyid(datdba) FROM "
                               "pg_database WHERE datname = current_database()))"))
            .toString();
    c.schemaOwner = owner == c.login;
    if (c.roles.contains(Roles::TenantAdmin) &&
        !m_db.scalar(QStringLiteral("SELECT to_regclass('tenant_admins')::text")).toString().isEmpty())
        c.tenantScope = mappedTenants(c.login);
    return c;
}

QStringList RoleService::directRoles(const QString& login) const
{
    QStringList roles;
    QSqlQuery r = m_db.exec(
        QStringLiteral("SELECT r.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid "
                       "JOIN pg_roles m ON m.oid = am.member WHERE m.rolname = ? AND r.rolname LIKE "
                       "'fusion\\_%' ESCAPE '\\' ORDER BY r.rolname"),
        {login});
    while (r.next())
        roles << r.value(0).toString();
    return roles;
}

QStringList RoleService::mappedTenants(const QString& login) const
{
    QStringList slugs;
    QSqlQuery r = m_db.exec(
        QStringLiteral("SELECT t.slug FROM tenant_admins a JOIN tenants t ON t.id = a.tenant_id WHERE "
                       "a.login = ? ORDER BY t.slug"),
        {login});
    while (r.next())
        slugs << r.value(0).toString();
    return slugs;
}

QList<RoleMember> RoleService::members() const
{
    requirePostgres();
    QList<RoleMember> list;
    QSqlQuery r = m_db.exec(QStringLiteral(
        "SELECT m.rolname, r.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid JOIN "
        "pg_roles m ON "
        "m.oid = am.member WHERE r.rolname LIKE 'fusion\\_%' ESCAPE '\\' AND m.rolcanlogin ORDER BY 1, 2"));
    while (r.next()) {
        const QString login = r.value(0).toString();
        if (list.isEmpty() || list.last().login != login)
            list << RoleMember{login, {}, {}};
        list.last().roles << r.value(1).toString();
    }
    r = QSqlQuery();
    for (RoleMember& m : list) {
        if (m.roles.contains(Roles::TenantAdmin))
            m.tenants = mappedTenants(m.login);
    }
    return list;
}

void RoleService::requirePostgres() const
{
    if (!m_db.isPostgres())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Roles exist only on PostgreSQL. On an embedded SQLite file the local user is the owner."));
}

void RoleService::checkRole(const QString& role) const
{
    if (!Roles::all().contains(role))
        throw Failure(ErrorKind::InvalidInput, tr("\"%1\" is not a Fusion Console role. Use one of: %2.")
                                                   .arg(role, Roles::all().join(QStringLiteral(", "))));
}

void RoleService::checkLogin(const QString& login) const
{
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login});
    if (!r.next())
        throw Failure(
            ErrorKind::NotFound,
            tr("There is no login role \"%1\" on this server. Create it first, e.g. CREATE ROLE %2 LOGIN "
               "PASSWORD '…'.")
                .arg(login, quoteIdentifier(login)));
    if (!r.value(0).toBool())
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is a group role, not a login; grant roles to logins.").arg(login));
}

PendingWrite RoleService::planGrant(const QString& login, const QString& role,
                                    const QString& tenantSlug) const
{
    requirePostgres();
    checkRole(role);
    checkLogin(login);
    std::optional<Tenant> tenant;
    if (!tenantSlug.isEmpty()) {
        if (role != Roles::TenantAdmin)
            throw Failure(ErrorKind::InvalidInput,
                          tr("--tenant goes with the fusion_tenant_admin role only."));
        tenant = TenantRepository(m_db).requireBySlug(tenantSlug);
    }
    const QStringList before = directRoles(login);
    QStringList after = before;
    if (!after.contains(role))
        after << role;
    after.sort();
    const QStringList tenantsBefore = mappedTenants(login);
    QStringList tenantsAfter = tenantsBefore;
    if (tenant && !tenantsAfter.contains(tenant->slug))
        tenantsAfter << tenant->slug;
    tenantsAfter.sort();

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("role.grant");
    plan.title = tenant ? tr("Grant %1 to %2 for tenant %3").arg(role, login, tenant->slug)
                        : tr("Grant %1 to %2").arg(role, login);
    plan.verb = tr("Grant");
    plan.targetType = QStringLiteral("role");
    plan.target = login;
    if (tenant)
        plan.tenantId = tenant->id;
    if (before != after)
        plan.changes << FieldChange{QStringLiteral("roles"), tr("Roles"), before.join(QStringLiteral(", ")),
                                    after.join(QStringLiteral(", "))};
    if (tenantsBefore != tenantsAfter)
        plan.changes << FieldChange{QStringLiteral("tenants"), tr("Tenants"),
                                    tenantsBefore.join(QStringLiteral(", ")),
                                    tenantsAfter.join(QStringLiteral(", "))};
    if (role == Roles::TenantAdmin && tenantsAfter.isEmpty())
        plan.effects << tr("The login sees no tenant until it is mapped to one with --tenant.");
    plan.rowsAffected = plan.changes.size();
    if (plan.changes.isEmpty())
        return write;

    const bool grantRole = !before.contains(role);
    const std::optional<qint64> tenantId = tenant ? std::optional<qint64>(tenant->id) : std::nullopt;
    write.apply = [login, role, grantRole, tenantId](Database& db) {
        if (grantRole)
            db.execRaw(QStringLiteral("GRANT ") + quoteIdentifier(role) + QStringLiteral(" TO ") +
                       quoteIdentifier(login));
        if (tenantId)
            db.exec(QStringLiteral(
                        "INSERT INTO tenant_admins (login, tenant_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                    {login, *tenantId});
        return QJsonObject();
    };
    return write;
}

PendingWrite RoleService::planRevoke(const QString& login, const QString& role,
                                     const QString& tenantSlug) const
{
    requirePostgres();
    checkRole(role);
    checkLogin(login);
    std::optional<Tenant> tenant;
    if (!tenantSlug.isEmpty()) {
        if (role != Roles::TenantAdmin)
            throw Failure(ErrorKind::InvalidInput,
                          tr("--tenant goes with the fusion_tenant_admin role only."));
        tenant = TenantRepository(m_db).requireBySlug(tenantSlug);
    }
    const QStringList before = directRoles(login);
    const QStringList tenantsBefore = mappedTenants(login);
    QStringList after = before;
    QStringList tenantsAfter = tenantsBefore;
    if (tenant) {
        tenantsAfter.removeAll(tenant->slug);
    } else {
        after.removeAll(role);
        if (role == Roles::TenantAdmin)
            tenantsAfter.clear();
    }

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("role.revoke");
    plan.title = tenant ? tr("Remove tenant %3 from %2 (%1)").arg(role, login, tenant->slug)
                        : tr("Revoke %1 from %2").arg(role, login);
    plan.verb = tr("Revoke");
    plan.targetType = QStringLiteral("role");
    plan.target = login;
    if (tenant)
        plan.tenantId = tenant->id;
    if (before != after)
        plan.changes << FieldChange{QStringLiteral("roles"), tr("Roles"), before.join(QStringLiteral(", ")),
                                    after.join(QStringLiteral(", "))};
    if (tenantsBefore != tenantsAfter)
        plan.changes << FieldChange{QStringLiteral("tenants"), tr("Tenants"),
                                    tenantsBefore.join(QStringLiteral(", ")),
                                    tenantsAfter.join(QStringLiteral(", "))};
    plan.rowsAffected = plan.changes.size();
    if (plan.changes.isEmpty())
        return write;

    const bool revokeRole = before.contains(role) && !tenant;
    const std::optional<qint64> tenantId = tenant ? std::optional<qint64>(tenant->id) : std::nullopt;
    const bool clearMappings = !tenant && role == Roles::TenantAdmin;
    write.apply = [login, role, revokeRole, tenantId, clearMappings](Database& db) {
        if (revokeRole)
            db.execRaw(QStringLiteral("REVOKE ") + quoteIdentifier(role) + QStringLiteral(" FROM ") +
                       quoteIdentifier(login));
        if (tenantId)
            db.exec(QStringLiteral("DELETE FROM tenant_admins WHERE login = ? AND tenant_id = ?"),
                    {login, *tenantId});
        if (clearMappings)
            db.exec(QStringLiteral("DELETE FROM tenant_admins WHERE login = ?"), {login});
        return QJsonObject();
    };
    return write;
}

} // namespace fusion
