// The app's side of the jobs, on the real main window: a long job runs on a database connection of its own,
// so the panes keep loading while it works; closing what started a job drops what would have followed.
#include "models/jobs/PlannedWrite.h"
#include "models/tenants/TenantService.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/tenants/TenantsPane.h"

#include <QApplication>
#include <QSemaphore>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <memory>

using namespace fusion;

class TestGuiJobs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(
            test::startMainWindow(m_dir, QStringLiteral("jobs-gui.db"), 24, m_target, m_context, m_window));
        // The second connection opens right after the first; long jobs use it from then on.
        QTRY_VERIFY_WITH_TIMEOUT(m_context->longWorker() != m_context->worker(), 15000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void panesKeepLoadingWhileALongJobRuns()
    {
        const JobHost host = AppJobs::host(m_context.get(), m_window.get());
        // A long job that holds its connection until the test lets it go.
        auto gate = std::make_shared<QSemaphore>(0);
        auto longDone = std::make_shared<std::atomic<bool>>(false);
        QObject receiver;
        host.longDatabase(
            &receiver,
            [gate](Database& db) {
                db.scalar(QStringLiteral("SELECT count(*) FROM api_usage"));
                gate->acquire();
            },
            [longDone](const std::optional<Error>&) { *longDone = true; });

        // Meanwhile the Tenants pane loads, through the ordinary worker.
        m_window->showPane(MainWindow::PaneId::Tenants);
        QSignalSpy loaded(m_window->tenantsPane(), &Pane::loaded);
        m_window->tenantsPane()->reload();
        QVERIFY(loaded.wait(15000));
        QVERIFY(!longDone->load()); // the pane did not wait for the long job

        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(longDone->load(), 15000);
    }

    void aJobWhoseWindowClosedDoesNothingMore()
    {
        const QString slug = QStringLiteral("acme-finance-ph");
        auto parent = std::make_unique<QWidget>();
        parent->show();
        bool called = false;
        auto* job = new PlannedWrite(AppJobs::host(m_context.get(), parent.get()), parent.get());
        job->start(
            [slug](Database& db) {
                return TenantService(db, QStringLiteral("ui")).planAction(slug, TenantAction::Pause);
            },
            [&called](const Result<PlannedWrite::Outcome>&) { called = true; });
        // The confirmation is up; the window that asked goes away before anyone answers.
        ConfirmDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = parent->findChild<ConfirmDialog*>()) != nullptr, 10000);
        parent.reset();
        QTest::qWait(200);
        QVERIFY(!called);
        Database db;
        db.open(m_target);
        QCOMPARE(db.scalar(QStringLiteral("SELECT status FROM tenants WHERE slug = ?"), {slug}).toString(),
                 QStringLiteral("active"));
    }
};

QTEST_MAIN(TestGuiJobs)
#include "tst_gui_jobs.moc"
