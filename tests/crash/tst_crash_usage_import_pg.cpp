// fusionctl usage import of a large file killed with SIGKILL at seeded random instants (FUSION_CRASH_SEED,
// printed), on the throwaway PostgreSQL server (fixture "pg") — tst_crash_kill does the same on SQLite. After
// every kill: the import's rows are all there with their one audit row, or none are; the budget counters
// equal a GROUP BY of the log; `audit verify` passes; and importing again stores what is missing, and only
// that. The server's own view of the kill is checked too: no session of the killed import is left holding
// the database.
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fusion;
using test::crash::count;

namespace {
constexpr int kRuns = 10;      // kills (each on a freshly migrated database of its own)
constexpr int kRows = 8000;    // rows of the usage file
constexpr int kDenyEvery = 97; // one row in 97 was a refused call: stored, not counted against budgets

// Rows in one query's result and not the other's, both ways: 0 when they hold the same rows.
qint64 usagePgDifference(Database& db, const QString& a, const QString& b)
{
    return count(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2) d").arg(a, b)) +
           count(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2) d").arg(b, a));
}
} // namespace

class TestCrashUsageImportPg : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_csv;
    QRandomGenerator m_random;

    // A freshly migrated database of its own on the fixture server.
    std::unique_ptr<test::PgTestDatabase> migrated()
    {
        auto pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("crashusage"));
        if (!pg->ok())
            qFatal("%s", qPrintable(pg->error()));
        const test::CliResult r =
            test::runCli(m_home.path(), {QStringLiteral("--db"), pg->url(), QStringLiteral("db"),
                                         QStringLiteral("migrate"), QStringLiteral("--yes")});
        if (r.code != 0)
            qFatal("migrating failed: %s", qPrintable(r.err));
        return pg;
    }
    QStringList import(const test::PgTestDatabase& pg) const
    {
        return {QStringLiteral("--db"),   pg.url(), QStringLiteral("usage"),
                QStringLiteral("import"), m_csv,    QStringLiteral("--yes")};
    }

    // What must hold after any kill. Returns the usage rows stored.
    qint64 checkConsistent(const test::PgTestDatabase& pg, const QString& what)
    {
        qint64 rows = -1;
        {
            Database db;
            db.open(pg.target());
            rows = count(db, QStringLiteral("SELECT count(*) FROM api_usage"));
            [&] {
                QVERIFY2(rows == 0 || rows == kRows,
                         qPrintable(QStringLiteral("%1: %2 usage rows").arg(what).arg(rows)));
                QCOMPARE(
                    count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.import'")),
                    qint64(rows == 0 ? 0 : 1));
                // The counters are the log's counted rows summed per pair and day, and per user and day.
                QCOMPARE(usagePgDifference(
                             db,
                             QStringLiteral(
                                 "SELECT consumer_id, provider_id, (occurred_at AT TIME ZONE 'UTC')::date, "
                                 "count(*), sum(cost_micros) FROM api_usage WHERE status <> 'denied' "
                                 "GROUP BY 1, 2, 3"),
                             QStringLiteral(
                                 "SELECT consumer_id, provider_id, (period_start AT TIME ZONE 'UTC')::date, "
                                 "requests, spent_micros FROM usage_counters WHERE period = 'day' AND "
                                 "user_name = ''")),
                         qint64(0));
                QCOMPARE(usagePgDifference(
                             db,
                             QStringLiteral(
                                 "SELECT user_name, (occurred_at AT TIME ZONE 'UTC')::date, count(*), "
                                 "sum(cost_micros) FROM api_usage WHERE status <> 'denied' GROUP BY 1, 2"),
                             QStringLiteral(
                                 "SELECT user_name, (period_start AT TIME ZONE 'UTC')::date, requests, "
                                 "spent_micros FROM usage_counters WHERE period = 'day' AND user_name <> "
                                 "''")),
                         qint64(0));
                // The server let go of the killed session: nothing of it still holds this database.
                QTRY_COMPARE_WITH_TIMEOUT(
                    count(db, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                             "datname = current_database() AND pid <> "
                                             "pg_backend_pid()")),
                    qint64(0), 10000);
            }();
        }
        if (QTest::currentTestFailed())
            return rows;
        const test::CliResult verify =
            test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("audit"),
                                         QStringLiteral("verify")});
        if (verify.code != 0)
            QTest::qFail(qPrintable(what + QStringLiteral(": audit verify: ") + verify.out + verify.err),
                         __FILE__, __LINE__);
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        QVERIFY2(!test::pgHost().isEmpty(), "the PostgreSQL fixture is not set up (FUSION_TEST_PGHOST)");
        m_random.seed(test::crash::seed());
        m_csv = m_dir.filePath(QStringLiteral("usage.csv"));
        QVERIFY(test::writeFile(m_csv, test::crash::usageCsv(kRows, 10, kDenyEvery).toUtf8()));
    }

    void killedImportIsWholeOrAbsent()
    {
        qint64 full = 0;
        {
            const auto pg = migrated();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = test::runCli(m_home.path(), import(*pg));
            full = t.elapsed();
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(checkConsistent(*pg, QStringLiteral("uninterrupted import")), qint64(kRows));
        }
        int killed = 0;
        int stored = 0;
        for (int i = 0; i < kRuns; ++i) {
            const auto pg = migrated();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("import killed after %1 ms").arg(after);
            killed += test::crash::killAfter(test::cliEnvironment(m_home.path()), import(*pg), after) ? 1 : 0;
            stored += checkConsistent(*pg, what) > 0 ? 1 : 0;
            if (QTest::currentTestFailed())
                return;
            // Importing again stores what is missing, and only that.
            const test::CliResult again = test::runCli(m_home.path(), import(*pg));
            QVERIFY2(again.code == 0, qPrintable(what + QStringLiteral(": ") + again.err));
            QCOMPARE(checkConsistent(*pg, what + QStringLiteral(", then imported again")), qint64(kRows));
        }
        qInfo("usage import on PostgreSQL: %d of %d runs killed mid-way, %d of them after the commit (a full "
              "run "
              "takes %lld ms)",
              killed, kRuns, stored - (kRuns - killed), full);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashUsageImportPg)
#include "tst_crash_usage_import_pg.moc"
