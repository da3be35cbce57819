// The AI pane's Knowledge tab on the real main window, offscreen, against the Python Odoo stand-in with the
// tenant's Odoo password in a real Secret Service: Sync reads the tenant's projects and tasks and asks before
// storing (Cancel stores nothing), the sources list shows what was stored, and the search tester finds a
// project by its words with them marked; Embed… asks (Cancel sends and stores nothing), then embeds every
// chunk through the providers stand-in, and the search tester finds a task by meaning; a tenant's Supabase
// project is chosen through its dialog and forgotten again, each asking first (Cancel stores nothing).
// Rendered to PNG (into $FUSION_SCREENSHOT_DIR when set).
#include "models/storage/Database.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/AiPaneFixture.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/ai/KbSourceDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
} // namespace

class TestGuiAiKnowledge : public QObject, protected test::AiPaneFixture {
    Q_OBJECT

    std::unique_ptr<test::FakeOdoo> m_server;

    qint64 chunks() { return m_db.scalar(QStringLiteral("SELECT count(*) FROM kb_chunks")).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        makeShotsDir();
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->reset();
        m_target = test::sqliteTarget(m_dir, QStringLiteral("knowledge-gui.db"));
        cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        cli({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")});
        cli({QStringLiteral("odoo"), QStringLiteral("connect"), kSlug, QStringLiteral("--url"),
             m_server->url().toString(), QStringLiteral("--db"), QStringLiteral("odoopeer"),
             QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
             QStringLiteral("--yes")},
            "admin\n");
        m_db.open(m_target);
        QVERIFY(test::openMainWindow(m_context, m_window, m_target));
        m_window->showPane(MainWindow::PaneId::Ai);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce(), 15000);
        QVERIFY(pane()->showTab(QStringLiteral("knowledge")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void syncAsksFirstThenStoresWhatItRead()
    {
        auto* tenant = child<QComboBox>("kbSyncTenantCombo");
        QTRY_VERIFY_WITH_TIMEOUT(tenant->findData(kSlug) >= 0, 15000);
        tenant->setCurrentIndex(tenant->findData(kSlug));
        auto* sync = child<QPushButton>("kbSyncButton");
        QVERIFY(sync->isEnabled());
        sync->click();
        QVERIFY(!sync->isEnabled()); // one sync at a time
        QVERIFY(test::answerConfirmation(false, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(sync->isEnabled(), 15000);
        QCOMPARE(chunks(), 0);

        sync->click();
        QVERIFY(test::answerConfirmation(true, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(chunks() > 0, 15000);
        auto* sources = child<QTreeWidget>("kbSourceList");
        QTRY_VERIFY_WITH_TIMEOUT(
            sources->topLevelItemCount() == 1 && sources->topLevelItem(0)->text(0) == kSlug, 15000);
        QCOMPARE(sources->topLevelItem(0)->text(1), QLocale().toString(chunks()));
    }

    void theSearchTesterFindsByWords()
    {
        child<QLineEdit>("kbQueryEdit")->setText(QStringLiteral("office design"));
        child<QPushButton>("kbSearchButton")->click();
        auto* hits = child<QTreeWidget>("kbHitList");
        QTRY_VERIFY_WITH_TIMEOUT(hits->topLevelItemCount() > 0, 15000);
        // The project itself and its tasks (which name their project) hold both words.
        bool project = false;
        for (int i = 0; i < hits->topLevelItemCount(); ++i) {
            project = project || hits->topLevelItem(i)->text(0) == QStringLiteral("Office Design");
            QCOMPARE(hits->topLevelItem(i)->text(1), kSlug);
        }
        QVERIFY(project);
        const QString shown = child<QTextBrowser>("kbHitView")->toHtml();
        QVERIFY2(shown.contains(QStringLiteral("font-weight")), "the words found are not marked");
        QVERIFY(m_window->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-knowledge.png"))));

        // Hostile input is just words: no error, no match.
        child<QLineEdit>("kbQueryEdit")->setText(QStringLiteral("\"NEAR( zzqx* ' OR 1=1 --"));
        child<QPushButton>("kbSearchButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QTextBrowser>("kbHitView")
                                     ->toPlainText()
                                     .contains(QStringLiteral("No chunk holds every word.")),
                                 15000);
    }

    void embedAsksFirstThenTheSearchFindsByMeaning()
    {
        // The providers stand-in plays OpenAI's embeddings; the consumer "ai-knowledge" may call it.
        const QByteArray key("sk-gui-knowledge-0123456789abcdef");
        test::FakeProviders providers;
        QVERIFY2(providers.ok(), qPrintable(providers.error()));
        providers.setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(key)});
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
             QStringLiteral("openai"), QStringLiteral("--base-url"), providers.url().toString(),
             QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
             QStringLiteral("--label"), QStringLiteral("kb"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--yes")},
            key);
        cli({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
             QStringLiteral("ai-knowledge"), QStringLiteral("--provider"), QStringLiteral("openai"),
             QStringLiteral("--yes")});
        const auto embedded = [this] {
            return m_db.scalar(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE embedding IS NOT NULL"))
                .toLongLong();
        };
        auto* embed = child<QPushButton>("kbEmbedButton");
        QCOMPARE(child<QComboBox>("kbEmbedModelCombo")->currentText(),
                 QStringLiteral("openai:text-embedding-3-small"));
        QVERIFY(embed->isEnabled());
        embed->click();
        QVERIFY(!embed->isEnabled() && !child<QPushButton>("kbSyncButton")->isEnabled()); // one job at a time
        QVERIFY(test::answerConfirmation(false, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(embed->isEnabled(), 15000);
        QCOMPARE(embedded(), 0);
        QCOMPARE(providers.calls().size(), 0);

        embed->click();
        QVERIFY(test::answerConfirmation(true, 30000));
        QTRY_COMPARE_WITH_TIMEOUT(embedded(), chunks(), 30000);
        auto* sources = child<QTreeWidget>("kbSourceList");
        QTRY_COMPARE_WITH_TIMEOUT(sources->topLevelItem(0)->text(2), QLocale().toString(chunks()), 15000);

        auto* mode = child<QComboBox>("kbSearchModeCombo");
        mode->setCurrentIndex(mode->findData(QStringLiteral("vector")));
        child<QLineEdit>("kbQueryEdit")->setText(QStringLiteral("acoustic ceiling clouds"));
        child<QPushButton>("kbSearchButton")->click();
        auto* hits = child<QTreeWidget>("kbHitList");
        QTRY_VERIFY_WITH_TIMEOUT(hits->topLevelItemCount() > 0 &&
                                     hits->topLevelItem(0)->text(0) == QStringLiteral("Noise Reduction"),
                                 15000);
        QVERIFY(m_window->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-knowledge-meaning.png"))));
        mode->setCurrentIndex(mode->findData(QStringLiteral("words")));
    }
    void aSupabaseProjectIsChosenThroughItsDialogAndForgottenAgain()
    {
        cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
             QStringLiteral("supabase"), QStringLiteral("--name"), QStringLiteral("Supabase"),
             QStringLiteral("--base-url"), QStringLiteral("https://supabase.com"), QStringLiteral("--yes")});
        cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("supabase"),
             QStringLiteral("--label"), QStringLiteral("kb"), QStringLiteral("--secret-stdin"),
             QStringLiteral("--yes")},
            "sb-secret-GuiKnowledge000000000000000042\n");
        const auto sources = [this] {
            return m_db.scalar(QStringLiteral("SELECT count(*) FROM kb_sources")).toLongLong();
        };
        auto* tenant = child<QComboBox>("kbSyncTenantCombo");
        tenant->setCurrentIndex(tenant->findData(kSlug));
        auto* button = child<QPushButton>("kbSourceButton");
        QVERIFY(button->isEnabled());
        const auto openDialog = [&]() -> KbSourceDialog* {
            button->click();
            return waitForTop<KbSourceDialog>(QStringLiteral("kbSourceDialog"));
        };

        // The form says what is missing; then Save asks, and Cancel stores nothing.
        for (const bool confirm : {false, true}) {
            QPointer<KbSourceDialog> dialog = openDialog();
            QVERIFY(dialog);
            auto* save = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!save->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("kbSourceRemoveButton")));
            dialog->findChild<QLineEdit*>(QStringLiteral("kbProjectUrlEdit"))
                ->setText(QStringLiteral("https://kbgui.supabase.co"));
            QVERIFY(!save->isEnabled());
            dialog->findChild<QLineEdit*>(QStringLiteral("kbTenantRefEdit"))
                ->setText(QStringLiteral("odoo_company:1"));
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("kbKeyCombo"))->currentText(),
                     QStringLiteral("supabase/kb"));
            QVERIFY(save->isEnabled());
            if (confirm)
                QVERIFY(
                    dialog->grab().save(QDir(m_shots).filePath(QStringLiteral("ai-knowledge-source.png"))));
            save->click();
            QVERIFY(test::answerConfirmation(confirm, 30000));
            QTRY_COMPARE_WITH_TIMEOUT(sources(), confirm ? 1 : 0, 10000);
        }
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT project_url FROM kb_sources")).toString(),
                 QStringLiteral("https://kbgui.supabase.co"));
        auto* list = child<QTreeWidget>("kbSourceList");
        QTRY_VERIFY_WITH_TIMEOUT(
            !list->findItems(QStringLiteral("https://kbgui.supabase.co"), Qt::MatchExactly, 7).isEmpty(),
            10000);

        // Opened again, the dialog shows the project; "Search locally again" asks, and Cancel keeps it.
        for (const bool confirm : {false, true}) {
            QPointer<KbSourceDialog> dialog = openDialog();
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("kbProjectUrlEdit"))->text(),
                     QStringLiteral("https://kbgui.supabase.co"));
            QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("kbTenantRefEdit"))->text(),
                     QStringLiteral("odoo_company:1"));
            dialog->findChild<QPushButton*>(QStringLiteral("kbSourceRemoveButton"))->click();
            QVERIFY(test::answerConfirmation(confirm, 30000));
            QTRY_COMPARE_WITH_TIMEOUT(sources(), confirm ? 0 : 1, 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            list->findItems(QStringLiteral("https://kbgui.supabase.co"), Qt::MatchExactly, 7).isEmpty(),
            10000);
    }
};

QTEST_MAIN(TestGuiAiKnowledge)
#include "tst_gui_ai_knowledge.moc"
