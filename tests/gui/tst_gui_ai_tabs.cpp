// The AI pane's Prompts, Events and Audit tabs on the real main window, offscreen, on a real SQLite store:
// the editor finds variables as they are typed and the preview renders with the values typed (a value
// holding "{{x}}" stays literal); saving makes a new published version after confirmation and the history
// shows the diff; marking two events processed takes one confirmation and stores the notes; the AI audit
// shows what was stored, redacted. Each tab is rendered to PNG (into $FUSION_SCREENSHOT_DIR when set).
#include "models/ai/AiAudit.h"
#include "models/ai/EventsInbox.h"
#include "models/ai/PromptLibrary.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/Database.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/AiPaneFixture.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/ai/AiPromptsTab.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

class TestGuiAiTabs : public QObject, protected test::AiPaneFixture {
    Q_OBJECT

    qint64 scalar(const QString& sql) { return m_db.scalar(sql).toLongLong(); }
    void showTab(const char* name)
    {
        auto* tabs = child<QTabWidget>("aiTabs");
        tabs->setCurrentWidget(child<QWidget>(name));
    }
    void save(const QString& name)
    {
        QTest::qWait(100); // layouts settle (a button's new text) before the picture
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
    }
    QString cell(const char* table, int row, int column) const
    {
        const auto* item = child<QTableWidget>(table)->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        makeShotsDir();
        QVERIFY(test::startMainWindow(m_dir, QStringLiteral("ai-tabs.db"), 4, m_target, m_context, m_window,
                                      MainWindow::PaneId::Ai));
        m_db.open(m_target);
        test::guarded([&] {
            WriteExecutor::execute(
                m_db, PromptLibrary::planCreate(m_db, QStringLiteral("tenant_brief"),
                                                QStringLiteral("Tenant brief"), QString(),
                                                QStringLiteral("Write a short brief about {{tenant}} for the "
                                                               "on-call engineer.\nFocus on failures."),
                                                {QStringLiteral("tenant")}, QStringLiteral("first draft")));
            for (int i = 1; i <= 3; ++i)
                EventsInbox::receive(m_db, QStringLiteral("n8n"), QStringLiteral("order.created"),
                                     QStringLiteral("ord-%1").arg(i),
                                     QStringLiteral("{\"order\": %1, \"total\": 12.5}").arg(i).toUtf8());
            AiAudit::Entry entry;
            entry.operation = QStringLiteral("ask");
            entry.request = QStringLiteral("Why does jane.doe@example.com get errors on acme?");
            entry.response = QStringLiteral("Her card 4111 1111 1111 1111 was declined.");
            entry.latencyMs = 840;
            entry.status = QStringLiteral("success");
            AiAudit::record(m_db, AiAudit::redactor(m_db), entry);
        });
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void theEditorDetectsVariablesAndPreviewsAsYouType()
    {
        showTab("aiPromptsTab");
        auto* editor = child<QPlainTextEdit>("promptTemplateEdit");
        QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>("promptList")->topLevelItemCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(editor->toPlainText().startsWith(QStringLiteral("Write a short brief")),
                                 10000);

        // A new variable is found as it is typed, and said to be undeclared.
        editor->setPlainText(QStringLiteral("Brief on {{tenant}} about {{topic}}."));
        auto* detected = child<QLabel>("promptDetectedLabel");
        QTRY_VERIFY_WITH_TIMEOUT(detected->text().contains(QStringLiteral("Detected: tenant, topic")), 5000);
        QVERIFY(detected->text().contains(QStringLiteral("Not declared (saving is refused): topic")));
        QVERIFY(button("declareDetectedButton")->isEnabled());
        button("declareDetectedButton")->click();
        QCOMPARE(child<QLineEdit>("promptVariablesEdit")->text(), QStringLiteral("tenant, topic"));

        // The preview renders with the values typed; a value holding braces stays literal.
        auto* values = child<QTableWidget>("promptValuesTable");
        QCOMPARE(values->rowCount(), 2);
        QCOMPARE(cell("promptValuesTable", 0, 0), QStringLiteral("tenant"));
        values->item(0, 1)->setText(QStringLiteral("acme"));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>("promptPreviewProblem")->text().contains(QStringLiteral("topic")), 5000);
        values->item(1, 1)->setText(QStringLiteral("{{tenant}} backups"));
        auto* tab = pane()->findChild<AiPromptsTab*>();
        QTRY_COMPARE_WITH_TIMEOUT(tab->previewText(),
                                  QStringLiteral("Brief on acme about {{tenant}} backups."), 5000);

        // A broken template says where, and cannot be saved.
        editor->setPlainText(QStringLiteral("Brief on {{tenant"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>("promptParseProblem")
                                     ->text()
                                     .startsWith(QStringLiteral("Line 1, "
                                                                "column 10")),
                                 5000);
        QVERIFY(!button("savePromptButton")->isEnabled());
        editor->setPlainText(QStringLiteral("Brief on {{tenant}} about {{topic}}."));
        QTRY_VERIFY_WITH_TIMEOUT(button("savePromptButton")->isEnabled(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tab->previewText(),
                                  QStringLiteral("Brief on acme about {{tenant}} backups."), 5000);
        QVERIFY(child<QLabel>("promptParseProblem")->isHidden());
        save(QStringLiteral("ai-prompts"));
    }

    void savingMakesANewPublishedVersionWithItsDiff()
    {
        child<QLineEdit>("promptNoteEdit")->setText(QStringLiteral("asks for a topic"));
        const QString before =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM ai_prompt_versions")).toString();
        button("savePromptButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM ai_prompt_versions")).toString(), before);

        button("savePromptButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT published_version FROM ai_prompts")), 2,
                                  10000);
        auto* versions = child<QTreeWidget>("promptVersionList");
        QTRY_COMPARE_WITH_TIMEOUT(versions->topLevelItemCount(), 2, 10000);
        QCOMPARE(versions->topLevelItem(0)->text(0), QStringLiteral("v2 (published)"));
        QCOMPARE(versions->topLevelItem(0)->text(1), QStringLiteral("asks for a topic"));

        showTabOfPrompts(1);
        auto* diff = child<QPlainTextEdit>("promptDiffView");
        QTRY_VERIFY_WITH_TIMEOUT(diff->toPlainText().contains(QStringLiteral("+Brief on {{tenant}} about "
                                                                             "{{topic}}.")),
                                 10000);
        QVERIFY(diff->toPlainText().contains(
            QStringLiteral("-Write a short brief about {{tenant}} for the on-call "
                           "engineer.")));
        save(QStringLiteral("ai-prompt-history"));

        // Publishing the first version again moves the pointer only.
        versions->setCurrentItem(versions->topLevelItem(1));
        QVERIFY(button("publishPromptButton")->isEnabled());
        button("publishPromptButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT published_version FROM ai_prompts")), 1,
                                  10000);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_prompt_versions")), 2);
        showTabOfPrompts(0);
    }

    void eventsAreMarkedProcessedTogetherWithNotes()
    {
        showTab("aiEventsTab");
        auto* list = child<QTreeWidget>("eventList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 3, 10000);
        list->setCurrentItem(list->topLevelItem(0));
        auto* payload = child<QPlainTextEdit>("eventPayloadView");
        QTRY_VERIFY_WITH_TIMEOUT(payload->toPlainText().contains(QStringLiteral("\"total\": 12.5")), 5000);
        list->topLevelItem(1)->setSelected(true);
        QCOMPARE(button("processEventsButton")->text(), QStringLiteral("&Mark 2 Processed…"));
        child<QLineEdit>("eventNotesEdit")->setText(QStringLiteral("orders imported"));
        save(QStringLiteral("ai-events"));
        button("processEventsButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_events WHERE processed")), 0);
        button("processEventsButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM ai_events WHERE processed AND notes "
                                  "= 'orders imported'")),
            2, 10000);
        // The inbox shows what is left to do.
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
    }

    void theAuditShowsWhatWasStoredRedacted()
    {
        showTab("aiAuditTab");
        auto* list = child<QTreeWidget>("aiAuditList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ask"));
        QCOMPARE(list->topLevelItem(0)->text(6), QStringLiteral("840 ms"));
        const QString request = child<QPlainTextEdit>("aiAuditRequest")->toPlainText();
        const QString response = child<QPlainTextEdit>("aiAuditResponse")->toPlainText();
        QVERIFY2(!request.contains(QStringLiteral("jane.doe@example.com")), qPrintable(request));
        QVERIFY2(!response.contains(QStringLiteral("4111 1111 1111 1111")), qPrintable(response));
        QVERIFY(request.contains(QStringLiteral("get errors on acme")));
        QVERIFY(list->topLevelItem(0)->text(7).contains(QStringLiteral("email 1")));
        save(QStringLiteral("ai-audit"));
    }

    // A workspace made through its dialog is owned by its creator; a member added and promoted, each after
    // confirmation; a declined confirmation changes nothing.
    void aWorkspaceIsMadeAndItsMembersManaged()
    {
        showTab("aiWorkspacesTab");
        QTRY_VERIFY_WITH_TIMEOUT(button("createWorkspaceButton")->isEnabled(), 10000);
        button("createWorkspaceButton")->click();
        QPointer<QDialog> dialog = waitForTop<QDialog>(QStringLiteral("newWorkspaceDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("newWorkspaceNameEdit"))
            ->setText(QStringLiteral("Finance"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT count(*) FROM workspaces WHERE name = 'Finance'")), 1, 10000);
        auto* members = child<QTreeWidget>("workspaceMemberList");
        QTRY_COMPARE_WITH_TIMEOUT(members->topLevelItemCount(), 1, 10000);
        QCOMPARE(members->topLevelItem(0)->text(1), QStringLiteral("owner"));

        child<QLineEdit>("newMemberLoginEdit")->setText(QStringLiteral("ada"));
        button("addMemberButton")->click();
        QVERIFY(test::answerConfirmation(false));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workspace_members")), 1);
        child<QLineEdit>("newMemberLoginEdit")->setText(QStringLiteral("ada"));
        button("addMemberButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(members->topLevelItemCount(), 2, 10000);
        QTreeWidgetItem* ada = nullptr;
        for (int i = 0; i < members->topLevelItemCount(); ++i)
            if (members->topLevelItem(i)->text(0) == QLatin1String("ada"))
                ada = members->topLevelItem(i);
        QVERIFY(ada);
        members->setCurrentItem(ada);
        auto* role = child<QComboBox>("memberRoleCombo");
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        button("setMemberRoleButton")->click();
        QVERIFY(test::answerConfirmation(true));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_db.scalar(QStringLiteral("SELECT role FROM workspace_members WHERE login = 'ada'")).toString(),
            QStringLiteral("admin"), 10000);
        save(QStringLiteral("ai-workspaces"));
    }

private:
    void showTabOfPrompts(int index) { child<QTabWidget>("promptSubTabs")->setCurrentIndex(index); }
};

QTEST_MAIN(TestGuiAiTabs)
#include "tst_gui_ai_tabs.moc"
