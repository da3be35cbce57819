// fusionctl killed with SIGKILL at random instants — seeded and reproducible (FUSION_CRASH_SEED, printed) —
// in the middle of `db migrate`, `usage import` of a large file and `usage aggregate`, on SQLite. After every
// kill: the database opens and passes SQLite's integrity check; nothing is half-written (the import's rows
// are all there with their one audit row, or none are); `audit verify` passes; the budget counters equal a
// GROUP BY of the log; the daily aggregates equal a GROUP BY of the log up to the watermark; and running the
// command again finishes the job, with the same results as a run that was never interrupted.
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fusion;

namespace {
constexpr int kRuns = 8;       // kills per command
constexpr int kRows = 12000;   // rows of the usage file
constexpr int kDenyEvery = 97; // one row in 97 was a refused call: stored, not counted against budgets
} // namespace

class TestCrashKill : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_migrated; // an empty migrated store
    QString m_imported; // the same with the whole file imported, not aggregated
    QRandomGenerator m_random;
    int m_copies = 0;

    test::CliResult run(const QString& db, const QStringList& args)
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + db} + args);
    }

    QString copyOf(const QString& source)
    {
        const QString path = m_dir.filePath(QStringLiteral("run-%1.db").arg(++m_copies));
        if (!source.isEmpty() && !QFile::copy(source, path))
            qFatal("cannot copy %s", qPrintable(source));
        return path;
    }

    // How long the command takes uninterrupted, on a copy: kills are spread over that time and a bit more.
    qint64 durationMs(const QString& source, const QStringList& args)
    {
        const QString db = copyOf(source);
        QElapsedTimer t;
        t.start();
        const test::CliResult r = run(db, args);
        if (r.code != 0)
            qFatal("%s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        return t.elapsed();
    }

    // Starts the command and kills it after `afterMs`; true when it was killed (not already finished).
    bool killAfter(const QString& db, const QStringList& args, qint64 afterMs)
    {
        QProcess p;
        p.setProcessEnvironment(test::cliEnvironment(m_home.path()));
        p.start(test::fusionctlPath(),
                QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + db} + args);
        if (!p.waitForStarted())
            qFatal("cannot start fusionctl");
        const bool finished = p.waitForFinished(int(afterMs));
        if (!finished)
            p.kill(); // SIGKILL: no handler, no cleanup, as a power cut or the OOM killer would leave it
        p.waitForFinished(-1);
        return !finished;
    }

    static qint64 count(Database& db, const QString& sql) { return db.scalar(sql).toLongLong(); }

    static DatabaseTarget sqliteAt(const QString& path)
    {
        DatabaseTarget t;
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = path;
        return t;
    }

    // Rows in one query's result and not the other's, both ways: 0 when they hold the same rows.
    static qint64 difference(Database& db, const QString& a, const QString& b)
    {
        return count(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(a, b)) +
               count(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(b, a));
    }

    // What must hold after any kill, whatever was running.
    void checkConsistent(const QString& path, const QString& what)
    {
        {
            Database db;
            db.open(sqliteAt(path));
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            const qint64 rows = count(db, QStringLiteral("SELECT count(*) FROM api_usage"));
            QVERIFY2(rows == 0 || rows == kRows,
                     qPrintable(QStringLiteral("%1: %2 usage rows").arg(what).arg(rows)));
            QCOMPARE(
                count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.import'")),
                qint64(rows == 0 ? 0 : 1));
            // The counters are the log's counted rows summed per pair and day, and per user and day.
            QCOMPARE(
                difference(db,
                           QStringLiteral(
                               "SELECT consumer_id, provider_id, substr(occurred_at, 1, 10), count(*), "
                               "sum(cost_micros) FROM api_usage WHERE status <> 'denied' GROUP BY 1, 2, 3"),
                           QStringLiteral(
                               "SELECT consumer_id, provider_id, substr(period_start, 1, 10), requests, "
                               "spent_micros FROM usage_counters WHERE period = 'day' AND user_name = ''")),
                qint64(0));
            QCOMPARE(
                difference(
                    db,
                    QStringLiteral("SELECT user_name, substr(occurred_at, 1, 10), count(*), sum(cost_micros) "
                                   "FROM api_usage WHERE status <> 'denied' GROUP BY 1, 2"),
                    QStringLiteral("SELECT user_name, substr(period_start, 1, 10), requests, spent_micros "
                                   "FROM usage_counters WHERE period = 'day' AND user_name <> ''")),
                qint64(0));
            // The daily aggregates are the log up to the watermark, grouped.
            QCOMPARE(
                difference(
                    db,
                    QStringLiteral("SELECT substr(occurred_at, 1, 10), consumer_id, provider_id, user_name, "
                                   "feature, model, count(*) - count(*) FILTER (WHERE status = 'denied'), "
                                   "sum(tokens_in), sum(cost_micros) FROM api_usage WHERE id <= (SELECT "
                                   "last_id FROM usage_watermark WHERE id = 1) GROUP BY 1, 2, 3, 4, 5, 6"),
                    QStringLiteral(
                        "SELECT day, consumer_id, provider_id, user_name, feature, model, requests, "
                        "tokens_in, cost_micros FROM usage_daily")),
                qint64(0));
            QCOMPARE(
                count(db, QStringLiteral("SELECT coalesce(sum(requests + denied), 0) FROM usage_daily")),
                count(db, QStringLiteral("SELECT count(*) FROM api_usage WHERE id <= (SELECT last_id FROM "
                                         "usage_watermark WHERE id = 1)")));
        }
        const test::CliResult verify = run(path, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(what + QStringLiteral(": ") + verify.out + verify.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_random.seed(test::crash::seed());
        m_csv = m_dir.filePath(QStringLiteral("usage.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // The last 15 days (12,000 rows 97 s apart): counters of older days are pruned by the aggregation, as
        // they should be.
        f.write(test::crash::usageCsv(kRows, 15, kDenyEvery).toUtf8());
        f.close();
        m_migrated = m_dir.filePath(QStringLiteral("migrated.db"));
        QCOMPARE(
            run(m_migrated, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code,
            0);
        m_imported = copyOf(m_migrated);
        const test::CliResult imported = run(
            m_imported, {QStringLiteral("usage"), QStringLiteral("import"), m_csv, QStringLiteral("--yes")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        checkConsistent(m_imported, QStringLiteral("uninterrupted import"));
    }

    void killedMigrationResumes()
    {
        const QStringList migrate{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")};
        const qint64 full = durationMs(QString(), migrate);
        Database reference;
        reference.open(sqliteAt(m_migrated));
        const QString schema =
            reference
                .scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM "
                                       "sqlite_master WHERE sql IS NOT NULL ORDER BY name)"))
                .toString();
        int killed = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = copyOf(QString());
            const qint64 after = qint64(m_random.bounded(quint32(full * 12 / 10 + 1)));
            killed += killAfter(db, migrate, after) ? 1 : 0;
            // Whatever the kill left, migrating again finishes it: the same schema as a migration never
            // stopped.
            const test::CliResult again = run(db, migrate);
            QVERIFY2(again.code == 0,
                     qPrintable(QStringLiteral("killed after %1 ms: %2").arg(after).arg(again.err)));
            Database resumed;
            resumed.open(sqliteAt(db));
            QCOMPARE(resumed
                         .scalar(QStringLiteral(
                             "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master "
                             "WHERE sql IS NOT NULL ORDER BY name)"))
                         .toString(),
                     schema);
            checkConsistent(db, QStringLiteral("migration killed after %1 ms").arg(after));
        }
        qInfo("db migrate: %d of %d runs killed mid-way (a full run takes %lld ms)", killed, kRuns, full);
        QVERIFY(killed > 0);
    }

    void killedImportIsWholeOrAbsent()
    {
        const QStringList import{QStringLiteral("usage"), QStringLiteral("import"), m_csv,
                                 QStringLiteral("--yes")};
        const qint64 full = durationMs(m_migrated, import);
        int killed = 0;
        int stored = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = copyOf(m_migrated);
            const qint64 after = qint64(m_random.bounded(quint32(full * 12 / 10 + 1)));
            killed += killAfter(db, import, after) ? 1 : 0;
            const QString what = QStringLiteral("import killed after %1 ms").arg(after);
            checkConsistent(db, what);
            {
                Database state;
                state.open(sqliteAt(db));
                stored += count(state, QStringLiteral("SELECT count(*) FROM api_usage")) > 0 ? 1 : 0;
            }
            // Importing again stores what is missing, and only that.
            const test::CliResult again = run(db, import);
            QVERIFY2(again.code == 0, qPrintable(what + QStringLiteral(": ") + again.err));
            checkConsistent(db, what + QStringLiteral(", then imported again"));
            Database after2;
            after2.open(sqliteAt(db));
            QCOMPARE(count(after2, QStringLiteral("SELECT count(*) FROM api_usage")), qint64(kRows));
        }
        qInfo("usage import: %d of %d runs killed mid-way, %d of them after the commit (a full run takes "
              "%lld ms)",
              killed, kRuns, stored, full);
        QVERIFY(killed > 0);
    }

    void killedAggregationMatchesTheLog()
    {
        const QStringList aggregate{QStringLiteral("usage"), QStringLiteral("aggregate")};
        const qint64 full = durationMs(m_imported, aggregate);
        int killed = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = copyOf(m_imported);
            const qint64 after = qint64(m_random.bounded(quint32(full * 12 / 10 + 1)));
            killed += killAfter(db, aggregate, after) ? 1 : 0;
            const QString what = QStringLiteral("aggregation killed after %1 ms").arg(after);
            checkConsistent(db, what);
            const test::CliResult again = run(db, aggregate);
            QVERIFY2(again.code == 0, qPrintable(what + QStringLiteral(": ") + again.err));
            checkConsistent(db, what + QStringLiteral(", then aggregated again"));
            Database done;
            done.open(sqliteAt(db));
            QCOMPARE(count(done, QStringLiteral("SELECT last_id FROM usage_watermark WHERE id = 1")),
                     count(done, QStringLiteral("SELECT max(id) FROM api_usage")));
        }
        qInfo("usage aggregate: %d of %d runs killed mid-way (a full run takes %lld ms)", killed, kRuns,
              full);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crash_kill.moc"
