// The AI console on the real main window, offscreen, against the providers stand-in with the key in a real
// Secret Service: an answer arrives progressively (an intermediate state is seen), Stop cancels it and keeps
// what arrived, a whole answer lists its citations and opening one shows what it cites, feedback and closing
// and deleting a thread ask first — Cancel changes nothing. The console is rendered to PNG (into
// $FUSION_SCREENSHOT_DIR when set).
#include "models/storage/Database.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/AiPaneFixture.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/tenants/TenantsPane.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const char Key[] = "sk-gui-console-0123456789abcdef";
} // namespace

class TestGuiAiConsole : public QObject, protected test::AiPaneFixture {
    Q_OBJECT

    std::unique_ptr<test::FakeProviders> m_server;

    qint64 scalar(const QString& sql) { return m_db.scalar(sql).toLongLong(); }
    QString text(const QString& sql) { return m_db.scalar(sql).toString(); }
    void ask(const QString& question)
    {
        child<QPlainTextEdit>("questionEdit")->setPlainText(question);
        QVERIFY(button("askButton")->isEnabled());
        button("askButton")->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        makeShotsDir();
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(Key)});
        m_target = test::sqliteTarget(m_dir, QStringLiteral("console-gui.db"));
        {
            Database db;
            test::prepare(db, m_target, 12);
        }
        addConsoleProvider(m_server->url(), Key);
        m_db.open(m_target);
        QVERIFY(test::openMainWindow(m_context, m_window, m_target));
        m_window->showPane(MainWindow::PaneId::Ai);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 15000);
        QCOMPARE(child<QTabWidget>("aiTabs")->currentIndex(), 0); // the console comes first
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void theAnswerArrivesProgressivelyAndStopKeepsWhatArrived()
    {
        m_server->setStream(120, 40); // about 46 words, one every 120 ms
        QSignalSpy grew(pane(), &AiPane::answerGrew);
        QSignalSpy finished(pane(), &AiPane::askFinished);
        ask(QStringLiteral("Which tenants need attention right now"));
        QVERIFY(!button("askButton")->isEnabled());
        // An intermediate state: part of the answer is on screen, the rest is still coming.
        QTRY_VERIFY_WITH_TIMEOUT(grew.size() >= 3, 20000);
        const QString partial = grew.last().at(0).toString();
        QVERIFY2(partial.startsWith(QStringLiteral("ok Which tenants")), qPrintable(partial));
        QVERIFY(finished.isEmpty());
        QVERIFY(button("stopButton")->isEnabled());
        QVERIFY(child<QTextBrowser>("transcript")->toPlainText().contains(partial));
        QVERIFY(child<QTreeWidget>("threadList")->isEnabled() == false);
        QVERIFY(QDir(m_shots).exists());
        QVERIFY(m_window->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-console-streaming.png"))));
        button("stopButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("cancelled"));
        m_server->setStream(0, 0);
        // Stored as stopped, with what arrived (which is not the whole answer).
        const QString stored =
            text(QStringLiteral("SELECT content FROM ai_messages WHERE role = 'assistant' ORDER BY "
                                "id DESC LIMIT 1"));
        QVERIFY2(stored.startsWith(partial.left(16)) && !stored.contains(QStringLiteral("w40")),
                 qPrintable(stored));
        QCOMPARE(text(QStringLiteral("SELECT provider_status FROM ai_messages ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("stopped"));
        QCOMPARE(text(QStringLiteral("SELECT status FROM ai_audit ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("threadList")->topLevelItemCount(), 1, 10000);
        QVERIFY(button("askButton")->isEnabled() == false); // the question box was emptied
    }

    void aWholeAnswerCitesThePlatformAndACitationOpensItsTarget()
    {
        QSignalSpy finished(pane(), &AiPane::askFinished);
        button("newThreadButton")->click();
        ask(QStringLiteral("What failed this week"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("success"));
        auto* citations = child<QListWidget>("citationList");
        QTRY_VERIFY_WITH_TIMEOUT(citations->count() > 0, 10000);
        QVERIFY(child<QTextBrowser>("transcript")
                    ->toPlainText()
                    .contains(QStringLiteral("ok What failed this week")));
        QVERIFY(m_window->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-console.png"))));
        // A tenant the answer cites opens in the Tenants pane.
        QListWidgetItem* tenantItem = nullptr;
        for (int i = 0; i < citations->count() && !tenantItem; ++i)
            if (citations->item(i)->text().contains(QStringLiteral("tenant ")))
                tenantItem = citations->item(i);
        QVERIFY2(tenantItem, "no tenant among the citations");
        QSignalSpy opened(pane(), &AiPane::citationOpened);
        QSignalSpy tenant(pane(), &Pane::openTenantRequested);
        Q_EMIT citations->itemActivated(tenantItem);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), QStringLiteral("tenant"));
        QTRY_COMPARE_WITH_TIMEOUT(tenant.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tenantsPane()->isVisible(), 5000);
        m_window->showPane(MainWindow::PaneId::Ai);
    }

    // A published prompt chosen in the console, with its variable filled in, is what is asked; the value is
    // inserted literally.
    void aPromptChosenWithItsValuesIsWhatIsAsked()
    {
        cli({QStringLiteral("ai"), QStringLiteral("prompt"), QStringLiteral("add"), QStringLiteral("brief"),
             QStringLiteral("--name"), QStringLiteral("Brief"), QStringLiteral("--var"),
             QStringLiteral("tenant"), QStringLiteral("--yes")},
            "Brief me on {{tenant}} now");
        pane()->reload(); // another process wrote it, and SQLite tells no one
        auto* prompts = child<QComboBox>("askPromptCombo");
        QTRY_VERIFY_WITH_TIMEOUT(prompts->findData(QStringLiteral("brief")) > 0, 10000);
        button("newThreadButton")->click();
        child<QPlainTextEdit>("questionEdit")->clear();
        QVERIFY(!button("askButton")->isEnabled());
        prompts->setCurrentIndex(prompts->findData(QStringLiteral("brief")));
        auto* value = child<QLineEdit>("promptValue_tenant");
        QVERIFY(value);
        QVERIFY(value->isVisible());
        value->setText(QStringLiteral("acme {{x}}"));
        QVERIFY(button("askButton")->isEnabled());
        QSignalSpy finished(pane(), &AiPane::askFinished);
        button("askButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("success"));
        QCOMPARE(text(QStringLiteral(
                     "SELECT content FROM ai_messages WHERE role = 'user' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("Brief me on acme {{x}} now"));
        QVERIFY(child<QTextBrowser>("transcript")
                    ->toPlainText()
                    .contains(QStringLiteral("ok Brief me on acme {{x}}")));
        prompts->setCurrentIndex(0);
        QVERIFY(!child<QWidget>("promptFields")->isVisible());
    }

    void feedbackClosingAndDeletingAskFirst()
    {
        const QString before = test::snapshot(m_db);
        // The answer just given can be rated at once, without waiting for the thread to be read back.
        QVERIFY(button("feedbackUpButton")->isEnabled());
        button("feedbackUpButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QTest::qWait(200);
        QCOMPARE(test::snapshot(m_db), before);
        QTRY_VERIFY_WITH_TIMEOUT(!button("feedbackUpButton")->isChecked(), 5000);
        button("feedbackUpButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM ai_feedback WHERE rating = 1")),
                                  1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(button("feedbackUpButton")->isChecked(), 5000);

        const QString beforeClose = test::snapshot(m_db);
        button("closeThreadButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QTest::qWait(200);
        QCOMPARE(test::snapshot(m_db), beforeClose);
        button("closeThreadButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM ai_threads WHERE state = 'closed'")), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!button("closeThreadButton")->isEnabled(), 5000);

        const qint64 threads = scalar(QStringLiteral("SELECT count(*) FROM ai_threads"));
        button("deleteThreadButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QTest::qWait(200);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_threads")), threads);
        button("deleteThreadButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT count(*) FROM ai_threads")), threads - 1,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("threadList")->topLevelItemCount(), int(threads - 1),
                                  10000);
    }

    // The provider fails with a megabyte of JSON on one line: the bar says what it said in a line, its
    // tooltip the body's bounded start, Details… all of it (wrapped, since nobody scrolls a megabyte
    // sideways); the AI audit keeps only the line.
    void aMegabyteProviderErrorIsBoundedWithDetails()
    {
        m_server->misbehave(QStringLiteral("huge_error"), 1);
        QSignalSpy finished(pane(), &AiPane::askFinished);
        button("newThreadButton")->click();
        ask(QStringLiteral("How are the tenants doing"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("error"));
        MessageBar* bar = nullptr;
        for (MessageBar* b : pane()->findChildren<MessageBar*>())
            if (b->isVisible())
                bar = b;
        QVERIFY(bar);
        QVERIFY2(
            bar->text().contains(QStringLiteral("The server had an error while processing your request.")),
            qPrintable(bar->text().left(500)));
        QVERIFY2(bar->text().size() < 600, qPrintable(QString::number(bar->text().size())));
        const QString tip = bar->findChild<QLabel*>(QStringLiteral("messageText"))->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("{\"error\":{\"message\":")), qPrintable(tip.left(200)));
        QVERIFY2(tip.size() < 400 && tip.contains(QStringLiteral(" MB more not shown")), qPrintable(tip));
        QVERIFY(bar->details().size() > 1000 * 1000);

        QPointer<DetailsDialog> dialog = bar->openDetails();
        QVERIFY(dialog && dialog->isVisible() && !dialog->isModal());
        auto* whole = dialog->findChild<QPlainTextEdit*>(QStringLiteral("detailsText"));
        QCOMPARE(whole->toPlainText(), bar->details());
        QCOMPARE(whole->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QVERIFY(
            dialog->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-console-huge-error-details.png"))));
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
        const QString audited =
            text(QStringLiteral("SELECT error_message FROM ai_audit ORDER BY id DESC LIMIT 1"));
        QVERIFY2(audited.size() < 600 && audited.contains(QStringLiteral("The server had an error")),
                 qPrintable(audited.left(700)));
    }
};

QTEST_MAIN(TestGuiAiConsole)
#include "tst_gui_ai_console.moc"
