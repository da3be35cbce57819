// SsoCheck — the one flow behind the SSO pane, the tenant's SSO tab and `fusionctl sso test|compare` —
// against the Keycloak stand-in and a private keychain (keys added with the real fusionctl, as a person adds
// them): a test login's issuer, endpoints and token lifetime; a wrong secret (401), an issuer mismatch and a
// missing key said as what they are; the comparison's drift; a certificate nobody vouches for reported with
// its fingerprint and for which provider, then trusted (KeyVault::planTrustCertificate) after which the same
// check succeeds; the admin console's address.
#include "models/audit/WriteExecutor.h"
#include "models/jobs/SsoCheck.h"
#include "models/secrets/SecretStore.h"
#include "models/vault/KeyVault.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/JobTestHost.h"
#include "tests/integrations/FakeKeycloak.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("sso-check-co");
const QString kApp = QStringLiteral("odoo-sso-check");
const QString kAppSecret = QStringLiteral("kc-app-Secret-SsoCheck00000000000000A1");
const QString kAdminSecret = QStringLiteral("kc-admin-Secret-SsoCheck0000000000000B2");

QJsonObject ssoCheckClient(const QString& clientId, const QString& secret, const QStringList& uris,
                           bool admin = false)
{
    return {{QStringLiteral("clientId"), clientId},
            {QStringLiteral("secret"), secret},
            {QStringLiteral("redirectUris"), QJsonArray::fromStringList(uris)},
            {QStringLiteral("webOrigins"), QJsonArray{QStringLiteral("+")}},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("admin"), admin},
            {QStringLiteral("scope"), QStringLiteral("email profile")}};
}

QJsonArray ssoCheckRealms(const QString& appSecret = kAppSecret)
{
    return {
        QJsonObject{{QStringLiteral("realm"), QStringLiteral("master")},
                    {QStringLiteral("clients"),
                     QJsonArray{ssoCheckClient(QStringLiteral("fusion-admin"), kAdminSecret, {}, true)}}},
        QJsonObject{{QStringLiteral("realm"), QStringLiteral("acme")},
                    {QStringLiteral("accessTokenLifespan"), 420},
                    {QStringLiteral("clients"),
                     QJsonArray{ssoCheckClient(kApp, appSecret,
                                               {QStringLiteral("https://acme.example.com/auth_oauth/signin"),
                                                QStringLiteral("https://legacy.example.com/cb")})}}}};
}
} // namespace

class TestSsoCheck : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeKeycloak> m_kc;
    SecretStore m_secrets;
    test::TestPerson m_person;

    Result<SsoCheck::Outcome> check(SsoCheck::Kind kind, const QString& slug = kSlug)
    {
        std::optional<Result<SsoCheck::Outcome>> got;
        SsoCheck job(test::syncJobHost(m_cli.store, m_person, &m_secrets));
        job.setTimeoutMs(10000);
        job.start(kind, slug, [&got](const Result<SsoCheck::Outcome>& r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            return Error::make(ErrorKind::Internal, QStringLiteral("no result within 20 s"));
        return *got;
    }
    bool trust(const QString& code, const QString& sha256)
    {
        bool ok = false;
        test::guarded([&] {
            WriteExecutor::execute(m_cli.store, KeyVault::planTrustCertificate(m_cli.store, code, sha256));
            ok = true;
        });
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_kc = std::make_unique<test::FakeKeycloak>();
        QVERIFY2(m_kc->ok(), qPrintable(m_kc->error()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak"), m_kc->url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak_admin_api"), m_kc->url()));
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak"), kSlug, kAppSecret));
        QVERIFY(m_cli.addKey(QStringLiteral("keycloak_admin_api"), QStringLiteral("admin"), kAdminSecret,
                             QStringLiteral("fusion-admin")));
        // A tenant of our own with its record: realm acme, client odoo-sso-check, one URI Keycloak lacks.
        test::guarded([&] {
            m_cli.store.exec(
                QStringLiteral("INSERT INTO tenants (slug, name, status) VALUES (?, 'SSO Check Co', "
                               "'active')"),
                {kSlug});
            m_cli.store.exec(
                QStringLiteral("INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, "
                               "redirect_uris, status) SELECT id, 'acme', ?, ?, 'active' FROM tenants WHERE "
                               "slug = ?"),
                {kApp,
                 QStringLiteral("https://acme.example.com/auth_oauth/signin\nhttps://new.example.com/cb"),
                 kSlug});
        });
    }

    void init()
    {
        m_kc->reset();
        m_kc->setRealms(ssoCheckRealms());
    }

    void aTestLoginReportsIssuerEndpointsAndLifetime()
    {
        const Result<SsoCheck::Outcome> r = check(SsoCheck::Kind::TestLogin);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        const SsoCheck::Outcome& o = r.value();
        QVERIFY2(o.ok(), qPrintable(o.problem.message));
        QVERIFY(o.login);
        const QString issuer = m_kc->url().toString() + QStringLiteral("/realms/acme");
        QCOMPARE(o.login->discovery.issuer, issuer);
        QCOMPARE(o.login->discovery.tokenEndpoint, issuer + QStringLiteral("/protocol/openid-connect/token"));
        QCOMPARE(o.login->expiresIn, 420);
        QCOMPARE(o.providerCode, QStringLiteral("keycloak"));
        QCOMPARE(o.consoleUrl.toString(),
                 m_kc->url().toString() + QStringLiteral("/admin/master/console/#/acme"));
        QCOMPARE(m_person.asked, 0); // a check writes nothing, so nothing is asked
    }

    void failuresAreSaidAsWhatTheyAre()
    {
        // A secret Keycloak does not know: 401, unauthorized client.
        m_kc->setRealms(ssoCheckRealms(QStringLiteral("rotated-in-keycloak-000000001")));
        Result<SsoCheck::Outcome> r = check(SsoCheck::Kind::TestLogin);
        QVERIFY(r);
        QCOMPARE(r.value().problem.kind, KeycloakFailure::UnauthorizedClient);
        QCOMPARE(r.value().problem.httpStatus, 401);
        QVERIFY(!r.value().problem.message.contains(kAppSecret));

        // Discovery naming another issuer.
        m_kc->setRealms(ssoCheckRealms());
        m_kc->misbehave(QStringLiteral("issuer_mismatch"), QStringLiteral("discovery"));
        r = check(SsoCheck::Kind::TestLogin);
        QVERIFY(r);
        QCOMPARE(r.value().problem.kind, KeycloakFailure::IssuerMismatch);

        // Our side not set up: an Error naming the command, and Keycloak never called.
        m_kc->clearCalls();
        test::guarded([&] {
            m_cli.store.exec(
                QStringLiteral(
                    "INSERT INTO sso_configs (tenant_id, keycloak_realm, keycloak_client_id, status) "
                    "SELECT id, 'acme', 'odoo-nokey', 'pending' FROM tenants WHERE slug <> ? AND id "
                    "NOT IN (SELECT tenant_id FROM sso_configs) ORDER BY id LIMIT 1"),
                {kSlug});
        });
        const QString noKey =
            m_cli.store
                .scalar(QStringLiteral("SELECT t.slug FROM tenants t JOIN sso_configs s ON s.tenant_id = "
                                       "t.id WHERE s.keycloak_client_id = 'odoo-nokey'"))
                .toString();
        QVERIFY(!noKey.isEmpty());
        r = check(SsoCheck::Kind::TestLogin, noKey);
        QVERIFY(!r);
        QVERIFY2(
            r.error().message.contains(QStringLiteral("fusionctl keys add keycloak --label %1").arg(noKey)),
            qPrintable(r.error().message));
        QVERIFY(m_kc->calls().isEmpty());
    }

    void theComparisonShowsDriftBothWays()
    {
        const Result<SsoCheck::Outcome> r = check(SsoCheck::Kind::Compare);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QVERIFY2(r.value().ok(), qPrintable(r.value().problem.message));
        QCOMPARE(r.value().providerCode, QStringLiteral("keycloak_admin_api"));
        const KeycloakDrift& d = r.value().comparison->drift;
        QVERIFY(!d.inSync());
        QCOMPARE(d.onlyOurs, QStringList{QStringLiteral("https://new.example.com/cb")});
        QCOMPARE(d.onlyKeycloak, QStringList{QStringLiteral("https://legacy.example.com/cb")});
    }

    // The stand-in over HTTPS with a certificate no authority signed: refused with its fingerprint, for the
    // provider whose address it is; trusted by that fingerprint, the same check succeeds.
    void anUntrustedCertificateIsShownThenTrusted()
    {
        QTemporaryDir dir;
        const test::SelfSignedCertificate cert = test::makeSelfSignedCertificate(dir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        test::FakeKeycloak tls(cert.certPath, cert.keyPath);
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        tls.setRealms(ssoCheckRealms());
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak"), tls.url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak_admin_api"), tls.url()));
        for (const auto& [kind, provider] :
             {std::pair{SsoCheck::Kind::TestLogin, QStringLiteral("keycloak")},
              std::pair{SsoCheck::Kind::Compare, QStringLiteral("keycloak_admin_api")}}) {
            Result<SsoCheck::Outcome> r = check(kind);
            QVERIFY(r);
            QCOMPARE(r.value().problem.kind, KeycloakFailure::TlsUntrusted);
            QCOMPARE(r.value().problem.fingerprint, cert.sha256);
            QCOMPARE(r.value().providerCode, provider);
            QVERIFY(trust(provider, cert.sha256));
            r = check(kind);
            QVERIFY(r);
            QVERIFY2(r.value().ok(), qPrintable(r.value().problem.message));
        }
        QVERIFY(tls.calls().size() >= 4);
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak"), m_kc->url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("keycloak_admin_api"), m_kc->url()));
    }

    void theAdminConsoleAddress()
    {
        test::guarded([&] {
            QCOMPARE(SsoCheck::adminConsoleUrl(m_cli.store, kSlug).toString(),
                     m_kc->url().toString() + QStringLiteral("/admin/master/console/#/acme"));
        });
        QVERIFY(test::failureOf([&] { SsoCheck::adminConsoleUrl(m_cli.store, QStringLiteral("no-such")); }));
    }

    void cleanupTestCase() { QVERIFY(!m_cli.dbHoldsASecret()); }
};

QTEST_MAIN(TestSsoCheck)
#include "tst_sso_check.moc"
