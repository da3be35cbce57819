// Platform settings, offscreen on a real SQLite database with demo data: every write asks first and Cancel
// changes nothing; then each one done — the environment (and the window's header follows), a soft tenant
// limit, the freeze, the runbooks' address, a service's address and trusted certificate — audited, while the
// keys are listed by keychain reference and fingerprint and never by secret.
#include "models/controlplane/PlatformSettings.h"
#include "tests/gui/ClickWrite.h"
#include "tests/gui/MainWindowTest.h"
#include "ui/keys/KeysPane.h"
#include "ui/settings/SettingsPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

class TestGuiSettings : public QObject, protected MainWindowFixture {
    Q_OBJECT

    SettingsPane* settings() const { return m_window->settingsPane(); }
    template <typename T>
    T* in(const QString& name) const
    {
        return settings()->findChild<T*>(name);
    }
    QTreeWidget* services() const { return in<QTreeWidget>(QStringLiteral("servicesList")); }
    void openSettings()
    {
        m_window->showPane(MainWindow::PaneId::Settings);
        QTRY_VERIFY_WITH_TIMEOUT(services()->topLevelItemCount() >= 6, 10000);
    }
    bool selectService(const QString& name)
    {
        for (int i = 0; i < services()->topLevelItemCount(); ++i) {
            if (services()->topLevelItem(i)->text(0) == name) {
                services()->setCurrentItem(services()->topLevelItem(i));
                return true;
            }
        }
        return false;
    }
    bool write(const QString& button, const QString& dialogName, const std::function<void(QDialog*)>& fill,
               bool confirm)
    {
        return clickWrite(m_window.get(), button, dialogName, fill, confirm);
    }
    QString value(const QString& sql)
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql).toString();
    }
    qint64 audits(const QString& action)
    {
        Database db;
        db.open(m_target);
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toLongLong();
    }
    static void chooseEnvironment(QComboBox* combo, const QString& env)
    {
        combo->setCurrentIndex(combo->findData(env));
    }

    const QString kFingerprint = QStringLiteral(
        "0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0:0F:1E:2D:3C:4B:5A:69:78:87:96:A5:B4:C3:D2:E1:F0");

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }

    void everySettingsWriteAsksFirstAndCancelChangesNothing()
    {
        openSettings();
        const QString before = dbSnapshot();
        chooseEnvironment(in<QComboBox>(QStringLiteral("environmentCombo")), QStringLiteral("prod"));
        QVERIFY(write(QStringLiteral("environmentButton"), {}, nullptr, false));
        // Cancelled: the choice goes back to what the database says.
        QTRY_COMPARE(in<QComboBox>(QStringLiteral("environmentCombo"))->currentData().toString(),
                     QStringLiteral("dev"));
        auto* limits = in<QTreeWidget>(QStringLiteral("limitsList"));
        limits->setCurrentItem(limits->topLevelItem(0));
        QVERIFY(write(
            QStringLiteral("limitButton"), QStringLiteral("limitDialog"),
            [](QDialog* d) {
                d->findChild<QCheckBox*>(QStringLiteral("noLimitCheck"))->setChecked(false);
                d->findChild<QSpinBox*>(QStringLiteral("limitSpin"))->setValue(500);
            },
            false));
        QVERIFY(write(
            QStringLiteral("settingsFreezeButton"), QStringLiteral("freezeDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("freezeReasonEdit"))->setText(QStringLiteral("no"));
            },
            false));
        in<QLineEdit>(QStringLiteral("runbooksEdit"))->setText(QStringLiteral("https://wiki.example.com/rb"));
        QVERIFY(write(QStringLiteral("runbooksSaveButton"), {}, nullptr, false));
        QVERIFY(selectService(QStringLiteral("n8n")));
        QVERIFY(write(
            QStringLiteral("serviceAddressButton"), QStringLiteral("addressDialog"),
            [](QDialog* d) {
                d->findChild<QCheckBox*>(QStringLiteral("defaultAddressCheck"))->setChecked(false);
                d->findChild<QLineEdit*>(QStringLiteral("addressEdit"))
                    ->setText(QStringLiteral("https://n8n.example.com"));
            },
            false));
        QVERIFY(write(
            QStringLiteral("trustCertificateButton"), QStringLiteral("trustDialog"),
            [this](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("fingerprintEdit"))->setText(kFingerprint);
            },
            false));
        QCOMPARE(dbSnapshot(), before);
    }

    void theEnvironmentLimitAndFreezeAreSetHere()
    {
        openSettings();
        shot(QStringLiteral("settings.png"));
        chooseEnvironment(in<QComboBox>(QStringLiteral("environmentCombo")), QStringLiteral("stage"));
        QVERIFY(write(QStringLiteral("environmentButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT environment FROM platform_settings")),
                                  QStringLiteral("stage"), 10000);
        // The header says so too, in the environment's colour.
        auto* badge = m_window->findChild<QLabel*>(QStringLiteral("environmentBadge"));
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible() && badge->text().contains(QStringLiteral("Staging")),
                                 10000);
        QVERIFY(badge->styleSheet().contains(PlatformSettings::environmentColor(QStringLiteral("stage"))));

        // A limit below the tenants running here: the confirmation warns, the wizard will refuse.
        auto* limits = in<QTreeWidget>(QStringLiteral("limitsList"));
        QTRY_VERIFY(limits->topLevelItemCount() == 3);
        limits->setCurrentItem(limits->topLevelItem(1)); // stage
        QVERIFY(write(
            QStringLiteral("limitButton"), QStringLiteral("limitDialog"),
            [](QDialog* d) {
                d->findChild<QCheckBox*>(QStringLiteral("noLimitCheck"))->setChecked(false);
                d->findChild<QSpinBox*>(QStringLiteral("limitSpin"))->setValue(10);
            },
            true));
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral(
                "SELECT soft_tenant_limit FROM environment_limits WHERE environment = 'stage'")),
            QStringLiteral("10"), 10000);
        QTRY_VERIFY(
            in<QLabel>(QStringLiteral("tenantCountLabel"))->text().contains(QStringLiteral("limit of 10")));

        QVERIFY(write(
            QStringLiteral("settingsFreezeButton"), QStringLiteral("freezeDialog"),
            [](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("freezeReasonEdit"))
                    ->setText(QStringLiteral("Incident 7"));
            },
            true));
        QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT operations_frozen FROM platform_settings")),
                                  QStringLiteral("1"), 10000);
        QTRY_VERIFY(
            in<QLabel>(QStringLiteral("freezeStateLabel"))->text().contains(QStringLiteral("Incident 7")));
        QVERIFY(write(QStringLiteral("settingsFreezeButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT operations_frozen FROM platform_settings")),
                                  QStringLiteral("0"), 10000);
        QCOMPARE(audits(QStringLiteral("platform.environment")), 1);
        QCOMPARE(audits(QStringLiteral("platform.tenant_limit")), 1);
    }

    void runbooksAndServicesAreSetHere()
    {
        openSettings();
        auto* runbooks = in<QLineEdit>(QStringLiteral("runbooksEdit"));
        QCOMPARE(runbooks->text(), QStringLiteral("https://runbooks.example.com/fusion")); // the demo's
        runbooks->setText(QStringLiteral("https://wiki.example.com/ops/"));
        QVERIFY(write(QStringLiteral("runbooksSaveButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(value(QStringLiteral("SELECT runbook_base_url FROM platform_settings")),
                                  QStringLiteral("https://wiki.example.com/ops"), 10000);
        QTRY_VERIFY(in<QLabel>(QStringLiteral("runbookExampleLabel"))
                        ->text()
                        .contains(QStringLiteral("https://wiki.example.com/ops/provision")));

        QVERIFY(selectService(QStringLiteral("n8n")));
        QVERIFY(write(
            QStringLiteral("serviceAddressButton"), QStringLiteral("addressDialog"),
            [](QDialog* d) {
                d->findChild<QCheckBox*>(QStringLiteral("defaultAddressCheck"))->setChecked(false);
                d->findChild<QLineEdit*>(QStringLiteral("addressEdit"))
                    ->setText(QStringLiteral("https://n8n.example.com"));
            },
            true));
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT base_url_override FROM providers WHERE code = 'n8n'")),
            QStringLiteral("https://n8n.example.com"), 10000);
        // An address with a password in it is refused in the dialog already.
        QVERIFY(selectService(QStringLiteral("Superset")));
        in<QPushButton>(QStringLiteral("serviceAddressButton"))->click();
        auto* dialog = waitForTop<QDialog>(QStringLiteral("addressDialog"));
        QVERIFY(dialog);
        dialog->findChild<QCheckBox*>(QStringLiteral("defaultAddressCheck"))->setChecked(false);
        dialog->findChild<QLineEdit*>(QStringLiteral("addressEdit"))
            ->setText(QStringLiteral("https://admin:hunter2@superset.example.com"));
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->reject();

        QVERIFY(selectService(QStringLiteral("Keycloak (tenant clients)")));
        QVERIFY(!in<QPushButton>(QStringLiteral("untrustCertificateButton"))->isEnabled());
        QVERIFY(write(
            QStringLiteral("trustCertificateButton"), QStringLiteral("trustDialog"),
            [this](QDialog* d) {
                d->findChild<QLineEdit*>(QStringLiteral("fingerprintEdit"))->setText(kFingerprint);
            },
            true));
        const QString hex = kFingerprint.toLower().remove(QLatin1Char(':'));
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT tls_sha256 FROM providers WHERE code = 'keycloak'")), hex, 10000);
        QTRY_VERIFY(services()->currentItem() && services()->currentItem()->text(2).contains(hex.left(8)));
        QVERIFY(write(QStringLiteral("untrustCertificateButton"), {}, nullptr, true));
        QTRY_VERIFY_WITH_TIMEOUT(
            value(QStringLiteral("SELECT tls_sha256 FROM providers WHERE code = 'keycloak'")).isEmpty(),
            10000);
        QCOMPARE(audits(QStringLiteral("provider.trust_certificate")), 2);
    }

    // Credentials are shown by keychain reference and fingerprint; Manage keys opens the Keys pane on one.
    void keysAreListedByReferenceAndOpenInTheKeysPane()
    {
        {
            Database db;
            db.open(m_target);
            db.exec(QStringLiteral(
                "INSERT INTO api_keys (provider_id, label, kind, keychain_ref, client_id, fingerprint_last4, "
                "fingerprint_hash, is_default, status) SELECT id, 'default', 'api_key', "
                "'vault/00000000-0000-4000-8000-000000000042', '', 'x9Qa', 'abcdef012345', 1, 'active' FROM "
                "providers WHERE code = 'n8n'"));
        }
        openSettings();
        QVERIFY(selectService(QStringLiteral("n8n")));
        QTRY_VERIFY_WITH_TIMEOUT(services()->currentItem()->text(3).contains(
                                     QStringLiteral("vault/00000000-0000-4000-8000-000000000042")),
                                 10000);
        QVERIFY(services()->currentItem()->text(3).contains(QStringLiteral("x9Qa")));
        in<QPushButton>(QStringLiteral("serviceKeysButton"))->click();
        QTRY_COMPARE(m_window->pane(MainWindow::PaneId::Keys)->isVisible(), true);
    }

private:
    void shot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestGuiSettings)
#include "tst_gui_settings.moc"
