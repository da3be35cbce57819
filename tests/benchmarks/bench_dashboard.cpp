// The dashboard with live KPIs for 1,000 tenants' series (issue 13): the real DashboardPane offscreen on a
// SQLite store of 1,000 demo tenants, fed by Debian's real Prometheus scraping the kube-style exporter with a
// namespace for every tenant (padded to 1,000 namespaces). Prints, p50/p95:
//   - first paint from the cache: a cold app context (its HealthFeed loads the cache of 1,000 namespaces),
//   the
//     dashboard widget built and painted (QWidget::grab) with the cached figures — what a person sees first;
//   - the resources table of 1,000 tenants rebuilt, sorted and painted when new figures arrive;
//   - a refresh against the real Prometheus through the app's HealthFeed (endpoint read on the database
//     worker, both queries, parsed off the GUI thread), and the GUI thread's longest stall meanwhile.
// Never fails on timing; fails (exit 1) when the figures are not what the exporter publishes.
//
//   bench_dashboard [--tenants N] [--reps N]
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/ResourceKpis.h"
#include "models/storage/Database.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/benchmarks/BenchWait.h"
#include "tests/common/RealPrometheus.h"
#include "tests/gui/GuiWindow.h"
#include "ui/dashboard/DashboardPane.h"
#include "ui/dashboard/HealthFeed.h"
#include "ui/dashboard/KpiCard.h"
#include "ui/dashboard/ResourcePanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace fusion;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
}

void print(const char* what, const bench::Figures& f)
{
    std::printf("  %-52s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms\n", what, f.median, f.p95, f.max);
}

int fail(const char* why)
{
    std::fprintf(stderr, "bench_dashboard: %s\n", why);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int tenants = option(args, QStringLiteral("--tenants"), 1000);
    const int reps = option(args, QStringLiteral("--reps"), 30);
    // The cache and settings in a HOME of this run's own (QStandardPaths' test mode).
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);

    test::RealPrometheus prom;
    if (!prom.ok())
        return fail(qPrintable(prom.error()));
    QTemporaryDir dir;
    DatabaseTarget target = test::sqliteTarget(dir, QStringLiteral("dashboard.db"));
    QMap<QString, QString> namespaceOf;
    {
        Database db;
        test::prepare(db, target, tenants);
        db.exec(QStringLiteral("UPDATE providers SET base_url_override = ? WHERE code = 'prometheus'"),
                {prom.url().toString()});
        namespaceOf = IntegrationEndpoints::tenantNamespaces(db);
    }
    // Every live tenant's namespace, and namespaces of no tenant up to the count (decommissioned tenants have
    // none): the series of 1,000 namespaces.
    QMap<QString, test::FakeExporter::Namespace> spaces;
    int i = 0;
    const auto add = [&spaces, &i](const QString& ns) {
        test::FakeExporter::Namespace n;
        n.cpuCores = 0.05 + 0.01 * (i % 40);
        n.memoryBytes = kGiB / 2 + qint64(i) * 1024 * 1024;
        n.storageUsedBytes = (i % 100) * kGiB / 10;
        n.storageCapacityBytes = 10 * kGiB;
        n.podsRunning = i % 50 == 0 ? 0 : 1 + i % 3;
        spaces.insert(ns, n);
        ++i;
    };
    for (const QString& ns : namespaceOf)
        add(ns);
    while (spaces.size() < tenants)
        add(QStringLiteral("other-%1").arg(i));
    QMap<QString, test::FakeExporter::Node> nodes;
    for (int n = 0; n < 20; ++n)
        nodes.insert(QStringLiteral("node-%1").arg(n), {n != 7, 16, 64 * kGiB});
    if (!prom.exporter().setNamespaces(spaces, true) || !prom.exporter().setNodes(nodes))
        return fail("the exporter refused the namespaces");

    // The app as a person starts it, on the dashboard; its feed's first refresh fills the cache.
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    if (!test::openMainWindow(context, window, target))
        return fail("the main window did not connect");
    window->showPane(MainWindow::PaneId::Dashboard);
    HealthFeed* feed = HealthFeed::of(context.get());
    feed->setRateWindow(QStringLiteral("5s")); // Prometheus scrapes every second here
    const auto complete = [&] {
        const KpiSnapshot s = feed->snapshot();
        return feed->isFresh() && s.namespaces.size() == spaces.size() &&
               s.namespaces.value(spaces.lastKey()).cpuCores > 0 &&
               feed->namespaces().size() == namespaceOf.size();
    };
    QElapsedTimer warm;
    warm.start();
    while (!complete() && warm.elapsed() < 60000) {
        if (!feed->isRefreshing())
            feed->refreshNow();
        bench::waitMs(250);
    }
    if (!complete())
        return fail(qPrintable(QStringLiteral("Prometheus never had the %1 namespaces: %2")
                                   .arg(spaces.size())
                                   .arg(feed->lastError())));
    const QString cachePath = feed->cachePath();
    if (!QFileInfo::exists(cachePath))
        return fail("the feed wrote no cache");

    // A refresh through the app's feed, and the GUI thread's longest stall while refreshes run.
    QList<double> refresh;
    double longestGapMs = 0;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestGapMs = std::max(longestGapMs, double(gap.nsecsElapsed()) / 1e6);
        gap.restart();
    });
    for (int r = 0; r < reps; ++r) {
        gap.start();
        ticker.start();
        // changed() comes when the refresh begins and when it ends: wait for the end, timed in the slot.
        double took = -1;
        QElapsedTimer t;
        const QMetaObject::Connection c = QObject::connect(feed, &HealthFeed::changed, feed, [&] {
            if (took < 0 && !feed->isRefreshing())
                took = double(t.nsecsElapsed()) / 1e6;
        });
        t.start();
        feed->refreshNow();
        bench::waitUntil([&took] { return took >= 0; });
        QObject::disconnect(c);
        ticker.stop();
        if (took < 0 || !feed->isFresh())
            return fail(qPrintable(QStringLiteral("a refresh failed: %1").arg(feed->lastError())));
        refresh << took;
    }

    // The resources table of every tenant rebuilt, sorted and painted when new figures arrive.
    auto* pane = static_cast<DashboardPane*>(window->pane(MainWindow::PaneId::Dashboard));
    pane->healthTabs()->setCurrentWidget(pane->resourcesView());
    QList<double> table;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        Q_EMIT feed->changed();
        const QPixmap shot = pane->grab();
        table << double(t.nsecsElapsed()) / 1e6;
        if (shot.isNull() || pane->resourcesView()->model()->rowCount() != namespaceOf.size())
            return fail("the resources table is not every tenant's");
    }
    const KpiSnapshot live = feed->snapshot();
    const QString expectedCpu = QStringLiteral("%1 %").arg(
        int(std::floor(100.0 * live.platform.cpuUsedCores / live.platform.cpuAllocatableCores)));

    // First paint from the cache: a cold context and dashboard, painted before anything else happens.
    QList<double> firstPaint;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        AppContext cold;
        HealthFeed::of(&cold); // created (and the cache loaded) as the app's window does when it is built
        DashboardPane dashboard(&cold);
        dashboard.resize(1280, 760);
        const QPixmap shot = dashboard.grab();
        firstPaint << double(t.nsecsElapsed()) / 1e6;
        if (shot.isNull() || dashboard.resourcePanel()->cpuCard()->valueText() != expectedCpu ||
            dashboard.resourcePanel()->nodesCard()->valueText() != QStringLiteral("19 / 20"))
            return fail(
                qPrintable(QStringLiteral("the first paint did not show the cached figures (%1, expected %2)")
                               .arg(dashboard.resourcePanel()->cpuCard()->valueText(), expectedCpu)));
    }

    std::printf(
        "Dashboard with live KPIs: %d tenants (%d with a namespace), %d namespaces' series, %d nodes, "
        "real Prometheus (%s), %d reps\n",
        tenants, int(namespaceOf.size()), int(spaces.size()), int(nodes.size()),
        qPrintable(prom.url().toString()), reps);
    std::printf("  cache file: %lld bytes\n", qint64(QFileInfo(cachePath).size()));
    print("first paint from the cache (cold context + pane + grab)", bench::summarise(firstPaint));
    print("resources table rebuilt + sorted + painted", bench::summarise(table));
    print("refresh through HealthFeed (endpoint + 2 queries + parse)", bench::summarise(refresh));
    std::printf("  %-52s %8.2f ms\n", "longest GUI-thread stall during refreshes", longestGapMs);
    window.reset();
    context.reset();
    return 0;
}
