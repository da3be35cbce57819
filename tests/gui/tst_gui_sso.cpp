// The SSO pane, the tenant's SSO tab and the create wizard's SSO step, offscreen on a real SQLite database
// with demo data, against the Keycloak stand-in and a private keychain (keys added with the real fusionctl):
// Test login shows the issuer and the token lifetime, a failing one the reason; Compare shows the drift;
// Open in Keycloak opens the realm's admin console; a certificate nobody vouches for is shown by its
// fingerprint and trusted through the confirmation (Cancel changes nothing), after which the test works;
// realm templates are created, edited and deleted through their dialog and the confirmation (Cancel changes
// nothing); with no SSO record the pane says what to do; the wizard fills its SSO step from a template.
#include "models/tenants/SsoRecords.h"
#include "tests/common/FakeOdoo.h"
#include "tests/gui/ConfirmAnswer.h"
#include "tests/gui/MainWindowTest.h"
#include "tests/integrations/FakeKeycloak.h"
#include "ui/common/DetailsDialog.h"
#include "ui/sso/SsoCheckPanel.h"
#include "ui/sso/SsoPane.h"
#include "ui/tenants/CreateTenantWizard.h"
#include "ui/tenants/TenantDetailView.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace fusion;
using namespace fusion::test;

namespace {
const QString kAppSecret = QStringLiteral("kc-app-Secret-GuiSso000000000000000A1");
const QString kAdminSecret = QStringLiteral("kc-admin-Secret-GuiSso00000000000000B2");
} // namespace

// Where "Open in Keycloak" sent the browser.
class SsoUrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

class TestGuiSso : public QObject, protected MainWindowFixture {
    Q_OBJECT

    QString m_slug; // a demo tenant with an SSO record: realm = slug, client odoo-slug

    SsoPane* sso() const { return m_window->ssoPane(); }
    template <typename T>
    T* in(QWidget* parent, const QString& name) const
    {
        return parent->findChild<T*>(name);
    }
    bool cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_target.sqlitePath);
        const CliResult r = runCli(m_home.path(), args, input, env);
        if (r.code != 0)
            qWarning("fusionctl %s: %s %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.out),
                     qPrintable(r.err));
        return r.code == 0;
    }
    bool pointAt(const QUrl& url)
    {
        return cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                    QStringLiteral("keycloak"), QStringLiteral("--base-url"), url.toString(),
                    QStringLiteral("--yes")}) &&
               cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                    QStringLiteral("keycloak_admin_api"), QStringLiteral("--base-url"), url.toString(),
                    QStringLiteral("--yes")});
    }
    // The stand-in at `url`, the tenant's client secret and the admin client's key in the keychain.
    bool setUpKeycloak(FakeKeycloak& kc)
    {
        kc.setRealms(realms());
        return pointAt(kc.url()) &&
               cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("keycloak"),
                    QStringLiteral("--label"), m_slug, QStringLiteral("--secret-stdin"),
                    QStringLiteral("--yes")},
                   kAppSecret.toUtf8() + '\n') &&
               cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("keycloak_admin_api"),
                    QStringLiteral("--label"), QStringLiteral("admin"), QStringLiteral("--client-id"),
                    QStringLiteral("fusion-admin"), QStringLiteral("--secret-stdin"),
                    QStringLiteral("--yes")},
                   kAdminSecret.toUtf8() + '\n');
    }
    QJsonArray realms(const QString& appSecret = kAppSecret) const
    {
        const auto client = [](const QString& id, const QString& secret, const QStringList& uris,
                               bool admin) {
            return QJsonObject{{QStringLiteral("clientId"), id},
                               {QStringLiteral("secret"), secret},
                               {QStringLiteral("redirectUris"), QJsonArray::fromStringList(uris)},
                               {QStringLiteral("webOrigins"), QJsonArray{QStringLiteral("+")}},
                               {QStringLiteral("enabled"), true},
                               {QStringLiteral("admin"), admin},
                               {QStringLiteral("scope"), QStringLiteral("email profile")}};
        };
        return {QJsonObject{{QStringLiteral("realm"), QStringLiteral("master")},
                            {QStringLiteral("clients"),
                             QJsonArray{client(QStringLiteral("fusion-admin"), kAdminSecret, {}, true)}}},
                QJsonObject{{QStringLiteral("realm"), m_slug},
                            {QStringLiteral("accessTokenLifespan"), 300},
                            {QStringLiteral("clients"),
                             QJsonArray{client(
                                 QStringLiteral("odoo-") + m_slug, appSecret,
                                 {QStringLiteral("https://%1.erp.example.com/auth_oauth/signin").arg(m_slug),
                                  QStringLiteral("https://%1.erp.example.com/web").arg(m_slug)},
                                 false)}}}};
    }
    QTreeWidget* records() const { return in<QTreeWidget>(sso(), QStringLiteral("ssoList")); }
    QTreeWidget* templates() const { return in<QTreeWidget>(sso(), QStringLiteral("realmTemplatesList")); }
    QLabel* result(QWidget* parent) const { return in<QLabel>(parent, QStringLiteral("ssoResult")); }
    void openSso()
    {
        m_window->showPane(MainWindow::PaneId::Sso);
        QTRY_VERIFY_WITH_TIMEOUT(sso()->hasLoadedOnce(), 10000);
    }
    bool selectRecord(const QString& slug)
    {
        for (int i = 0; i < records()->topLevelItemCount(); ++i)
            if (records()->topLevelItem(i)->text(0) == slug) {
                records()->setCurrentItem(records()->topLevelItem(i));
                return sso()->checkPanel()->tenant() == slug;
            }
        return false;
    }
    // Clicks `button` of `parent` once it is enabled and waits for the result panel to say `says`.
    bool clickAndWait(QWidget* parent, const QString& button, const QString& says)
    {
        auto* b = in<QPushButton>(parent, button);
        if (!b || !QTest::qWaitFor([b] { return b->isEnabled(); }, 10000))
            return false;
        b->click();
        QLabel* r = result(parent);
        const bool ok = QTest::qWaitFor([&] { return r->text().contains(says); }, 20000);
        if (!ok)
            qWarning("the result panel says: %s", qPrintable(r->text()));
        return ok;
    }
    // Clicks `button`, fills the dialog `dialogName` with `fill` when given and presses its OK, then answers
    // the confirmation.
    bool write(const QString& button, const QString& dialogName, const std::function<void(QDialog*)>& fill,
               bool confirm)
    {
        auto* b = in<QPushButton>(m_window.get(), button);
        if (!b || !QTest::qWaitFor([b] { return b->isEnabled(); }, 10000))
            return false;
        b->click();
        if (!dialogName.isEmpty()) {
            auto* dialog = waitForVisible<QDialog>(dialogName);
            if (!dialog)
                return false;
            if (fill)
                fill(dialog);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            if (!QTest::qWaitFor([ok] { return ok->isEnabled(); }, 10000))
                return false;
            ok->click();
        }
        return answerConfirmation(confirm);
    }
    QVariant scalar(const QString& sql, const QVariantList& params = {})
    {
        Database db;
        db.open(m_target);
        return db.scalar(sql, params);
    }
    void shot(const QString& name, QWidget* widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY((widget ? widget : static_cast<QWidget*>(m_window.get()))
                        ->grab()
                        .save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase() { initFixture(); }
    void init()
    {
        openWindow();
        Database db;
        db.open(m_target);
        const QList<SsoRecordRow> rows = SsoRecords::list(db);
        QVERIFY(!rows.isEmpty());
        m_slug = rows.first().slug;
    }
    void cleanup() { closeWindow(); }

    void testLoginAndCompareShowWhatKeycloakSaid()
    {
        FakeKeycloak kc;
        QVERIFY2(kc.ok(), qPrintable(kc.error()));
        QVERIFY(setUpKeycloak(kc));
        openSso();
        const int all =
            int(scalar(QStringLiteral("SELECT count(*) FROM sso_configs s JOIN tenants t ON t.id = "
                                      "s.tenant_id WHERE s.keycloak_realm <> '' AND "
                                      "s.keycloak_client_id <> '' AND t.status <> 'decommissioned'"))
                    .toLongLong());
        QTRY_COMPARE_WITH_TIMEOUT(records()->topLevelItemCount(), all, 10000);
        QVERIFY(selectRecord(m_slug));
        SsoCheckPanel* panel = sso()->checkPanel();

        // Test login: the issuer and the token's lifetime, and the list remembers it for this session.
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("succeeded")));
        QVERIFY(result(panel)->text().contains(kc.url().toString() + QStringLiteral("/realms/") + m_slug));
        QVERIFY(result(panel)->text().contains(QStringLiteral("300 second")));
        QVERIFY(!result(panel)->property("failure").toBool());
        QVERIFY(records()->currentItem()->text(5).contains(QStringLiteral("Login OK")));

        // Compare: Keycloak allows one URI our record lacks.
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoCompareButton"), QStringLiteral("differs")));
        QVERIFY(result(panel)->text().contains(QStringLiteral("Only in Keycloak")));
        QVERIFY(result(panel)->text().contains(QStringLiteral("https://%1.erp.example.com/web").arg(m_slug)));
        shot(QStringLiteral("sso-pane.png"));

        // Keycloak no longer takes the secret: the reason, in the panel and the list.
        kc.setRealms(realms(QStringLiteral("rotated-in-keycloak-00000000001")));
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("failed")));
        QVERIFY(result(panel)->text().contains(QStringLiteral("401")));
        QVERIFY(result(panel)->property("failure").toBool());
        QVERIFY(records()->currentItem()->text(5).contains(QStringLiteral("401")));
        QVERIFY(!result(panel)->text().contains(kAppSecret));

        // Discovery naming another issuer.
        kc.setRealms(realms());
        kc.misbehave(QStringLiteral("issuer_mismatch"), QStringLiteral("discovery"));
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("Issuer mismatch")));

        // Open in Keycloak: the realm in the admin console.
        SsoUrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
        in<QPushButton>(panel, QStringLiteral("ssoOpenButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(catcher.opened.size(), 1, 10000);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QCOMPARE(catcher.opened.first().toString(),
                 kc.url().toString() + QStringLiteral("/admin/master/console/#/") + m_slug);

        // The filter narrows the list to what matches.
        in<QLineEdit>(sso(), QStringLiteral("ssoFilterEdit"))->setText(m_slug);
        QVERIFY(records()->topLevelItemCount() >= 1);
        for (int i = 0; i < records()->topLevelItemCount(); ++i)
            QVERIFY(records()->topLevelItem(i)->text(0).contains(m_slug) ||
                    records()->topLevelItem(i)->text(1).contains(m_slug));

        // The tenant's SSO tab has the same checks.
        m_window->openTenantBySlug(m_slug);
        TenantDetailView* detail = tenants()->detailView();
        QTRY_VERIFY_WITH_TIMEOUT(detail->tenant() && detail->tenant()->slug == m_slug, 10000);
        auto* tabs = in<QTabWidget>(detail, QStringLiteral("tabs"));
        tabs->setCurrentWidget(in<QWidget>(detail, QStringLiteral("ssoTab")));
        auto* tabPanel = in<SsoCheckPanel>(detail, QStringLiteral("ssoCheckPanel"));
        QVERIFY(tabPanel);
        QTRY_COMPARE_WITH_TIMEOUT(tabPanel->tenant(), m_slug, 10000);
        kc.reset();
        kc.setRealms(realms());
        QVERIFY(clickAndWait(tabPanel, QStringLiteral("ssoTestButton"), QStringLiteral("succeeded")));
        QVERIFY(result(tabPanel)->text().contains(QStringLiteral("300 second")));
    }

    // Keycloak answering with its whole stack trace: the panel shows its first lines and how many more,
    // Details… all 20,000 of them.
    void aHugeKeycloakErrorIsBoundedWithDetails()
    {
        FakeKeycloak kc;
        QVERIFY2(kc.ok(), qPrintable(kc.error()));
        QVERIFY(setUpKeycloak(kc));
        openSso();
        QTRY_VERIFY_WITH_TIMEOUT(selectRecord(m_slug), 10000);
        SsoCheckPanel* panel = sso()->checkPanel();
        kc.misbehave(QStringLiteral("huge_error"), QStringLiteral("discovery"));
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("failed")));
        const QString lastLine = QStringLiteral("Caused by: end of trace (line 20000)");
        const QString shown = result(panel)->text();
        QVERIFY2(shown.contains(QStringLiteral("HTTP 500")), qPrintable(shown.left(2000)));
        QVERIFY(shown.contains(QStringLiteral("java.lang.IllegalStateException: the realm cache failed")));
        QVERIFY2(shown.contains(QStringLiteral("19,992 more line")), qPrintable(shown.right(600)));
        QVERIFY(shown.contains(QStringLiteral("Details…")));
        QVERIFY(!shown.contains(lastLine));
        QVERIFY2(shown.size() < 4000, qPrintable(QString::number(shown.size())));
        QVERIFY(result(panel)->height() < 600); // the panel did not grow with the trace
        shot(QStringLiteral("sso-huge-error.png"));

        // The link opens the whole trace beside the pane.
        QVERIFY(panel->details().contains(lastLine));
        Q_EMIT result(panel)->linkActivated(QStringLiteral("#details"));
        auto* details = panel->findChild<DetailsDialog*>();
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->isVisible(), 5000);
        QVERIFY(details->text().contains(lastLine));
        QCOMPARE(details->text().count(QLatin1Char('\n')), panel->details().count(QLatin1Char('\n')));
        details->close();

        // A check that works again drops the old failure's details.
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("succeeded")));
        QVERIFY(panel->details().isEmpty());
        QVERIFY(!result(panel)->text().contains(QStringLiteral("Details…")));
    }

    void anUntrustedCertificateIsTrustedThroughTheConfirmation()
    {
        QTemporaryDir dir;
        const SelfSignedCertificate cert = makeSelfSignedCertificate(dir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        FakeKeycloak kc(cert.certPath, cert.keyPath);
        QVERIFY2(kc.ok(), qPrintable(kc.error()));
        QVERIFY(setUpKeycloak(kc));
        openSso();
        QTRY_VERIFY_WITH_TIMEOUT(selectRecord(m_slug), 10000);
        SsoCheckPanel* panel = sso()->checkPanel();
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("not trusted")));
        QVERIFY(result(panel)->text().contains(cert.sha256));
        auto* trust = in<QPushButton>(panel, QStringLiteral("ssoTrustCertificateButton"));
        QVERIFY(trust->isVisible());

        const QString before = dbSnapshot();
        trust->click();
        QVERIFY(answerConfirmation(false));
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(trust->isVisible());
        trust->click();
        QVERIFY(answerConfirmation(true));
        QTRY_VERIFY_WITH_TIMEOUT(!trust->isVisible(), 10000);
        QCOMPARE(
            scalar(QStringLiteral("SELECT tls_sha256 FROM providers WHERE code = 'keycloak'")).toString(),
            cert.sha256);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'provider.trust_certificate' AND target = 'keycloak'"))
                     .toInt(),
                 1);
        QVERIFY(clickAndWait(panel, QStringLiteral("ssoTestButton"), QStringLiteral("succeeded")));
    }

    // "--pane sso/templates" (screenshots, scripts) opens the templates tab; a tab that does not exist
    // changes nothing and says so.
    void paneNamesReachTheTemplatesTab()
    {
        QCOMPARE(MainWindow::paneFromName(QStringLiteral("sso/templates")), MainWindow::PaneId::Sso);
        QCOMPARE(MainWindow::paneTabFromName(QStringLiteral("sso/templates")), QStringLiteral("templates"));
        QCOMPARE(MainWindow::paneFromName(QStringLiteral("settings")), MainWindow::PaneId::Settings);
        QCOMPARE(MainWindow::paneFromName(QStringLiteral("infra/windows")), MainWindow::PaneId::Infra);
        QVERIFY(!MainWindow::paneFromName(QStringLiteral("nowhere")));
        openSso();
        auto* tabs = sso()->findChild<QTabWidget*>();
        QVERIFY(tabs);
        QVERIFY(m_window->showPaneTab(MainWindow::PaneId::Sso, QStringLiteral("templates")));
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(!m_window->showPaneTab(MainWindow::PaneId::Sso, QStringLiteral("nowhere")));
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(!m_window->showPaneTab(MainWindow::PaneId::Keys, QStringLiteral("templates")));
        QVERIFY(m_window->showPaneTab(MainWindow::PaneId::Sso, QStringLiteral("tenants")));
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void realmTemplatesAreWrittenThroughTheConfirmation()
    {
        openSso();
        sso()->showTab(QStringLiteral("templates"));
        QTRY_COMPARE_WITH_TIMEOUT(templates()->topLevelItemCount(), 2, 10000);
        const auto fillNew = [](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("realmTemplateNameEdit"))
                ->setText(QStringLiteral("Agency"));
            d->findChild<QLineEdit*>(QStringLiteral("realmTemplateRealmEdit"))
                ->setText(QStringLiteral("bad realm"));
            // A realm Keycloak would refuse keeps OK disabled, saying why.
            auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("realmTemplateProblem"))
                        ->text()
                        .contains(QStringLiteral("Realm")));
            d->findChild<QLineEdit*>(QStringLiteral("realmTemplateRealmEdit"))
                ->setText(QStringLiteral("agency-{slug}"));
            d->findChild<QLineEdit*>(QStringLiteral("realmTemplateClientEdit"))
                ->setText(QStringLiteral("odoo"));
            d->findChild<QPlainTextEdit*>(QStringLiteral("realmTemplateUrisEdit"))
                ->setPlainText(QStringLiteral("{odoo_url}/auth_oauth/signin"));
            QVERIFY(d->findChild<QLabel*>(QStringLiteral("realmTemplatePreview"))
                        ->text()
                        .contains(QStringLiteral("realm agency-acme")));
        };
        const auto audits = [this] {
            return scalar(QStringLiteral(
                              "SELECT count(*) FROM audit_log WHERE action LIKE 'sso_realm_template.%'"))
                .toInt();
        };
        QString before = dbSnapshot();
        QVERIFY(write(QStringLiteral("newRealmTemplateButton"), QStringLiteral("realmTemplateDialog"),
                      fillNew, false));
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(write(QStringLiteral("newRealmTemplateButton"), QStringLiteral("realmTemplateDialog"),
                      fillNew, true));
        QTRY_COMPARE_WITH_TIMEOUT(templates()->topLevelItemCount(), 3, 10000);
        QCOMPARE(audits(), 1);

        const auto select = [this](const QString& name) {
            for (int i = 0; i < templates()->topLevelItemCount(); ++i)
                if (templates()->topLevelItem(i)->text(0) == name)
                    templates()->setCurrentItem(templates()->topLevelItem(i));
        };
        select(QStringLiteral("Agency"));
        const auto describe = [](QDialog* d) {
            d->findChild<QLineEdit*>(QStringLiteral("realmTemplateDescriptionEdit"))
                ->setText(QStringLiteral("Per agency group"));
        };
        before = dbSnapshot();
        QVERIFY(write(QStringLiteral("editRealmTemplateButton"), QStringLiteral("realmTemplateDialog"),
                      describe, false));
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(write(QStringLiteral("editRealmTemplateButton"), QStringLiteral("realmTemplateDialog"),
                      describe, true));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT description FROM sso_realm_templates WHERE name = 'Agency'"))
                .toString(),
            QStringLiteral("Per agency group"), 10000);
        QCOMPARE(audits(), 2);

        select(QStringLiteral("Agency"));
        before = dbSnapshot();
        QVERIFY(write(QStringLiteral("deleteRealmTemplateButton"), {}, nullptr, false));
        QCOMPARE(dbSnapshot(), before);
        QVERIFY(write(QStringLiteral("deleteRealmTemplateButton"), {}, nullptr, true));
        QTRY_COMPARE_WITH_TIMEOUT(templates()->topLevelItemCount(), 2, 10000);
        QCOMPARE(audits(), 3);
        shot(QStringLiteral("sso-templates.png"));
    }

    void withoutAnyRecordThePaneSaysWhatToDo()
    {
        {
            Database db;
            db.open(m_target);
            db.exec(QStringLiteral("DELETE FROM sso_configs"));
        }
        openSso();
        sso()->reload();
        auto* empty = in<QLabel>(sso(), QStringLiteral("ssoEmptyLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10000);
        QVERIFY(!records()->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("SSO tab")));
        QVERIFY(!in<QPushButton>(sso(), QStringLiteral("ssoTestButton"))->isEnabled());
    }

    void theWizardFillsItsSsoStepFromATemplate()
    {
        action(QStringLiteral("actionNewTenant"))->trigger();
        QPointer<CreateTenantWizard> wizard = waitForVisible<CreateTenantWizard>();
        QVERIFY(wizard);
        auto* combo = wizard->findChild<QComboBox*>(QStringLiteral("realmTemplateCombo"));
        QTRY_COMPARE_WITH_TIMEOUT(combo->count(), 3, 10000); // (none) and the two demo templates
        QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                         QStringLiteral("Rizal Foods"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        wizard->next(); // Plan
        wizard->next(); // Bundles
        wizard->next(); // Infra
        wizard->findChild<QLineEdit*>(QStringLiteral("odooUrlEdit"))
            ->setText(QStringLiteral("https://rizal.erp.example.com/"));
        wizard->next(); // SSO
        QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("ssoPage"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Shared realm")));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("realmEdit"))->text(),
                 QStringLiteral("fusion"));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->text(),
                 QStringLiteral("odoo-rizal-foods"));
        QCOMPARE(wizard->findChild<QPlainTextEdit*>(QStringLiteral("redirectUrisEdit"))->toPlainText(),
                 QStringLiteral("https://rizal.erp.example.com/auth_oauth/signin"));
        auto* preview = wizard->findChild<QLabel*>(QStringLiteral("ssoPreviewLabel"));
        QVERIFY2(
            preview->text().contains(QStringLiteral("realm fusion, client odoo-rizal-foods; redirect URIs: "
                                                    "https://rizal.erp.example.com/auth_oauth/signin")),
            qPrintable(preview->text()));
        // Still editable, and the preview follows.
        wizard->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("odoo-rizal"));
        QVERIFY(preview->text().contains(QStringLiteral("client odoo-rizal;")));
        shot(QStringLiteral("wizard-sso.png"), wizard);
        // The other template: a realm of the tenant's own.
        combo->setCurrentIndex(combo->findText(QStringLiteral("Realm per tenant")));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("realmEdit"))->text(),
                 QStringLiteral("rizal-foods"));
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("clientIdEdit"))->text(),
                 QStringLiteral("odoo"));
        wizard->next(); // Review
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
        wizard->reject();
    }
};

QTEST_MAIN(TestGuiSso)
#include "tst_gui_sso.moc"
