// The Keys pane, offscreen, on the real main window and a real keychain: a key added through its dialog lands
// in the keychain (and only there); Reveal shows the secret and masks it again after the delay and as soon as
// the window loses focus; Copy puts it on the clipboard and clears it after the delay — unless something else
// was copied meanwhile; Revoke asks for the label, and only the exact label lets it through.
#include "models/itemmodels/ApiKeyListModel.h"
#include "models/vault/KeyAttention.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/connection/Connector.h"
#include "ui/keys/KeyEditorDialog.h"
#include "ui/keys/KeysPane.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace fusion;
using fusion::test::waitForTop;

namespace {
const QString Secret = QStringLiteral("sk-proj-GuiPaneSecret0000000000000000042");
} // namespace

class TestGuiKeys : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    KeysPane* pane() const { return m_window->keysPane(); }
    QPushButton* button(const char* name) const
    {
        return pane()->findChild<QPushButton*>(QLatin1String(name));
    }
    QLineEdit* secretField() const { return pane()->findChild<QLineEdit*>(QStringLiteral("secretEdit")); }
    qint64 audits(const QString& action)
    {
        Database db;
        db.open(m_target);
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        // Test-mode settings outlive a run: start from the defaults whatever an earlier run left.
        KeyAttention{30, 90}.save();
        QVERIFY(test::startMainWindow(m_dir, QStringLiteral("keys-gui.db"), 0, m_target, m_context, m_window,
                                      MainWindow::PaneId::Keys, 10000));
        pane()->setRevealSeconds(1);
        pane()->setClipboardSeconds(1);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void addAKeyThroughTheDialog()
    {
        auto* providers = pane()->findChild<QListWidget*>(QStringLiteral("providerList"));
        for (int i = 0; i < providers->count(); ++i) {
            if (providers->item(i)->data(Qt::UserRole).toString() == QLatin1String("openai"))
                providers->setCurrentRow(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(button("addKeyButton")->isEnabled(), 10000);
        const QString itemsBefore = test::keychainItems();
        button("addKeyButton")->click();
        QPointer<KeyEditorDialog> editor = waitForTop<KeyEditorDialog>(QStringLiteral("keyEditorDialog"));
        QVERIFY(editor);
        auto* ok = editor->findChild<QPushButton*>(QStringLiteral("okButton"));
        QVERIFY(!ok->isEnabled()); // no label, no secret
        editor->findChild<QLineEdit*>(QStringLiteral("labelEdit"))->setText(QStringLiteral("gui-primary"));
        auto* secret = editor->findChild<QLineEdit*>(QStringLiteral("secretEdit"));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        secret->setText(Secret);
        editor->findChild<QCheckBox*>(QStringLiteral("checkFirst"))->setChecked(false); // no network here
        QVERIFY(ok->isEnabled());
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            editor->grab().save(QDir(shots).filePath(QStringLiteral("key-editor.png")));
        ok->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("key.add"));
        confirm->accept();
        auto* table = pane()->findChild<QTableView*>(QStringLiteral("keyTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!editor, 5000); // accepted and gone once saved
        QVERIFY(test::keychainItems() != itemsBefore);
        Database db;
        db.open(m_target);
        QVERIFY(!test::snapshot(db).contains(Secret));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("keys.png")));
    }

    void aProviderOfOneOwnAndAnotherAddress()
    {
        button("addProviderButton")->click();
        auto* dialog = waitForTop<QDialog>(QStringLiteral("providerDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("mistral"));
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Mistral AI"));
        dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("not an address"));
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://api.mistral.ai"));
        QVERIFY(ok->isEnabled());
        ok->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("provider.add"));
        confirm->accept();
        auto* providers = pane()->findChild<QListWidget*>(QStringLiteral("providerList"));
        QTRY_VERIFY_WITH_TIMEOUT(providers->currentItem() &&
                                     providers->currentItem()->data(Qt::UserRole).toString() ==
                                         QLatin1String("mistral"),
                                 10000);
        button("addressButton")->click();
        QPointer<QDialog> addressDialog = waitForTop<QDialog>(QStringLiteral("providerDialog"));
        dialog = addressDialog;
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("https://eu.proxy.example.com"));
        dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("provider.base_url"));
        confirm->accept();
        Database db;
        db.open(m_target);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT base_url_override FROM providers WHERE code = 'mistral'"))
                .toString(),
            QStringLiteral("https://eu.proxy.example.com"), 10000);
        // The pane has taken the save in (dialog closed, Mistral still chosen) before the person moves on.
        QTRY_VERIFY_WITH_TIMEOUT(!addressDialog, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->hasLoadedOnce() && providers->currentItem() &&
                                     providers->currentItem()->data(Qt::UserRole).toString() ==
                                         QLatin1String("mistral"),
                                 10000);
        // Back to OpenAI's keys for the tests that follow.
        for (int i = 0; i < providers->count(); ++i) {
            if (providers->item(i)->data(Qt::UserRole).toString() == QLatin1String("openai"))
                providers->setCurrentRow(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->findChild<QTableView*>(QStringLiteral("keyTable"))->model()->rowCount() == 1, 10000);
    }

    void revealMasksAfterTheDelayAndOnFocusLoss()
    {
        const qint64 before = audits(QStringLiteral("key.reveal"));
        QSignalSpy revealed(pane(), &KeysPane::revealed);
        QTRY_VERIFY_WITH_TIMEOUT(button("revealButton")->isEnabled(), 5000);
        QVERIFY(secretField()->text() != Secret);
        button("revealButton")->click();
        QVERIFY(revealed.wait(10000));
        QCOMPARE(secretField()->text(), Secret);
        QCOMPARE(secretField()->echoMode(), QLineEdit::Normal);
        QCOMPARE(audits(QStringLiteral("key.reveal")), before + 1);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("keys-revealed.png")));
        // After the delay (1 s here).
        QTRY_VERIFY_WITH_TIMEOUT(secretField()->text() != Secret, 5000);
        QCOMPARE(secretField()->echoMode(), QLineEdit::Password);
        QVERIFY(!pane()->isRevealed());

        // As soon as the window is no longer the active one.
        pane()->setRevealSeconds(60);
        button("revealButton")->click();
        QVERIFY(revealed.wait(10000));
        QCOMPARE(secretField()->text(), Secret);
        QEvent deactivate(QEvent::WindowDeactivate);
        QCoreApplication::sendEvent(m_window.get(), &deactivate);
        QVERIFY(secretField()->text() != Secret);
        QVERIFY(!pane()->isRevealed());
        pane()->setRevealSeconds(1);
    }

    void copyClearsTheClipboardOnlyIfItStillHoldsTheSecret()
    {
        QClipboard* clipboard = QApplication::clipboard();
        QSignalSpy copied(pane(), &KeysPane::copied);
        button("copyButton")->click();
        QVERIFY(copied.wait(10000));
        QCOMPARE(clipboard->text(), Secret);
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);

        // Something else copied meanwhile stays.
        button("copyButton")->click();
        QVERIFY(copied.wait(10000));
        QCOMPARE(clipboard->text(), Secret);
        clipboard->setText(QStringLiteral("a note the person copied"));
        QTest::qWait(1600);
        QCOMPARE(clipboard->text(), QStringLiteral("a note the person copied"));
        QVERIFY(audits(QStringLiteral("key.copy")) >= 2);
    }

    // The dashboard counts keys that need attention and opens the Keys pane from there.
    void dashboardFlagsKeysNeedingAttention()
    {
        m_window->showPane(MainWindow::PaneId::Dashboard);
        auto* card = m_window->findChild<QWidget*>(QStringLiteral("keysCard"));
        QVERIFY(card);
        const auto shown = [card] {
            return card->findChildren<QLabel*>().isEmpty() ? QString()
                                                           : card->findChildren<QLabel*>().first()->text();
        };
        QTRY_VERIFY_WITH_TIMEOUT(card->isVisible() && shown() == QLatin1String("0"), 10000);
        {
            Database db;
            db.open(m_target);
            // The key expires in five days (as if added long ago with an expiry).
            db.exec(QStringLiteral(
                        "UPDATE api_keys SET expires_at = ?, row_version = row_version + 1 WHERE label = "
                        "'gui-primary'"),
                    {QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)});
        }
        Q_EMIT m_context->dataChanged(QStringLiteral("api_keys"));
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("1"), 10000);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("dashboard-keys.png")));
        QTest::mouseClick(card, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible(), 5000);
        auto* table = pane()->findChild<QTableView*>(QStringLiteral("keyTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1 &&
                                     table->model()
                                         ->index(0, ApiKeyListModel::AttentionColumn)
                                         .data()
                                         .toString()
                                         .startsWith(QStringLiteral("expires in")),
                                 10000);
        // Warned three days ahead only, a key that expires in five needs nothing yet — here and on the
        // dashboard.
        auto* expiring = pane()->findChild<QSpinBox*>(QStringLiteral("expiringDaysSpin"));
        const int kept = expiring->value();
        expiring->setValue(3);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->model()->index(0, ApiKeyListModel::AttentionColumn).data().toString().isEmpty(), 5000);
        m_window->showPane(MainWindow::PaneId::Dashboard);
        QTRY_COMPARE_WITH_TIMEOUT(shown(), QStringLiteral("0"), 10000);
        expiring->setValue(kept);
        m_window->showPane(MainWindow::PaneId::Keys);
    }

    void revokeNeedsTheLabelTyped()
    {
        Database db;
        db.open(m_target);
        const QString ref =
            db.scalar(QStringLiteral(
                          "SELECT keychain_ref FROM api_keys WHERE label = 'gui-primary' AND status <> "
                          "'revoked'"))
                .toString();
        QVERIFY(test::keychainHasItem(ref));
        button("revokeButton")->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        auto* phrase = confirm->findChild<QLineEdit*>(QStringLiteral("confirmPhraseEdit"));
        auto* go = confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(phrase && phrase->isVisible());
        QVERIFY(!go->isEnabled());
        phrase->setText(QStringLiteral("gui-primar"));
        QVERIFY(!go->isEnabled());
        phrase->setText(QStringLiteral("GUI-PRIMARY"));
        QVERIFY(!go->isEnabled());
        phrase->setText(QStringLiteral("gui-primary"));
        QVERIFY(go->isEnabled());
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            confirm->grab().save(QDir(shots).filePath(QStringLiteral("key-revoke.png")));
        go->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            db
                .scalar(QStringLiteral(
                    "SELECT count(*) FROM api_keys WHERE label = 'gui-primary' AND status <> 'revoked'"))
                .toInt(),
            0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!test::keychainHasItem(ref), 10000);
    }

    // After the revoke: the key comes back from a file exported before, through the pane's Import.
    void exportThenImportBringsTheKeyBack()
    {
        // Export needs a live key: add one, export it, then revoke it.
        const QString file = m_dir.filePath(QStringLiteral("gui.fcvault"));
        {
            Database db;
            db.open(m_target);
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT count(*) FROM api_keys WHERE status <> 'revoked'")).toInt(),
                0);
        }
        addAKeyThroughTheDialog();
        button("exportButton")->click();
        auto* dialog = waitForTop<QDialog>(QStringLiteral("keyFileDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(file);
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("okButton"));
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("gui export passphrase"));
        QVERIFY(!ok->isEnabled()); // the repeat differs
        dialog->findChild<QLineEdit*>(QStringLiteral("repeatEdit"))
            ->setText(QStringLiteral("gui export passphrase"));
        QVERIFY(ok->isEnabled());
        ok->click();
        auto* confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("keys.export"));
        confirm->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 20000);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(Secret.toUtf8()));
        revokeNeedsTheLabelTyped();

        button("importButton")->click();
        dialog = waitForTop<QDialog>(QStringLiteral("keyFileDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(file);
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("not the passphrase"));
        dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        // A wrong passphrase is said in the dialog; nothing is asked or stored.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->isEnabled(),
                                 20000);
        bool said = false;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            said = said || l->text().contains(QStringLiteral("passphrase is wrong"));
        QVERIFY(said);
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))
            ->setText(QStringLiteral("gui export passphrase"));
        dialog->findChild<QPushButton*>(QStringLiteral("okButton"))->click();
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->plan().action, QStringLiteral("keys.import"));
        confirm->accept();
        Database db;
        db.open(m_target);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral(
                          "SELECT count(*) FROM api_keys WHERE label = 'gui-primary' AND status = 'active'"))
                .toInt(),
            1, 20000);
        QTemporaryDir home;
        const test::CliResult got = test::runCli(
            home.path(), {QStringLiteral("--db"), QStringLiteral("sqlite://") + m_target.sqlitePath,
                          QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")});
        QCOMPARE(got.out.trimmed(), Secret);
    }
};

QTEST_MAIN(TestGuiKeys)
#include "tst_gui_keys.moc"
