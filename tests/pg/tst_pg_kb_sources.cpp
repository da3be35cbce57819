// Knowledge sources (migration 0010) as PostgreSQL enforces them, with real logins on a real server: the
// owner sets a tenant's Supabase source through the model's confirmed write; an operator, a
// finance owner, a tenant admin and an API user cannot (permission denied, nothing written); a tenant admin
// reads its own tenant's source only; the database's checks refuse what the model refuses; the secret is
// nowhere in the database.
#include "models/ai/KbSources.h"
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

namespace {
const char kPgSecret[] = "sb-secret-PgKbSources000000000000000007";
}

class TestPgKbSources : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance, m_slugA, m_slugB;

    KbSourceInput input(const QString& slug) const
    {
        return {slug,
                QStringLiteral("https://abcd.supabase.co"),
                {},
                QStringLiteral("odoo_company:1"),
                QStringLiteral("supabase/kb")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("kbsrc"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            RoleService roles(m_admin);
            WriteExecutor::execute(m_admin, roles.planGrant(m_finance, Roles::Finance));
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
            // The project's key in the vault: its row only (the secret would be in the keychain).
            auto owner = as(m_owner);
            Provider p;
            p.code = QStringLiteral("supabase");
            p.name = QStringLiteral("Supabase");
            p.kind = QStringLiteral("api_key");
            p.baseUrl = QStringLiteral("https://supabase.com");
            p.validation = QStringLiteral("none");
            WriteExecutor::execute(*owner, KeyVault::planAddProvider(*owner, p));
            NewKey k;
            k.providerCode = QStringLiteral("supabase");
            k.label = QStringLiteral("kb");
            WriteExecutor::execute(*owner,
                                   KeyVault::planAdd(*owner, k, KeyVault::newKeychainRef(),
                                                     Fingerprint::of(SecretBytes(QByteArray(kPgSecret)))));
        });
    }

    void onlyTheOwnerSetsASource()
    {
        for (const QString& login : {m_operator, m_finance, m_tadminA, m_apiUser}) {
            const QString before = test::fingerprint(m_admin);
            auto db = as(login);
            const auto refused = test::failureOf(
                [&] { WriteExecutor::execute(*db, KbSources::planSet(*db, input(m_slugA))); });
            QVERIFY2(refused.has_value(), qPrintable(login));
            QVERIFY2(refused->kind == ErrorKind::PermissionDenied || refused->kind == ErrorKind::NotFound,
                     qPrintable(login + QLatin1Char(' ') + messageOf(refused)));
            QCOMPARE(test::fingerprint(m_admin), before);
        }
        test::guarded([&] {
            auto owner = as(m_owner);
            WriteExecutor::execute(*owner, KbSources::planSet(*owner, input(m_slugA)));
            WriteExecutor::execute(*owner, KbSources::planSet(*owner, input(m_slugB)));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_sources")), 2);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE target_type = 'kb_source'")),
                     2);
        });
        // Changing and removing are as closed as adding.
        auto op = as(m_operator);
        const auto change = test::failureOf([&] {
            KbSourceInput in = input(m_slugA);
            in.schema = QStringLiteral("kb_other");
            WriteExecutor::execute(*op, KbSources::planSet(*op, in));
        });
        QVERIFY(change.has_value());
        QCOMPARE(change->kind, ErrorKind::PermissionDenied);
        const auto removal =
            test::failureOf([&] { WriteExecutor::execute(*op, KbSources::planRemove(*op, m_slugA)); });
        QVERIFY(removal.has_value());
        QCOMPARE(removal->kind, ErrorKind::PermissionDenied);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_sources")), 2);
    }

    void aTenantAdminReadsItsOwnTenantsSourceOnly()
    {
        test::guarded([&] {
            auto a = as(m_tadminA);
            QCOMPARE(KbSources::list(*a).size(), 1);
            const std::optional<KbSource> own = KbSources::find(*a, m_slugA);
            QVERIFY(own.has_value());
            QCOMPARE(own->apiKeyLabel, QString()); // a key's label is not a tenant admin's to read
            QCOMPARE(own->apiKeyProvider, QStringLiteral("supabase"));
            auto op = as(m_operator);
            QCOMPARE(KbSources::list(*op).size(), 2);
        });
    }

    void theDatabaseRefusesWhatTheModelRefuses()
    {
        for (const QString& bad : {QStringLiteral("project_url = 'javascript:alert(1)'"),
                                   QStringLiteral("schema_name = 'Bad-Schema'"),
                                   QStringLiteral("kind = 'other'"), QStringLiteral("tenant_ref = ''")}) {
            const auto refused = test::failureOf([&] {
                m_admin.exec(QStringLiteral("UPDATE kb_sources SET %1 WHERE tenant_id = ?").arg(bad),
                             {m_tenantA});
            });
            QVERIFY2(refused.has_value(), qPrintable(bad));
        }
        // One source per tenant, whoever writes.
        const auto twice = test::failureOf([&] {
            m_admin.exec(
                QStringLiteral("INSERT INTO kb_sources (tenant_id, project_url, tenant_ref, api_key_id) "
                               "SELECT tenant_id, project_url, tenant_ref, api_key_id FROM kb_sources "
                               "WHERE tenant_id = ?"),
                {m_tenantA});
        });
        QVERIFY(twice.has_value());
        QVERIFY(!test::snapshot(m_admin).contains(QLatin1String(kPgSecret)));
    }
};

QTEST_GUILESS_MAIN(TestPgKbSources)
#include "tst_pg_kb_sources.moc"
