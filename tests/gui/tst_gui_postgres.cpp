// The main window on a real PostgreSQL server: another session's change appears without a refresh
// (LISTEN/NOTIFY), the app disables what the login's roles do not allow and says why, and when the database
// refuses a write anyway (a role revoked while the app is open) the refusal is shown inline and nothing
// changes.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/roles/RoleService.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/connection/Connector.h"
#include "ui/tenants/TenantsPane.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace fusion;

namespace {
ConfirmDialog* waitForConfirm()
{
    ConfirmDialog* found = nullptr;
    const bool ok = QTest::qWaitFor(
        [&] {
            const auto tops = QApplication::topLevelWidgets();
            for (QWidget* top : tops) {
                const auto dialogs = top->findChildren<ConfirmDialog*>();
                for (ConfirmDialog* d : dialogs) {
                    if (d->isVisible())
                        found = d;
                }
            }
            return found != nullptr;
        },
        10000);
    Q_UNUSED(ok);
    return found;
}
} // namespace

class TestGuiPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
        test::prepare(m_admin, m_pg.target(), 48);
        m_owner = m_pg.createLogin(QStringLiteral("owner"));
        m_operator = m_pg.createLogin(QStringLiteral("operator"));
        RoleService roles(m_admin);
        WriteExecutor::execute(m_admin, roles.planGrant(m_owner, Roles::Owner));
        WriteExecutor::execute(m_admin, roles.planGrant(m_operator, Roles::Operator));
    }

    void changeByAnotherSessionAppearsWithoutRefresh()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_owner);
        TenantsPane* tenants = window.tenantsPane();
        QVERIFY(select(tenants, QStringLiteral("lakbay-tours")));
        QCOMPARE(tenants->model()->rowAt(0)->status, TenantStatus::Active);

        // Another admin pauses it from their own session.
        WriteExecutor::execute(m_admin, TenantService(m_admin, QStringLiteral("cli"))
                                            .planAction(QStringLiteral("lakbay-tours"), TenantAction::Pause));
        QTRY_COMPARE_WITH_TIMEOUT(tenants->model()->rowAt(0)->status, TenantStatus::Paused, 10000);
        // And the actions follow: the tenant can now be resumed, not paused.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QAction*>(QStringLiteral("actionResume"))->isEnabled(),
                                 5000);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionPause"))->isEnabled());
    }

    void operatorSeesWhatItCannotDoAndWhy()
    {
        AppContext context;
        MainWindow window(&context);
        openAs(window, m_operator);
        QVERIFY(context.capabilities().roles.contains(Roles::Operator));
        QVERIFY(!context.capabilities().isOwner());
        TenantsPane* tenants = window.tenantsPane();
        QVERIFY(select(tenants, QStringLiteral("acme-finance-ph")));
        QAction* decommission = window.findChild<QAction*>(QStringLiteral("actionDecommission"));
        QAction* pause = window.findChild<QAction*>(QStringLiteral("actionPause"));
        QAction* create = window.findChild<QAction*>(QStringLiteral("actionNewTenant"));
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 5000);
        QVERIFY(!decommission->isEnabled());
        QVERIFY(decommission->toolTip().contains(QStringLiteral("fusion_owner")));
        QVERIFY(decommission->toolTip().contains(QStringLiteral("fusion_operator")));
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(QStringLiteral("fusion_owner")));

        // The operator may pause: it goes through, as the operator.
        pause->trigger();
        ConfirmDialog* confirm = waitForConfirm();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            TenantRepository(m_admin).requireBySlug(QStringLiteral("acme-finance-ph")).status,
            TenantStatus::Paused, 10000);
        AuditQuery q;
        q.action = QStringLiteral("tenant.pause");
        QCOMPARE(AuditLog::list(m_admin, q).first().actor, m_operator);
    }

    void databaseRefusalIsShownInlineAndChangesNothing()
    {
        const QString login = m_pg.createLogin(QStringLiteral("revoked"));
        WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(login, Roles::Owner));
        AppContext context;
        MainWindow window(&context);
        openAs(window, login);
        TenantsPane* tenants = window.tenantsPane();
        QVERIFY(select(tenants, QStringLiteral("bituin-studios")));
        QAction* decommission = window.findChild<QAction*>(QStringLiteral("actionDecommission"));
        QTRY_VERIFY_WITH_TIMEOUT(decommission->isEnabled(), 5000);

        // The role is revoked while the app is open: the app still believes it may, the database says no.
        WriteExecutor::execute(m_admin, RoleService(m_admin).planRevoke(login, Roles::Owner));
        const QString before = test::snapshot(m_admin);
        decommission->trigger();
        ConfirmDialog* confirm = waitForConfirm();
        if (confirm) {
            QTest::keyClicks(confirm->findChild<QLineEdit*>(QStringLiteral("confirmPhraseEdit")),
                             QStringLiteral("bituin-studios"));
            confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            tenants->messageBar()->text().contains(QStringLiteral("Permission denied")) ||
                tenants->messageBar()->text().contains(QStringLiteral("may not see")),
            10000);
        QCOMPARE(test::snapshot(m_admin), before);
    }

    void lostConnectionOffersReconnect()
    {
        // A server of its own, so that stopping it disturbs no other test.
        const QString dir = QStringLiteral("/tmp/fusion-gui-lost-%1").arg(QCoreApplication::applicationPid());
        const auto pg = [&dir](const QString& action) {
            QProcess p;
            p.start(QStringLiteral(FUSION_FIXTURES_DIR "/pg.sh"), {action, dir});
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QVERIFY(pg(QStringLiteral("start")));
        const auto cleanup = qScopeGuard([&] { pg(QStringLiteral("stop")); });
        DatabaseTarget target;
        target.dialect = Dialect::Postgres;
        target.host = dir;
        target.user = QStringLiteral("postgres");
        target.database = QStringLiteral("postgres");
        {
            Database db;
            test::prepare(db, target, 5);
        }
        AppContext context;
        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(target);
        QVERIFY(ready.wait(15000));
        window.showPane(MainWindow::PaneId::Tenants);
        QTRY_COMPARE_WITH_TIMEOUT(window.tenantsPane()->model()->rowCount(), 5, 10000);

        QVERIFY(pg(QStringLiteral("kill")));
        QElapsedTimer waited;
        waited.start();
        window.findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
        auto* title = window.findChild<QLabel*>(QStringLiteral("problemTitleLabel"));
        // After trying to reconnect for a few seconds (Database::reconnect).
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible() && title->text().contains(QStringLiteral("lost")), 30000);
        // One reconnect window (about 6.5 s of tries), not one before the job and another at its first
        // statement (13 s, as it was).
        QVERIFY2(waited.elapsed() < 11000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(!context.isReady());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionPause"))->isEnabled());

        // Reconnect while the server is still down: the Refresh queued more than one load, and those queued
        // before the window gave up fail at once with its reason instead of each trying for seconds unseen,
        // so the answer to Reconnect comes after one window of its own, not after one per queued load.
        QSignalSpy failed(window.connector(), &Connector::failed);
        waited.restart();
        window.findChild<QPushButton*>(QStringLiteral("problemPrimaryButton"))->click();
        QVERIFY(failed.wait(30000));
        QVERIFY2(waited.elapsed() < 11000, qPrintable(QString::number(waited.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(title->isVisible(), 5000);

        QVERIFY(pg(QStringLiteral("restart")));
        ready.clear();
        window.findChild<QPushButton*>(QStringLiteral("problemPrimaryButton"))->click();
        QVERIFY(ready.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(window.tenantsPane()->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window.tenantsPane()->model()->rowCount(), 5, 10000);
    }

private:
    void openAs(MainWindow& window, const QString& login)
    {
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(m_pg.target(login));
        QVERIFY(ready.wait(15000));
        window.showPane(MainWindow::PaneId::Tenants);
        QTRY_VERIFY_WITH_TIMEOUT(window.tenantsPane()->model()->rowCount() > 0, 10000);
    }

    bool select(TenantsPane* tenants, const QString& slug)
    {
        auto* search = tenants->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        search->setText(slug);
        QTest::keyClick(search, Qt::Key_Return);
        if (!QTest::qWaitFor(
                [&] { return tenants->model()->rowCount() == 1 && tenants->model()->rowAt(0)->slug == slug; },
                10000))
            return false;
        tenants->findChild<QTableView*>(QStringLiteral("tableView"))
            ->setCurrentIndex(tenants->model()->index(0, 0));
        return tenants->currentTenant().has_value();
    }

    test::PgTestDatabase m_pg{QStringLiteral("gui")};
    Database m_admin;
    QString m_owner;
    QString m_operator;
};

QTEST_MAIN(TestGuiPostgres)
#include "tst_gui_postgres.moc"
