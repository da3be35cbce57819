// The dashboard's live health (issue 13), offscreen on a real SQLite database with demo tenants and Debian's
// real Prometheus scraping the kube-style exporter: the resource cards paint the cached figures before any
// answer; then show what the exporter publishes (the expected figures computed here from what it was told);
// the live resources table marks the tenants the exporter shows in trouble as degraded, sorts by value and
// opens a tenant on double-click; with Prometheus stopped the cards say "No data since …" and the pane stays
// usable; with no Prometheus address they say how to set one up.
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/ResourceKpis.h"
#include "models/itemmodels/TenantKpiModel.h"
#include "models/storage/Database.h"
#include "tests/common/FakeExporter.h"
#include "tests/common/RealPrometheus.h"
#include "tests/gui/GuiWindow.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/StatusColors.h"
#include "ui/dashboard/DashboardPane.h"
#include "ui/dashboard/HealthFeed.h"
#include "ui/dashboard/KpiCard.h"
#include "ui/dashboard/ResourcePanel.h"
#include "ui/tenants/TenantResources.h"
#include "ui/tenants/TenantsPane.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <cmath>

using namespace fusion;
using namespace fusion::test;

namespace {
constexpr qint64 kGiB = 1024LL * 1024 * 1024;
}

class TestGuiHealth : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;

    DashboardPane* dashboard() const
    {
        return static_cast<DashboardPane*>(m_window->pane(MainWindow::PaneId::Dashboard));
    }
    ResourcePanel* panel() const { return dashboard()->resourcePanel(); }
    HealthFeed* feed() const { return HealthFeed::of(m_context.get()); }

    // A fresh database with 24 demo tenants whose Prometheus is `url`.
    QMap<QString, QString> prepareDatabase(const QString& url)
    {
        m_target = sqliteTarget(m_dir, QStringLiteral("health-%1.db").arg(++m_counter));
        Database db;
        prepare(db, m_target, 24);
        db.exec(QStringLiteral("UPDATE providers SET base_url_override = ? WHERE code = 'prometheus'"),
                {url});
        return IntegrationEndpoints::tenantNamespaces(db);
    }
    bool openWindow()
    {
        if (!openMainWindow(m_context, m_window, m_target))
            return false;
        m_window->showPane(MainWindow::PaneId::Dashboard);
        return QTest::qWaitFor([this] { return dashboard()->hasLoadedOnce(); }, 15000);
    }
    // Row of `slug` in the live resources table, as shown (after sorting); -1 when absent.
    int rowOf(const QString& slug) const
    {
        QAbstractItemModel* m = dashboard()->resourcesView()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, 0).data(TenantKpiModel::SlugRole).toString() == slug)
                return r;
        }
        return -1;
    }
    QString cell(const QString& slug, int column, int role = Qt::DisplayRole) const
    {
        QAbstractItemModel* m = dashboard()->resourcesView()->model();
        return m->index(rowOf(slug), column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The cache lives in the app's cache folder under HOME (QStandardPaths' test mode): this run's own.
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        QFile::remove(HealthFeed::defaultCachePath());
    }

    // The cards show the cached figures as the pane first appears, before Prometheus (here: nothing
    // listening) could answer; then say that no data came since the cache's time, and the pane stays usable.
    void firstPaintFromCacheThenNoDataSince()
    {
        QTcpServer closed; // a port nobody listens on once it is closed: refused at once
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const QMap<QString, QString> namespaces = prepareDatabase(url);
        KpiSnapshot cached;
        cached.sampledAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        cached.platform = {10, 40, 24.0 * kGiB, 32.0 * kGiB, 95.0 * kGiB, 100.0 * kGiB, 3, 4};
        cached.namespaces.insert(namespaces.first(),
                                 NamespaceKpis{0.5, 1.0 * kGiB, 1.0 * kGiB, 10.0 * kGiB, 2});
        QVERIFY(QDir().mkpath(QFileInfo(HealthFeed::defaultCachePath()).absolutePath()));
        QVERIFY(ResourceKpis::saveCache(HealthFeed::defaultCachePath(), cached));

        m_context = std::make_unique<AppContext>();
        QElapsedTimer timer;
        timer.start();
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1280, 800);
        m_window->show();
        m_window->showPane(MainWindow::PaneId::Dashboard);
        const QImage first = m_window->grab().toImage();
        const qint64 firstPaintMs = timer.elapsed();
        qInfo("first paint with the cached figures: %lld ms", firstPaintMs);
        QVERIFY(!first.isNull());
        // Not connected yet: these are the cache's figures, and the cards say they are old.
        QCOMPARE(panel()->cpuCard()->valueText(), QStringLiteral("25 %"));
        QCOMPARE(panel()->memoryCard()->valueText(), QStringLiteral("75 %"));
        QCOMPARE(panel()->storageCard()->valueText(), QStringLiteral("95 %"));
        QCOMPARE(panel()->nodesCard()->valueText(), QStringLiteral("3 / 4"));
        const QString since = ResourceKpis::noDataText(cached.sampledAt);
        QVERIFY2(panel()->cpuCard()->captionText().contains(since),
                 qPrintable(panel()->cpuCard()->captionText()));
        QVERIFY(panel()->statusText().contains(QStringLiteral("from the last session")));

        QSignalSpy ready(m_window->connector(), &Connector::ready);
        m_window->connector()->open(m_target);
        QVERIFY(ready.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->statusText().contains(QStringLiteral("cannot be reached")), 15000);
        QVERIFY2(panel()->statusText().startsWith(since), qPrintable(panel()->statusText()));
        QVERIFY(panel()->statusText().contains(url));
        QVERIFY(!panel()->findChild<QPushButton*>(QStringLiteral("prometheusDetailsButton"))->isVisible());
        // The old figures stay, greyed and labelled; the tenants' states are unknown, with the reason.
        QCOMPARE(panel()->storageCard()->valueText(), QStringLiteral("95 %"));
        QVERIFY(panel()->storageCard()->captionText().contains(since));
        QTRY_COMPARE_WITH_TIMEOUT(dashboard()->resourcesView()->model()->rowCount(), namespaces.size(),
                                  10000);
        QCOMPARE(cell(namespaces.firstKey(), TenantKpiModel::StateColumn), QStringLiteral("Unknown"));
        QCOMPARE(cell(namespaces.firstKey(), TenantKpiModel::ReasonColumn), since);
        // Still usable: the other tab, and Refresh asks again and comes back.
        dashboard()->healthTabs()->setCurrentIndex(0);
        QVERIFY(dashboard()->findChild<QTableView*>(QStringLiteral("healthView"))->isVisible());
        auto* refresh = dashboard()->findChild<QPushButton*>(QStringLiteral("refreshResourcesButton"));
        QTRY_VERIFY(refresh->isEnabled());
        refresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled() &&
                                     panel()->statusText().contains(QStringLiteral("cannot be reached")),
                                 15000);
    }

    // The real Prometheus: the cards show what the exporter publishes, the table marks degraded tenants as
    // the exporter says, sorts by value and opens a tenant; Prometheus stopped: "No data since …".
    void liveFiguresFromRealPrometheus()
    {
        RealPrometheus prom;
        QVERIFY2(prom.ok(), qPrintable(prom.error()));
        const QMap<QString, QString> namespaces = prepareDatabase(prom.url().toString());
        const QStringList slugs = namespaces.keys();
        QVERIFY(slugs.size() >= 4);
        const QString fine = slugs.at(0), full = slugs.at(1), down = slugs.at(2);
        // What the exporter publishes: three namespaces of ours and one of no tenant (counted in the
        // cluster's figures, in no tenant's row).
        QMap<QString, FakeExporter::Namespace> spaces;
        spaces.insert(namespaces.value(fine), {1.56, 4 * kGiB, 5 * kGiB, 20 * kGiB, 2, 0});
        spaces.insert(namespaces.value(full), {0.5, 1 * kGiB, 19 * kGiB, 20 * kGiB, 1, 0});
        spaces.insert(namespaces.value(down), {0, 0, 1 * kGiB, 10 * kGiB, 0, 1});
        spaces.insert(QStringLiteral("kube-system"), {1.0, 1 * kGiB, 0, 0, 3, 0});
        QVERIFY(prom.exporter().setNamespaces(spaces, true));
        QMap<QString, FakeExporter::Node> nodes;
        nodes.insert(QStringLiteral("node-a"), {true, 4, 16 * kGiB});
        nodes.insert(QStringLiteral("node-b"), {true, 4, 16 * kGiB});
        nodes.insert(QStringLiteral("node-c"), {false, 4, 16 * kGiB});
        QVERIFY(prom.exporter().setNodes(nodes));
        QVERIFY(prom.waitForScrapes(3));

        // The expected figures: sums over what the exporter was told.
        double cores = 0, allocCores = 0;
        qint64 memory = 0, allocMemory = 0, used = 0, capacity = 0;
        for (const FakeExporter::Namespace& n : spaces) {
            cores += n.podsRunning ? n.cpuCores : 0;
            memory += n.podsRunning ? n.memoryBytes : 0;
            used += n.storageCapacityBytes ? n.storageUsedBytes : 0;
            capacity += n.storageCapacityBytes;
        }
        for (const FakeExporter::Node& n : nodes) {
            allocCores += n.cpuCores;
            allocMemory += n.memoryBytes;
        }
        const auto percent = [](double a, double b) {
            return QStringLiteral("%1 %").arg(int(std::floor(100.0 * a / b)));
        };

        QVERIFY(openWindow());
        feed()->setRateWindow(QStringLiteral("5s")); // Prometheus scrapes every second here
        QTRY_VERIFY_WITH_TIMEOUT(feed()->isFresh() && feed()->snapshot().platform.cpuUsedCores > 0, 30000);
        // The rate of the CPU counters needs a few scrapes, and a loaded machine scrapes a little late or
        // early: refresh until Prometheus's rate is within a tenth of a core of the exporter's, then the card
        // shows that figure against the nodes' cores.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!feed()->isRefreshing())
                    feed()->refreshNow();
                return feed()->isFresh() && std::abs(feed()->snapshot().platform.cpuUsedCores - cores) < 0.1;
            }(),
            30000);
        const PlatformKpis shown = feed()->snapshot().platform;
        QCOMPARE(shown.cpuAllocatableCores, allocCores);
        QCOMPARE(panel()->cpuCard()->valueText(), percent(shown.cpuUsedCores, allocCores));
        QCOMPARE(panel()->memoryCard()->valueText(), percent(double(memory), double(allocMemory)));
        QCOMPARE(panel()->storageCard()->valueText(), percent(double(used), double(capacity)));
        QCOMPARE(panel()->nodesCard()->valueText(), QStringLiteral("2 / 3"));
        QVERIFY2(panel()->statusText().startsWith(QStringLiteral("Live from Prometheus")),
                 qPrintable(panel()->statusText()));
        QVERIFY(panel()->cpuCard()->captionText().contains(QStringLiteral("of 12.0 cores")));
        // The bars: 2 of 3 nodes ready, half the storage used.
        QCOMPARE(panel()->nodesCard()->ratio(), 2.0 / 3.0);
        QCOMPARE(panel()->storageCard()->ratio(), double(used) / double(capacity));
        // Coloured by threshold: a node not ready is a warning; a quarter of the CPU used is fine.
        QCOMPARE(panel()->nodesCard()->accent(), StatusColors::forKey(QStringLiteral("warning")));
        QCOMPARE(panel()->cpuCard()->accent(), StatusColors::forKey(QStringLiteral("active")));

        // The table: each tenant as the exporter shows it.
        QTRY_COMPARE_WITH_TIMEOUT(cell(full, TenantKpiModel::StateColumn), QStringLiteral("Degraded"), 10000);
        QVERIFY(cell(full, TenantKpiModel::ReasonColumn).contains(QStringLiteral("95 %")));
        QCOMPARE(cell(down, TenantKpiModel::StateColumn), QStringLiteral("Degraded"));
        QVERIFY(cell(down, TenantKpiModel::ReasonColumn).contains(QStringLiteral("No pod is running")));
        QCOMPARE(cell(fine, TenantKpiModel::StateColumn), QStringLiteral("Healthy"));
        QCOMPARE(cell(fine, TenantKpiModel::StorageColumn), QStringLiteral("25 %"));
        QCOMPARE(cell(fine, TenantKpiModel::PodsColumn), QStringLiteral("2"));
        QCOMPARE(cell(slugs.at(3), TenantKpiModel::StateColumn), QStringLiteral("Unknown"));
        QCOMPARE(dashboard()->healthTabs()->tabText(1), QStringLiteral("Resources · 2 degraded"));
        // Worst first by default; sorted by CPU, the busiest tenant comes first when descending.
        QVERIFY(rowOf(full) < 2 && rowOf(down) < 2);
        QTableView* view = dashboard()->resourcesView();
        dashboard()->healthTabs()->setCurrentWidget(view);
        view->sortByColumn(TenantKpiModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(rowOf(fine), 0);
        QCOMPARE(rowOf(full), 1);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-resources.png")));
        // A refresh updates the rows in place: the row a person selected stays selected and current.
        view->selectionModel()->setCurrentIndex(view->model()->index(rowOf(down), TenantKpiModel::SlugColumn),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        const QDateTime before = feed()->snapshot().sampledAt;
        QTRY_VERIFY(!feed()->isRefreshing());
        feed()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!feed()->isRefreshing() && feed()->snapshot().sampledAt > before, 15000);
        QCOMPARE(view->currentIndex().data(TenantKpiModel::SlugRole).toString(), down);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(
            view->selectionModel()->selectedRows().constFirst().data(TenantKpiModel::SlugRole).toString(),
            down);
        // Double-click opens the tenant.
        const QModelIndex index = view->model()->index(rowOf(full), TenantKpiModel::SlugColumn);
        view->scrollTo(index);
        // As a person double-clicks: a click, then the double-click (which alone QTest sends without a
        // press).
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tenantsPane()->isVisible() &&
                                     m_window->tenantsPane()->currentTenant() &&
                                     m_window->tenantsPane()->currentTenant()->slug == full,
                                 10000);
        // The tenant's Overview shows its own live figures, from the same feed: degraded, and why.
        auto* own = m_window->tenantsPane()->findChild<TenantResources*>(QStringLiteral("tenantResources"));
        QVERIFY(own);
        QTRY_VERIFY(own->isVisible());
        QTRY_COMPARE(own->storageCard()->valueText(), QStringLiteral("95 %"));
        QCOMPARE(own->stateCard()->valueText(), QStringLiteral("Degraded"));
        QCOMPARE(own->stateCard()->accent(), StatusColors::forKey(QStringLiteral("warning")));
        QVERIFY2(own->stateCard()->captionText().contains(QStringLiteral("95 %")),
                 qPrintable(own->stateCard()->captionText()));
        QCOMPARE(own->storageCard()->accent(), StatusColors::forKey(QStringLiteral("error")));
        QCOMPARE(own->podsCard()->valueText(), QStringLiteral("1"));
        QCOMPARE(own->memoryCard()->valueText(), QLocale().formattedDataSize(qint64(1 * kGiB), 1));
        QVERIFY2(own->statusText().startsWith(QStringLiteral("Live from Prometheus")),
                 qPrintable(own->statusText()));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("tenant-resources.png")));

        // The cache holds what was just shown, for the next start.
        const ResourceKpis::CacheLoad saved = ResourceKpis::loadCache(HealthFeed::defaultCachePath());
        QVERIFY(saved.snapshot);
        QCOMPARE(saved.snapshot->platform.nodesTotal, 3);

        // Prometheus gone: "No data since" the last good figures; nothing blocks.
        const QDateTime lastGood = feed()->snapshot().sampledAt;
        m_window->showPane(MainWindow::PaneId::Dashboard);
        prom.stop();
        auto* refresh = dashboard()->findChild<QPushButton*>(QStringLiteral("refreshResourcesButton"));
        QTRY_VERIFY(refresh->isEnabled());
        refresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(!feed()->isFresh() && !feed()->isRefreshing(), 15000);
        const QString since = ResourceKpis::noDataText(lastGood);
        QVERIFY2(panel()->statusText().startsWith(since), qPrintable(panel()->statusText()));
        QVERIFY(panel()->cpuCard()->captionText().contains(since));
        QVERIFY(panel()->nodesCard()->captionText().contains(since));
        QCOMPARE(cell(full, TenantKpiModel::StateColumn), QStringLiteral("Unknown"));
        QCOMPARE(panel()->cpuCard()->accent(), StatusColors::forKey(QStringLiteral("decommissioned")));
        QVERIFY(refresh->isEnabled());
        dashboard()->healthTabs()->setCurrentIndex(0);
        QVERIFY(dashboard()->findChild<QTableView*>(QStringLiteral("healthView"))->isVisible());
    }

    // A proxy in front of Prometheus answering with a 20,000-line trace: the status line quotes its first
    // words, Details… opens all of it. (A refused connection, with nothing more to show, offers none: above.)
    void aHugeErrorShowsWholeInDetails()
    {
        test::FakeExporter proxy;
        QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
        QVERIFY(proxy.setQueryError(20000));
        prepareDatabase(proxy.url().toString());
        QVERIFY(openWindow());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->statusText().contains(QStringLiteral("HTTP 502")), 15000);
        QVERIFY2(panel()->statusText().size() < 1500, qPrintable(panel()->statusText().left(200)));
        auto* details = panel()->findChild<QPushButton*>(QStringLiteral("prometheusDetailsButton"));
        QVERIFY(details && details->isVisible());
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-prometheus-error.png")));
        details->click();
        auto* dialog = m_window->findChild<DetailsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const qsizetype lines = dialog->text().count(QLatin1Char('\n')) + 1;
        QVERIFY2(lines >= 20000, qPrintable(QString::number(lines)));
        QVERIFY(dialog->text().contains(
            QStringLiteral("upstream connect error or disconnect/reset before headers")));
        dialog->close();
    }

    // No usable Prometheus address: the cards say so and how to fix it.
    void notSetUpSaysHow()
    {
        // An address without a host, as a half-finished setting leaves it.
        prepareDatabase(QStringLiteral("http://"));
        QVERIFY(openWindow());
        QTRY_VERIFY_WITH_TIMEOUT(panel()->statusText().startsWith(QStringLiteral("Prometheus not set up")),
                                 10000);
        QVERIFY(panel()->statusText().contains(
            QStringLiteral("fusionctl keys provider set prometheus --base-url")));
        QCOMPARE(panel()->cpuCard()->valueText(), QStringLiteral("–"));
        QVERIFY(panel()->cpuCard()->captionText().contains(QStringLiteral("No data yet")));
        QVERIFY(dashboard()->findChild<QPushButton*>(QStringLiteral("refreshResourcesButton"))->isEnabled());
    }
};

QTEST_MAIN(TestGuiHealth)
#include "tst_gui_health.moc"
