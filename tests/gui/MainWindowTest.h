#pragma once
// What the main-window suites (tst_gui_mainwindow.cpp, tst_gui_write_actions.cpp) share: finding visible
// widgets and dialogs, and MainWindowFixture, the real main window on a fresh SQLite database with 48 demo
// tenants for every test.
#include "models/itemmodels/TenantListModel.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/tenants/TenantsPane.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace fusion::test {

template <typename T>
T* visible(const QString& objectName = {})
{
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget* top : tops) {
        if (auto* w = qobject_cast<T*>(top);
            w && w->isVisible() && (objectName.isEmpty() || w->objectName() == objectName))
            return w;
        const auto children = top->findChildren<T*>();
        for (T* w : children) {
            if (w->isVisible() && (objectName.isEmpty() || w->objectName() == objectName))
                return w;
        }
    }
    return nullptr;
}

template <typename T>
T* waitForVisible(const QString& objectName = {}, int timeoutMs = 10000)
{
    T* found = nullptr;
    const bool appeared =
        QTest::qWaitFor([&] { return (found = visible<T>(objectName)) != nullptr; }, timeoutMs);
    Q_UNUSED(appeared);
    return found;
}

class MainWindowFixture {
protected:
    void initFixture(); // initTestCase()
    void openWindow();  // init()
    void closeWindow(); // cleanup()

    QAction* action(const QString& name) const { return m_window->findChild<QAction*>(name); }
    TenantsPane* tenants() const { return m_window->tenantsPane(); }
    bool selectTenant(const QString& slug);
    QString dbSnapshot();
    Tenant tenant(const QString& slug);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

inline void MainWindowFixture::initFixture()
{
    QVERIFY(m_home.isValid());
    QStandardPaths::setTestModeEnabled(true);
}

inline void MainWindowFixture::openWindow()
{
    // A fresh database with demo data for every test, so that tests never depend on each other.
    static int counter = 0;
    QVERIFY(test::startMainWindow(m_dir, QStringLiteral("gui-%1.db").arg(++counter), 48, m_target, m_context,
                                  m_window));
    m_window->showPane(MainWindow::PaneId::Tenants);
    QTRY_VERIFY_WITH_TIMEOUT(tenants()->model()->rowCount() == 20, 10000);
}

inline void MainWindowFixture::closeWindow()
{
    // Close any dialog a failed test left open, then the window.
    const auto tops = QApplication::topLevelWidgets();
    for (QWidget* w : tops) {
        if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
            d->reject();
    }
    m_window.reset();
    m_context.reset();
}

inline bool MainWindowFixture::selectTenant(const QString& slug)
{
    auto* search = tenants()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    search->setText(slug);
    QTest::keyClick(search, Qt::Key_Return);
    auto* view = tenants()->findChild<QTableView*>(QStringLiteral("tableView"));
    if (!QTest::qWaitFor(
            [&] { return tenants()->model()->rowCount() >= 1 && tenants()->model()->rowAt(0)->slug == slug; },
            10000))
        return false;
    view->setCurrentIndex(tenants()->model()->index(0, 0));
    return tenants()->currentTenant() && tenants()->currentTenant()->slug == slug;
}

inline QString MainWindowFixture::dbSnapshot()
{
    Database db;
    db.open(m_target);
    return test::snapshot(db);
}

inline Tenant MainWindowFixture::tenant(const QString& slug)
{
    Database db;
    db.open(m_target);
    return TenantRepository(db).requireBySlug(slug);
}

} // namespace fusion::test
