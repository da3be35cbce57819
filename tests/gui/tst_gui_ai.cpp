// The AI pane on the real main window, offscreen: a provider added through its dialog (only the fields of the
// chosen type shown), asked first — Cancel stores nothing, Add stores it as the scope's default; the table
// follows deactivation and "Show inactive"; the retention saved after confirmation. The pane and the dialog
// are rendered to PNG (into $FUSION_SCREENSHOT_DIR when set) for people to look at.
#include "models/ai/AiProviders.h"
#include "models/itemmodels/AiProviderListModel.h"
#include "models/storage/Database.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/ai/AiPane.h"
#include "ui/ai/AiProviderDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/ConfirmDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace fusion;
using fusion::test::waitForTop;

class TestGuiAi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    Database m_db; // the test's own look at the store
    QString m_shots;

    AiPane* pane() const { return m_window->aiPane(); }
    QPushButton* button(const char* name) const
    {
        return pane()->findChild<QPushButton*>(QLatin1String(name));
    }
    qint64 scalar(const QString& sql) { return m_db.scalar(sql).toLongLong(); }
    void save(QWidget* widget, const QString& name)
    {
        const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }
    // Clicks Add Provider…, fills the dialog as `fill` says and presses its Add… button.
    QPointer<AiProviderDialog> addThroughDialog(const std::function<void(AiProviderDialog*)>& fill)
    {
        button("addProviderButton")->click();
        QPointer<AiProviderDialog> dialog = waitForTop<AiProviderDialog>();
        if (!dialog)
            return dialog;
        fill(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        return dialog;
    }
    bool selectProvider(const QString& name)
    {
        auto* table = pane()->findChild<QTableView*>(QStringLiteral("providerTable"));
        for (int row = 0; row < pane()->providerModel()->rowCount(); ++row) {
            if (pane()->providerModel()->rowAt(row)->name == name) {
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QDir().mkpath(m_shots);
        QVERIFY(test::startMainWindow(m_dir, QStringLiteral("ai-gui.db"), 4, m_target, m_context, m_window,
                                      MainWindow::PaneId::Ai));
        m_db.open(m_target);
        pane()->findChild<QTabWidget*>(QStringLiteral("aiTabs"))->setCurrentIndex(1); // Providers
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void theDialogShowsWhatTheTypeNeeds()
    {
        button("addProviderButton")->click();
        QPointer<AiProviderDialog> dialog = waitForTop<AiProviderDialog>();
        QVERIFY(dialog);
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Cloud"));
        // OpenAI without a key in the vault cannot be added, and the dialog says where keys come from.
        type->setCurrentIndex(type->findData(QStringLiteral("openai")));
        QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("keyCombo"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->isVisible());
        QVERIFY(!ok->isEnabled());
        // Ollama needs no key but an address, filled with its own default.
        type->setCurrentIndex(type->findData(QStringLiteral("ollama")));
        QVERIFY(!dialog->findChild<QComboBox*>(QStringLiteral("keyCombo"))->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->text(),
                 QStringLiteral("http://localhost:11434"));
        QVERIFY(ok->isEnabled());
        // Kapa: a project instead of a model.
        type->setCurrentIndex(type->findData(QStringLiteral("kapa")));
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("projectEdit"))->isVisible());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("modelEdit"))->isVisible());
        type->setCurrentIndex(type->findData(QStringLiteral("ollama")));
        save(dialog, QStringLiteral("ai-provider-dialog"));
        dialog->reject();
    }

    void addingAsksFirstAndCancelStoresNothing()
    {
        const QString before = test::snapshot(m_db);
        QPointer<AiProviderDialog> dialog = addThroughDialog([](AiProviderDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Local Llama"));
            auto* type = d->findChild<QComboBox*>(QStringLiteral("typeCombo"));
            type->setCurrentIndex(type->findData(QStringLiteral("ollama")));
        });
        QVERIFY(dialog);
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!confirm || !confirm->isVisible(), 5000);
        QTest::qWait(200);
        QCOMPARE(test::snapshot(m_db), before);
        QCOMPARE(pane()->providerModel()->rowCount(), 0);

        // Again, confirmed: stored, shown, and the platform's default (its first provider).
        dialog = addThroughDialog([](AiProviderDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Local Llama"));
            auto* type = d->findChild<QComboBox*>(QStringLiteral("typeCombo"));
            type->setCurrentIndex(type->findData(QStringLiteral("ollama")));
        });
        confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(pane()->providerModel()->rowCount(), 1, 10000);
        const AiProvider* row = pane()->providerModel()->rowAt(0);
        QCOMPARE(row->name, QStringLiteral("Local Llama"));
        QVERIFY(row->isDefault);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_providers WHERE is_default = 1")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ai_provider.add'")),
                 1);
    }

    void deactivatingHidesItUntilInactiveAreShown()
    {
        QVERIFY(selectProvider(QStringLiteral("Local Llama")));
        QPushButton* toggle = button("toggleActiveButton");
        QTRY_VERIFY_WITH_TIMEOUT(toggle->isEnabled(), 5000);
        QCOMPARE(toggle->text(), QStringLiteral("Dea&ctivate…"));
        QVERIFY(!button("makeDefaultButton")->isEnabled()); // it already is the default
        toggle->click();
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(pane()->providerModel()->rowCount(), 0, 10000);
        QCOMPARE(scalar(QStringLiteral("SELECT active FROM ai_providers WHERE name = 'Local Llama'")), 0);
        pane()->findChild<QCheckBox*>(QStringLiteral("showInactiveCheck"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->providerModel()->rowCount(), 1, 10000);
        QVERIFY(selectProvider(QStringLiteral("Local Llama")));
        QTRY_COMPARE_WITH_TIMEOUT(toggle->text(), QStringLiteral("A&ctivate…"), 5000);
        save(m_window.get(), QStringLiteral("ai-providers"));
    }

    void retentionIsSavedAfterConfirmation()
    {
        auto* tabs = pane()->findChild<QTabWidget*>(QStringLiteral("aiTabs"));
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(QStringLiteral("aiRetentionTab")));
        auto* retention = pane()->findChild<QSpinBox*>(QStringLiteral("retentionSpin"));
        QCOMPARE(retention->value(), 90);
        QVERIFY(!button("saveRetentionButton")->isEnabled());
        retention->setValue(45);
        QVERIFY(button("saveRetentionButton")->isEnabled());
        button("saveRetentionButton")->click();
        QPointer<ConfirmDialog> confirm = waitForTop<ConfirmDialog>();
        QVERIFY(confirm);
        confirm->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral("SELECT audit_retention_days FROM ai_settings")), 45,
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!button("saveRetentionButton")->isEnabled(), 10000);
        save(m_window.get(), QStringLiteral("ai-retention"));
        tabs->setCurrentIndex(0);
    }
};

QTEST_MAIN(TestGuiAi)
#include "tst_gui_ai.moc"
