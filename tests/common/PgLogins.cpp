#include "tests/common/PgLogins.h"

#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"

#include <QSqlQuery>

namespace fusion::test {

QString PgLogins::setUpLogins(const QString& prefix)
{
    if (pgHost().isEmpty())
        return QStringLiteral("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
    m_pg = std::make_unique<PgTestDatabase>(prefix);
    if (!m_pg->ok())
        return m_pg->error();
    try {
        prepare(m_admin, m_pg->target(), 4);
        QSqlQuery t = m_admin.exec(QStringLiteral("SELECT id, slug FROM tenants ORDER BY id LIMIT 2"));
        if (!t.next())
            return QStringLiteral("the demo data has no tenants");
        m_tenantA = t.value(0).toLongLong();
        const QString slugA = t.value(1).toString();
        if (!t.next())
            return QStringLiteral("the demo data has only one tenant");
        m_tenantB = t.value(0).toLongLong();
        const QString slugB = t.value(1).toString();

        m_owner = m_pg->createLogin(QStringLiteral("owner"));
        m_operator = m_pg->createLogin(QStringLiteral("operator"));
        m_tadminA = m_pg->createLogin(QStringLiteral("tadmina"));
        m_tadminB = m_pg->createLogin(QStringLiteral("tadminb"));
        m_apiUser = m_pg->createLogin(QStringLiteral("apiuser"));
        RoleService roles(m_admin);
        WriteExecutor::execute(m_admin, roles.planGrant(m_owner, Roles::Owner));
        WriteExecutor::execute(m_admin, roles.planGrant(m_operator, Roles::Operator));
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadminA, Roles::TenantAdmin, slugA));
        WriteExecutor::execute(m_admin, roles.planGrant(m_tadminB, Roles::TenantAdmin, slugB));
        WriteExecutor::execute(m_admin, roles.planGrant(m_apiUser, Roles::ApiUser));
    } catch (const Failure& f) {
        return f.error().message + QLatin1Char(' ') + f.error().detail;
    }
    return {};
}

std::unique_ptr<Database> PgLogins::as(const QString& login) const
{
    auto db = std::make_unique<Database>();
    db->open(m_pg->target(login));
    return db;
}

qint64 PgLogins::count(const QString& sql, const QVariantList& params) const
{
    return m_admin.scalar(sql, params).toLongLong();
}

} // namespace fusion::test
