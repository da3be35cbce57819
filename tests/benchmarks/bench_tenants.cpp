// Benchmark of the tenant control plane on PostgreSQL: fills databases of growing size with generated
// tenants and operations (in SQL, server side), then measures what a person waits for — the first page of
// the tenants list with each kind of search, filter and sort; the dashboard's queries; the app's start-up to
// a painted window and to data on screen — and the app's peak memory at each size.
#include "models/audit/WriteExecutor.h"
#include "models/storage/Database.h"
#include "models/storage/Migrator.h"
#include "models/tenants/TenantRepository.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fusion;
using fusion::bench::Figures;
using fusion::bench::psql;
using fusion::bench::summarise;
using fusion::bench::timeQuery;

namespace {
// Fills a migrated database with `tenants` tenants and `opsPerTenant` operations each, server side.
void generate(Database& db, int tenants, int opsPerTenant)
{
    Transaction tx(db);
    db.execRaw(QStringLiteral(
        "INSERT INTO plans (code, name, monthly_price_cents) VALUES ('starter','Starter',4900), "
        "('growth','Growth',19900), ('enterprise','Enterprise',89900), ('internal','Internal',0)"));
    db.execRaw(QStringLiteral("INSERT INTO infra_templates (name) VALUES ('odoo17-small'), ('odoo17-ha')"));
    db.exec(
        QStringLiteral(
            "INSERT INTO tenants (slug, name, agency_group, status, plan_id, region, created_at, updated_at) "
            "SELECT 'tenant-' || g, 'Tenant ' || g || ' ' || (ARRAY['Retail','Finance','Logistics','Media',"
            "'Health','Foods'])[1 + g % 6], (ARRAY['TBWA\\SMP','Lumen Studio','Harbor Digital','Northwind "
            "Creative','Internal'])[1 + g % 5], CASE WHEN g % 50 = 0 THEN 'error' WHEN g % 7 = 0 THEN "
            "'paused' "
            "WHEN g % 97 = 0 THEN 'decommissioned' ELSE 'active' END, 1 + g % 4, "
            "(ARRAY['sgp1','fra1','nyc3'])[1 "
            "+ g % 3], now() - (g % 400) * interval '1 day', now() - (g % 90) * interval '1 hour' "
            "FROM generate_series(1, ?) g"),
        {tenants});
    db.exec(
        QStringLiteral(
            "INSERT INTO operations (tenant_id, type, status, trigger_source, actor, created_at) "
            "SELECT t.id, (ARRAY['backup','module_apply','upgrade_image','rebuild'])[1 + (t.id + s) % 4], "
            "CASE WHEN (t.id * 7 + s) % 23 = 0 THEN 'failed' ELSE 'succeeded' END, 'n8n', 'ops-bot', "
            "now() - ((t.id + s * 13) % 60) * interval '1 day' - s * interval '1 minute' "
            "FROM tenants t CROSS JOIN generate_series(1, ?) s"),
        {opsPerTenant});
    tx.commit();
    // A live database is vacuumed by autovacuum; measure that state, not a freshly loaded one.
    db.execRaw(QStringLiteral("VACUUM ANALYZE"));
}

struct AppRun {
    double windowPainted = -1; // measured here, from starting the process to its line on stdout
    double dataShown = -1;
    long peakRssKb = -1;
};

AppRun runApp(const QString& app, const QString& url, const QString& pane)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    AppRun run;
    QElapsedTimer clock;
    clock.start();
    p.start(app, {QStringLiteral("--startup-benchmark"), QStringLiteral("--db"), url,
                  QStringLiteral("--pane"), pane});
    while (p.state() != QProcess::NotRunning || p.canReadLine()) {
        if (!p.canReadLine() && !p.waitForReadyRead(30000))
            break;
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            const double at = double(clock.nsecsElapsed()) / 1e6;
            if (line.startsWith("startup_to_window_painted_ms="))
                run.windowPainted = at;
            else if (line.startsWith("startup_to_data_ms="))
                run.dataShown = at;
            else if (line.startsWith("peak_rss_kb="))
                run.peakRssKb = line.mid(12).toLong();
        }
    }
    p.waitForFinished();
    return run;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("host"), QStringLiteral("PostgreSQL socket directory"), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("app"), QStringLiteral("fusion-console binary"), QStringLiteral("path")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("tenant counts, comma-separated"),
                      QStringLiteral("list"), QStringLiteral("1000,10000,100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("timed runs per query"), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.process(app);
    const QString host = parser.value(QStringLiteral("host"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QStringList sizes = parser.value(QStringLiteral("sizes")).split(QLatin1Char(','));

    std::printf(
        "# Fusion Console tenant benchmarks (PostgreSQL, %d timed runs per query after one warm-up)\n", runs);
    for (const QString& sizeText : sizes) {
        const int tenants = sizeText.toInt();
        const QString name = QStringLiteral("bench_%1").arg(tenants);
        psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        psql(host, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
        DatabaseTarget target;
        target.dialect = Dialect::Postgres;
        target.host = host;
        target.user = QStringLiteral("postgres");
        target.database = name;
        Database db;
        db.open(target);
        WriteExecutor::execute(db, Migrator::planUpgrade(db));
        QElapsedTimer fill;
        fill.start();
        generate(db, tenants, 10);
        std::printf("\n## %d tenants, %d operations (generated in %.1f s)\n", tenants, tenants * 10,
                    double(fill.elapsed()) / 1000.0);
        std::printf("%-44s %9s %9s %9s %9s\n", "first page of 20 (ms)", "min", "median", "p95", "max");

        TenantRepository repo(db);
        const auto page = [&](const char* label, const TenantQuery& q) {
            qint64 total = 0;
            const Figures f = timeQuery([&] { total = repo.list(q).total; }, runs);
            std::printf("%-44s %9.2f %9.2f %9.2f %9.2f   (%lld matches)\n", label, f.min, f.median, f.p95,
                        f.max, static_cast<long long>(total));
        };
        TenantQuery q;
        page("default (by name)", q);
        q.search = QStringLiteral("logistics");
        page("search 'logistics' (1 in 6 match)", q);
        q.search = QStringLiteral("tenant-4242");
        page("search 'tenant-4242' (few match)", q);
        q.search = QStringLiteral("no such tenant");
        page("search with no match", q);
        q = TenantQuery();
        q.status = TenantStatus::Error;
        page("filter status = error", q);
        q = TenantQuery();
        q.planCode = QStringLiteral("enterprise");
        page("filter plan = enterprise", q);
        q = TenantQuery();
        q.agencyGroup = QStringLiteral("Lumen Studio");
        page("filter agency group", q);
        q = TenantQuery();
        q.sort = TenantSort::Updated;
        q.descending = true;
        page("sort by updated, newest first", q);
        q = TenantQuery();
        q.sort = TenantSort::Status;
        page("sort by status", q);
        q = TenantQuery();
        q.sort = TenantSort::Name;
        q.offset = std::max(0, tenants - 20);
        page("last page by name", q);
        q = TenantQuery();
        q.search = QStringLiteral("finance");
        q.status = TenantStatus::Active;
        q.sort = TenantSort::Updated;
        page("search + filter + sort together", q);

        const auto timed = [&](const char* label, const std::function<void()>& query) {
            const Figures f = timeQuery(query, runs);
            std::printf("%-44s %9.2f %9.2f %9.2f %9.2f\n", label, f.min, f.median, f.p95, f.max);
        };
        timed("dashboard: counts by status", [&] { repo.counts(); });
        timed("dashboard: health, worst 25", [&] { repo.health(25); });
        timed("dashboard: 40 recent operations", [&] {
            OperationQuery oq;
            oq.limit = 40;
            repo.operations(oq);
        });
        db.close();

        if (parser.isSet(QStringLiteral("app"))) {
            QList<double> painted, dashboardData, tenantsData;
            long rss = 0;
            for (int i = 0; i < 5; ++i) {
                const AppRun a =
                    runApp(parser.value(QStringLiteral("app")), target.toUrl(), QStringLiteral("dashboard"));
                const AppRun b =
                    runApp(parser.value(QStringLiteral("app")), target.toUrl(), QStringLiteral("tenants"));
                painted << a.windowPainted << b.windowPainted;
                dashboardData << a.dataShown;
                tenantsData << b.dataShown;
                rss = std::max({rss, a.peakRssKb, b.peakRssKb});
            }
            const Figures p = summarise(painted);
            const Figures d = summarise(dashboardData);
            const Figures t = summarise(tenantsData);
            std::printf("%-44s %9.1f %9.1f %9.1f %9.1f\n", "app: process start to window painted (ms)", p.min,
                        p.median, p.p95, p.max);
            std::printf("%-44s %9.1f %9.1f %9.1f %9.1f\n", "app: process start to dashboard data (ms)", d.min,
                        d.median, d.p95, d.max);
            std::printf("%-44s %9.1f %9.1f %9.1f %9.1f\n", "app: process start to tenants page (ms)", t.min,
                        t.median, t.p95, t.max);
            std::printf("%-44s %9.1f MiB\n", "app: peak resident memory", double(rss) / 1024.0);
        }
        std::fflush(stdout);
    }
    return 0;
}
