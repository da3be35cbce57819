#include "models/integrations/KeycloakClient.h"

#include "models/net/HttpFailure.h"
#include "models/net/HttpRequest.h"

#include <QHostAddress>
#include <QHostInfo>

#include <memory>

namespace fusion {

namespace {

constexpr qint64 kKcMaxAnswer = 4 * 1024 * 1024;

// Whatever a server or a socket echoed, a secret never leaves in a message.
KeycloakProblem kcScrubbed(KeycloakProblem p, const QList<QByteArray>& secrets)
{
    for (const QByteArray& s : secrets) {
        if (s.size() < 4)
            continue;
        p.message.replace(QString::fromUtf8(s), QStringLiteral("[secret]"));
        p.serverError.replace(QString::fromUtf8(s), QStringLiteral("[secret]"));
        p.body.replace(QString::fromUtf8(s), QStringLiteral("[secret]"));
    }
    return p;
}

// The secret as it was given and as it travels in the form, in case a server echoes the request.
QList<QByteArray> kcSecretForms(const SecretBytes& secret)
{
    return {secret.bytes(), QUrl::toPercentEncoding(QString::fromUtf8(secret.bytes()))};
}

} // namespace

KeycloakClient::KeycloakClient(KeycloakServer server, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_base(Keycloak::normalisedBase(m_server.baseUrl))
{
}

// The requests are children: they go with this object, and their callbacks (bound to it) are never called.
KeycloakClient::~KeycloakClient() = default;

KeycloakProblem KeycloakClient::badSettings(const QString& realm, const QString& clientId) const
{
    if (m_base.isEmpty())
        return Keycloak::problem(
            KeycloakFailure::InvalidInput,
            tr("The Keycloak base URL \"%1\" is not an http:// or https:// address with a "
               "host name.")
                .arg(m_server.baseUrl.left(200)));
    if (realm.trimmed().isEmpty() || realm.contains(QLatin1Char('/')))
        return Keycloak::problem(
            KeycloakFailure::InvalidInput,
            tr("The Keycloak realm \"%1\" is empty or holds a slash.").arg(realm.left(100)));
    if (clientId.trimmed().isEmpty())
        return Keycloak::problem(KeycloakFailure::InvalidInput, tr("The Keycloak client id is empty."));
    return {};
}

void KeycloakClient::testLogin(const QString& realm, const QString& clientId, const SecretBytes& clientSecret,
                               std::function<void(const KeycloakResult<KeycloakLoginReport>&)> done)
{
    auto secrets = std::make_shared<QList<QByteArray>>(kcSecretForms(clientSecret));
    auto finish = [done = std::move(done), secrets](const KeycloakResult<KeycloakLoginReport>& r) {
        if (r.ok()) {
            done(r);
        } else {
            KeycloakResult<KeycloakLoginReport> failed;
            failed.problem = kcScrubbed(r.problem, *secrets);
            done(failed);
        }
        for (QByteArray& s : *secrets)
            SecretBytes::scrub(s);
    };
    auto fail = [finish](const KeycloakProblem& p) {
        KeycloakResult<KeycloakLoginReport> r;
        r.problem = p;
        finish(r);
    };
    if (const KeycloakProblem p = badSettings(realm, clientId); p.kind != KeycloakFailure::None)
        return fail(p);
    if (clientSecret.isEmpty())
        return fail(Keycloak::problem(
            KeycloakFailure::InvalidInput,
            tr("The keychain holds no secret for the Keycloak client \"%1\".").arg(clientId)));

    const QString base = m_base;
    const QString discoveryWhat = tr("the OpenID configuration of realm \"%1\"").arg(realm);
    send(
        Keycloak::discoveryUrl(base, realm), "GET", {}, {}, {}, discoveryWhat,
        [this, base, realm, clientId, clientSecret, fail, finish](HttpRequest& reply) {
            const KeycloakResult<KeycloakDiscovery> discovery =
                Keycloak::parseDiscovery(base, realm, reply.status(), reply.body());
            if (!discovery.ok())
                return fail(discovery.problem);
            const QString who = tr("client \"%1\" of realm \"%2\"").arg(clientId, realm);
            const SecretBytes form = Keycloak::tokenRequestBody(clientId, clientSecret);
            send(
                QUrl(discovery.value.tokenEndpoint), "POST", form.bytes(),
                "application/x-www-form-urlencoded", {}, tr("a token for %1").arg(who),
                [who, discovery, fail, finish](HttpRequest& tokenReply) {
                    const KeycloakResult<KeycloakToken> token =
                        Keycloak::parseToken(who, tokenReply.status(), tokenReply.body());
                    if (!token.ok())
                        return fail(token.problem);
                    KeycloakResult<KeycloakLoginReport> r;
                    r.value.discovery = discovery.value;
                    r.value.expiresIn = token.value.expiresIn;
                    r.value.refreshExpiresIn = token.value.refreshExpiresIn;
                    r.value.tokenType = token.value.tokenType;
                    r.value.scope = token.value.scope;
                    finish(r); // the token itself is dropped (and scrubbed) here: a test login needs none
                },
                fail);
        },
        fail);
}

void KeycloakClient::compare(const QString& realm, const QString& clientId, const QString& ourRedirectUris,
                             const QString& adminClientId, const SecretBytes& adminSecret,
                             std::function<void(const KeycloakResult<KeycloakComparison>&)> done)
{
    // The admin token is added to the secrets to scrub once Keycloak issued it.
    auto secrets = std::make_shared<QList<QByteArray>>(kcSecretForms(adminSecret));
    auto finish = [done = std::move(done), secrets](const KeycloakResult<KeycloakComparison>& r) {
        if (r.ok()) {
            done(r);
        } else {
            KeycloakResult<KeycloakComparison> failed;
            failed.problem = kcScrubbed(r.problem, *secrets);
            done(failed);
        }
        for (QByteArray& s : *secrets)
            SecretBytes::scrub(s);
    };
    auto fail = [finish](const KeycloakProblem& p) {
        KeycloakResult<KeycloakComparison> r;
        r.problem = p;
        finish(r);
    };
    if (const KeycloakProblem p = badSettings(realm, clientId); p.kind != KeycloakFailure::None)
        return fail(p);
    if (adminClientId.trimmed().isEmpty() || adminSecret.isEmpty())
        return fail(Keycloak::problem(
            KeycloakFailure::InvalidInput,
            tr("The Keycloak admin client id or its secret (in the keychain) is missing.")));

    const QString base = m_base;
    const QString who = tr("the admin client \"%1\" of realm \"master\"").arg(adminClientId);
    const SecretBytes form = Keycloak::tokenRequestBody(adminClientId, adminSecret);
    send(
        Keycloak::tokenUrl(base, QStringLiteral("master")), "POST", form.bytes(),
        "application/x-www-form-urlencoded", {}, tr("a token for %1").arg(who),
        [this, base, realm, clientId, ourRedirectUris, who, secrets, fail, finish](HttpRequest& reply) {
            const KeycloakResult<KeycloakToken> token =
                Keycloak::parseToken(who, reply.status(), reply.body());
            if (!token.ok())
                return fail(token.problem);
            *secrets << token.value.accessToken.bytes();
            QByteArray bearer = "Bearer " + token.value.accessToken.bytes();
            send(
                Keycloak::adminClientsUrl(base, realm, clientId), "GET", {}, {}, bearer,
                tr("the clients of realm \"%1\"").arg(realm),
                [base, realm, clientId, ourRedirectUris, fail, finish](HttpRequest& listReply) {
                    const KeycloakResult<QList<KeycloakClientRecord>> clients =
                        Keycloak::parseClients(realm, listReply.status(), listReply.body());
                    if (!clients.ok())
                        return fail(clients.problem);
                    KeycloakResult<KeycloakComparison> r;
                    // The query matches the client id exactly; a server that also matched on a part of it
                    // must not make another client look like ours.
                    for (const KeycloakClientRecord& c : clients.value) {
                        if (c.clientId == clientId) {
                            r.value.client = c;
                            break;
                        }
                    }
                    r.value.drift = KeycloakDriftCheck::compare(ourRedirectUris, r.value.client);
                    r.value.consoleUrl = Keycloak::adminConsoleUrl(base, realm);
                    finish(r);
                },
                fail);
            SecretBytes::scrub(bearer);
        },
        fail);
}

void KeycloakClient::send(const QUrl& url, const QByteArray& method, const QByteArray& body,
                          const QByteArray& contentType, const QByteArray& authorization, const QString& what,
                          Answer answer, Problem failed)
{
    HttpRequest::Options options;
    options.method = method;
    options.timeoutMs = m_server.timeoutMs;
    options.maxBytes = kKcMaxAnswer;
    options.trustedSha256 = m_server.trustedSha256;
    if (!contentType.isEmpty())
        options.contentType = contentType;
    options.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        options.headers << qMakePair(QByteArrayLiteral("Authorization"), authorization);
    auto* request = new HttpRequest(url, body, options, this);
    for (auto& header : options.headers)
        SecretBytes::scrub(header.second); // HttpRequest keeps its own copy, scrubbed once sent
    connect(request, &HttpRequest::finished, this,
            [this, request, url, what, answer = std::move(answer), failed = std::move(failed)]() {
                request->deleteLater();
                if (request->failure() == HttpRequest::Failure::None)
                    return answer(*request);
                transportProblem(*request, url, what, failed);
            });
    request->start();
}

void KeycloakClient::transportProblem(HttpRequest& request, const QUrl& url, const QString& what,
                                      const Problem& failed)
{
    const QString server = m_base;
    const QString why = request.errorString();
    // The shared classification (models/net/HttpFailure); Keycloak's sentences name the request and, for an
    // untrusted certificate, its fingerprint, so they stay its own.
    switch (HttpFailure::kindOf(request)) {
    case HttpFailure::Kind::None:
        return;
    case HttpFailure::Kind::Timeout:
        return failed(
            Keycloak::problem(KeycloakFailure::Timeout, tr("Keycloak at %1 did not answer %2 within %3 s.")
                                                            .arg(server, what)
                                                            .arg(qMax(1, m_server.timeoutMs / 1000))));
    case HttpFailure::Kind::TooLarge:
        return failed(Keycloak::problem(KeycloakFailure::Malformed,
                                        tr("Keycloak's answer to %1 is larger than 4 MB.").arg(what)));
    case HttpFailure::Kind::Protocol:
        return failed(
            Keycloak::problem(KeycloakFailure::Malformed,
                              tr("Keycloak at %1 did not answer %2 in HTTP: %3.").arg(server, what, why)));
    case HttpFailure::Kind::Untrusted: {
        KeycloakProblem p =
            Keycloak::problem(KeycloakFailure::TlsUntrusted,
                              tr("The TLS certificate of Keycloak at %1 is not trusted (%2). Its SHA-256 "
                                 "fingerprint is %3: trust "
                                 "it only after Keycloak's administrator confirmed that fingerprint.")
                                  .arg(server, why, request.untrustedFingerprint()));
        p.fingerprint = request.untrustedFingerprint();
        return failed(p);
    }
    case HttpFailure::Kind::ConnectionLost:
        return failed(
            Keycloak::problem(KeycloakFailure::ConnectionLost,
                              tr("The connection to Keycloak at %1 closed before the whole answer to %2 "
                                 "arrived (%3).")
                                  .arg(server, what, why)));
    case HttpFailure::Kind::Unreachable:
        break;
    }
    const QString host = url.host();
    const auto refused = [server, why] {
        return Keycloak::problem(KeycloakFailure::Refused,
                                 tr("Keycloak at %1 cannot be reached: %2.").arg(server, why));
    };
    if (!QHostAddress(host).isNull())
        return failed(refused());
    // The socket does not say whether the name or the connection failed: the name is looked up again (from
    // the resolver's cache, usually) to tell the person which of the two to fix.
    QHostInfo::lookupHost(host, this, [host, server, refused, failed](const QHostInfo& info) {
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty())
            return failed(refused());
        // Not found, or the resolver itself failed: either way the name is what stands in the way.
        failed(Keycloak::problem(
            KeycloakFailure::Dns,
            info.error() == QHostInfo::HostNotFound
                ? tr("The host name %1 of Keycloak does not resolve (DNS): check the base URL %2.")
                      .arg(host, server)
                : tr("The host name %1 of Keycloak could not be resolved (DNS: %2): check the network's name "
                     "server and the base URL %3.")
                      .arg(host, info.errorString(), server)));
    });
}

} // namespace fusion
