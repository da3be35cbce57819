// fusionctl sso test|compare against the Keycloak stand-in and a private keychain, as a user runs them: the
// tenant's client secret is the vault key keycloak/SLUG (missing: the exact "fusionctl keys add" to run; the
// tenant without an SSO record: said, nothing sent); a test login reports the issuer, the endpoints and the
// token lifetime (text and --json); a wrong secret, an unknown realm and an HTML page are Keycloak's own
// problem said in one line (exit 1); compare uses the keycloak_admin_api key (its client id the admin
// client), reports drift both ways and a missing client with the console URL (exit 1 unless in sync, 0 when
// it is), and an admin client Keycloak forbids is exit 4; unknown tenants exit 5; realm templates listed,
// created, edited and deleted (asked, audited); no secret in any output, in the stand-in's log or in the
// database file.
#include "tests/common/BoundedOutput.h"
#include "tests/integrations/FakeKeycloak.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kApp = QStringLiteral("odoo-acme");
const QString kAppSecret = QStringLiteral("kc-app-Secret&=+%20/CliSso0000000000000A1");
const QString kAdminSecret = QStringLiteral("kc-admin-Secret-CliSso000000000000000B2");
const QString kViewerSecret = QStringLiteral("kc-viewer-Secret-CliSso00000000000000C3");

QJsonObject kcClient(const QString& clientId, const QString& secret, const QStringList& redirectUris = {},
                     bool enabled = true, bool admin = false)
{
    return {{QStringLiteral("clientId"), clientId},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
            {QStringLiteral("webOrigins"), QJsonArray{QStringLiteral("+")}},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("admin"), admin},
            {QStringLiteral("scope"), QStringLiteral("email profile")}};
}

QJsonArray realms()
{
    return {QJsonObject{{QStringLiteral("realm"), QStringLiteral("master")},
                        {QStringLiteral("clients"),
                         QJsonArray{kcClient(QStringLiteral("fusion-admin"), kAdminSecret, {}, true, true),
                                    kcClient(QStringLiteral("fusion-viewer"), kViewerSecret)}}},
            QJsonObject{{QStringLiteral("realm"), QStringLiteral("acme")},
                        {QStringLiteral("accessTokenLifespan"), 600},
                        {QStringLiteral("clients"),
                         QJsonArray{kcClient(kApp, kAppSecret,
                                             {QStringLiteral("https://acme.example.com/auth_oauth/signin"),
                                              QStringLiteral("https://acme.example.com/*")})}}}};
}
} // namespace

class TestCliSso : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeKeycloak> m_kc;
    QString m_other; // a tenant without an SSO record

    test::CliResult sso(const QString& what, const QString& slug, bool json = false)
    {
        QStringList args{QStringLiteral("sso"), what, slug};
        if (json)
            args.prepend(QStringLiteral("--json"));
        return m_cli.run(args);
    }
    void setRecord(const QString& realm, const QString& clientId, const QString& redirectUris)
    {
        test::guarded([&] {
            m_cli.store.exec(
                QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, "
                               "redirect_uris, status) SELECT id, ?, ?, ?, 'active' FROM tenants WHERE "
                               "slug = ? ON CONFLICT (tenant_id) DO UPDATE SET keycloak_realm = "
                               "excluded.keycloak_realm, keycloak_client_id = excluded.keycloak_client_id, "
                               "redirect_uris = excluded.redirect_uris"),
                {realm, clientId, redirectUris, kSlug});
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_kc = std::make_unique<test::FakeKeycloak>();
        QVERIFY2(m_kc->ok(), qPrintable(m_kc->error()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak"), m_kc->url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak_admin_api"), m_kc->url()));
        test::guarded([&] {
            m_other =
                m_cli.store
                    .scalar(QStringLiteral("SELECT slug FROM tenants WHERE slug <> ? ORDER BY slug LIMIT 1"),
                            {kSlug})
                    .toString();
            m_cli.store.exec(
                QStringLiteral("DELETE FROM sso_configs WHERE tenant_id = (SELECT id FROM tenants WHERE "
                               "slug = ?)"),
                {m_other});
        });
        QVERIFY(!m_other.isEmpty());
        setRecord(QStringLiteral("acme"), kApp,
                  QStringLiteral("https://acme.example.com/auth_oauth/signin\nhttps://new.example.com/cb"));
    }

    void init()
    {
        m_kc->reset();
        m_kc->setRealms(realms());
    }

    // Runs first: no keys yet.
    void missingSetupSaysWhatToRun()
    {
        const test::CliResult noKey = sso(QStringLiteral("test"), kSlug);
        QCOMPARE(noKey.code, 1);
        QVERIFY2(noKey.err.contains(QStringLiteral("fusionctl keys add keycloak --label %1").arg(kSlug)),
                 qPrintable(m_cli.describe(noKey)));
        const test::CliResult noRecord = sso(QStringLiteral("test"), m_other);
        QCOMPARE(noRecord.code, 1);
        QVERIFY2(noRecord.err.contains(QStringLiteral("no SSO record")),
                 qPrintable(m_cli.describe(noRecord)));
        QCOMPARE(sso(QStringLiteral("test"), QStringLiteral("no-such-tenant")).code, 5);
        QCOMPARE(m_cli.run({QStringLiteral("sso"), QStringLiteral("test")}).code, 2);
        QVERIFY(m_kc->calls().isEmpty());

        // Another tenant's key (or a default one) is never used for this tenant.
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak"), QStringLiteral("globex"),
                             QStringLiteral("kc-other-0000000000001")));
        QCOMPARE(sso(QStringLiteral("test"), kSlug).code, 1);
        QVERIFY(m_kc->calls().isEmpty());
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak"), kSlug, kAppSecret));

        // The admin key needs its client id.
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak_admin_api"), QStringLiteral("noid"),
                             QStringLiteral("kc-noid-0000000001")));
        const test::CliResult noId = sso(QStringLiteral("compare"), kSlug);
        QCOMPARE(noId.code, 1);
        QVERIFY2(noId.err.contains(QStringLiteral("--client-id")), qPrintable(m_cli.describe(noId)));
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak_admin_api"), QStringLiteral("admin"), kAdminSecret,
                             QStringLiteral("fusion-admin")));
        const test::CliResult def = m_cli.run({QStringLiteral("keys"), QStringLiteral("set-default"),
                                               QStringLiteral("keycloak_admin_api"), QStringLiteral("--key"),
                                               QStringLiteral("admin"), QStringLiteral("--yes")});
        QVERIFY2(def.code == 0, qPrintable(m_cli.describe(def)));
    }

    void testLoginReports()
    {
        const test::CliResult r = sso(QStringLiteral("test"), kSlug, true);
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("issuer")).toString(),
                 m_kc->url().toString() + QStringLiteral("/realms/acme"));
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 600);
        QVERIFY(o.value(QStringLiteral("token_endpoint"))
                    .toString()
                    .endsWith(QLatin1String("/protocol/openid-connect/token")));
        QCOMPARE(o.value(QStringLiteral("client_id")).toString(), kApp);

        const test::CliResult text = sso(QStringLiteral("test"), kSlug);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Token lifetime:         600 second")) &&
                     text.err.contains(QStringLiteral("succeeded")),
                 qPrintable(m_cli.describe(text)));
        QVERIFY(!m_kc->rawCalls().contains(kAppSecret.toUtf8()));
    }

    void testLoginFailuresSaidPlainly()
    {
        // Keycloak no longer knows this secret.
        QJsonArray changed = realms();
        QJsonObject acme = changed[1].toObject();
        acme[QStringLiteral("clients")] =
            QJsonArray{kcClient(kApp, QStringLiteral("rotated-elsewhere-000001"))};
        changed[1] = acme;
        m_kc->setRealms(changed);
        const test::CliResult wrong = sso(QStringLiteral("test"), kSlug);
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("Keycloak")) && wrong.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(m_cli.describe(wrong)));
        QVERIFY(wrong.out.isEmpty());

        m_kc->setRealms(realms());
        m_kc->misbehave(QStringLiteral("html"), QStringLiteral("discovery"));
        const test::CliResult html = sso(QStringLiteral("test"), kSlug, true);
        QCOMPARE(html.code, 1);
        QVERIFY2(html.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Keycloak")),
                 qPrintable(m_cli.describe(html)));

        setRecord(QStringLiteral("nosuchrealm"), kApp, QString());
        const test::CliResult realm = sso(QStringLiteral("test"), kSlug);
        setRecord(QStringLiteral("acme"), kApp,
                  QStringLiteral("https://acme.example.com/auth_oauth/signin\nhttps://new.example.com/cb"));
        QCOMPARE(realm.code, 1);
        QVERIFY2(realm.err.contains(QStringLiteral("nosuchrealm")), qPrintable(m_cli.describe(realm)));
    }

    // A Keycloak whose error is its whole stack trace: stderr shows the first lines and how many more there
    // are, and --verbose all 20,000 of them.
    void aHugeErrorIsBoundedUnlessVerbose()
    {
        m_kc->misbehave(QStringLiteral("huge_error"), QStringLiteral("discovery"));
        const test::CliResult bounded = sso(QStringLiteral("test"), kSlug);
        m_kc->misbehave(QStringLiteral("huge_error"), QStringLiteral("discovery"));
        const test::CliResult whole =
            m_cli.run({QStringLiteral("--verbose"), QStringLiteral("sso"), QStringLiteral("test"), kSlug});
        const QString problem = test::boundedOutputProblem(
            bounded, whole, QStringLiteral("java.lang.IllegalStateException: the realm cache failed"), 20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(bounded.err.contains(QStringLiteral("Keycloak failed on")) &&
                     bounded.err.contains(QStringLiteral("HTTP 500")),
                 qPrintable(bounded.err.left(600)));
    }

    void compareReportsDrift()
    {
        const test::CliResult r = sso(QStringLiteral("compare"), kSlug, true);
        QCOMPARE(r.code, 1); // drift
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("in_sync")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("only_ours")).toArray(),
                 QJsonArray{QStringLiteral("https://new.example.com/cb")});
        QCOMPARE(o.value(QStringLiteral("only_keycloak")).toArray(),
                 QJsonArray{QStringLiteral("https://acme.example.com/*")});
        QCOMPARE(o.value(QStringLiteral("console_url")).toString(),
                 m_kc->url().toString() + QStringLiteral("/admin/master/console/#/acme"));
        const test::CliResult text = sso(QStringLiteral("compare"), kSlug);
        QVERIFY2(text.out.contains(QStringLiteral("Only in our record: https://new.example.com/cb")),
                 qPrintable(m_cli.describe(text)));

        setRecord(QStringLiteral("acme"), kApp,
                  QStringLiteral("https://acme.example.com/auth_oauth/signin, https://acme.example.com/*"));
        const test::CliResult same = sso(QStringLiteral("compare"), kSlug);
        QVERIFY2(same.code == 0 && same.out.contains(QStringLiteral("In sync")),
                 qPrintable(m_cli.describe(same)));

        setRecord(QStringLiteral("acme"), QStringLiteral("odoo-gone"), QString());
        const test::CliResult missing = sso(QStringLiteral("compare"), kSlug, true);
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.json().object().value(QStringLiteral("client_missing")).toBool(), true);
        setRecord(QStringLiteral("acme"), kApp,
                  QStringLiteral("https://acme.example.com/auth_oauth/signin\nhttps://new.example.com/cb"));
        const QByteArray log = m_kc->rawCalls();
        QVERIFY(!log.contains(kAdminSecret.toUtf8()) && !log.contains(kAppSecret.toUtf8()));
    }

    void aForbiddenAdminIsExitFour()
    {
        // The viewer client may not read the realm's clients: Keycloak's 403.
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak_admin_api"), QStringLiteral("viewer"), kViewerSecret,
                             QStringLiteral("fusion-viewer")));
        QCOMPARE(m_cli
                     .run({QStringLiteral("keys"), QStringLiteral("set-default"),
                           QStringLiteral("keycloak_admin_api"), QStringLiteral("--key"),
                           QStringLiteral("viewer"), QStringLiteral("--yes")})
                     .code,
                 0);
        const test::CliResult r = sso(QStringLiteral("compare"), kSlug);
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Keycloak")), qPrintable(m_cli.describe(r)));
        QVERIFY(!m_cli.dbHoldsASecret());
    }

    // Realm templates from the command line: listed (the demo's two), created with their patterns (asks;
    // a pattern Keycloak would refuse is refused first), edited (only what differs), deleted; each audited.
    void realmTemplatesFromTheCommandLine()
    {
        const auto templates = [this] {
            QStringList names;
            const test::CliResult r = m_cli.run({QStringLiteral("--json"), QStringLiteral("sso"),
                                                 QStringLiteral("templates"), QStringLiteral("list")});
            for (const QJsonValue& t : r.json().array())
                names << t.toObject().value(QStringLiteral("name")).toString();
            return names;
        };
        QCOMPARE(templates(),
                 (QStringList{QStringLiteral("Realm per tenant"), QStringLiteral("Shared realm")}));
        const QStringList create{QStringLiteral("sso"),
                                 QStringLiteral("templates"),
                                 QStringLiteral("create"),
                                 QStringLiteral("Per agency"),
                                 QStringLiteral("--realm"),
                                 QStringLiteral("agency-{slug}"),
                                 QStringLiteral("--client-id"),
                                 QStringLiteral("odoo"),
                                 QStringLiteral("--redirect-uri"),
                                 QStringLiteral("{odoo_url}/auth_oauth/signin"),
                                 QStringLiteral("--redirect-uri"),
                                 QStringLiteral("{odoo_url}/web")};
        test::CliResult r = m_cli.run(create + QStringList{QStringLiteral("--realm"), QStringLiteral("a b")});
        QCOMPARE(r.code, 2); // an option given twice is a usage error
        r = m_cli.run(
            QStringList(create).replaceInStrings(QStringLiteral("agency-{slug}"), QStringLiteral("a b")) +
            QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Realm")), qPrintable(m_cli.describe(r)));
        r = m_cli.run(create + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(templates().size(), 3);
        QCOMPARE(m_cli.store
                     .scalar(QStringLiteral("SELECT redirect_uris FROM sso_realm_templates WHERE name = ?"),
                             {QStringLiteral("Per agency")})
                     .toString(),
                 QStringLiteral("{odoo_url}/auth_oauth/signin\n{odoo_url}/web"));
        r = m_cli.run({QStringLiteral("sso"), QStringLiteral("templates"), QStringLiteral("edit"),
                       QStringLiteral("Per agency"), QStringLiteral("--client-id"),
                       QStringLiteral("odoo-{slug}"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("Client id")) && !r.err.contains(QStringLiteral("Realm ")),
                 qPrintable(m_cli.describe(r)));
        r = m_cli.run({QStringLiteral("sso"), QStringLiteral("templates"), QStringLiteral("delete"),
                       QStringLiteral("Per agency"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(templates().size(), 2);
        QCOMPARE(m_cli.count(QStringLiteral(
                     "SELECT count(*) FROM audit_log WHERE action LIKE 'sso_realm_template.%'")),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestCliSso)
#include "tst_cli_sso.moc"
