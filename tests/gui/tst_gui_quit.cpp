// Quitting while work runs, on the real main window offscreen, against the providers stand-in streaming an AI
// console answer slowly and the Odoo stand-in (keys in a real Secret Service): closing the window shows a
// warning that lists the answer; Keep Working leaves it streaming and the window open; closing again and Stop
// and Quit stops it, the window closes by itself once it has ended, and the database holds the answer stored
// whole as cancelled with its audit row — nothing half-written. A bundle apply stopped before its
// confirmation ends cancelled with nothing recorded or installed; one whose install is under way cannot be
// stopped: the warning says so and shows progress, the app waits and quits once the install is recorded
// whole. With nothing running, closing quits at once with no warning. The warning is rendered to PNG (into
// $FUSION_SCREENSHOT_DIR when set).
#include "models/jobs/BundleApply.h"
#include "models/jobs/RunningWork.h"
#include "models/storage/Database.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/AiPaneFixture.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/QuitWarning.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const char QuitKey[] = "sk-gui-quit-0123456789abcdef";
} // namespace

class TestGuiQuit : public QObject, protected test::AiPaneFixture {
    Q_OBJECT

    std::unique_ptr<test::FakeProviders> m_server;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    QString m_slug; // the tenant whose Odoo is the stand-in

    qint64 scalar(const QString& sql) { return m_db.scalar(sql).toLongLong(); }
    QString text(const QString& sql) { return m_db.scalar(sql).toString(); }
    QStringList listed(QuitWarning* warning)
    {
        QStringList out;
        auto* list = warning->findChild<QListWidget*>(QStringLiteral("quitWarningList"));
        for (int i = 0; list && i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }
    QuitWarning* openWarning() const
    {
        return m_window->findChild<QuitWarning*>(QStringLiteral("quitWarning"));
    }
    void reopenWindowOnAi()
    {
        m_window.reset();
        m_context.reset();
        openWindowOnAi();
    }
    qint64 applies()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE type = 'module_apply'"));
    }
    qint64 applyAudits()
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'tenant.bundle.apply'"));
    }
    // A bundle apply started the way the app starts one (its job host, its confirmation over the window).
    BundleApply* startApply(std::optional<Result<BundleApply::Outcome>>& outcome)
    {
        auto* job = new BundleApply(AppJobs::host(m_context.get(), m_window.get()), nullptr, m_window.get());
        job->start(QStringLiteral("quit-people"), m_slug,
                   [&outcome](const Result<BundleApply::Outcome>& r) { outcome = r; });
        return job;
    }
    void openWindowOnAi()
    {
        QVERIFY(test::openMainWindow(m_context, m_window, m_target));
        m_window->showPane(MainWindow::PaneId::Ai);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        makeShotsDir();
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(QuitKey)});
        m_target = test::sqliteTarget(m_dir, QStringLiteral("quit-gui.db"));
        {
            Database db;
            test::prepare(db, m_target, 6);
        }
        addConsoleProvider(m_server->url(), QuitKey);
        // A tenant whose Odoo is the stand-in (installs take 3 s), a bundle of two modules it lacks.
        test::FakeOdoo::Options odoo;
        odoo.installSeconds = 3;
        m_odoo = std::make_unique<test::FakeOdoo>(odoo);
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        m_db.open(m_target);
        m_slug = text(QStringLiteral("SELECT slug FROM tenants WHERE status = 'active' ORDER BY id LIMIT 1"));
        QVERIFY(!m_slug.isEmpty());
        cli({QStringLiteral("odoo"), QStringLiteral("connect"), m_slug, QStringLiteral("--url"),
             m_odoo->url().toString(), QStringLiteral("--db"), QStringLiteral("odoopeer"),
             QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
             QStringLiteral("--yes")},
            "admin");
        cli({QStringLiteral("bundles"), QStringLiteral("create"), QStringLiteral("quit-people"),
             QStringLiteral("--name"), QStringLiteral("People"), QStringLiteral("--modules"),
             QStringLiteral("hr,web_responsive"), QStringLiteral("--yes")});
        cli({QStringLiteral("odoo"), QStringLiteral("modules"), m_slug, QStringLiteral("--yes")});
        openWindowOnAi();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void closingWhileAnAnswerStreamsWarnsKeepsWorkingThenStopsAndQuits()
    {
        m_server->setStream(150, 40); // about 46 words, one every 150 ms: some 7 s in all
        const qint64 questions =
            scalar(QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE role = 'user'"));
        const qint64 audited = scalar(QStringLiteral("SELECT COUNT(*) FROM ai_audit"));
        QSignalSpy grew(pane(), &AiPane::answerGrew);
        QSignalSpy finished(pane(), &AiPane::askFinished);
        child<QPlainTextEdit>("questionEdit")->setPlainText(QStringLiteral("Which tenants need attention"));
        button("askButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(grew.size() >= 2, 20000);
        QVERIFY(!RunningWork::instance().isEmpty());

        // Closing does not quit: the warning lists the answer being streamed.
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QPointer<QuitWarning> warning = waitForTop<QuitWarning>(QStringLiteral("quitWarning"));
        QVERIFY(warning);
        QVERIFY(
            listed(warning).join(QLatin1Char('\n')).contains(QStringLiteral("Answering in the AI console")));
        QVERIFY(warning->grab().save(QDir(m_shots).filePath(QStringLiteral("quit-warning.png"))));

        // Keep Working: the warning goes, the answer keeps arriving, the window stays.
        const qsizetype before = grew.size();
        warning->findChild<QPushButton*>(QStringLiteral("quitWarningKeep"))->click();
        QTRY_VERIFY(!warning);
        QTRY_VERIFY_WITH_TIMEOUT(grew.size() > before + 1, 10000);
        QVERIFY(finished.isEmpty());
        QVERIFY(m_window->isVisible());

        // Closed again (Ctrl+Q's action): Stop and Quit stops the stream; the window closes once it ended.
        const QString arrived = grew.last().at(0).toString();
        m_window->findChild<QAction*>(QStringLiteral("actionQuit"))->trigger();
        QVERIFY(m_window->isVisible());
        warning = waitForTop<QuitWarning>(QStringLiteral("quitWarning"));
        QVERIFY(warning);
        warning->findChild<QPushButton*>(QStringLiteral("quitWarningStop"))->click();
        QVERIFY(warning->findChild<QProgressBar*>(QStringLiteral("quitWarningProgress"))->isVisible() ||
                !warning);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
        QVERIFY(RunningWork::instance().isEmpty());
        m_server->setStream(0, 0);

        // Stored whole as stopped: the question, what arrived (not the whole answer), the cancelled audit
        // row.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE role = 'user'")),
                 questions + 1);
        const QString stored = text(QStringLiteral(
            "SELECT content FROM ai_messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1"));
        QVERIFY2(stored.startsWith(arrived.left(16)) && !stored.contains(QStringLiteral("w40")),
                 qPrintable(stored));
        QCOMPARE(text(QStringLiteral("SELECT provider_status FROM ai_messages ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("stopped"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM ai_audit")), audited + 1);
        QCOMPARE(text(QStringLiteral("SELECT status FROM ai_audit ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("cancelled"));
    }

    void aBundleApplyStoppedBeforeItsConfirmationEndsCancelledWithNothingWritten()
    {
        reopenWindowOnAi();
        const qint64 appliesBefore = applies();
        const qint64 auditsBefore = applyAudits();
        m_odoo->clearCalls();
        // Odoo is slow to say which modules it has: the job is still planning when the window is closed.
        m_odoo->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), 2},
                                                   {QStringLiteral("match"), QStringLiteral("search_read")},
                                                   {QStringLiteral("count"), 1}});
        std::optional<Result<BundleApply::Outcome>> outcome;
        QPointer<BundleApply> job = startApply(outcome);
        QTRY_VERIFY_WITH_TIMEOUT(m_odoo->countCalls(QStringLiteral("search_read")) >= 1, 10000);
        QVERIFY(!outcome);
        QVERIFY(!m_window->close());
        QPointer<QuitWarning> warning = waitForTop<QuitWarning>(QStringLiteral("quitWarning"));
        QVERIFY(warning);
        const QString shown = listed(warning).join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("Applying bundle quit-people to %1").arg(m_slug)),
                 qPrintable(shown));
        warning->findChild<QPushButton*>(QStringLiteral("quitWarningStop"))->click();
        // It ends at its next step, without asking: no confirmation ever shows.
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::NotConfirmed);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
        QVERIFY(!waitForTop<ConfirmDialog>(QString(), 200));
        QCOMPARE(applies(), appliesBefore);
        QCOMPARE(applyAudits(), auditsBefore);
        QCOMPARE(m_odoo->countCalls(QStringLiteral("button_immediate_install")), 0);
        QCOMPARE(m_odoo->countCalls(QStringLiteral("update_list")), 0);
        m_odoo->misbehave(QStringLiteral("none"));
    }

    void aBundleInstallUnderWayIsWaitedForThenRecordedWhole()
    {
        reopenWindowOnAi();
        const qint64 appliesBefore = applies();
        m_odoo->clearCalls();
        std::optional<Result<BundleApply::Outcome>> outcome;
        QPointer<BundleApply> job = startApply(outcome);
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("tenant.bundle.apply"));
        confirm->accept();
        // Odoo is installing (3 s): from here the job goes to its end whatever happens.
        QTRY_VERIFY_WITH_TIMEOUT(m_odoo->countCalls(QStringLiteral("button_immediate_install")) == 1, 15000);
        QVERIFY(!outcome);
        QVERIFY(!m_window->close());
        QPointer<QuitWarning> warning = waitForTop<QuitWarning>(QStringLiteral("quitWarning"));
        QVERIFY(warning);
        QString shown = listed(warning).join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QStringLiteral("Applying bundle quit-people to %1").arg(m_slug)),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Installing hr, web_responsive")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Cannot be stopped now")), qPrintable(shown));
        warning->findChild<QPushButton*>(QStringLiteral("quitWarningStop"))->click();
        // The app waits and says so, with progress; the window stays until the install is recorded.
        auto* status = warning->findChild<QLabel*>(QStringLiteral("quitWarningStatus"));
        QVERIFY2(status->isVisible() && status->text().contains(QStringLiteral("Waiting for 1 task")),
                 qPrintable(status->text()));
        QVERIFY(warning->findChild<QProgressBar*>(QStringLiteral("quitWarningProgress"))->isVisible());
        QVERIFY(!warning->findChild<QPushButton*>(QStringLiteral("quitWarningStop"))->isEnabled());
        QVERIFY(warning->grab().save(QDir(m_shots).filePath(QStringLiteral("quit-warning-waiting.png"))));
        QVERIFY(m_window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().message));
        QVERIFY(outcome->value().complete());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 10000);
        // Recorded whole: one operation, succeeded, nothing left running.
        QCOMPARE(applies(), appliesBefore + 1);
        QCOMPARE(
            text(QStringLiteral("SELECT status FROM operations WHERE type = 'module_apply' ORDER BY id DESC "
                                "LIMIT 1")),
            QStringLiteral("succeeded"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM operations WHERE status IN ('running', 'queued') "
                                  "AND type = 'module_apply'")),
            0);
    }

    void withNothingRunningClosingQuitsAtOnce()
    {
        reopenWindowOnAi();
        QVERIFY(RunningWork::instance().isEmpty());
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
        QVERIFY(!openWarning());
    }
};

QTEST_MAIN(TestGuiQuit)
#include "tst_gui_quit.moc"
