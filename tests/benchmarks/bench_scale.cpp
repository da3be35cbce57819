// Issue 15's scale figures on PostgreSQL: 1,000,000 tenants and 10,000,000 operations generated in SQL
// (server side, in one statement each), then what a person waits for — the tenants list's first and last page
// under every sort (keyset, TenantPageFrom::First/Last) beside the offset page the list used to fetch, search
// and filter pages, the one-off count, the operations list's first and last page, the dashboard's queries —
// and, in a second database of 100,000 tenants with bundles and installed modules, the fleet drift. With
// --app, the app's peak memory on the tenants pane at a small fleet and at the big one.
#include "models/audit/WriteExecutor.h"
#include "models/bundles/BundleCatalog.h"
#include "models/storage/Database.h"
#include "models/storage/Migrator.h"
#include "models/tenants/TenantRepository.h"
#include "tests/benchmarks/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace fusion;
using fusion::bench::Figures;
using fusion::bench::psql;
using fusion::bench::summarise;
using fusion::bench::timeQuery;

namespace {
Database& openFresh(Database& db, const QString& host, const QString& name, DatabaseTarget& target)
{
    psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    psql(host, QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
    target.dialect = Dialect::Postgres;
    target.host = host;
    target.user = QStringLiteral("postgres");
    target.database = name;
    db.open(target);
    WriteExecutor::execute(db, Migrator::planUpgrade(db));
    return db;
}

// `tenants` tenants and `operations` operations, each in one INSERT … SELECT FROM generate_series. Triggers
// and foreign-key checks are off for the load (session_replication_role = replica, as pg_restore does): the
// rows are generated valid, and a live database got them one write at a time anyway.
void generateFleet(Database& db, qint64 tenants, qint64 operations)
{
    db.execRaw(QStringLiteral("SET session_replication_role = replica"));
    db.execRaw(QStringLiteral(
        "INSERT INTO plans (code, name, monthly_price_cents) VALUES ('starter','Starter',4900), "
        "('growth','Growth',19900), ('enterprise','Enterprise',89900), ('internal','Internal',0)"));
    db.exec(
        QStringLiteral(
            "INSERT INTO tenants (slug, name, agency_group, status, plan_id, region, created_at, updated_at) "
            "SELECT 'tenant-' || g, 'Tenant ' || (h1 % ?) || ' ' || "
            "(ARRAY['Retail','Finance','Logistics','Media',"
            "'Health','Foods'])[1 + h2 % 6], (ARRAY['TBWA\\SMP','Lumen Studio','Harbor Digital','Northwind "
            "Creative','Internal'])[1 + h3 % 5], CASE WHEN h4 % 50 = 0 THEN 'error' WHEN h4 % 7 = 0 THEN "
            "'paused' "
            "WHEN h4 % 97 = 0 THEN 'decommissioned' ELSE 'active' END, CASE WHEN h5 % 11 = 0 THEN NULL ELSE "
            "1 + h5 "
            "% 4 END, (ARRAY['sgp1','fra1','nyc3'])[1 + h6 % 3], now() - (h7 % 400) * interval '1 day' - (h7 "
            "% "
            "86399) * interval '1 second', now() - (h8 % 2160) * interval '1 hour' - (h8 % 3599) * interval "
            "'1 "
            "second' FROM (SELECT g, hashint4(g)::bigint + 2147483648 AS h1, hashint4(g + 1000001)::bigint + "
            "2147483648 AS h2, hashint4(g + 2000003)::bigint + 2147483648 AS h3, hashint4(g + "
            "3000017)::bigint + "
            "2147483648 AS h4, hashint4(g + 4000037)::bigint + 2147483648 AS h5, hashint4(g + "
            "5000011)::bigint + "
            "2147483648 AS h6, hashint4(g + 6000029)::bigint + 2147483648 AS h7, hashint4(g + "
            "7000003)::bigint + "
            "2147483648 AS h8 FROM generate_series(1, ?) g) x"),
        {tenants, tenants});
    if (operations > 0)
        db.exec(
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, trigger_source, actor, created_at) "
                "SELECT 1 + g % ?, (ARRAY['backup','module_apply','upgrade_image','rebuild'])[1 + g % 4], "
                "CASE WHEN g % 100003 = 0 THEN 'running' WHEN g % 23 = 0 THEN 'failed' ELSE 'succeeded' END, "
                "'n8n', 'ops-bot', "
                "now() - (g % 5000) * interval '1 hour' - (g % 3571) * interval '1 second' "
                "FROM generate_series(1, ?) g"),
            {tenants, operations});
    db.execRaw(QStringLiteral("SET session_replication_role = origin"));
}

// Three bundles of 10 modules; each tenant has one, a quarter of them two. Each has 30 modules installed: its
// first bundle's (one in five tenants lacks one of them), an OCA module no bundle wants on one in ten, and
// core modules for the rest — so about a third of the fleet drifts.
void generateModules(Database& db)
{
    db.execRaw(QStringLiteral("SET session_replication_role = replica"));
    db.execRaw(QStringLiteral(
        "INSERT INTO bundles (code, name) VALUES ('finance-ppm','Finance PPM'), ('crm-sales','CRM & Sales'), "
        "('hr','HR')"));
    db.execRaw(
        QStringLiteral("INSERT INTO bundle_modules (bundle_id, module_name) SELECT b, 'mod_' || b || '_' || "
                       "m FROM generate_series(1, 3) b, generate_series(1, 10) m"));
    db.execRaw(
        QStringLiteral("INSERT INTO tenant_bundles (tenant_id, bundle_id) SELECT id, 1 + id % 3 FROM tenants "
                       "UNION ALL SELECT id, 1 + (id + 1) % 3 FROM tenants WHERE id % 4 = 0"));
    db.execRaw(QStringLiteral("INSERT INTO tenant_module_states (tenant_id, module_name, source, state) "
                              "SELECT t.id, CASE WHEN m <= 10 "
                              "THEN 'mod_' || (1 + t.id % 3) || '_' || (CASE WHEN t.id % 5 = 0 AND m = 10 "
                              "THEN 11 ELSE m END) WHEN m = "
                              "11 AND t.id % 10 = 0 THEN 'oca_extra' ELSE 'base_' || m END, CASE WHEN m <= "
                              "10 THEN 'ipai' WHEN m = 11 "
                              "AND t.id % 10 = 0 THEN 'oca' ELSE 'core' END, 'installed' FROM tenants t, "
                              "generate_series(1, 30) m"));
    db.execRaw(QStringLiteral("SET session_replication_role = origin"));
}

// `note` is called after the timing (a plain argument could be evaluated before it: unspecified order).
void printRow(const char* label, const Figures& f, const std::function<QString()>& note = {})
{
    std::printf("%-52s %9.2f %9.2f %9.2f   %s\n", label, f.median, f.p95, f.max,
                qPrintable(note ? note() : QString()));
    std::fflush(stdout);
}

// The app on the tenants pane (--startup-benchmark prints its peak resident memory once the page is shown).
long appPeakRssKb(const QString& app, const QString& url)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(app, {QStringLiteral("--startup-benchmark"), QStringLiteral("--db"), url,
                  QStringLiteral("--pane"), QStringLiteral("tenants")});
    p.waitForFinished(120000);
    long rss = -1;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("peak_rss_kb="))
            rss = line.mid(12).trimmed().toLong();
    }
    return rss;
}

// The operations list (TenantRepository::operationPage, newest first, pages of 50) at `operations` rows: the
// first and last page and a step from each, beside the OFFSET page it replaced, under each filter the pane
// and `fusionctl operations list` offer — none, a common status, a rare one (about 1 in 100,000, found
// through operations_status_idx, 0023), one tenant — and the bounded counts the pane's "rows X–Y" needs.
void operationsFigures(const TenantRepository& repo, qint64 operations, int runs)
{
    std::printf("%-52s %9s %9s %9s\n", "operations list (newest first), page of 50", "p50", "p95", "max");
    const auto walk = [&](const char* label, OperationQuery q) {
        const QString name = QLatin1String(label);
        q.from = TenantPageFrom::First;
        OperationPage page;
        printRow(qPrintable(name + QStringLiteral(": first page (keyset)")),
                 timeQuery([&] { page = repo.operationPage(q); }, runs),
                 [&] { return QStringLiteral("%1 rows").arg(page.rows.size()); });
        const OperationCursor firstLast = page.last;
        q.from = TenantPageFrom::Last;
        printRow(qPrintable(name + QStringLiteral(": last page (keyset)")),
                 timeQuery([&] { page = repo.operationPage(q); }, runs), [&] {
                     return page.rows.isEmpty() ? QStringLiteral("EMPTY")
                                                : page.rows.last().createdAt.toString(Qt::ISODate);
                 });
        const OperationCursor lastFirst = page.first;
        if (page.hasPrevious) {
            q.from = TenantPageFrom::Before;
            q.cursor = lastFirst;
            printRow(qPrintable(name + QStringLiteral(": previous from the last")),
                     timeQuery([&] { page = repo.operationPage(q); }, runs));
            qint64 before = 0;
            printRow(qPrintable(name + QStringLiteral(": rows before it, capped at 10,001")),
                     timeQuery([&] { before = repo.operationsBeforeUpTo(q, lastFirst, 10001); }, runs),
                     [&] { return QStringLiteral("%1").arg(before); });
        }
        if (firstLast.isValid()) {
            q.from = TenantPageFrom::After;
            q.cursor = firstLast;
            printRow(qPrintable(name + QStringLiteral(": next from the first")),
                     timeQuery([&] { page = repo.operationPage(q); }, runs));
        }
    };
    OperationQuery q;
    walk("all", q);
    OperationQuery old;
    old.offset = int(operations - 50);
    printRow("all: last page by OFFSET (before)", timeQuery([&] { repo.operations(old); }, 3));
    q.status = QStringLiteral("failed");
    walk("failed (1 in 23)", q);
    q.status = QStringLiteral("running");
    walk("running (1 in 100,003)", q);
    q = OperationQuery();
    q.tenantId = 4242;
    walk("one tenant", q);
}

const char* sortName(TenantSort s)
{
    switch (s) {
    case TenantSort::Name:
        return "name";
    case TenantSort::Slug:
        return "slug";
    case TenantSort::Status:
        return "status";
    case TenantSort::Plan:
        return "plan";
    case TenantSort::AgencyGroup:
        return "agency";
    case TenantSort::Region:
        return "region";
    case TenantSort::Updated:
        return "updated";
    case TenantSort::Created:
        return "created";
    }
    return "?";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("host"), QStringLiteral("PostgreSQL socket directory"), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("fusion-console binary (peak memory)"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("tenants"), QStringLiteral("tenants in the big fleet"),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("operations"), QStringLiteral("operations in the big fleet"),
                      QStringLiteral("n"), QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("drift-tenants"), QStringLiteral("tenants in the drift fleet"),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("timed runs per query"), QStringLiteral("n"),
                      QStringLiteral("30")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral("run one part: fleet, operations (the fleet's operations list alone) or drift"),
         QStringLiteral("part")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("leave the databases for EXPLAIN ANALYZE")});
    parser.process(app);
    const QString only = parser.value(QStringLiteral("only"));
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const QString host = parser.value(QStringLiteral("host"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const qint64 tenants = parser.value(QStringLiteral("tenants")).toLongLong();
    const qint64 operations = parser.value(QStringLiteral("operations")).toLongLong();
    const qint64 driftTenants = parser.value(QStringLiteral("drift-tenants")).toLongLong();

    std::printf("# Fusion Console at scale (PostgreSQL; %d timed runs per query after one warm-up; ms)\n",
                runs);
    if (only.isEmpty() || only == QLatin1String("fleet") || only == QLatin1String("operations")) {
        Database db;
        DatabaseTarget target;
        openFresh(db, host, QStringLiteral("scale_fleet"), target);
        QElapsedTimer fill;
        fill.start();
        generateFleet(db, tenants, operations);
        db.execRaw(QStringLiteral("VACUUM ANALYZE"));
        std::printf("\n## %lld tenants, %lld operations (generated and analysed in %.0f s)\n",
                    static_cast<long long>(tenants), static_cast<long long>(operations),
                    double(fill.elapsed()) / 1000.0);
        TenantRepository repo(db);
        // --only operations: the operations list alone (its fleet is generated all the same).
        if (only != QLatin1String("operations")) {
            std::printf("%-52s %9s %9s %9s\n", "tenants list, page of 20", "p50", "p95", "max");
            const QList<TenantSort> sorts = {TenantSort::Name,    TenantSort::Slug,        TenantSort::Status,
                                             TenantSort::Plan,    TenantSort::AgencyGroup, TenantSort::Region,
                                             TenantSort::Updated, TenantSort::Created};
            for (const TenantSort sort : sorts) {
                for (const bool descending : {false, true}) {
                    TenantQuery q;
                    q.sort = sort;
                    q.descending = descending;
                    q.withTotal = false;
                    const QString label = QStringLiteral("%1 %2").arg(QLatin1String(sortName(sort)),
                                                                      descending ? QStringLiteral("desc")
                                                                                 : QStringLiteral("asc"));
                    q.from = TenantPageFrom::First;
                    TenantPage page;
                    Figures f = timeQuery([&] { page = repo.list(q); }, runs);
                    printRow(qPrintable(label + QStringLiteral(": first page (keyset)")), f, [&] {
                        return page.rows.isEmpty() ? QStringLiteral("EMPTY") : page.rows.first().slug;
                    });
                    q.from = TenantPageFrom::Last;
                    f = timeQuery([&] { page = repo.list(q); }, runs);
                    printRow(qPrintable(label + QStringLiteral(": last page (keyset)")), f, [&] {
                        return page.rows.isEmpty() ? QStringLiteral("EMPTY") : page.rows.last().slug;
                    });
                    q.cursor = page.first; // the page before the last, as Previous fetches it
                    q.from = TenantPageFrom::Before;
                    f = timeQuery([&] { page = repo.list(q); }, runs);
                    printRow(qPrintable(label + QStringLiteral(": previous from the last")), f);
                    if (!descending) {
                        // What the list did before: count every row, then skip to the last page with OFFSET.
                        TenantQuery old;
                        old.sort = sort;
                        old.offset = int(tenants - 20);
                        f = timeQuery([&] { page = repo.list(old); }, std::min(runs, 5));
                        printRow(qPrintable(label + QStringLiteral(": last page by OFFSET + count (before)")),
                                 f);
                        old.offset = 0;
                        f = timeQuery([&] { page = repo.list(old); }, std::min(runs, 5));
                        printRow(
                            qPrintable(label + QStringLiteral(": first page by OFFSET + count (before)")), f);
                    }
                }
            }
            const auto filtered = [&](const char* label, TenantQuery q) {
                q.withTotal = false;
                q.from = TenantPageFrom::First;
                TenantPage page;
                Figures f = timeQuery([&] { page = repo.list(q); }, runs);
                printRow(qPrintable(QLatin1String(label) + QStringLiteral(": first page")), f,
                         [&] { return QStringLiteral("%1 rows").arg(page.rows.size()); });
                q.from = TenantPageFrom::Last;
                f = timeQuery([&] { page = repo.list(q); }, runs);
                printRow(qPrintable(QLatin1String(label) + QStringLiteral(": last page")), f);
                qint64 n = 0;
                f = timeQuery([&] { n = repo.count(q); }, std::min(runs, 5));
                printRow(qPrintable(QLatin1String(label) + QStringLiteral(": count (once per filter)")), f,
                         [&] { return QStringLiteral("%1 match").arg(n); });
            };
            TenantQuery q;
            filtered("no filter", q);
            q.search = QStringLiteral("logistics");
            filtered("search 'logistics' (1 in 6), by name", q);
            q.search = QStringLiteral("tenant-424242");
            filtered("search 'tenant-424242' (few), by name", q);
            q = TenantQuery();
            q.status = TenantStatus::Error;
            filtered("status = error, by name", q);
            q.sort = TenantSort::Updated;
            q.descending = true;
            filtered("status = error, newest first", q);
            q = TenantQuery();
            q.planCode = QStringLiteral("enterprise");
            q.sort = TenantSort::Region;
            filtered("plan = enterprise, by region", q);
            q = TenantQuery();
            q.agencyGroup = QStringLiteral("Lumen Studio");
            q.sort = TenantSort::Status;
            q.descending = true;
            filtered("agency = Lumen Studio, by status desc", q);
            q = TenantQuery();
            q.search = QStringLiteral("finance");
            q.status = TenantStatus::Active;
            q.sort = TenantSort::Plan;
            filtered("search + status + by plan", q);
        }

        operationsFigures(repo, operations, runs);
        printRow("operations: count all (before, the pane's label)",
                 timeQuery([&] { repo.operationCount(OperationQuery()); }, 3));
        printRow("operations: count up to 10,001 (after)",
                 timeQuery([&] { repo.operationCountUpTo(OperationQuery(), 10001); }, runs));

        std::printf("%-52s %9s %9s %9s\n", "dashboard", "p50", "p95", "max");
        printRow("dashboard: counts by status", timeQuery([&] { repo.counts(); }, std::min(runs, 10)));
        printRow("dashboard: health, worst 25", timeQuery([&] { repo.health(25); }, std::min(runs, 10)));
        printRow("dashboard: 40 recent operations", timeQuery(
                                                        [&] {
                                                            OperationQuery recent;
                                                            recent.limit = 40;
                                                            repo.operations(recent);
                                                        },
                                                        runs));
        const QString bigUrl = target.toUrl();
        db.close();

        if (parser.isSet(QStringLiteral("app"))) {
            Database small;
            DatabaseTarget smallTarget;
            openFresh(small, host, QStringLiteral("scale_small"), smallTarget);
            generateFleet(small, 10000, 100000);
            small.execRaw(QStringLiteral("VACUUM ANALYZE"));
            small.close();
            const QString appPath = parser.value(QStringLiteral("app"));
            QList<double> smallRss, bigRss;
            for (int i = 0; i < 3; ++i) {
                smallRss << double(appPeakRssKb(appPath, smallTarget.toUrl())) / 1024.0;
                bigRss << double(appPeakRssKb(appPath, bigUrl)) / 1024.0;
            }
            std::printf("%-52s %9.1f MiB (runs: %.1f %.1f %.1f)\n", "app on the tenants pane, 10,000 tenants",
                        summarise(smallRss).median, smallRss[0], smallRss[1], smallRss[2]);
            std::printf("%-52s %9.1f MiB (runs: %.1f %.1f %.1f)\n",
                        qPrintable(QStringLiteral("app on the tenants pane, %1 tenants").arg(tenants)),
                        summarise(bigRss).median, bigRss[0], bigRss[1], bigRss[2]);
            psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE scale_small"));
        }
        if (!keep)
            psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE scale_fleet"));
    }
    if (only.isEmpty() || only == QLatin1String("drift")) {
        Database db;
        DatabaseTarget target;
        openFresh(db, host, QStringLiteral("scale_drift"), target);
        QElapsedTimer fill;
        fill.start();
        generateFleet(db, driftTenants, driftTenants * 10);
        generateModules(db);
        db.execRaw(QStringLiteral("VACUUM ANALYZE"));
        std::printf("\n## %lld tenants, 30 installed modules each (generated in %.0f s)\n",
                    static_cast<long long>(driftTenants), double(fill.elapsed()) / 1000.0);
        std::printf("%-52s %9s %9s %9s\n", "", "p50", "p95", "max");
        QList<TenantDrift> rows;
        DriftQuery dq;
        printRow("fleet drift (drifting tenants)",
                 timeQuery([&] { rows = BundleCatalog::drift(db, dq); }, std::min(runs, 5)),
                 [&] { return QStringLiteral("%1 drifting").arg(rows.size()); });
        dq.onlyDrifting = false;
        printRow("fleet drift (every tenant)",
                 timeQuery([&] { rows = BundleCatalog::drift(db, dq); }, std::min(runs, 5)),
                 [&] { return QStringLiteral("%1 tenants").arg(rows.size()); });
        dq = DriftQuery();
        dq.bundleCode = QStringLiteral("hr");
        printRow("fleet drift, one bundle",
                 timeQuery([&] { rows = BundleCatalog::drift(db, dq); }, std::min(runs, 5)),
                 [&] { return QStringLiteral("%1 drifting").arg(rows.size()); });
        TenantRepository repo(db);
        printRow("dashboard: counts by status", timeQuery([&] { repo.counts(); }, runs));
        printRow("dashboard: health, worst 25", timeQuery([&] { repo.health(25); }, runs));
        db.close();
        if (!keep)
            psql(host, QStringLiteral("postgres"), QStringLiteral("DROP DATABASE scale_drift"));
    }
    return 0;
}
