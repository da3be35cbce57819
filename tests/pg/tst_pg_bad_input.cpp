// Bad input against a real PostgreSQL server: an address where no server listens, or a database that does
// not exist, fails quickly with a message that names what was tried; hostile text in the tenant filters is
// only ever data (never SQL), finds what it literally says, and changes nothing (every table's rows, compared
// through the server's own hash of them: test::fingerprint).
#include "models/tenants/TenantRepository.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestPgBadInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY(m_home.isValid());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("bad"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] { test::prepare(m_db, m_pg->target(), 48); });

        // The fingerprint the cases compare sees a one-character change in one row, and its undoing.
        const QString seeded = test::fingerprint(m_db);
        const QString first = QStringLiteral("(SELECT min(id) FROM tenants)");
        QVERIFY(
            m_pg->superuserExec(QStringLiteral("UPDATE tenants SET name = name || 'x' WHERE id = ") + first));
        QVERIFY(test::fingerprint(m_db) != seeded);
        QVERIFY(m_pg->superuserExec(QStringLiteral("UPDATE tenants SET name = left(name, -1) WHERE id = ") +
                                    first));
        QCOMPARE(test::fingerprint(m_db), seeded);
    }

    void unreachableServerFailsFastAndNamesTheTarget()
    {
        QTemporaryDir noServer; // a socket directory where nothing listens
        QVERIFY(noServer.isValid());
        DatabaseTarget target;
        target.dialect = Dialect::Postgres;
        target.host = noServer.path();
        target.user = QStringLiteral("postgres");
        target.database = QStringLiteral("fusion_nowhere");
        Database db;
        QElapsedTimer timer;
        timer.start();
        const auto failed = test::failureOf([&] { db.open(target); });
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        QVERIFY2(failed, "opened a database where no server listens");
        QCOMPARE(failed->kind, ErrorKind::Connection);
        QVERIFY2(failed->message.contains(noServer.path()), qPrintable(failed->message));
        QVERIFY2(failed->message.contains(QStringLiteral("fusion_nowhere")), qPrintable(failed->message));
        QVERIFY(!failed->detail.isEmpty()); // the driver's own words, for the details view
        QVERIFY(!db.isOpen());

        // fusionctl says the same and exits 1.
        timer.restart();
        const auto cli = test::runCli(m_home.path(), {QStringLiteral("--db"), target.toUrl(),
                                                      QStringLiteral("tenants"), QStringLiteral("list")});
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("Could not connect to PostgreSQL")), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(noServer.path()), qPrintable(cli.err));
    }

    void unknownDatabaseIsAConnectionError()
    {
        DatabaseTarget target = m_pg->target();
        target.database = m_pg->name() + QStringLiteral("_missing");
        Database db;
        const auto failed = test::failureOf([&] { db.open(target); });
        QVERIFY2(failed, "opened a database that does not exist");
        QCOMPARE(failed->kind, ErrorKind::Connection);
        QVERIFY2(failed->message.contains(target.database), qPrintable(failed->message));
        QVERIFY2(failed->detail.contains(QStringLiteral("does not exist")), qPrintable(failed->detail));
        QVERIFY(!db.isOpen());

        // An unknown login likewise.
        DatabaseTarget stranger = m_pg->target(m_pg->name() + QStringLiteral("_stranger"));
        const auto refused = test::failureOf([&] { db.open(stranger); });
        QVERIFY(refused);
        QCOMPARE(refused->kind, ErrorKind::Connection);
        QVERIFY2(refused->message.contains(stranger.user), qPrintable(refused->message));
    }

    void hostileFilterTextIsOnlyData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("'");
        QTest::newRow("or-true") << QStringLiteral("' OR '1'='1");
        QTest::newRow("comment") << QStringLiteral("x' OR 1=1 --");
        QTest::newRow("stacked") << QStringLiteral("'; DROP TABLE tenants; --");
        QTest::newRow("stacked-update") << QStringLiteral("x'); UPDATE tenants SET status = 'paused'; --");
        QTest::newRow("backslash-quote") << QStringLiteral("\\'; DELETE FROM tenants; --");
        QTest::newRow("e-string") << QStringLiteral("E'\\x27 OR true --");
        QTest::newRow("dollar") << QStringLiteral("$$; DELETE FROM plans; $$");
        QTest::newRow("placeholder") << QStringLiteral("? OR 1=1 ?");
        QTest::newRow("double-quote") << QStringLiteral("\"tenants\"; --");
        QTest::newRow("semicolon") << QStringLiteral("a; SELECT pg_sleep(5)");
        QTest::newRow("unicode-quote") << QStringLiteral("\u02bc OR 1=1 \uff07");
        QTest::newRow("percent") << QStringLiteral("%");
        QTest::newRow("underscore") << QStringLiteral("_");
        QTest::newRow("long") << QString(5000, QLatin1Char('\''));
    }

    void hostileFilterTextIsOnlyData()
    {
        QFETCH(QString, text);
        test::guarded([&] {
            const QString before = test::fingerprint(m_db);
            TenantRepository repo(m_db);
            const qint64 all = repo.counts().total;
            QCOMPARE(all, qint64(48));
            for (int field = 0; field < 4; ++field) {
                TenantQuery q;
                q.limit = 1000;
                switch (field) {
                case 0:
                    q.search = text;
                    break;
                case 1:
                    q.status = text;
                    break;
                case 2:
                    q.planCode = text;
                    break;
                default:
                    q.agencyGroup = text;
                    break;
                }
                QElapsedTimer timer;
                timer.start();
                const TenantPage page = repo.list(q);
                QVERIFY(timer.elapsed() < 4000); // pg_sleep never ran
                // No demo tenant has any of these in its slug, name or agency group, nor such a status, plan
                // or group: every filter matches nothing (an injected "OR true" would match all).
                QVERIFY2(
                    page.total == 0,
                    qPrintable(QStringLiteral("filter %1 matched %2 tenants").arg(field).arg(page.total)));
                QVERIFY(page.rows.isEmpty());
            }
            QCOMPARE(test::fingerprint(m_db), before);
            QCOMPARE(repo.counts().total, all);

            // fusionctl passes the text on just the same.
            const auto cli =
                test::runCli(m_home.path(), {QStringLiteral("--db"), m_pg->url(), QStringLiteral("tenants"),
                                             QStringLiteral("list"), QStringLiteral("--search"), text,
                                             QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("total")).toInt(), 0);
            QCOMPARE(test::fingerprint(m_db), before);
        });
    }

    void searchMatchesTextLiterally()
    {
        test::guarded([&] {
            // One demo agency group has a backslash in its name: searching for it finds exactly its tenants.
            const QString group = m_db.scalar(QStringLiteral("SELECT agency_group FROM tenants WHERE "
                                                             "strpos(agency_group, E'\\\\') > 0 LIMIT 1"))
                                      .toString();
            QVERIFY2(group.contains(QLatin1Char('\\')), "the demo data has no agency group with a backslash");
            const qint64 expected =
                m_db.scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE agency_group = ?"), {group})
                    .toLongLong();
            QVERIFY(expected > 0);
            TenantRepository repo(m_db);
            TenantQuery bySearch;
            bySearch.search = group.toLower();
            bySearch.limit = 1000;
            QCOMPARE(repo.list(bySearch).total, expected);
            TenantQuery byGroup;
            byGroup.agencyGroup = group;
            byGroup.limit = 1000;
            const TenantPage page = repo.list(byGroup);
            QCOMPARE(page.total, expected);
            for (const Tenant& t : page.rows)
                QCOMPARE(t.agencyGroup, group);

            // Case does not matter, and the search text is trimmed.
            const Tenant any = repo.list(TenantQuery{}).rows.first();
            TenantQuery upper;
            upper.search = QStringLiteral("  ") + any.slug.toUpper() + QStringLiteral("  ");
            const TenantPage found = repo.list(upper);
            QVERIFY(found.total >= 1);
            bool contains = false;
            for (const Tenant& t : found.rows)
                contains = contains || t.slug == any.slug;
            QVERIFY(contains);
        });
    }

    void nulCharacterIsRejectedAsInvalidInput_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("search") << 0;
        QTest::newRow("status") << 1;
        QTest::newRow("plan") << 2;
        QTest::newRow("agency") << 3;
    }

    void nulCharacterIsRejectedAsInvalidInput()
    {
        QFETCH(int, field);
        test::guarded([&] {
            const QString before = test::fingerprint(m_db);
            const QString text = QStringLiteral("acme") + QChar(0) + QStringLiteral("' OR '1'='1");
            TenantQuery q;
            switch (field) {
            case 0:
                q.search = text;
                break;
            case 1:
                q.status = text;
                break;
            case 2:
                q.planCode = text;
                break;
            default:
                q.agencyGroup = text;
                break;
            }
            const auto failed = test::failureOf([&] { TenantRepository(m_db).list(q); });
            QVERIFY2(failed, "text with a NUL character reached the database");
            QCOMPARE(failed->kind, ErrorKind::InvalidInput);
            QVERIFY2(failed->message.contains(QStringLiteral("NUL")), qPrintable(failed->message));
            QCOMPARE(test::fingerprint(m_db), before);
            // The connection is still fine afterwards.
            QCOMPARE(TenantRepository(m_db).counts().total, qint64(48));
        });
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_db;
};

QTEST_GUILESS_MAIN(TestPgBadInput)
#include "tst_pg_bad_input.moc"
