#pragma once
// The set-up of the PostgreSQL tests that check row-level security as real logins: a throwaway database with
// demo tenants, and one login per role the rules tell apart (owner, operator, a tenant admin of each of two
// tenants, an API user). A test class inherits it beside QObject and calls setUpLogins() in initTestCase.
#include "models/core/Error.h"
#include "models/storage/Database.h"
#include "tests/common/TestSupport.h"

#include <memory>
#include <optional>

namespace fusion::test {

class PgLogins {
protected:
    std::unique_ptr<PgTestDatabase> m_pg;
    Database
        m_admin; // the superuser: set-up and looking behind row-level security, never the code under test
    QString m_owner, m_operator, m_tadminA, m_tadminB, m_apiUser;
    qint64 m_tenantA = 0, m_tenantB = 0;

    // Empty when done, else what went wrong (the database could not be made, a grant failed).
    QString setUpLogins(const QString& prefix);

    std::unique_ptr<Database> as(const QString& login) const;
    qint64 count(const QString& sql, const QVariantList& params = {}) const;
    static QString messageOf(const std::optional<Error>& e) { return e ? e->message + e->detail : QString(); }
};

} // namespace fusion::test
