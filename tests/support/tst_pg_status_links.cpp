// Status links on PostgreSQL as real logins (migration 0020): everyone reads the platform-wide links; a
// tenant admin sees those and its own tenants' links — another tenant's are invisible to it because the
// database's row-level security says so, also in plain SQL; only owners add, edit, move and remove (each
// audited as the owner); operators, finance and tenant admins are refused by the database, through the models
// and around them.
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/support/StatusLinks.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

class TestPgStatusLinks : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance;
    QString m_slugA, m_slugB;
    qint64 m_platform = 0, m_linkA = 0, m_linkB = 0;

    std::optional<Error> writeAs(const QString& login, const std::function<PendingWrite(Database&)>& plan)
    {
        auto db = as(login);
        return test::failureOf([&] { WriteExecutor::execute(*db, plan(*db)); });
    }
    std::optional<Error> sqlAs(const QString& login, const QString& sql, const QVariantList& params = {})
    {
        auto db = as(login);
        return test::failureOf([&] { db->exec(sql, params); });
    }
    QList<qint64> seenBy(const QString& login)
    {
        QList<qint64> ids;
        test::guarded([&] {
            auto db = as(login);
            for (const StatusLink& l : StatusLinks::list(*db))
                ids << l.id;
        });
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("status_links"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
            m_slugA = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantA})
                          .toString();
            m_slugB = m_admin.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {m_tenantB})
                          .toString();
            // The demo's links go: each test here counts exactly the links it made.
            m_admin.exec(QStringLiteral("DELETE FROM status_links"));
        });
    }

    // Only an owner's writes go through, each audited as the owner.
    void onlyOwnersWrite()
    {
        const auto plan = [](const QString& name, const QString& slug) {
            return [name, slug](Database& d) {
                return StatusLinks::planAdd(
                    d,
                    {name, QStringLiteral("https://%1.example.com/").arg(name.toLower()), slug, QString()});
            };
        };
        for (const QString& login : {m_operator, m_finance, m_tadminA}) {
            const auto e = writeAs(login, plan(QStringLiteral("Grafana"), QString()));
            QVERIFY2(e && (e->kind == ErrorKind::PermissionDenied),
                     qPrintable(login + QLatin1Char(' ') + messageOf(e)));
            QVERIFY(sqlAs(login, QStringLiteral("INSERT INTO status_links (name, url) VALUES ('x', "
                                                "'https://x.example.com/')")));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_links")), 0);
        test::guarded([&] {
            auto owner = as(m_owner);
            m_platform = WriteExecutor::execute(*owner, plan(QStringLiteral("Grafana"), QString())(*owner))
                             .value(QStringLiteral("link_id"))
                             .toInteger();
            m_linkA = WriteExecutor::execute(*owner, plan(QStringLiteral("OdooA"), m_slugA)(*owner))
                          .value(QStringLiteral("link_id"))
                          .toInteger();
            m_linkB = WriteExecutor::execute(*owner, plan(QStringLiteral("OdooB"), m_slugB)(*owner))
                          .value(QStringLiteral("link_id"))
                          .toInteger();
            WriteExecutor::execute(*owner, StatusLinks::planMove(*owner, m_linkB, 1));
        });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'status_link.%' AND "
                                      "actor = ?"),
                       {m_owner}),
                 4);
        // Nobody else edits, moves or removes one, around the models either.
        for (const QString& login : {m_operator, m_finance, m_tadminA}) {
            const auto e = writeAs(login, [&](Database& d) { return StatusLinks::planRemove(d, m_linkA); });
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(login + QLatin1Char(' ') + messageOf(e)));
            QVERIFY(sqlAs(login, QStringLiteral("UPDATE status_links SET name = 'x'")));
            QVERIFY(sqlAs(login, QStringLiteral("DELETE FROM status_links")));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_links")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_links WHERE name = 'x'")), 0);
    }

    // Staff see every link; tenant admin A the platform's and A's, B the platform's and B's — the database
    // decides, also for plain SQL.
    void tenantAdminsSeeThePlatformsAndTheirOwn()
    {
        QVERIFY(m_platform && m_linkA && m_linkB);
        for (const QString& login : {m_owner, m_operator, m_finance}) {
            const QList<qint64> ids = seenBy(login);
            QCOMPARE(ids.size(), 3);
            QCOMPARE(ids.first(), m_linkB); // moved to the top
        }
        QCOMPARE(seenBy(m_tadminA), (QList<qint64>{m_platform, m_linkA}));
        QCOMPARE(seenBy(m_tadminB), (QList<qint64>{m_linkB, m_platform}));
        test::guarded([&] {
            auto a = as(m_tadminA);
            QCOMPARE(a->scalar(QStringLiteral("SELECT count(*) FROM status_links WHERE tenant_id = ?"),
                               {m_tenantB})
                         .toInt(),
                     0);
            QVERIFY(!StatusLinks::find(*a, m_linkB));
        });
        // Row-level security is on for the table (tst_pg_portal's catalogue check asks the same of all).
        QVERIFY(
            m_admin
                .scalar(QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'status_links'"))
                .toBool());
    }

    // The database refuses what is not an http(s) address, whoever writes.
    void theDatabaseRefusesOtherSchemes()
    {
        QVERIFY(sqlAs(m_owner, QStringLiteral("INSERT INTO status_links (name, url) VALUES ('x', "
                                              "'ftp://files.example.com/')")));
        QVERIFY(sqlAs(m_owner, QStringLiteral("INSERT INTO status_links (name, url) VALUES ('x', "
                                              "'javascript:alert(1)//')")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM status_links")), 3);
    }
};

QTEST_GUILESS_MAIN(TestPgStatusLinks)
#include "tst_pg_status_links.moc"
