// Generating a month's invoices for 10,000 tenants (issue 14's target: under 5 s on PostgreSQL, an idempotent
// re-run under 1 s) from the daily aggregates of about 10,000,000 usage rows: 900,000 usage_daily rows
// (10,000 tenants × 30 days × 3 consumer/provider pairs, 11 requests each), written directly. Each round
// deletes the month's drafts, generates (plan + write, one transaction with its audit row) and runs again
// (nothing to generate). On SQLite, and on PostgreSQL when FUSION_BENCH_PG_URL names an empty database.
// Then the Billing pane's first paint of that month (target under 200 ms): the overview's load on the
// database worker (BillingOverview::loadOverview), its apply and the first rendering on the GUI thread, the
// real pane offscreen; then the month's invoices and AI spend, which fill the other tabs after that paint.
// Prints figures; asserts nothing but that the invoices are all there.
#include "models/audit/WriteExecutor.h"
#include "models/billing/BillingOverview.h"
#include "models/billing/Invoicing.h"
#include "models/storage/Database.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/common/TestSupport.h"
#include "ui/billing/BillingPane.h"
#include "ui/common/AppContext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace fusion;

namespace {

constexpr int kTenants = 10000;
const QDate kMonth(2025, 10, 1);

void fill(Database& db)
{
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    db.exec(QStringLiteral(
        "INSERT INTO plans (code, name, billing_period, price_micros, ai_allowance_micros) VALUES "
        "('bench', 'Bench', 'monthly', 49000000, 5000000)"));
    db.exec(
        (db.isPostgres()
             ? QStringLiteral("INSERT INTO tenants (slug, name, status) SELECT 'bench-' || g, 'Bench ' || g, "
                              "'active' FROM generate_series(1, %1) g")
             : QStringLiteral("WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < %1) "
                              "INSERT INTO tenants (slug, name, status) SELECT 'bench-' || i, 'Bench ' || i, "
                              "'active' FROM g"))
            .arg(kTenants));
    db.exec(QStringLiteral(
        "INSERT INTO subscriptions (tenant_id, plan_id, status) SELECT t.id, p.id, 'active' FROM "
        "tenants t, plans p WHERE p.code = 'bench' AND t.slug LIKE 'bench-%'"));
    db.exec(QStringLiteral(
        "INSERT INTO consumers (code, tenant_id) SELECT t.slug || '/c' || k.k, t.id FROM tenants t, "
        "(SELECT 1 AS k UNION ALL SELECT 2) k WHERE t.slug LIKE 'bench-%'"));
    const QString days =
        db.isPostgres()
            ? QStringLiteral("SELECT d::date AS day, extract(day FROM d)::int AS n FROM "
                             "generate_series(DATE '2025-10-01', DATE '2025-10-30', interval '1 day') d")
            : QStringLiteral("WITH RECURSIVE d(day) AS (SELECT '2025-10-01' UNION ALL SELECT "
                             "date(day, '+1 day') FROM d WHERE day < '2025-10-30') SELECT day, "
                             "CAST(strftime('%d', day) AS INTEGER) AS n FROM d");
    db.exec(
        QStringLiteral(
            "INSERT INTO usage_daily (day, consumer_id, provider_id, user_name, feature, model, requests, "
            "cost_micros) SELECT days.day, c.id, p.id, '', 'chat', 'm', 11, (c.id * 7919 + days.n * "
            "104729) % 400000 FROM consumers c CROSS JOIN (%1) days CROSS JOIN providers p WHERE c.code "
            "LIKE 'bench-%' AND p.code IN ('openai', 'anthropic') AND NOT (c.code LIKE '%/c2' AND "
            "p.code = 'anthropic')")
            .arg(days));
    tx.commit();
    if (db.isPostgres())
        db.execRaw(QStringLiteral("ANALYZE"));
    std::printf("filled in %.1f s: %lld usage_daily rows standing for %lld usage rows\n",
                double(t.elapsed()) / 1000.0,
                db.scalar(QStringLiteral("SELECT count(*) FROM usage_daily")).toLongLong(),
                db.scalar(QStringLiteral("SELECT sum(requests) FROM usage_daily")).toLongLong());
}

void run(const char* name, Database& db, int rounds)
{
    fill(db);
    QList<double> firsts, reruns, deletes;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer d;
        d.start();
        db.exec(QStringLiteral("DELETE FROM invoices WHERE period_start = ? AND state = 'draft'"),
                {kMonth.toString(Qt::ISODate)});
        deletes << double(d.nsecsElapsed()) / 1e6;
        QElapsedTimer t;
        t.start();
        const QJsonObject out = WriteExecutor::execute(db, Invoicing::planGenerate(db, kMonth));
        firsts << double(t.nsecsElapsed()) / 1e6;
        if (out.value(QStringLiteral("invoices")).toInt() != kTenants) {
            std::fprintf(stderr, "%s: %d invoices, not %d\n", name,
                         out.value(QStringLiteral("invoices")).toInt(), kTenants);
            std::exit(1);
        }
        QElapsedTimer r;
        r.start();
        const PendingWrite again = Invoicing::planGenerate(db, kMonth);
        if (again.plan.hasChanges()) {
            std::fprintf(stderr, "%s: the re-run would generate again\n", name);
            std::exit(1);
        }
        reruns << double(r.nsecsElapsed()) / 1e6;
    }
    const qint64 lines = db.scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).toLongLong();
    const auto show = [name](const char* what, const QList<double>& samples) {
        const bench::Figures f = bench::summarise(samples);
        std::printf("%-10s %-34s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms\n", name, what, f.median, f.p95,
                    f.max);
    };
    std::printf("%s: %d tenants, %lld invoice lines, %d rounds\n", name, kTenants, lines, rounds);
    show("generate (plan + write + audit)", firsts);
    show("re-run (nothing to generate)", reruns);
    show("(set-up: delete the drafts)", deletes);

    // The Billing pane's first paint of the month: a fresh pane each round, as when it is first opened.
    AppContext context;
    context.setConnected(db.target(), Capabilities::embeddedOwner(QStringLiteral("bench")));
    QList<double> loads, applies, renders, paints, months, completes;
    for (int round = 0; round < 5; ++round) {
        BillingPane pane(&context);
        pane.resize(1200, 800);
        QElapsedTimer l;
        l.start();
        const BillingOverviewData data = BillingOverview::loadOverview(db, kMonth);
        loads << double(l.nsecsElapsed()) / 1e6;
        QElapsedTimer a;
        a.start();
        pane.applyOverview(data);
        applies << double(a.nsecsElapsed()) / 1e6;
        // The paint itself: layout and drawing of what is visible, as the first frame on screen.
        QElapsedTimer g;
        g.start();
        const QPixmap frame = pane.grab();
        renders << double(g.nsecsElapsed()) / 1e6;
        if (frame.isNull()) {
            std::fprintf(stderr, "%s: the pane did not paint\n", name);
            std::exit(1);
        }
        paints << loads.last() + applies.last() + renders.last();
        // Then the month's part, read while the Overview is on screen: the Invoices and AI spend tabs.
        QElapsedTimer m;
        m.start();
        pane.applyMonth(BillingOverview::loadMonth(db, kMonth));
        months << double(m.nsecsElapsed()) / 1e6;
        completes << paints.last() + months.last();
        if (pane.findChild<QTreeWidget*>(QStringLiteral("billingInvoiceList"))->topLevelItemCount() !=
            kTenants) {
            std::fprintf(
                stderr, "%s: the pane lists %d invoices, not %d\n", name,
                pane.findChild<QTreeWidget*>(QStringLiteral("billingInvoiceList"))->topLevelItemCount(),
                kTenants);
            std::exit(1);
        }
    }
    show("Billing pane: overview load (worker)", loads);
    show("Billing pane: overview apply (GUI)", applies);
    show("Billing pane: render (GUI thread)", renders);
    show("Billing pane: first paint", paints);
    show("Billing pane: month load + apply", months);
    show("Billing pane: all tabs filled", completes);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    try {
        QTemporaryDir dir;
        Database sqlite;
        test::prepare(sqlite, test::sqliteTarget(dir));
        run("sqlite", sqlite, 3);
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
        test::prepare(pg, target.value());
        run("postgresql", pg, 5);
    } catch (const Failure& f) {
        std::fprintf(stderr, "failed: %s (%s)\n", qPrintable(f.error().message),
                     qPrintable(f.error().detail));
        return 1;
    }
    return 0;
}
