// Resource KPIs against Debian's real Prometheus (tests/common/RealPrometheus) scraping the kube-style
// exporter (tests/fixtures/fake_exporter.py) every second: a missing prometheus binary says how to install
// it; refreshes run on a timer until stopped; the platform and per-namespace figures are what the exporter
// was told (CPU as a rate, within a tolerance); a namespace added later appears; the real query API's scalar,
// +Inf and parse error read as the parser expects; the cache is written after a good refresh and painted at
// once by the next start; the exporter gone, Prometheus marks its series stale and the snapshot says "No data
// since" the last good time while still holding the old figures, and comes back with the exporter; Prometheus
// stopped is one clear error, quickly.
#include "models/integrations/Prometheus.h"
#include "models/integrations/ResourceKpis.h"
#include "tests/common/RealPrometheus.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <optional>

using namespace fusion;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
// Rates over 5 s: five scrapes at the test's one-second interval.
const QString kWindow = QStringLiteral("5s");

test::FakeExporter::Namespace ns(double cpu, qint64 memory, qint64 used, qint64 capacity, int pods,
                                 int pending = 0)
{
    test::FakeExporter::Namespace n;
    n.cpuCores = cpu;
    n.memoryBytes = memory;
    n.storageUsedBytes = used;
    n.storageCapacityBytes = capacity;
    n.podsRunning = pods;
    n.podsPending = pending;
    return n;
}

bool near(double got, double want, double tolerance = 0.1)
{
    return std::abs(got - want) <= tolerance * std::max(want, 0.01);
}

} // namespace

class TestResourceKpis : public QObject {
    Q_OBJECT

    std::unique_ptr<test::RealPrometheus> m_prom;
    QTemporaryDir m_dir;

    // One refresh, waited for; true when it brought a snapshot.
    static bool refreshOnce(ResourceKpis& kpis)
    {
        QSignalSpy done(&kpis, &ResourceKpis::refreshed);
        kpis.refresh();
        if (!done.wait(15000))
            return false;
        return kpis.isFresh();
    }

    // Refreshes until `ready` holds of a fresh snapshot (every 250 ms, at most `ms`).
    template <typename F>
    static bool refreshUntil(ResourceKpis& kpis, F ready, int ms = 20000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            if (refreshOnce(kpis) && ready(kpis.snapshot()))
                return true;
            QTest::qWait(250);
        }
        return false;
    }

    std::unique_ptr<ResourceKpis> fetcher()
    {
        auto kpis = std::make_unique<ResourceKpis>(m_prom->url());
        kpis->setRateWindow(kWindow);
        kpis->setTimeoutMs(5000);
        return kpis;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_prom = std::make_unique<test::RealPrometheus>();
        QVERIFY2(m_prom->ok(), qPrintable(m_prom->error()));
        test::FakeExporter& e = m_prom->exporter();
        test::FakeExporter::Node down;
        down.ready = false;
        down.cpuCores = 2;
        down.memoryBytes = 4 * kGiB;
        QVERIFY(e.setNodes({{QStringLiteral("node-a"), {true, 4, 8 * kGiB}},
                            {QStringLiteral("node-b"), {true, 4, 8 * kGiB}},
                            {QStringLiteral("node-c"), down}}));
        QVERIFY(
            e.setNamespaces({{QStringLiteral("acme"), ns(0.5, 3 * kGiB / 2, 95 * kGiB / 10, 10 * kGiB, 2, 1)},
                             {QStringLiteral("beta"), ns(1.25, kGiB / 2, kGiB, 10 * kGiB, 1)},
                             {QStringLiteral("idle"), ns(0, 0, kGiB, 10 * kGiB, 0, 1)}}));
        QVERIFY(m_prom->waitForScrapes(2));
    }

    void aMissingPrometheusSaysSo()
    {
        const test::RealPrometheus missing(1000, m_dir.filePath(QStringLiteral("no-such/prometheus")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("%1 is missing: install Debian's package \"prometheus\" "
                                                 "(packaging/dev/install-deps.sh --tests)")
                                      .arg(m_dir.filePath(QStringLiteral("no-such/prometheus"))));
    }

    void refreshesInTheBackground()
    {
        auto kpis = fetcher();
        QSignalSpy refreshed(kpis.get(), &ResourceKpis::refreshed);
        kpis->start(1000); // at once, then every second
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, 5000);
        kpis->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!kpis->isRefreshing(), 5000);
        const qsizetype after = refreshed.size();
        QTest::qWait(1500);
        QCOMPARE(refreshed.size(), after); // stopped
        QVERIFY2(kpis->isFresh(), qPrintable(kpis->lastError()));
    }

    void figuresAreWhatTheExporterSays()
    {
        auto kpis = fetcher();
        // The CPU figure is a rate: it settles once the window holds enough scrapes.
        QVERIFY2(
            refreshUntil(*kpis,
                         [](const KpiSnapshot& s) {
                             return near(s.namespaces.value(QStringLiteral("acme")).cpuCores, 0.5, 0.05) &&
                                    near(s.namespaces.value(QStringLiteral("beta")).cpuCores, 1.25, 0.05);
                         }),
            qPrintable(kpis->lastError()));
        const KpiSnapshot s = kpis->snapshot();
        QVERIFY(kpis->isFresh());
        QVERIFY(kpis->statusText().isEmpty());
        QVERIFY(std::abs(s.sampledAt.secsTo(QDateTime::currentDateTimeUtc())) < 20);
        QCOMPARE(s.namespaces.keys(),
                 (QStringList{QStringLiteral("acme"), QStringLiteral("beta"), QStringLiteral("idle")}));
        const NamespaceKpis acme = s.namespaces.value(QStringLiteral("acme"));
        QCOMPARE(acme.memoryBytes, double(3 * kGiB / 2));
        QCOMPARE(acme.storageUsedBytes, double(95 * kGiB / 10));
        QCOMPARE(acme.storageCapacityBytes, double(10 * kGiB));
        QCOMPARE(acme.podsRunning, 2); // the pending pod does not count
        QCOMPARE(s.namespaces.value(QStringLiteral("beta")).podsRunning, 1);
        QCOMPARE(s.namespaces.value(QStringLiteral("idle")).podsRunning, 0);
        QCOMPARE(s.namespaces.value(QStringLiteral("idle")).cpuCores, 0.0);

        const PlatformKpis& p = s.platform;
        QVERIFY2(near(p.cpuUsedCores, 1.75, 0.05), qPrintable(QString::number(p.cpuUsedCores)));
        QCOMPARE(p.cpuAllocatableCores, 10.0);
        QCOMPARE(p.memoryUsedBytes, double(2 * kGiB));
        QCOMPARE(p.memoryAllocatableBytes, double(20 * kGiB));
        QCOMPARE(p.storageUsedBytes, double(95 * kGiB / 10 + 2 * kGiB));
        QCOMPARE(p.storageCapacityBytes, double(30 * kGiB));
        QCOMPARE(p.nodesReady, 2);
        QCOMPARE(p.nodesTotal, 3);

        const QList<TenantKpiHealth> health =
            ResourceKpis::tenantHealth(s,
                                       {{QStringLiteral("acme-co"), QStringLiteral("acme")},
                                        {QStringLiteral("beta-co"), QStringLiteral("beta")},
                                        {QStringLiteral("idle-co"), QStringLiteral("idle")}},
                                       kpis->isFresh());
        QCOMPARE(health.at(0).state, TenantKpiHealth::Degraded); // 95 % full
        QCOMPARE(health.at(1).state, TenantKpiHealth::Healthy);
        QCOMPARE(health.at(2).state, TenantKpiHealth::Degraded); // no pod running
    }

    void aNamespaceAddedLaterAppears()
    {
        QVERIFY(m_prom->exporter().setNamespaces({{QStringLiteral("gamma"), ns(0.25, 3 * kGiB, 0, 0, 3)}}));
        auto kpis = fetcher();
        QVERIFY2(refreshUntil(*kpis,
                              [](const KpiSnapshot& s) {
                                  return s.namespaces.contains(QStringLiteral("gamma")) &&
                                         near(s.namespaces.value(QStringLiteral("gamma")).cpuCores, 0.25,
                                              0.1);
                              }),
                 qPrintable(kpis->lastError()));
        const NamespaceKpis gamma = kpis->snapshot().namespaces.value(QStringLiteral("gamma"));
        QCOMPARE(gamma.memoryBytes, double(3 * kGiB));
        QCOMPARE(gamma.podsRunning, 3);
        QCOMPARE(gamma.storageCapacityBytes, 0.0); // no volume
        QCOMPARE(kpis->snapshot().namespaces.size(), 4);
    }

    void theRealQueryApiReadsAsExpected()
    {
        Prometheus prom(m_prom->url());
        const auto run = [&prom](const QString& promql) {
            std::optional<Result<PromReply>> got;
            prom.query(promql, QDateTime::currentDateTimeUtc(),
                       [&got](const Result<PromReply>& r) { got = r; });
            if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
                return Result<PromReply>(Error::make(ErrorKind::Internal, QStringLiteral("no answer")));
            return *got;
        };
        const Result<PromReply> scalar =
            run(QStringLiteral("scalar(sum(kube_node_status_allocatable{resource=\"cpu\"}))"));
        QVERIFY2(scalar.ok(), scalar.ok() ? "" : qPrintable(scalar.error().message));
        QCOMPARE(scalar.value().resultType, QStringLiteral("scalar"));
        QCOMPARE(scalar.value().samples.at(0).value, 10.0);
        const Result<PromReply> inf = run(QStringLiteral("1/0"));
        QVERIFY(inf.ok());
        QVERIFY(std::isinf(inf.value().samples.at(0).value));
        const Result<PromReply> bad = run(QStringLiteral("sum(up"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(
                     QStringLiteral("Prometheus refused the query as malformed (HTTP 400, bad_data): ")),
                 qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(QStringLiteral("parse error")));
    }

    void theCacheIsPaintedAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("kpis.json"));
        KpiSnapshot good;
        {
            auto kpis = fetcher();
            QVERIFY(kpis->setCachePath(path).isEmpty());
            QVERIFY2(refreshOnce(*kpis), qPrintable(kpis->lastError()));
            good = kpis->snapshot();
            QVERIFY(kpis->cacheNote().isEmpty());
        }
        // The next start, Prometheus not asked yet: the figures are there before any refresh.
        auto next = fetcher();
        next->setCachePath(path);
        QCOMPARE(next->snapshot().sampledAt, good.sampledAt);
        QCOMPARE(next->snapshot().namespaces.keys(), good.namespaces.keys());
        QCOMPARE(next->snapshot().platform.nodesTotal, 3);
        QVERIFY(!next->isFresh());
        QCOMPARE(next->statusText(), ResourceKpis::noDataText(good.sampledAt));
    }

    void exporterGoneSaysNoDataSinceAndKeepsTheFigures()
    {
        auto kpis = fetcher();
        QVERIFY2(refreshOnce(*kpis), qPrintable(kpis->lastError()));
        const KpiSnapshot good = kpis->snapshot();
        QVERIFY(m_prom->stopTarget());
        // Prometheus marks the series stale at its next failed scrape (about a second).
        QElapsedTimer clock;
        clock.start();
        while (refreshOnce(*kpis) && clock.elapsed() < 15000)
            QTest::qWait(250);
        QVERIFY2(!kpis->isFresh(), "still data 15 s after the exporter went");
        QVERIFY2(kpis->lastError().startsWith(QStringLiteral("Prometheus has no current series")),
                 qPrintable(kpis->lastError()));
        const KpiSnapshot kept = kpis->snapshot();
        QVERIFY(kept.sampledAt >= good.sampledAt);
        QCOMPARE(kpis->statusText(), ResourceKpis::noDataText(kept.sampledAt));
        QCOMPARE(kept.namespaces.value(QStringLiteral("acme")).memoryBytes, double(3 * kGiB / 2));
        QCOMPARE(kept.platform.nodesTotal, 3);
        const QList<TenantKpiHealth> health =
            ResourceKpis::tenantHealth(kept, {{QStringLiteral("beta-co"), QStringLiteral("beta")}}, false);
        QCOMPARE(health.at(0).state, TenantKpiHealth::Unknown);

        QVERIFY(m_prom->restartTarget());
        QVERIFY(refreshUntil(*kpis, [](const KpiSnapshot& s) { return s.platform.nodesTotal == 3; }));
        QVERIFY(kpis->statusText().isEmpty());
    }

    void prometheusGoneIsOneClearErrorQuickly()
    {
        auto kpis = fetcher();
        QVERIFY2(refreshOnce(*kpis), qPrintable(kpis->lastError()));
        const KpiSnapshot good = kpis->snapshot();
        m_prom->stop();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!refreshOnce(*kpis));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(kpis->lastError().startsWith(
                     QStringLiteral("Prometheus at %1 cannot be reached: ").arg(m_prom->url().toString())),
                 qPrintable(kpis->lastError()));
        QCOMPARE(kpis->statusText(), ResourceKpis::noDataText(good.sampledAt));
        QCOMPARE(kpis->snapshot().namespaces.size(), good.namespaces.size());
    }
};

QTEST_GUILESS_MAIN(TestResourceKpis)
#include "tst_resource_kpis.moc"
