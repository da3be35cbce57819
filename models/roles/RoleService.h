#pragma once

#include "models/core/WritePlan.h"
#include "models/roles/Capabilities.h"
#include "models/storage/Database.h"

#include <QList>

namespace fusion {

struct RoleMember {
    QString login;
    QStringList roles;   // fusion_* roles granted directly
    QStringList tenants; // tenant slugs, for tenant admins
};

// Effective roles of the connected login, and granting or revoking roles (PostgreSQL only: on an embedded
// SQLite file the local user is the owner).
class RoleService {
    Q_DECLARE_TR_FUNCTIONS(fusion::RoleService)

public:
    explicit RoleService(Database& db)
        : m_db(db)
    {
    }

    Capabilities capabilities() const;
    QList<RoleMember> members() const;
    PendingWrite planGrant(const QString& login, const QString& role, const QString& tenantSlug = {}) const;
    PendingWrite planRevoke(const QString& login, const QString& role, const QString& tenantSlug = {}) const;

    static QString quoteIdentifier(const QString& name);

private:
    void requirePostgres() const;
    void checkRole(const QString& role) const;
    void checkLogin(const QString& login) const;
    QStringList directRoles(const QString& login) const;
    QStringList mappedTenants(const QString& login) const;
    Database& m_db;
};

} // namespace fusion
