// Daily aggregation on both stores: the aggregates equal a GROUP BY over the raw log, running again changes
// nothing, usage arriving late for an aggregated day is added to it, small batches and an interrupted run end
// where one big run does; pruning drops only what is aggregated.
#include "models/audit/WriteExecutor.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageWriter.h"
#include "tests/common/TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace fusion;

class TestUsageAggregate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_sqlite;
    Database m_postgres;
    int m_n = 0;

    Database& store()
    {
        QFETCH(QString, store);
        ++m_n;
        if (store == QLatin1String("postgresql")) {
            // A database of its own per test: the aggregates are compared as a whole.
            m_postgres.close();
            m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("agg%1").arg(m_n));
            if (!m_pg->ok())
                qFatal("%s", qPrintable(m_pg->error()));
            test::prepare(m_postgres, m_pg->target());
            return m_postgres;
        }
        m_sqlite.close();
        test::prepare(m_sqlite, test::sqliteTarget(m_dir, QStringLiteral("a%1.db").arg(m_n)));
        return m_sqlite;
    }

    static void stores()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    // `count` varied rows over the `days` days before today: several consumers, users, features, models (one
    // without a price), statuses and latencies across every bucket.
    static QList<UsageRecord> rows(int count, int days, quint32 seed)
    {
        QRandomGenerator rng(seed);
        const QDateTime today(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC);
        const QStringList consumers{QStringLiteral("acme/ai"), QStringLiteral("beta/crm"),
                                    QStringLiteral("nightly")};
        const QStringList models{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini-2024-07-18"),
                                 QStringLiteral("claude-haiku-4-5"), QStringLiteral("mystery-1")};
        const QStringList statuses{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok"),
                                   QStringLiteral("error"), QStringLiteral("denied")};
        QList<UsageRecord> out;
        for (int i = 0; i < count; ++i) {
            UsageRecord r;
            r.occurredAt = today.addSecs(-qint64(rng.bounded(days * 86400)) - 1).addMSecs(rng.bounded(1000));
            r.consumer = consumers[rng.bounded(int(consumers.size()))];
            r.model = models[rng.bounded(int(models.size()))];
            r.provider = r.model.startsWith(QLatin1String("claude")) ? QStringLiteral("anthropic")
                                                                     : QStringLiteral("openai");
            r.user = rng.bounded(3) ? QStringLiteral("user%1").arg(rng.bounded(4)) : QString();
            r.feature = rng.bounded(2) ? QStringLiteral("chat") : QStringLiteral("summary");
            r.status = statuses[rng.bounded(int(statuses.size()))];
            if (r.status != QLatin1String("denied")) {
                r.tokens.in = rng.bounded(5000);
                r.tokens.cached = rng.bounded(int(r.tokens.in) + 1) / 2;
                r.tokens.out = rng.bounded(800);
                r.latencyMs = rng.bounded(10) ? qint64(rng.bounded(70000)) : std::optional<qint64>();
            }
            r.requestId = QStringLiteral("seed%1-%2").arg(seed).arg(i);
            out << r;
        }
        return out;
    }

    static void store(Database& db, const QList<UsageRecord>& list)
    {
        QSet<QDate> months;
        for (const UsageRecord& r : list)
            months.insert(r.occurredAt.date());
        UsageWriter::preparePartitions(db, months);
        Transaction tx(db);
        UsageWriter::write(db, list, QStringLiteral("import"), PriceTable::fromDatabase(db));
        tx.commit();
    }

    static QString dayExpr(Database& db)
    {
        return db.isPostgres() ? QStringLiteral("to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
                               : QStringLiteral("substr(occurred_at, 1, 10)");
    }

    // The aggregates as text, one line per group, against the same written directly over the log.
    static QStringList aggregates(Database& db)
    {
        QStringList out;
        const QString day =
            db.isPostgres() ? QStringLiteral("to_char(day, 'YYYY-MM-DD')") : QStringLiteral("day");
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT %1, consumer_id, provider_id, user_name, feature, model, requests, "
                           "errors, denied, tokens_in, tokens_out, tokens_cached, cost_micros, "
                           "unpriced, latency_count, latency_sum_ms, latency_max_ms, lat_b0 + lat_b1 + "
                           "lat_b2 + lat_b3 + lat_b4 + lat_b5 + lat_b6 + lat_b7 + lat_b8 + lat_b9 + "
                           "lat_b10 + lat_b11 + lat_b12 + lat_b13 + lat_b14 + lat_b15, lat_b0, "
                           "lat_b15 FROM usage_daily ORDER BY 1, 2, 3, 4, 5, 6")
                .arg(day));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 20; ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    static QStringList groupBy(Database& db)
    {
        QStringList out;
        QSqlQuery q = db.exec(
            QStringLiteral(
                "SELECT %1 AS d, consumer_id, provider_id, user_name, feature, model, "
                "sum(CASE WHEN status <> 'denied' THEN 1 ELSE 0 END), "
                "sum(CASE WHEN status IN ('error', 'expired') THEN 1 ELSE 0 END), "
                "sum(CASE WHEN status = 'denied' THEN 1 ELSE 0 END), sum(tokens_in), sum(tokens_out), "
                "sum(tokens_cached), sum(cost_micros), sum(CASE WHEN priced THEN 0 ELSE 1 END), "
                "count(latency_ms), coalesce(sum(latency_ms), 0), coalesce(max(latency_ms), 0), "
                "count(latency_ms), sum(CASE WHEN latency_ms <= 50 THEN 1 ELSE 0 END), "
                "sum(CASE WHEN latency_ms > 60000 THEN 1 ELSE 0 END) FROM api_usage "
                "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6")
                .arg(dayExpr(db)));
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < 20; ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: this test needs the PostgreSQL fixture");
    }

    void equalsGroupByAndIsIdempotent_data() { stores(); }
    void equalsGroupByAndIsIdempotent()
    {
        Database& db = store();
        store(db, rows(3000, 40, 7));
        const UsageAggregator::Result first = UsageAggregator::run(db);
        QCOMPARE(first.rows, qint64(3000));
        const QStringList agg = aggregates(db);
        QVERIFY(agg.size() > 100);
        QCOMPARE(agg, groupBy(db));
        // The unpriced model is counted as such; denied calls are not requests.
        QVERIFY(db.scalar(QStringLiteral("SELECT sum(unpriced) FROM usage_daily")).toLongLong() > 0);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT sum(requests) + sum(denied) FROM usage_daily")).toLongLong(),
            qint64(3000));

        const UsageAggregator::Result again = UsageAggregator::run(db);
        QCOMPARE(again.rows, qint64(0));
        QCOMPARE(aggregates(db), agg);
    }

    void lateUsageIsPickedUp_data() { stores(); }
    void lateUsageIsPickedUp()
    {
        Database& db = store();
        store(db, rows(500, 20, 11));
        UsageAggregator::run(db);
        // Usage for a day that is already aggregated arrives afterwards.
        QList<UsageRecord> late = rows(50, 20, 12);
        const QDateTime tenDaysAgo =
            QDateTime(QDateTime::currentDateTimeUtc().date().addDays(-10), QTime(9, 0), Qt::UTC);
        for (UsageRecord& r : late)
            r.occurredAt = tenDaysAgo;
        store(db, late);
        const qint64 before =
            db.scalar(QStringLiteral("SELECT coalesce(sum(requests + denied), 0) FROM usage_daily WHERE "
                                     "day = ?"),
                      {tenDaysAgo.date().toString(Qt::ISODate)})
                .toLongLong();
        QCOMPARE(UsageAggregator::run(db).rows, qint64(50));
        QCOMPARE(db.scalar(QStringLiteral("SELECT sum(requests + denied) FROM usage_daily WHERE day = ?"),
                           {tenDaysAgo.date().toString(Qt::ISODate)})
                     .toLongLong(),
                 before + 50);
        QCOMPARE(aggregates(db), groupBy(db));
        // Re-importing the same rows stores nothing, so nothing is counted twice.
        store(db, late);
        QCOMPARE(UsageAggregator::run(db).rows, qint64(0));
        QCOMPARE(aggregates(db), groupBy(db));
    }

    void batchesAndInterruptionsEndTheSame_data() { stores(); }
    void batchesAndInterruptionsEndTheSame()
    {
        Database& db = store();
        store(db, rows(1200, 30, 21));
        // Stopped after the second batch of 100 ids…
        int calls = 0;
        const UsageAggregator::Result part = UsageAggregator::run(
            db, [&calls](qint64, qint64) { return ++calls < 2; }, 100);
        QCOMPARE(part.batches, qint64(2));
        QCOMPARE(part.rows, qint64(200));
        QCOMPARE(UsageAggregator::watermark(db), part.toId);
        // … and continued in batches of 7: the same as one run over everything.
        UsageAggregator::run(db, {}, 7);
        const QStringList batched = aggregates(db);
        QCOMPARE(batched, groupBy(db));
        const UsageAggregator::Result rebuilt = UsageAggregator::rebuild(db);
        QCOMPARE(rebuilt.rows, qint64(1200));
        QCOMPARE(aggregates(db), batched);
    }

    void pruneDropsOnlyAggregatedUsage_data() { stores(); }
    void pruneDropsOnlyAggregatedUsage()
    {
        Database& db = store();
        const QDate thisMonth(QDateTime::currentDateTimeUtc().date().year(),
                              QDateTime::currentDateTimeUtc().date().month(), 1);
        QList<UsageRecord> old = rows(300, 20, 31);
        for (int i = 0; i < old.size(); ++i)
            old[i].occurredAt = QDateTime(thisMonth.addMonths(-3).addDays(i % 20), QTime(10, 0), Qt::UTC);
        store(db, old);
        store(db, rows(100, 5, 32));
        const QDate cut = thisMonth.addMonths(-1);
        try {
            UsageAggregator::planPrune(db, cut);
            QFAIL("pruned usage that is not aggregated");
        } catch (const Failure& f) {
            QCOMPARE(f.error().kind, ErrorKind::Conflict);
        }
        UsageAggregator::run(db);
        const QStringList agg = aggregates(db);
        const PendingWrite prune = UsageAggregator::planPrune(db, cut);
        QCOMPARE(prune.plan.rowsAffected, qint64(300));
        QVERIFY(!prune.plan.confirmPhrase.isEmpty());
        WriteExecutor::execute(db, prune);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM api_usage")).toLongLong(), qint64(100));
        // The aggregates keep the pruned months.
        QCOMPARE(aggregates(db), agg);
        if (db.isPostgres()) {
            const QString gone =
                QStringLiteral("api_usage_") + thisMonth.addMonths(-3).toString(QStringLiteral("yyyy_MM"));
            QVERIFY(!db.scalar(QStringLiteral("SELECT to_regclass(?)::text"), {gone}).isValid() ||
                    db.scalar(QStringLiteral("SELECT to_regclass(?)::text"), {gone}).toString().isEmpty());
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.prune'"))
                     .toLongLong(),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestUsageAggregate)
#include "tst_usage_aggregate.moc"
