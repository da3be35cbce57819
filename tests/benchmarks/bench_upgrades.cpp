// Scheduling an image upgrade for 1,000 tenants in waves (issue 13's target: plan + write under 1 s on
// PostgreSQL): the preview (who is upgraded when, each tenant's current image), then the write (1,000 queued
// operations in chunked multi-row INSERTs, each row checked by the database's guard, with the audit row), on
// SQLite and — when FUSION_BENCH_PG_URL names an empty database — on PostgreSQL. Each round's upgrades are
// cancelled before the next. Prints figures; asserts nothing.
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/storage/Database.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/common/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace fusion;

namespace {

constexpr int kTenants = 1000;
constexpr int kRounds = 7;

void addTenants(Database& db)
{
    // Active tenants on the demo template, as many as asked, in one statement.
    const QString sql =
        db.isPostgres()
            ? QStringLiteral("INSERT INTO tenants (slug, name, status, infra_template_id) SELECT "
                             "'bench-' || g, 'Bench ' || g, 'active', (SELECT min(id) FROM "
                             "infra_templates) FROM generate_series(1, %1) g")
            : QStringLiteral("WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < "
                             "%1) INSERT INTO tenants (slug, name, status, infra_template_id) SELECT "
                             "'bench-' || i, 'Bench ' || i, 'active', (SELECT min(id) FROM "
                             "infra_templates) FROM g");
    db.exec(sql.arg(kTenants));
}

void run(const char* name, Database& db)
{
    addTenants(db);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    const qint64 window =
        WriteExecutor::execute(db, MaintenanceWindows::planCreate(db, QStringLiteral("Bench"), start,
                                                                  start.addSecs(6 * 3600), {}))
            .value(QStringLiteral("window_id"))
            .toInteger();
    QStringList slugs;
    for (int i = 1; i <= kTenants; ++i)
        slugs << QStringLiteral("bench-%1").arg(i);
    UpgradeRequest r;
    r.tenantSlugs = slugs;
    r.reference = QStringLiteral("registry.example.com/odoo:17.0-20261201");
    r.windowId = window;
    r.waveSize = 50;
    r.waveGapMinutes = 15;
    QList<double> previews, writes, totals;
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer t;
        t.start();
        const UpgradePreview p = ImageUpgrade::preview(db, r);
        const double previewMs = double(t.nsecsElapsed()) / 1e6;
        if (p.count() != kTenants) {
            std::fprintf(stderr, "%s: the preview holds %d tenants, not %d\n", name, p.count(), kTenants);
            std::exit(1);
        }
        QElapsedTimer w;
        w.start();
        WriteExecutor::execute(db, ImageUpgrade::planSchedule(db, p, QStringLiteral("cli")));
        const double writeMs = double(w.nsecsElapsed()) / 1e6;
        previews << previewMs;
        writes << writeMs;
        totals << double(t.nsecsElapsed()) / 1e6;
        db.exec(
            QStringLiteral("UPDATE operations SET status = 'cancelled' WHERE maintenance_window_id = ? AND "
                           "status = 'queued'"),
            {window});
    }
    const auto show = [name](const char* what, const QList<double>& samples) {
        const bench::Figures f = bench::summarise(samples);
        std::printf("%-10s %-26s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", name, what, f.median, f.p95,
                    f.max);
    };
    std::printf("%s: %d tenants in waves of 50, %d rounds\n", name, kTenants, kRounds);
    show("preview", previews);
    show("write (1,000 operations)", writes);
    show("plan + write", totals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    try {
        QTemporaryDir dir;
        Database sqlite;
        test::prepare(sqlite, test::sqliteTarget(dir), 4);
        run("sqlite", sqlite);
        const QString url = qEnvironmentVariable("FUSION_BENCH_PG_URL");
        if (url.isEmpty()) {
            std::printf("postgresql skipped: set FUSION_BENCH_PG_URL to an empty database\n");
            return 0;
        }
        const Result<DatabaseTarget> target = DatabaseTarget::parse(url);
        if (!target) {
            std::fprintf(stderr, "FUSION_BENCH_PG_URL: %s\n", qPrintable(target.error().message));
            return 1;
        }
        Database pg;
        test::prepare(pg, target.value(), 4);
        run("postgresql", pg);
    } catch (const Failure& f) {
        std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(f.error().message),
                     qPrintable(f.error().detail));
        return 1;
    }
    return 0;
}
