// The dashboard's live KPIs for 1,000 tenant namespaces (issue 13): Debian's real Prometheus scraping the
// kube-style exporter (tests/common/RealPrometheus), then
//   - a full refresh (both queries sent at once, answered, parsed and combined): p50/p95;
//   - the CPU time the GUI thread spends on it, and the longest gap between two turns of its event loop;
//   - parsing and combining alone, the part moved to a worker thread;
//   - the cache of 1,000 namespaces: its size, saving it, and loading it (what the first paint waits for).
// Prints figures; never fails on timing.
//
//   bench_health [--namespaces N] [--reps N]
#include "models/integrations/Prometheus.h"
#include "models/integrations/ResourceKpis.h"
#include "tests/benchmarks/BenchSupport.h"
#include "tests/benchmarks/BenchWait.h"
#include "tests/common/RealPrometheus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <optional>

using namespace fusion;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

// CPU time of the calling thread: the GUI thread's own work, whatever else the machine is busy with.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void print(const char* what, const bench::Figures& f)
{
    std::printf("  %-46s p50 %8.2f ms   p95 %8.2f ms   max %8.2f ms\n", what, f.median, f.p95, f.max);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 1000;
    int reps = 30;
    if (const qsizetype i = args.indexOf(QStringLiteral("--namespaces")); i > 0 && i + 1 < args.size())
        count = std::max(1, args.at(i + 1).toInt());
    if (const qsizetype i = args.indexOf(QStringLiteral("--reps")); i > 0 && i + 1 < args.size())
        reps = std::max(1, args.at(i + 1).toInt());

    test::RealPrometheus prom;
    if (!prom.ok()) {
        std::fprintf(stderr, "Prometheus did not start: %s\n", qPrintable(prom.error()));
        return 1;
    }
    QMap<QString, test::FakeExporter::Namespace> spaces;
    for (int i = 0; i < count; ++i) {
        test::FakeExporter::Namespace n;
        n.cpuCores = 0.05 + 0.01 * (i % 40);
        n.memoryBytes = kGiB / 2 + i * 1024 * 1024;
        n.storageUsedBytes = (i % 100) * kGiB / 10;
        n.storageCapacityBytes = 10 * kGiB;
        n.podsRunning = 1 + i % 3;
        n.podsPending = i % 7 == 0 ? 1 : 0;
        spaces.insert(QStringLiteral("tenant-%1").arg(i, 4, 10, QLatin1Char('0')), n);
    }
    QMap<QString, test::FakeExporter::Node> nodes;
    for (int i = 0; i < 20; ++i)
        nodes.insert(QStringLiteral("node-%1").arg(i), {i != 7, 16, 64 * kGiB});
    if (!prom.exporter().setNamespaces(spaces) || !prom.exporter().setNodes(nodes)) {
        std::fprintf(stderr, "the exporter refused the namespaces\n");
        return 1;
    }

    ResourceKpis kpis(prom.url());
    kpis.setRateWindow(QStringLiteral("5s"));
    // The program's own loop turned until the signal (BenchWait.h): no polling on the thread being measured.
    const auto refreshOnce = [&kpis]() {
        bench::timeUntil(&kpis, &ResourceKpis::refreshed, [&kpis] { kpis.refresh(); });
    };
    // Wait until every namespace has its CPU rate (the window holds enough scrapes).
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 60000) {
        refreshOnce();
        const KpiSnapshot s = kpis.snapshot();
        if (kpis.isFresh() && s.namespaces.size() == count &&
            s.namespaces.value(spaces.firstKey()).cpuCores > 0 &&
            s.namespaces.value(spaces.lastKey()).cpuCores > 0)
            break;
        bench::waitMs(250);
    }
    if (!kpis.isFresh() || kpis.snapshot().namespaces.size() != count) {
        std::fprintf(stderr, "Prometheus never had the %d namespaces: %s\n", count,
                     qPrintable(kpis.lastError()));
        return 1;
    }

    // A full refresh, and the CPU time this (the GUI) thread spends on it: its sockets and taking the result.
    QList<double> full, guiCpu;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        refreshOnce();
        full << double(t.nsecsElapsed()) / 1e6;
        guiCpu << threadCpuMs() - cpu;
        if (!kpis.isFresh()) {
            std::fprintf(stderr, "a refresh failed: %s\n", qPrintable(kpis.lastError()));
            return 1;
        }
    }
    // Then the same refreshes while a 0 ms timer measures the gaps between turns of the GUI thread's loop.
    double longestGapMs = 0;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestGapMs = std::max(longestGapMs, double(gap.nsecsElapsed()) / 1e6);
        gap.restart();
    });
    for (int i = 0; i < reps; ++i) {
        gap.start();
        ticker.start();
        refreshOnce();
        ticker.stop();
    }

    // Prometheus alone (both answers, not parsed), then parsing and combining alone on answers as they came.
    Prometheus client(prom.url());
    std::optional<Result<PromAnswer>> platform, perNamespace;
    QDateTime at;
    QList<double> wire;
    for (int i = 0; i < reps; ++i) {
        platform.reset();
        perNamespace.reset();
        at = QDateTime::currentDateTimeUtc();
        QElapsedTimer t;
        t.start();
        double both = 0; // when the second answer came
        client.fetch(ResourceKpis::platformQuery(QStringLiteral("5s")), at, [&](const Result<PromAnswer>& a) {
            platform = a;
            if (perNamespace)
                both = double(t.nsecsElapsed()) / 1e6;
        });
        client.fetch(ResourceKpis::namespaceQuery(QStringLiteral("5s")), at,
                     [&](const Result<PromAnswer>& a) {
                         perNamespace = a;
                         if (platform)
                             both = double(t.nsecsElapsed()) / 1e6;
                     });
        bench::waitUntil([&] { return platform && perNamespace; });
        wire << both;
        if (!platform || !perNamespace || !*platform || !*perNamespace) {
            std::fprintf(stderr, "the raw answers did not come\n");
            return 1;
        }
    }
    QList<double> parse;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        const PromAnswer& p = platform->value();
        const PromAnswer& n = perNamespace->value();
        const Result<KpiSnapshot> s = ResourceKpis::combine(Prometheus::parse(p.httpStatus, p.body),
                                                            Prometheus::parse(n.httpStatus, n.body), at);
        parse << double(t.nsecsElapsed()) / 1e6;
        if (!s || s.value().namespaces.size() != count)
            return 1;
    }

    // The cache.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kpis.json"));
    QMap<QString, QString> namespaceOf;
    for (auto it = spaces.begin(); it != spaces.end(); ++it)
        namespaceOf.insert(it.key() + QStringLiteral("-co"), it.key());
    QList<double> save, load, firstPaint;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        if (!ResourceKpis::saveCache(path, kpis.snapshot()))
            return 1;
        save << double(t.nsecsElapsed()) / 1e6;
    }
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        const ResourceKpis::CacheLoad c = ResourceKpis::loadCache(path);
        load << double(t.nsecsElapsed()) / 1e6;
        if (!c.snapshot || c.snapshot->namespaces.size() != count)
            return 1;
    }
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        ResourceKpis cold(prom.url()); // what the dashboard does on start, before Prometheus answers
        cold.setCachePath(path);
        const QList<TenantKpiHealth> health = ResourceKpis::tenantHealth(cold.snapshot(), namespaceOf, false);
        firstPaint << double(t.nsecsElapsed()) / 1e6;
        if (cold.snapshot().namespaces.size() != count || health.size() != count)
            return 1;
    }

    std::printf("Resource KPIs, %d namespaces, %d nodes, real Prometheus (%s), %d reps\n", count,
                int(nodes.size()), qPrintable(prom.url().toString()), reps);
    std::printf("  answers: platform %lld bytes, namespaces %lld bytes\n",
                qint64(platform->value().body.size()), qint64(perNamespace->value().body.size()));
    print("full refresh (2 queries + parse + combine)", bench::summarise(full));
    print("Prometheus alone (2 queries, answers read)", bench::summarise(wire));
    print("GUI thread's CPU time per refresh", bench::summarise(guiCpu));
    std::printf("  %-46s %8.2f ms\n", "longest GUI-thread stall during refreshes", longestGapMs);
    print("parse + combine (on the worker thread)", bench::summarise(parse));
    std::printf("  cache file: %lld bytes\n", qint64(QFileInfo(path).size()));
    print("cache save", bench::summarise(save));
    print("cache load", bench::summarise(load));
    print("first paint data (fetcher + cache + health)", bench::summarise(firstPaint));
    return 0;
}
