// The Analytics pane on the real main window, offscreen, against the Superset and n8n stand-ins with the
// secrets in a real Secret Service: Superset's dashboards listed (status, owners, changed) and linked to the
// right tenants (by the tenant's dashboard address, by slug or title), opened in the browser; Link to
// tenant… and Test ETL… each ask first (Cancel changes and sends nothing), then write or call once, audited,
// with the ETL result in its panel; Superset failing is said with its fix while the tenants stay; a finance
// login sees it all read-only. Rendered to PNG (into $FUSION_SCREENSHOT_DIR when set).
#include "models/roles/Capabilities.h"
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "tests/integrations/FakeN8n.h"
#include "tests/integrations/FakeSuperset.h"
#include "ui/MainWindow.h"
#include "ui/analytics/AnalyticsPane.h"
#include "ui/common/AppContext.h"

#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kPassword = QStringLiteral("superset-pw-GuiAnalytics0000000000031");
const QString kHeader = QStringLiteral("X-Etl-Token");
const QString kHookValue = QStringLiteral("hook-secret-GuiAnalytics000000000000073");
const QString kPath = QStringLiteral("acme-finance-ph/etl");
} // namespace

// Where the pane's "open in the browser" lands instead of a browser.
class AnalyticsUrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestGuiAnalytics : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    DatabaseTarget m_target;
    std::unique_ptr<test::FakeSuperset> m_superset;
    std::unique_ptr<test::FakeN8n> m_n8n;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Database m_db;
    QString m_shots;
    QString m_urlSlug; // the tenant whose dashboard address names the third dashboard
    AnalyticsUrlCatcher m_catcher;

    AnalyticsPane* pane() const { return m_window->analyticsPane(); }
    template <typename T>
    T* child(const char* name) const
    {
        return pane()->findChild<T*>(QLatin1String(name));
    }
    void cli(const QStringList& args, const QByteArray& input = {})
    {
        const auto r =
            test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_target.toUrl()} + args, input);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }
    QTreeWidgetItem* row(const char* list, const QString& first) const
    {
        auto* tree = child<QTreeWidget>(list);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == first)
                return tree->topLevelItem(i);
        return nullptr;
    }
    qint64 count(const QString& sql) { return m_db.scalar(sql).toLongLong(); }
    int webhookCalls()
    {
        int n = 0;
        for (const QJsonValue& v : m_n8n->calls())
            n += v.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/webhook/"));
        return n;
    }
    void shot(const QString& name) { QVERIFY(m_window->grab().save(QDir(m_shots).filePath(name))); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_shots);
        m_superset = std::make_unique<test::FakeSuperset>();
        QVERIFY2(m_superset->ok(), qPrintable(m_superset->error()));
        m_n8n = std::make_unique<test::FakeN8n>();
        QVERIFY2(m_n8n->ok(), qPrintable(m_n8n->error()));
        m_superset->reset();
        m_superset->setUser(QStringLiteral("analyst"), kPassword);
        m_superset->seedDashboards(
            {QJsonObject{{QStringLiteral("dashboard_title"), QStringLiteral("Revenue of Acme Finance")},
                         {QStringLiteral("slug"), QString(kSlug + QStringLiteral("-revenue"))},
                         {QStringLiteral("published"), true},
                         {QStringLiteral("owners"), QJsonArray{QStringLiteral("Ada Lovelace")}}},
             QJsonObject{{QStringLiteral("dashboard_title"), QStringLiteral("Platform overview")},
                         {QStringLiteral("slug"), QStringLiteral("platform")},
                         {QStringLiteral("published"), false}},
             QJsonObject{{QStringLiteral("dashboard_title"), QStringLiteral("Board pack")},
                         {QStringLiteral("published"), true}}});
        m_n8n->reset();
        QJsonObject hook{{QStringLiteral("name"), QStringLiteral("Analytics ETL")},
                         {QStringLiteral("active"), true},
                         {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), kPath},
                                                                 {QStringLiteral("header"), kHeader},
                                                                 {QStringLiteral("value"), kHookValue}}}};
        QCOMPARE(m_n8n->seedWorkflows({hook}).size(), 1);

        m_target = test::sqliteTarget(m_dir, QStringLiteral("analytics-gui.db"));
        cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")});
        m_db.open(m_target);
        m_urlSlug =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE status <> 'decommissioned' AND "
                                       "slug NOT LIKE 'acme%' ORDER BY slug LIMIT 1"))
                .toString();
        QVERIFY(!m_urlSlug.isEmpty());
        const QString base = m_superset->url().toString();
        cli({QStringLiteral("tenants"), QStringLiteral("edit"), m_urlSlug, QStringLiteral("--set"),
             QStringLiteral("analytics.superset_dashboard_url=%1/superset/dashboard/3/").arg(base),
             QStringLiteral("--yes")});
        cli({QStringLiteral("tenants"), QStringLiteral("edit"), kSlug, QStringLiteral("--set"),
             QStringLiteral("analytics.superset_dashboard_url="), QStringLiteral("--set"),
             QStringLiteral("analytics.etl_kind=n8n_webhook"), QStringLiteral("--set"),
             QStringLiteral("analytics.etl_target=") + kPath, QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
             QStringLiteral("superset"), QStringLiteral("--base-url"), base, QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("superset"),
             QStringLiteral("--label"), QStringLiteral("login"), QStringLiteral("--client-id"),
             QStringLiteral("analyst"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            kPassword.toUtf8() + '\n');
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
             QStringLiteral("n8n_webhook"), QStringLiteral("--base-url"), m_n8n->url().toString(),
             QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("n8n_webhook"),
             QStringLiteral("--label"), kPath, QStringLiteral("--client-id"), kHeader,
             QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            kHookValue.toUtf8() + '\n');
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_catcher, "open");

        QVERIFY(test::openMainWindow(m_context, m_window, m_target));
        QSignalSpy shown(pane(), &AnalyticsPane::dashboardsShown);
        m_window->showPane(MainWindow::PaneId::Analytics);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 15000);
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        m_window.reset();
        m_context.reset();
    }

    void dashboardsAreListedAndLinkedToTheirTenants()
    {
        auto* list = child<QTreeWidget>("analyticsDashboardList");
        QCOMPARE(list->topLevelItemCount(), 3);
        QTreeWidgetItem* revenue = row("analyticsDashboardList", QStringLiteral("Revenue of Acme Finance"));
        QVERIFY(revenue);
        QCOMPARE(revenue->text(1), QStringLiteral("Published"));
        QCOMPARE(revenue->text(2), QStringLiteral("Ada Lovelace"));
        QVERIFY2(revenue->text(3).startsWith(QStringLiteral("2026-12-0")), qPrintable(revenue->text(3)));
        QCOMPARE(revenue->text(4), kSlug); // by its slug, and only that tenant
        QTreeWidgetItem* platform = row("analyticsDashboardList", QStringLiteral("Platform overview"));
        QCOMPARE(platform->text(1), QStringLiteral("Draft"));
        QCOMPARE(platform->text(4), QStringLiteral("none"));
        QCOMPARE(row("analyticsDashboardList", QStringLiteral("Board pack"))->text(4),
                 m_urlSlug); // by address
        QVERIFY2(child<QLabel>("analyticsSupersetState")->text().contains(QStringLiteral("3 dashboard")),
                 qPrintable(child<QLabel>("analyticsSupersetState")->text()));

        // The tenants: the linked dashboard by its title, the ETL check, every live tenant listed.
        QCOMPARE(child<QTreeWidget>("analyticsTenantList")->topLevelItemCount(),
                 int(count(QStringLiteral("SELECT count(*) FROM tenants WHERE status <> 'decommissioned'"))));
        QCOMPARE(row("analyticsTenantList", m_urlSlug)->text(5), QStringLiteral("Board pack"));
        QTreeWidgetItem* acme = row("analyticsTenantList", kSlug);
        QCOMPARE(acme->text(4), QStringLiteral("n8n webhook %1").arg(kPath));
        QVERIFY2(acme->text(5).contains(QStringLiteral("by name, not linked")), qPrintable(acme->text(5)));
        shot(QStringLiteral("analytics.png"));
    }

    void aDashboardOpensInTheBrowser()
    {
        auto* list = child<QTreeWidget>("analyticsDashboardList");
        list->setCurrentItem(row("analyticsDashboardList", QStringLiteral("Revenue of Acme Finance")));
        m_catcher.opened.clear();
        child<QPushButton>("analyticsOpenDashboardButton")->click();
        QCOMPARE(m_catcher.opened.size(), 1);
        QCOMPARE(m_catcher.opened.first().toString(),
                 m_superset->url().toString() + QStringLiteral("/superset/dashboard/%1-revenue/").arg(kSlug));
    }

    void linkingAsksFirstThenWritesTheAddress()
    {
        const QString url =
            m_superset->url().toString() + QStringLiteral("/superset/dashboard/%1-revenue/").arg(kSlug);
        const auto stored = [&] {
            return m_db
                .scalar(QStringLiteral(
                            "SELECT a.superset_dashboard_url FROM analytics_configs a JOIN tenants t ON "
                            "t.id = a.tenant_id WHERE t.slug = ?"),
                        {kSlug})
                .toString();
        };
        auto* list = child<QTreeWidget>("analyticsDashboardList");
        list->setCurrentItem(row("analyticsDashboardList", QStringLiteral("Revenue of Acme Finance")));
        auto* link = child<QPushButton>("analyticsLinkButton");
        for (const bool confirm : {false, true}) {
            QVERIFY(link->isEnabled());
            link->click();
            auto* dialog = waitForTop<QInputDialog>(QStringLiteral("analyticsLinkDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), kSlug); // the tenant it belongs to by name is offered first
            dialog->accept();
            QVERIFY(test::answerConfirmation(confirm));
            if (!confirm) {
                QTest::qWait(200);
                QCOMPARE(stored(), QString());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(), url, 10000);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tenant.analytics.edit' AND "
                                 "target = '%1' AND actor <> ''")
                      .arg(kSlug)) >= 1,
            true);
        QTRY_COMPARE_WITH_TIMEOUT(row("analyticsTenantList", kSlug)->text(5),
                                  QStringLiteral("Revenue of Acme Finance"), 10000);
    }

    void testEtlAsksFirstThenRunsOnceAndShowsTheResult()
    {
        const auto audited = [&] {
            return count(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'analytics.etl_test' AND "
                               "target = '%1'")
                    .arg(kSlug));
        };
        child<QTreeWidget>("analyticsTenantList")->setCurrentItem(row("analyticsTenantList", kSlug));
        auto* button = child<QPushButton>("analyticsTestEtlButton");
        auto* result = child<QLabel>("analyticsEtlResult");
        const QString before = result->text();
        QVERIFY(button->isEnabled());
        button->click();
        QVERIFY(test::answerConfirmation(false, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        QCOMPARE(result->text(), before);
        QCOMPARE(webhookCalls(), 0);
        QCOMPARE(audited(), 0);

        QSignalSpy finished(pane(), &AnalyticsPane::etlTestFinished);
        button->click();
        QVERIFY(test::answerConfirmation(true, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 15000);
        QVERIFY2(result->text().contains(QStringLiteral("succeeded")) &&
                     result->text().contains(QStringLiteral("HTTP 200")) &&
                     result->text().contains(QStringLiteral("n8n started execution")),
                 qPrintable(result->text()));
        QCOMPARE(webhookCalls(), 1);
        QCOMPARE(audited(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE after_json LIKE '%%1%' OR "
                                      "before_json LIKE '%%1%'")
                           .arg(kHookValue)),
                 0);
        shot(QStringLiteral("analytics-etl.png"));

        // n8n failing: the exact failure in the panel, still one call.
        m_n8n->clearCalls();
        m_n8n->misbehave(QStringLiteral("500"), 1, QStringLiteral("webhook"));
        button->click();
        QVERIFY(test::answerConfirmation(true, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 15000);
        QVERIFY2(result->text().contains(QStringLiteral("failed")) &&
                     result->text().contains(QStringLiteral("500")),
                 qPrintable(result->text()));
        QCOMPARE(webhookCalls(), 1);
    }

    void aFailingSupersetIsSaidWithItsFixAndBlocksNothing()
    {
        m_superset->misbehave(QStringLiteral("500"), 2);
        QSignalSpy shown(pane(), &AnalyticsPane::dashboardsShown);
        child<QPushButton>("analyticsRefreshButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 15000);
        const QString said = child<QLabel>("analyticsSupersetState")->text();
        QVERIFY2(said.contains(QStringLiteral("500")) &&
                     said.contains(QStringLiteral("keys provider set superset")),
                 qPrintable(said));
        QVERIFY(child<QTreeWidget>("analyticsTenantList")->topLevelItemCount() > 0);
        QVERIFY(!child<QTreeWidget>("analyticsDashboardList")->isVisible());
        shot(QStringLiteral("analytics-superset-down.png"));
        m_superset->misbehave(QStringLiteral("none"));
        child<QPushButton>("analyticsRefreshButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2, 15000);
        QCOMPARE(child<QTreeWidget>("analyticsDashboardList")->topLevelItemCount(), 3);
    }

    void financeSeesItAllReadOnly()
    {
        // The window's session as a fusion_finance login sees it (the capabilities it gets at connect time).
        const Capabilities owner = m_context->capabilities();
        Capabilities caps;
        caps.login = QStringLiteral("fiona");
        caps.roles = {Roles::Finance};
        QSignalSpy loaded(pane(), &Pane::loaded);
        m_context->setConnected(m_target, caps);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 15000);
        auto* tenants = child<QTreeWidget>("analyticsTenantList");
        auto* dashboards = child<QTreeWidget>("analyticsDashboardList");
        QVERIFY(tenants->topLevelItemCount() > 0);
        QCOMPARE(dashboards->topLevelItemCount(), 3);
        tenants->setCurrentItem(row("analyticsTenantList", kSlug));
        dashboards->setCurrentItem(dashboards->topLevelItem(0));
        for (const char* name : {"analyticsTestEtlButton", "analyticsLinkButton"}) {
            auto* b = child<QPushButton>(name);
            QVERIFY2(!b->isEnabled(), name);
            QVERIFY2(b->toolTip().contains(QStringLiteral("fusion_finance")), qPrintable(b->toolTip()));
        }
        QVERIFY(child<QLabel>("analyticsReadOnlyNote")->isVisible());
        // Reading stays open to finance: the dashboards, the tenant's linked one, a refresh.
        QVERIFY(child<QPushButton>("analyticsOpenDashboardButton")->isEnabled());
        QVERIFY(child<QPushButton>("analyticsOpenTenantDashboardButton")->isEnabled());
        QVERIFY(child<QPushButton>("analyticsRefreshButton")->isEnabled());
        shot(QStringLiteral("analytics-finance.png"));
        m_context->setConnected(m_target, owner);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>("analyticsReadOnlyNote")->isVisible(), 15000);
    }
};

QTEST_MAIN(TestGuiAnalytics)
#include "tst_gui_analytics.moc"
