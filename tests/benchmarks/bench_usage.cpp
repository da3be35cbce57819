// Benchmark of usage, budgets and aggregation on PostgreSQL: generates up to 10,000,000 usage rows server
// side (spread over a year, 200 consumers, 50 users, 4 features, 6 models), then measures at growing sizes
// what the issue asks for — incremental aggregation of 100,000 new rows (flat as the log grows?), a full
// aggregation against a bare GROUP BY over the same rows, access decisions (check, and reserve + settle), and
// the first page of the raw-log browser — and prints the figures. Never fails on timing.
//   bench_usage --host PGSOCKETDIR [--sizes 1000000,5000000,10000000] [--decisions 5000]
#include "models/audit/WriteExecutor.h"
#include "models/policy/PolicyEngine.h"
#include "models/storage/Database.h"
#include "models/storage/Migrator.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageQuery.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fusion;
using fusion::bench::Figures;
using fusion::bench::psql;
using fusion::bench::summarise;

namespace {
double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Appends `count` rows, ids after `first`, occurring within the last `days` days.
void generate(Database& db, qint64 first, qint64 count, int days)
{
    db.exec(
        QStringLiteral(
            "INSERT INTO api_usage (occurred_at, consumer_id, provider_id, user_name, feature, model, "
            "tokens_in, "
            "tokens_out, tokens_cached, cost_micros, priced, latency_ms, status, http_status, error, source) "
            "SELECT now() - ((g * 7919) % ?) * interval '1 day' - ((g * 104729) % 86400) * interval '1 "
            "second', "
            "1 + (g * 31) % 200, CASE WHEN (1 + (g * 31) % 200) % 3 = 0 THEN 2 ELSE 1 END, 'user' || (g * "
            "13) % 50, "
            "(ARRAY['chat','summary','autofill','translate'])[1 + g % 4], "
            "CASE WHEN (1 + (g * 31) % 200) % 3 = 0 THEN (ARRAY['claude-haiku-4-5','claude-sonnet-4-5'])[1 + "
            "g % 2] "
            "ELSE (ARRAY['gpt-4o-mini','gpt-4o','gpt-4.1-mini','gpt-5-mini'])[1 + g % 4] END, "
            "100 + (g * 97) % 4000, 20 + (g * 53) % 900, CASE WHEN g % 3 = 0 THEN (100 + (g * 97) % 4000) / "
            "3 ELSE "
            "0 END, 2 * (100 + (g * 97) % 4000) + 8 * (20 + (g * 53) % 900), true, 150 + (g * 61) % 3000 + "
            "CASE WHEN g % 97 = 0 THEN 20000 ELSE 0 END, CASE WHEN g % 200 = 1 THEN 'denied' WHEN g % 50 = 0 "
            "THEN "
            "'error' ELSE 'ok' END, 200, '', 'import' FROM generate_series(?::bigint, ?::bigint) g"),
        {days, first + 1, first + count});
}

// The app opened on the Usage pane: until the pane shows its data, and its peak resident memory.
std::pair<double, long> runApp(const QString& app, const QString& url)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(app, {QStringLiteral("--startup-benchmark"), QStringLiteral("--db"), url,
                  QStringLiteral("--pane"), QStringLiteral("usage")});
    double shown = -1;
    long rss = -1;
    while (p.state() != QProcess::NotRunning || p.canReadLine()) {
        if (!p.canReadLine() && !p.waitForReadyRead(120000))
            break;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("startup_to_data_ms="))
                shown = ms(clock);
            else if (line.startsWith("peak_rss_kb="))
                rss = line.mid(12).toLong();
        }
    }
    p.waitForFinished();
    return {shown, rss};
}

// A GROUP BY written by hand into a table, as the aggregation writes its own: the plain sums only, or the
// same aggregates the aggregation keeps (status counts and the latency histogram too) — what the incremental
// machinery (watermark, upsert, batches) is compared with.
qint64 bareGroupBy(Database& db, bool sameAggregates)
{
    QString histogram;
    if (sameAggregates) {
        int lower = -1;
        for (const int bound :
             {50, 100, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 20000, 30000, 60000}) {
            histogram +=
                QStringLiteral(", count(*) FILTER (WHERE latency_ms > %1 AND latency_ms <= %2) AS h%2")
                    .arg(lower)
                    .arg(bound);
            lower = bound;
        }
        histogram += QStringLiteral(
            ", count(*) FILTER (WHERE latency_ms > 60000) AS hmax, count(*) FILTER (WHERE status <> "
            "'denied') AS ok, count(*) FILTER (WHERE status IN ('error', 'expired')) AS err, count(*) "
            "FILTER (WHERE status = 'denied') AS den, count(*) FILTER (WHERE NOT priced) AS unp");
    }
    QElapsedTimer t;
    t.start();
    db.execRaw(QStringLiteral(
                   "CREATE TEMP TABLE bare_group_by AS SELECT (occurred_at AT TIME ZONE 'UTC')::date, "
                   "consumer_id, provider_id, user_name, feature, model, count(*) AS n, sum(tokens_in) AS "
                   "tin, sum(tokens_out) AS tout, sum(tokens_cached) AS tc, sum(cost_micros) AS cost, "
                   "count(latency_ms) AS lc, sum(latency_ms) AS ls, max(latency_ms) AS lm%1 FROM api_usage "
                   "GROUP BY 1, 2, 3, 4, 5, 6")
                   .arg(histogram));
    const qint64 elapsed = t.elapsed();
    db.execRaw(QStringLiteral("DROP TABLE bare_group_by"));
    return elapsed;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("host"), QStringLiteral("PostgreSQL socket directory"), QStringLiteral("dir")},
         {QStringLiteral("sizes"), QStringLiteral("log sizes to measure at"), QStringLiteral("list"),
          QStringLiteral("1000000,5000000,10000000")},
         {QStringLiteral("decisions"), QStringLiteral("access decisions to time"), QStringLiteral("n"),
          QStringLiteral("5000")},
         {QStringLiteral("app"), QStringLiteral("fusion-console binary (start-up and memory)"),
          QStringLiteral("path")}});
    parser.process(app);
    const QString host = parser.value(QStringLiteral("host"));
    QList<qint64> sizes;
    for (const QString& s : parser.value(QStringLiteral("sizes")).split(QLatin1Char(',')))
        sizes << s.toLongLong();
    const int decisions = parser.value(QStringLiteral("decisions")).toInt();

    psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS bench_usage"));
    psql(host, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE bench_usage"));
    DatabaseTarget target;
    target.dialect = Dialect::Postgres;
    target.host = host;
    target.user = QStringLiteral("postgres");
    target.database = QStringLiteral("bench_usage");
    Database db;
    try {
        db.open(target);
        WriteExecutor::execute(db, Migrator::planUpgrade(db));
        // 200 consumers with rules (budgets high enough to allow), a partition per month of the year.
        db.execRaw(QStringLiteral("INSERT INTO consumers (code) SELECT 'tenant-' || g || '/fusion_ai' FROM "
                                  "generate_series(1, 200) g"));
        db.execRaw(QStringLiteral(
            "INSERT INTO access_rules (consumer_id, provider_id, monthly_budget_micros, "
            "daily_budget_micros, rpm) SELECT c.id, p.id, 1000000000000, 100000000000, 100000000 "
            "FROM consumers c CROSS JOIN providers p WHERE p.code IN ('openai', 'anthropic')"));
        for (int m = -13; m <= 1; ++m)
            db.scalar(QStringLiteral("SELECT fusion_usage_partition((now() + ? * interval '1 month')::date)"),
                      {m});

        std::printf("%-58s %12s\n", "measure", "value");
        qint64 rows = 0;
        for (const qint64 size : sizes) {
            QElapsedTimer gen;
            gen.start();
            while (rows < size) {
                const qint64 chunk = std::min<qint64>(1000000, size - rows);
                generate(db, rows, chunk, 365);
                rows += chunk;
            }
            db.execRaw(QStringLiteral("VACUUM ANALYZE api_usage"));
            std::printf("\n== %lld usage rows (generated in %.1f s)\n", rows, ms(gen) / 1000.0);

            // Full aggregation (from nothing) against a bare GROUP BY over the same rows.
            QElapsedTimer full;
            full.start();
            const UsageAggregator::Result r = UsageAggregator::rebuild(db);
            const double fullMs = ms(full);
            const qint64 bareMs = bareGroupBy(db, false);
            const qint64 sameMs = bareGroupBy(db, true);
            std::printf("%-58s %10.0f ms\n", "full aggregation (rebuild, one pass)", fullMs);
            std::printf("%-58s %10lld ms\n", "GROUP BY by hand, same aggregates, into a table", sameMs);
            std::printf("%-58s %12.2f\n", "ratio full / same aggregates (target <= 1.5)",
                        fullMs / double(std::max<qint64>(1, sameMs)));
            std::printf("%-58s %10lld ms\n", "GROUP BY by hand, plain sums only, into a table", bareMs);
            std::printf("%-58s %12.2f\n", "ratio full / plain sums",
                        fullMs / double(std::max<qint64>(1, bareMs)));
            std::printf("%-58s %12lld\n", "daily aggregate rows",
                        db.scalar(QStringLiteral("SELECT count(*) FROM usage_daily")).toLongLong());
            Q_UNUSED(r)

            // 100,000 new rows of the last two days, then an incremental run.
            const qint64 before = db.scalar(QStringLiteral("SELECT max(id) FROM api_usage")).toLongLong();
            generate(db, before, 100000, 2);
            QElapsedTimer inc;
            inc.start();
            const UsageAggregator::Result ir = UsageAggregator::run(db);
            std::printf("%-58s %10.0f ms (%lld rows)\n",
                        "incremental aggregation of 100,000 new rows (target < 1 s)", ms(inc), ir.rows);
            QElapsedTimer again;
            again.start();
            UsageAggregator::run(db);
            std::printf("%-58s %10.1f ms\n", "incremental run with nothing new", ms(again));
            rows = db.scalar(QStringLiteral("SELECT count(*) FROM api_usage")).toLongLong();

            // Access decisions: the read-only check, and the reserve + settle pair a call makes.
            const PriceTable prices = PriceTable::fromDatabase(db);
            QList<double> checks, reserves, settles;
            for (int i = 0; i < decisions; ++i) {
                CallIntent intent;
                intent.consumer = QStringLiteral("tenant-%1/fusion_ai").arg(1 + i % 200);
                intent.provider =
                    (1 + i % 200) % 3 == 0 ? QStringLiteral("anthropic") : QStringLiteral("openai");
                intent.user = QStringLiteral("user%1").arg(i % 50);
                intent.model = QStringLiteral("gpt-4o-mini");
                intent.estimateMicros = 500;
                QElapsedTimer t;
                t.start();
                const Decision d = PolicyEngine::check(db, intent, QDateTime::currentDateTimeUtc());
                checks << ms(t);
                if (i % 5 == 0) {
                    t.restart();
                    const Decision held =
                        PolicyEngine::reserve(db, intent, QDateTime::currentDateTimeUtc(), 60);
                    reserves << ms(t);
                    if (held.allowed) {
                        PolicyEngine::Outcome o;
                        o.tokens = {100, 20, 0};
                        o.latencyMs = 300;
                        t.restart();
                        PolicyEngine::settle(db, held, intent, o, prices, QDateTime::currentDateTimeUtc());
                        settles << ms(t);
                    }
                }
                Q_UNUSED(d)
            }
            const Figures c = summarise(checks), rs = summarise(reserves), st = summarise(settles);
            std::printf("%-58s p50 %.3f  p99 %.3f  max %.2f ms\n",
                        "access decision, check (target p99 < 2 ms)", c.median, c.p99, c.max);
            std::printf("%-58s p50 %.3f  p99 %.3f  max %.2f ms\n", "access decision, reserve (locks, writes)",
                        rs.median, rs.p99, rs.max);
            std::printf("%-58s p50 %.3f  p99 %.3f  max %.2f ms\n", "settle (log row, counters, alerts)",
                        st.median, st.p99, st.max);

            // The raw-log browser's first page: everything, one consumer, and a month ago.
            const auto firstPage = [&db](const UsageFilter& f) {
                QList<double> samples;
                for (int i = 0; i < 15; ++i) {
                    QElapsedTimer t;
                    t.start();
                    UsageQuery::rawLog(db, f, std::nullopt, 200);
                    samples << ms(t);
                }
                return summarise(samples);
            };
            UsageFilter last30;
            last30.from = QDate::currentDate().addDays(-29);
            last30.to = QDate::currentDate();
            UsageFilter oneConsumer = last30;
            oneConsumer.consumer = QStringLiteral("tenant-17/fusion_ai");
            UsageFilter oneUser = last30;
            oneUser.user = QStringLiteral("user7");
            for (const auto& [name, f] :
                 {std::pair{"raw log first page, last 30 days (target < 100 ms)", last30},
                  std::pair{"raw log first page, one consumer", oneConsumer},
                  std::pair{"raw log first page, one user", oneUser}}) {
                const Figures p = firstPage(f);
                std::printf("%-58s p50 %.1f  p95 %.1f ms\n", name, p.median, p.p95);
            }
            // The Usage pane's chart and table reads of a year, from the aggregates.
            UsageFilter year;
            year.from = QDate::currentDate().addDays(-364);
            year.to = QDate::currentDate();
            QElapsedTimer charts;
            charts.start();
            UsageQuery::dailyCost(db, year, UsageDimension::Consumer, 12);
            UsageQuery::activity(db, year);
            UsageQuery::table(db, year, UsageDimension::Consumer);
            std::printf("%-58s %10.0f ms\n", "Usage pane reads for 365 days (cost, activity, table)",
                        ms(charts));
            if (parser.isSet(QStringLiteral("app"))) {
                const auto [shown, rss] = runApp(parser.value(QStringLiteral("app")), target.toUrl());
                std::printf("%-58s %10.0f ms\n", "app: start to Usage pane with data", shown);
                std::printf("%-58s %10.1f MiB\n", "app: peak resident memory", double(rss) / 1024.0);
            }
            std::fflush(stdout);
        }
    } catch (const Failure& f) {
        std::fprintf(stderr, "bench_usage: %s (%s)\n", qPrintable(f.error().message),
                     qPrintable(f.error().detail));
        return 1;
    }
    return 0;
}
