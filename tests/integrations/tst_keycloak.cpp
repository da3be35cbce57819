// Keycloak for the SSO pane (models/integrations/Keycloak*, KeycloakClient) against the Keycloak stand-in
// (tests/fixtures/fake_keycloak.py): a test login reports the realm's issuer, endpoints and token lifetime,
// or says exactly what failed — a wrong secret, an unknown realm, an issuer that does not match, a host name
// that does not resolve, a refused connection, a certificate nobody vouches for (trusted once its fingerprint
// is given), a 5xx, an HTML page, malformed JSON, no answer in time, a dropped connection; the admin
// comparison finds the drift between our redirect URIs and Keycloak's both ways, a missing or disabled
// client, and a 403 for a client that is not an admin; no secret or token is ever in a message or in what the
// server recorded.
#include "models/integrations/Keycloak.h"
#include "models/integrations/KeycloakClient.h"
#include "models/integrations/KeycloakDrift.h"
#include "tests/common/FakeOdoo.h"
#include "tests/integrations/FakeKeycloak.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

Q_DECLARE_METATYPE(fusion::KeycloakFailure)

namespace {
const char kAppSecret[] = "kc-app-Secret&=+%20/0000000000000000000A1";
const char kAdminSecret[] = "kc-admin-Secret-000000000000000000000B2";
const char kViewerSecret[] = "kc-viewer-Secret-00000000000000000000C3";
const QString kApp = QStringLiteral("odoo-acme");

QJsonObject kcClient(const QString& clientId, const char* secret, const QStringList& redirectUris = {},
                     bool enabled = true, bool admin = false)
{
    return {{QStringLiteral("clientId"), clientId},
            {QStringLiteral("secret"), QString::fromLatin1(secret)},
            {QStringLiteral("redirectUris"), QJsonArray::fromStringList(redirectUris)},
            {QStringLiteral("webOrigins"), QJsonArray{QStringLiteral("+")}},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("admin"), admin},
            {QStringLiteral("scope"), QStringLiteral("email profile")}};
}

QJsonArray kcRealms()
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
                                              QStringLiteral("https://acme.example.com/web"),
                                              QStringLiteral("https://acme.example.com/*")}),
                                    kcClient(QStringLiteral("odoo-old"), "old-secret-0000",
                                             {QStringLiteral("https://old.example.com/cb")}, false)}}}};
}

template <typename T>
KeycloakResult<T> kcWait(std::optional<KeycloakResult<T>>& got)
{
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000)) {
        KeycloakResult<T> r;
        r.problem.kind = KeycloakFailure::InvalidInput; // never what the client reports for these settings
        r.problem.message = QStringLiteral("the test got no result within 20 s");
        return r;
    }
    return *got;
}
} // namespace

class TestKeycloak : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeKeycloak> m_server;
    QStringList m_messages; // every message a test produced, checked for secrets at the end

    KeycloakResult<KeycloakLoginReport> login(const KeycloakServer& server, const QString& realm,
                                              const QString& clientId, const char* secret)
    {
        KeycloakClient client(server);
        std::optional<KeycloakResult<KeycloakLoginReport>> got;
        client.testLogin(realm, clientId, SecretBytes(QByteArray(secret)),
                         [&got](const KeycloakResult<KeycloakLoginReport>& r) { got = r; });
        const KeycloakResult<KeycloakLoginReport> r = kcWait(got);
        m_messages << r.problem.message;
        return r;
    }
    KeycloakResult<KeycloakLoginReport> login(const char* secret = kAppSecret,
                                              const QString& realm = QStringLiteral("acme"),
                                              int timeoutMs = 10000)
    {
        return login(KeycloakServer{m_server->url().toString(), {}, timeoutMs}, realm, kApp, secret);
    }
    KeycloakResult<KeycloakComparison> compare(const QString& clientId, const QString& ours,
                                               const QString& adminId = QStringLiteral("fusion-admin"),
                                               const char* adminSecret = kAdminSecret)
    {
        KeycloakClient client(KeycloakServer{m_server->url().toString(), {}, 10000});
        std::optional<KeycloakResult<KeycloakComparison>> got;
        client.compare(QStringLiteral("acme"), clientId, ours, adminId, SecretBytes(QByteArray(adminSecret)),
                       [&got](const KeycloakResult<KeycloakComparison>& r) { got = r; });
        const KeycloakResult<KeycloakComparison> r = kcWait(got);
        m_messages << r.problem.message;
        return r;
    }
    QStringList callKinds()
    {
        QStringList kinds;
        const QJsonArray calls = m_server->calls();
        for (const QJsonValue c : calls)
            kinds << c[QLatin1String("kind")].toString() + QLatin1Char(':') +
                         QString::number(c[QLatin1String("status")].toInt());
        return kinds;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeKeycloak>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_server->reset();
        m_server->setRealms(kcRealms());
    }

    // ---- pure: addresses, the token form, answers checked whole ----------------------------------------

    void addresses()
    {
        QCOMPARE(Keycloak::normalisedBase(QStringLiteral(" HTTPS://SSO.Example.com/auth// ")),
                 QStringLiteral("https://sso.example.com/auth"));
        QCOMPARE(Keycloak::normalisedBase(QStringLiteral("ftp://sso.example.com")), QString());
        QCOMPARE(Keycloak::normalisedBase(QStringLiteral("sso.example.com")), QString());
        const QString base = QStringLiteral("https://sso.example.com");
        QCOMPARE(Keycloak::discoveryUrl(base, QStringLiteral("acme")).toString(),
                 QStringLiteral("https://sso.example.com/realms/acme/.well-known/openid-configuration"));
        QCOMPARE(Keycloak::tokenUrl(base, QStringLiteral("master")).toString(),
                 QStringLiteral("https://sso.example.com/realms/master/protocol/openid-connect/token"));
        QCOMPARE(Keycloak::adminClientsUrl(base, QStringLiteral("acme"), QStringLiteral("odoo&x=1"))
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://sso.example.com/admin/realms/acme/clients?clientId=odoo%26x%3D1"));
        QCOMPARE(Keycloak::adminConsoleUrl(base, QStringLiteral("acme")).toString(),
                 QStringLiteral("https://sso.example.com/admin/master/console/#/acme"));
        // The secret is form-encoded, so "&" or "=" in it cannot add or change a parameter.
        QCOMPARE(
            Keycloak::tokenRequestBody(QStringLiteral("odoo"), SecretBytes(QByteArray("a&b=c+d e"))).bytes(),
            QByteArray("grant_type=client_credentials&client_id=odoo&client_secret=a%26b%3Dc%2Bd%20e"));
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        const QByteArray doc =
            "{\"issuer\":\"https://s.example.com/realms/acme\",\"authorization_endpoint\":"
            "\"https://s.example.com/realms/acme/protocol/openid-connect/auth\","
            "\"token_endpoint\":\"TOKEN\",\"jwks_uri\":\"https://s.example.com/realms/acme/"
            "protocol/openid-connect/certs\",\"grant_types_supported\":GRANTS}";
        const auto discovery = [&](const char* token, const char* grants) {
            return QByteArray(doc).replace("TOKEN", token).replace("GRANTS", grants);
        };
        QTest::newRow("discovery: truncated") << "discovery" << doc.left(40) << "not valid JSON";
        QTest::newRow("discovery: a list") << "discovery" << QByteArray("[]") << "not a JSON object";
        QTest::newRow("discovery: HTML")
            << "discovery" << QByteArray("<html><body>Welcome</body></html>") << "not valid JSON";
        QTest::newRow("discovery: token endpoint missing")
            << "discovery" << QByteArray("{\"issuer\":\"https://s.example.com/realms/acme\"}")
            << "\"authorization_endpoint\" is missing";
        QTest::newRow("discovery: grant types not a list")
            << "discovery"
            << discovery("https://s.example.com/realms/acme/protocol/openid-connect/token",
                         "\"client_credentials\"")
            << "\"grant_types_supported\" is not a list";
        QTest::newRow("discovery: token endpoint elsewhere")
            << "discovery" << discovery("https://evil.example.net/token", "[]")
            << "the client secret is not sent";
        QTest::newRow("token: no access token")
            << "token" << QByteArray("{\"expires_in\":300,\"token_type\":\"Bearer\"}") << "\"access_token\"";
        QTest::newRow("token: lifetime as text")
            << "token"
            << QByteArray("{\"access_token\":\"t\",\"expires_in\":\"300\",\"token_type\":\"Bearer\"}")
            << "\"expires_in\"";
        QTest::newRow("token: not Bearer")
            << "token" << QByteArray("{\"access_token\":\"t\",\"expires_in\":300,\"token_type\":\"MAC\"}")
            << "\"token_type\"";
        QTest::newRow("clients: an object") << "clients" << QByteArray("{}") << "not a list of clients";
        QTest::newRow("clients: enabled missing")
            << "clients" << QByteArray("[{\"id\":\"u\",\"clientId\":\"c\",\"redirectUris\":[]}]")
            << "\"enabled\"";
        QTest::newRow("clients: redirect URIs as text")
            << "clients"
            << QByteArray(
                   "[{\"id\":\"u\",\"clientId\":\"c\",\"enabled\":true,\"redirectUris\":\"https://a\"}]")
            << "\"redirectUris\"";
    }

    void malformedAnswers()
    {
        QFETCH(QString, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        KeycloakProblem p;
        if (which == QLatin1String("discovery")) {
            const auto r = Keycloak::parseDiscovery(QStringLiteral("https://s.example.com"),
                                                    QStringLiteral("acme"), 200, body);
            QVERIFY(r.value.issuer.isEmpty() && r.value.tokenEndpoint.isEmpty()); // nothing partial
            p = r.problem;
        } else if (which == QLatin1String("token")) {
            const auto r = Keycloak::parseToken(QStringLiteral("client odoo"), 200, body);
            QVERIFY(r.value.accessToken.isEmpty());
            p = r.problem;
        } else {
            const auto r = Keycloak::parseClients(QStringLiteral("acme"), 200, body);
            QVERIFY(r.value.isEmpty());
            p = r.problem;
        }
        QCOMPARE(p.kind, KeycloakFailure::Malformed);
        QVERIFY2(p.message.startsWith(QLatin1String("Keycloak's answer for ")), qPrintable(p.message));
        QVERIFY2(p.message.contains(says), qPrintable(p.message));
    }

    // ---- pure: drift -----------------------------------------------------------------------------------

    void normalisation_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("form");
        QTest::newRow("host case") << "HTTPS://Acme.Example.COM/Auth"
                                   << "https://acme.example.com/Auth";
        QTest::newRow("trailing slash") << "https://acme.example.com/cb/"
                                        << "https://acme.example.com/cb";
        QTest::newRow("root slash") << "https://acme.example.com/"
                                    << "https://acme.example.com";
        QTest::newRow("default port") << "https://acme.example.com:443/cb"
                                      << "https://acme.example.com/cb";
        QTest::newRow("other port kept") << "https://acme.example.com:8443/cb"
                                         << "https://acme.example.com:8443/cb";
        QTest::newRow("wildcard kept") << "https://acme.example.com/*"
                                       << "https://acme.example.com/*";
        QTest::newRow("slash before query kept") << "https://a.example.com/cb/?x=1"
                                                 << "https://a.example.com/cb/?x=1";
        QTest::newRow("plus") << "+"
                              << "+";
    }

    void normalisation()
    {
        QFETCH(QString, uri);
        QFETCH(QString, form);
        QCOMPARE(KeycloakDriftCheck::normalised(uri), form);
    }

    void driftPure()
    {
        KeycloakClientRecord theirs;
        theirs.clientId = kApp;
        theirs.enabled = true;
        theirs.redirectUris = {QStringLiteral("https://acme.example.com/cb"),
                               QStringLiteral("https://acme.example.com/*")};
        // New lines, spaces and commas all separate; a duplicate in another spelling is listed once.
        const QString ours = QStringLiteral("HTTPS://ACME.example.com/cb/\n  https://new.example.com/cb,"
                                            "https://new.example.com/cb/\t\n");
        KeycloakDrift d = KeycloakDriftCheck::compare(ours, theirs);
        QCOMPARE(d.onlyOurs, QStringList{QStringLiteral("https://new.example.com/cb")});
        QCOMPARE(d.onlyKeycloak, QStringList{QStringLiteral("https://acme.example.com/*")});
        QVERIFY(!d.inSync() && !d.clientMissing && !d.clientDisabled);
        QCOMPARE(KeycloakDriftCheck::describe(d, kApp),
                 (QStringList{QStringLiteral("Only in our record: https://new.example.com/cb"),
                              QStringLiteral("Only in Keycloak: https://acme.example.com/*")}));

        d = KeycloakDriftCheck::compare(
            QStringLiteral("https://acme.example.com/*, https://acme.example.com/cb"), theirs);
        QVERIFY(d.inSync());
        theirs.enabled = false;
        d = KeycloakDriftCheck::compare(
            QStringLiteral("https://acme.example.com/*, https://acme.example.com/cb"), theirs);
        QVERIFY(d.clientDisabled && !d.inSync());
        d = KeycloakDriftCheck::compare(QStringLiteral("https://acme.example.com/cb"), std::nullopt);
        QVERIFY(d.clientMissing);
        QCOMPARE(d.onlyOurs, QStringList{QStringLiteral("https://acme.example.com/cb")});
    }

    // ---- test login against the stand-in ---------------------------------------------------------------

    void testLoginReportsIssuerEndpointsAndLifetime()
    {
        const auto r = login();
        QVERIFY2(r.ok(), qPrintable(r.problem.message));
        const QString issuer = m_server->url().toString() + QStringLiteral("/realms/acme");
        QCOMPARE(r.value.discovery.issuer, issuer);
        QCOMPARE(r.value.discovery.tokenEndpoint, issuer + QStringLiteral("/protocol/openid-connect/token"));
        QCOMPARE(r.value.discovery.userinfoEndpoint,
                 issuer + QStringLiteral("/protocol/openid-connect/userinfo"));
        QCOMPARE(r.value.discovery.jwksUri, issuer + QStringLiteral("/protocol/openid-connect/certs"));
        QCOMPARE(r.value.discovery.endSessionEndpoint,
                 issuer + QStringLiteral("/protocol/openid-connect/logout"));
        QCOMPARE(r.value.discovery.introspectionEndpoint,
                 issuer + QStringLiteral("/protocol/openid-connect/token/introspect"));
        QVERIFY(r.value.discovery.grantTypes.contains(QStringLiteral("client_credentials")));
        QCOMPARE(r.value.expiresIn, 600);
        QCOMPARE(r.value.refreshExpiresIn, 0);
        QCOMPARE(r.value.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(r.value.scope, QStringLiteral("email profile"));
        const QJsonArray calls = m_server->calls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[1][QLatin1String("auth")].toString(), QStringLiteral("form"));
        QCOMPARE(calls[1][QLatin1String("clientId")].toString(), kApp);
        QCOMPARE(calls[1][QLatin1String("status")].toInt(), 200);
    }

    void wrongSecretIsUnauthorizedClient()
    {
        const auto r = login("kc-app-WrongSecret-0000000000000000");
        QCOMPARE(r.problem.kind, KeycloakFailure::UnauthorizedClient);
        QCOMPARE(r.problem.httpStatus, 401);
        QCOMPARE(r.problem.serverError, QStringLiteral("unauthorized_client"));
        QVERIFY2(r.problem.message.contains(QLatin1String("check the client secret")),
                 qPrintable(r.problem.message));
        QVERIFY(!r.problem.message.contains(QLatin1String("WrongSecret")));
    }

    void unknownRealm()
    {
        const auto r = login(kAppSecret, QStringLiteral("Acme"));
        QCOMPARE(r.problem.kind, KeycloakFailure::UnknownRealm);
        QVERIFY2(r.problem.message.contains(QLatin1String("no realm \"Acme\"")),
                 qPrintable(r.problem.message));
        QCOMPARE(callKinds(), QStringList{QStringLiteral("discovery:404")});
    }

    void issuerMismatchSendsNoSecret()
    {
        m_server->misbehave(QStringLiteral("issuer_mismatch"));
        const auto r = login();
        QCOMPARE(r.problem.kind, KeycloakFailure::IssuerMismatch);
        QVERIFY2(r.problem.message.contains(QLatin1String("http://keycloak.internal:8080/realms/acme")),
                 qPrintable(r.problem.message));
        QVERIFY(r.problem.message.contains(m_server->url().toString() + QStringLiteral("/realms/acme")));
        QCOMPARE(callKinds(), QStringList{QStringLiteral("discovery:200")}); // the token endpoint never asked
    }

    void dnsFailure()
    {
        const auto r =
            login(KeycloakServer{QStringLiteral("http://keycloak.fusion-test.invalid:8080"), {}, 10000},
                  QStringLiteral("acme"), kApp, kAppSecret);
        QCOMPARE(r.problem.kind, KeycloakFailure::Dns);
        // "does not resolve", or "could not be resolved" where the resolver itself fails (no name server)
        QVERIFY2(r.problem.message.startsWith(
                     QLatin1String("The host name keycloak.fusion-test.invalid of Keycloak ")),
                 qPrintable(r.problem.message));
        QVERIFY2(r.problem.message.contains(QLatin1String("(DNS")), qPrintable(r.problem.message));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now
        const auto r = login(KeycloakServer{QStringLiteral("http://127.0.0.1:%1").arg(port), {}, 10000},
                             QStringLiteral("acme"), kApp, kAppSecret);
        QCOMPARE(r.problem.kind, KeycloakFailure::Refused);
        QVERIFY2(r.problem.message.contains(QLatin1String("cannot be reached")),
                 qPrintable(r.problem.message));
    }

    void misbehaviour_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("on");
        QTest::addColumn<KeycloakFailure>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QStringList>("calls");
        const QStringList discoveryOnly{QStringLiteral("discovery:-1")};
        QTest::newRow("500 on discovery")
            << "500"
            << "discovery" << KeycloakFailure::ServerError
            << "Keycloak failed on the OpenID configuration of realm \"acme\" (HTTP 500)"
            << QStringList{QStringLiteral("discovery:500")};
        QTest::newRow("503 on the token")
            << "503"
            << "token" << KeycloakFailure::ServerError
            << "Keycloak failed on a token for client \"odoo-acme\" of realm \"acme\" "
               "(HTTP 503): For more on this error"
            << QStringList{QStringLiteral("discovery:200"), QStringLiteral("token:503")};
        QTest::newRow("a proxy's HTML page")
            << "html"
            << "discovery" << KeycloakFailure::ServerError << "(HTTP 502), an HTML page"
            << QStringList{QStringLiteral("discovery:502")};
        QTest::newRow("malformed discovery") << "malformed"
                                             << "discovery" << KeycloakFailure::Malformed << "not valid JSON"
                                             << QStringList{QStringLiteral("discovery:200")};
        QTest::newRow("malformed token")
            << "malformed"
            << "token" << KeycloakFailure::Malformed
            << "Keycloak's answer for a token for client \"odoo-acme\""
            << QStringList{QStringLiteral("discovery:200"), QStringLiteral("token:200")};
        QTest::newRow("wrong types") << "wrong_types"
                                     << "discovery" << KeycloakFailure::Malformed
                                     << "\"issuer\" is missing or not a web address"
                                     << QStringList{QStringLiteral("discovery:200")};
        QTest::newRow("timeout") << "timeout"
                                 << "discovery" << KeycloakFailure::Timeout << "did not answer the "
                                 << QStringList{QStringLiteral("discovery:0")};
        QTest::newRow("dropped token answer")
            << "drop"
            << "token" << KeycloakFailure::ConnectionLost << "closed before the whole answer to a token for"
            << QStringList{QStringLiteral("discovery:200"), QStringLiteral("token:-1")};
    }

    void misbehaviour()
    {
        QFETCH(QString, mode);
        QFETCH(QString, on);
        QFETCH(KeycloakFailure, kind);
        QFETCH(QString, says);
        QFETCH(QStringList, calls);
        m_server->misbehave(mode, on, 1, 3);
        QElapsedTimer clock;
        clock.start();
        const auto r = login(kAppSecret, QStringLiteral("acme"), 1000);
        QCOMPARE(r.problem.kind, kind);
        QVERIFY2(r.problem.message.contains(says), qPrintable(r.problem.message));
        QVERIFY(r.value.discovery.issuer.isEmpty() && r.value.expiresIn == 0); // nothing partial
        QVERIFY2(clock.elapsed() < 2500, "a timeout is the client's, not the server's");
        QCOMPARE(callKinds(), calls); // a timed-out call is still being answered (status 0)
    }

    void tlsUntrustedThenTrustedByFingerprint()
    {
        QTemporaryDir dir;
        const test::SelfSignedCertificate cert = test::makeSelfSignedCertificate(dir);
        QVERIFY2(cert.ok, "openssl could not make a certificate");
        test::FakeKeycloak tls(cert.certPath, cert.keyPath);
        QVERIFY2(tls.ok(), qPrintable(tls.error()));
        tls.setRealms(kcRealms());
        const QString base = tls.url().toString();
        QVERIFY(base.startsWith(QLatin1String("https://")));

        auto r = login(KeycloakServer{base, {}, 10000}, QStringLiteral("acme"), kApp, kAppSecret);
        QCOMPARE(r.problem.kind, KeycloakFailure::TlsUntrusted);
        QCOMPARE(r.problem.fingerprint, cert.sha256);
        QVERIFY2(r.problem.message.contains(cert.sha256), qPrintable(r.problem.message));
        QVERIFY(tls.calls().isEmpty()); // nothing reached the server

        r = login(KeycloakServer{base, cert.sha256.toUpper(), 10000}, QStringLiteral("acme"), kApp,
                  kAppSecret);
        QVERIFY2(r.ok(), qPrintable(r.problem.message));
        QCOMPARE(r.value.discovery.issuer, base + QStringLiteral("/realms/acme"));
        QCOMPARE(r.value.expiresIn, 600);
    }

    // ---- the admin comparison --------------------------------------------------------------------------

    void compareFindsDriftBothWays()
    {
        // Ours spells two of Keycloak's URIs differently (host case, a trailing slash, the default port) and
        // lists one Keycloak does not allow; Keycloak allows a wildcard we do not list.
        const auto r =
            compare(kApp, QStringLiteral("https://ACME.example.com/auth_oauth/signin/\n"
                                         "https://acme.example.com:443/web, https://new.example.com/cb\n"));
        QVERIFY2(r.ok(), qPrintable(r.problem.message));
        QVERIFY(r.value.client.has_value());
        QCOMPARE(r.value.client->clientId, kApp);
        QVERIFY(r.value.client->enabled);
        QCOMPARE(r.value.client->redirectUris.size(), 3);
        QCOMPARE(r.value.drift.onlyOurs, QStringList{QStringLiteral("https://new.example.com/cb")});
        QCOMPARE(r.value.drift.onlyKeycloak, QStringList{QStringLiteral("https://acme.example.com/*")});
        QVERIFY(!r.value.drift.clientMissing && !r.value.drift.clientDisabled);
        QCOMPARE(r.value.consoleUrl.toString(),
                 m_server->url().toString() + QStringLiteral("/admin/master/console/#/acme"));
        QCOMPARE(callKinds(), (QStringList{QStringLiteral("token:200"), QStringLiteral("admin:200")}));
        const QJsonArray calls = m_server->calls();
        QCOMPARE(calls[0][QLatin1String("realm")].toString(), QStringLiteral("master"));
        QCOMPARE(calls[1][QLatin1String("auth")].toString(), QStringLiteral("bearer"));
        QCOMPARE(calls[1][QLatin1String("clientId")].toString(), kApp);
    }

    void compareMissingAndDisabledClients()
    {
        auto r = compare(QStringLiteral("odoo-ghost"), QStringLiteral("https://ghost.example.com/cb"));
        QVERIFY2(r.ok(), qPrintable(r.problem.message));
        QVERIFY(!r.value.client.has_value());
        QVERIFY(r.value.drift.clientMissing);
        QCOMPARE(r.value.drift.onlyOurs, QStringList{QStringLiteral("https://ghost.example.com/cb")});

        r = compare(QStringLiteral("odoo-old"), QStringLiteral("https://old.example.com/cb/"));
        QVERIFY2(r.ok(), qPrintable(r.problem.message));
        QVERIFY(r.value.drift.clientDisabled);
        QVERIFY(r.value.drift.onlyOurs.isEmpty() && r.value.drift.onlyKeycloak.isEmpty());
        QVERIFY(KeycloakDriftCheck::describe(r.value.drift, QStringLiteral("odoo-old"))
                    .first()
                    .contains(QLatin1String("disabled")));
    }

    void compareRefusals()
    {
        auto r = compare(kApp, QString(), QStringLiteral("fusion-viewer"), kViewerSecret);
        QCOMPARE(r.problem.kind, KeycloakFailure::Forbidden);
        QCOMPARE(r.problem.httpStatus, 403);
        QVERIFY2(r.problem.message.contains(QLatin1String("view-clients")), qPrintable(r.problem.message));
        QVERIFY(!r.value.client.has_value());

        r = compare(kApp, QString(), QStringLiteral("fusion-admin"), "kc-admin-Wrong-000000000000000");
        QCOMPARE(r.problem.kind, KeycloakFailure::UnauthorizedClient);
        QVERIFY(r.problem.message.contains(
            QLatin1String("the admin client \"fusion-admin\" of realm \"master\"")));

        m_server->misbehave(QStringLiteral("500"), QStringLiteral("admin"));
        r = compare(kApp, QString());
        QCOMPARE(r.problem.kind, KeycloakFailure::ServerError);
        QVERIFY2(r.problem.message.contains(QLatin1String("the clients of realm \"acme\" (HTTP 500)")),
                 qPrintable(r.problem.message));
    }

    // ---- secrets ---------------------------------------------------------------------------------------

    void secretsNeverShown()
    {
        // One more of each path so the stand-in's log holds every kind of call.
        QVERIFY(login().ok());
        QVERIFY(compare(kApp, QString()).ok());
        (void)login("kc-app-WrongSecret-0000000000000000");
        const QByteArray log = m_server->rawCalls();
        QVERIFY(log.contains("\"token\"") && log.contains("\"admin\""));
        for (const char* secret : {kAppSecret, kAdminSecret, kViewerSecret, "WrongSecret"}) {
            QVERIFY2(!log.contains(secret), secret);
            for (const QString& message : std::as_const(m_messages))
                QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
        }
        QVERIFY2(!log.contains("eyJ"), "a token in the call log"); // Keycloak's tokens are JWTs
        QVERIFY(m_messages.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestKeycloak)
#include "tst_keycloak.moc"
