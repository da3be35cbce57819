// Renders every screen to a PNG (into $FUSION_SCREENSHOT_DIR when set, for people to look at) and checks that
// each one shows what it is for: panes with data, every detail tab, the wizard pages, the confirmation and
// connection dialogs, the first-run page, in light and dark themes and in German.
#include "models/core/AppSetup.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "ui/MainWindow.h"
#include "ui/access/AccessPane.h"
#include "ui/bundles/BundlesPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/Theme.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/Connector.h"
#include "ui/tenants/CreateTenantWizard.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"
#include "ui/usage/UsagePane.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWizard>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
// A screen that rendered something: not one flat colour.
bool hasContent(const QImage& image)
{
    if (image.isNull() || image.width() < 100 || image.height() < 100)
        return false;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
        if (colours.size() > 20)
            return true;
    }
    return false;
}

} // namespace

class TestGuiScreens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_out = qEnvironmentVariable("FUSION_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_out);
        Theme::captureSystemDefaults();
    }

    void firstRunPage()
    {
        AppContext context;
        MainWindow window(&context);
        window.resize(1100, 700);
        window.show();
        QSignalSpy setup(window.connector(), &Connector::setupNeeded);
        window.connector()->open(test::sqliteTarget(m_dir, QStringLiteral("fresh.db")));
        QVERIFY(setup.wait(10000));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("problemDemoButton"))->isVisible());
        save(window.grab(), QStringLiteral("first-run"));
    }

    void panesAndTabs_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("language");
        QTest::newRow("light") << QStringLiteral("light") << QString();
        QTest::newRow("dark") << QStringLiteral("dark") << QString();
        QTest::newRow("german") << QStringLiteral("light") << QStringLiteral("de");
    }

    void panesAndTabs()
    {
        QFETCH(QString, theme);
        QFETCH(QString, language);
        Theme::apply(Theme::fromKey(theme));
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QLocale(language), QStringLiteral("fusion"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const QString suffix = language.isEmpty() ? theme : language;
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("demo-%1.db").arg(suffix));
        {
            Database db;
            test::prepare(db, target, 48);
        }
        AppContext context;
        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(target);
        QVERIFY(ready.wait(10000));

        if (!language.isEmpty()) {
            // The window speaks German: menus, navigation and the dashboard's captions.
            QCOMPARE(
                window.findChild<QAction*>(QStringLiteral("actionTenants"))->text().remove(QLatin1Char('&')),
                QStringLiteral("Mandanten"));
            QCOMPARE(window.windowTitle().left(14), QStringLiteral("Fusion Console"));
        }
        for (const auto& [pane, name] : {std::pair{MainWindow::PaneId::Dashboard, "dashboard"},
                                         std::pair{MainWindow::PaneId::Tenants, "tenants"},
                                         std::pair{MainWindow::PaneId::Operations, "operations"},
                                         std::pair{MainWindow::PaneId::Audit, "audit"},
                                         std::pair{MainWindow::PaneId::Proposals, "proposals"},
                                         std::pair{MainWindow::PaneId::Bundles, "bundles"},
                                         std::pair{MainWindow::PaneId::Access, "access"},
                                         std::pair{MainWindow::PaneId::Usage, "usage"}}) {
            QSignalSpy loaded(&window, &MainWindow::paneLoaded);
            window.showPane(pane);
            QTRY_VERIFY_WITH_TIMEOUT(window.pane(pane)->hasLoadedOnce(), 10000);
            QTest::qWait(100);
            save(window.grab(), QStringLiteral("%1-%2").arg(QLatin1String(name), suffix));
        }

        // The Access pane's other tabs: user limits, budget alerts, proposals.
        {
            window.showPane(MainWindow::PaneId::Access);
            auto* accessTabs = window.accessPane()->findChild<QTabWidget*>(QStringLiteral("accessTabs"));
            QVERIFY(accessTabs);
            QVERIFY(window.accessPane()
                        ->findChild<QTableView*>(QStringLiteral("ruleTable"))
                        ->model()
                        ->rowCount() > 5);
            for (int i = 1; i < accessTabs->count(); ++i) {
                accessTabs->setCurrentIndex(i);
                QTest::qWait(50);
                save(window.grab(), QStringLiteral("access-%1-%2").arg(i).arg(suffix));
            }
            accessTabs->setCurrentIndex(0);
        }

        // The Usage pane over the last 30 days, its table and its raw log.
        {
            window.showPane(MainWindow::PaneId::Usage);
            auto* range = window.usagePane()->findChild<QComboBox*>(QStringLiteral("rangeCombo"));
            QSignalSpy loaded(window.usagePane(), &Pane::loaded);
            range->setCurrentIndex(3);
            QTest::qWait(400);
            save(window.grab(), QStringLiteral("usage-30d-%1").arg(suffix));
            auto* usageTabs = window.usagePane()->findChild<QTabWidget*>(QStringLiteral("usageTabs"));
            usageTabs->setCurrentIndex(1);
            QTest::qWait(50);
            save(window.grab(), QStringLiteral("usage-table-%1").arg(suffix));
            QSignalSpy raw(window.usagePane(), &UsagePane::rawPageLoaded);
            usageTabs->setCurrentIndex(2);
            QVERIFY(raw.wait(10000));
            QCOMPARE(raw.first().first().toInt(), 200);
            save(window.grab(), QStringLiteral("usage-raw-%1").arg(suffix));
            usageTabs->setCurrentIndex(0);
        }

        // The bundles' drift across the fleet (demo tenants have never been synced: all "not synced yet").
        {
            auto* bundleTabs = window.bundlesPane()->findChild<QTabWidget*>(QStringLiteral("tabs"));
            bundleTabs->setCurrentIndex(1);
            auto* scope = window.bundlesPane()->findChild<QComboBox*>(QStringLiteral("scopeCombo"));
            QSignalSpy drift(window.bundlesPane(), &BundlesPane::driftLoaded);
            scope->setCurrentIndex(1);
            Q_EMIT scope->activated(1);
            QVERIFY(drift.wait(10000));
            auto* table = window.bundlesPane()->findChild<QTableView*>(QStringLiteral("driftTable"));
            QVERIFY(table->model()->rowCount() > 0);
            QTest::qWait(50); // the count label's new width is laid out on the next turn of the event loop
            save(window.grab(), QStringLiteral("bundles-drift-%1").arg(suffix));
            bundleTabs->setCurrentIndex(0);
        }

        // Every tab of a tenant in error.
        window.openTenantBySlug(QStringLiteral("dalisay-water"));
        TenantDetailView* detail = window.tenantsPane()->detailView();
        QTRY_VERIFY_WITH_TIMEOUT(detail->tenant() && detail->tenant()->slug == QLatin1String("dalisay-water"),
                                 10000);
        auto* tabs = detail->findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(tabs->count(), 7);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            save(window.grab(), QStringLiteral("detail-%1-%2").arg(tabs->widget(i)->objectName(), suffix));
        }

        // The bundle picker of the Modules tab.
        tabs->setCurrentWidget(detail->findChild<QWidget*>(QStringLiteral("modulesTab")));
        detail->findChild<QPushButton*>(QStringLiteral("editBundlesButton"))->click();
        auto* picker = waitForTop<QDialog>(QStringLiteral("bundlePickerDialog"));
        QVERIFY(picker);
        QTRY_VERIFY_WITH_TIMEOUT(picker->findChild<QListWidget*>(QStringLiteral("bundleList"))->count() > 0,
                                 5000);
        save(picker->grab(), QStringLiteral("bundle-picker-%1").arg(suffix));
        picker->reject();

        // The Odoo connection dialog, loaded with the tenant's settings.
        detail->findChild<QToolButton*>(QStringLiteral("odooConnectionButton"))->click();
        auto* odoo = waitForTop<QDialog>(QStringLiteral("odooConnectionDialog"));
        QVERIFY(odoo);
        QTRY_VERIFY_WITH_TIMEOUT(!odoo->findChild<QLineEdit*>(QStringLiteral("urlEdit"))->text().isEmpty(),
                                 5000);
        save(odoo->grab(), QStringLiteral("odoo-connection-%1").arg(suffix));
        odoo->reject();

        // The confirmation of a destructive action.
        window.findChild<QAction*>(QStringLiteral("actionDecommission"))->trigger();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        save(confirm->grab(), QStringLiteral("confirm-decommission-%1").arg(suffix));
        confirm->reject();

        // The wizard, on each page.
        window.findChild<QAction*>(QStringLiteral("actionNewTenant"))->trigger();
        auto* wizard = waitForTop<CreateTenantWizard>();
        QVERIFY(wizard);
        QSignalSpy choices(wizard, &CreateTenantWizard::choicesLoaded);
        QVERIFY(choices.wait(5000));
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                         QStringLiteral("Mabini Logistics"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 5000);
        int page = 0;
        do {
            QTest::qWait(50);
            save(wizard->grab(), QStringLiteral("wizard-%1-%2").arg(++page).arg(suffix));
            wizard->next();
        } while (page < 6);
        wizard->reject();

        auto* connection = new ConnectionDialog(&context, &window);
        connection->show();
        QTest::qWait(50);
        save(connection->grab(), QStringLiteral("connection-%1").arg(suffix));
        connection->close();
        delete connection;
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
        Theme::apply(Theme::Mode::System);
    }

private:
    void save(const QPixmap& pixmap, const QString& name)
    {
        const QImage image = pixmap.toImage();
        QVERIFY2(hasContent(image), qPrintable(name + QStringLiteral(" rendered nothing")));
        QVERIFY(image.save(QDir(m_out).filePath(name + QStringLiteral(".png"))));
    }

    QTemporaryDir m_dir;
    QString m_out;
};

QTEST_MAIN(TestGuiScreens)
#include "tst_gui_screens.moc"
