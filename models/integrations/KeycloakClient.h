#pragma once
// The SSO pane's two checks against a Keycloak server, asynchronous (HttpRequest, one request at a time,
// never resent):
// - test login: OIDC discovery of the realm (its issuer must be {base}/realms/{realm}), then a
//   client-credentials token request with the client's secret; a report of what Keycloak said, or exactly
//   what failed (KeycloakFailure);
// - admin comparison: a token for an admin client of realm master, then the realm's client by its client id
//   through the admin REST API, and the drift between its redirect URIs and our record (KeycloakDriftCheck).
// Secrets come in as SecretBytes read by the caller from the keychain just before; they and the tokens
// Keycloak issues only ever travel to Keycloak and never appear in a message.
#include "models/integrations/Keycloak.h"
#include "models/integrations/KeycloakDrift.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace fusion {

class HttpRequest;

struct KeycloakServer {
    QString baseUrl;       // e.g. https://sso.example.com (a platform setting)
    QString trustedSha256; // a certificate the operator chose to trust although no authority vouches for it
    int timeoutMs = 15000; // per request
};

struct KeycloakLoginReport {
    KeycloakDiscovery discovery; // issuer, endpoints, grant types
    int expiresIn = 0;           // the access token's lifetime, seconds
    int refreshExpiresIn = 0;    // 0: no refresh token (Keycloak's default for client credentials)
    QString tokenType;
    QString scope;
};

struct KeycloakComparison {
    std::optional<KeycloakClientRecord> client; // nullopt: the realm has no such client
    KeycloakDrift drift;
    QUrl consoleUrl; // the realm in Keycloak's admin console
};

class KeycloakClient : public QObject {
    Q_OBJECT

public:
    explicit KeycloakClient(KeycloakServer server, QObject* parent = nullptr);
    ~KeycloakClient() override;

    void testLogin(const QString& realm, const QString& clientId, const SecretBytes& clientSecret,
                   std::function<void(const KeycloakResult<KeycloakLoginReport>&)> done);
    // `ourRedirectUris`: the text of sso_configs.redirect_uris.
    void compare(const QString& realm, const QString& clientId, const QString& ourRedirectUris,
                 const QString& adminClientId, const SecretBytes& adminSecret,
                 std::function<void(const KeycloakResult<KeycloakComparison>&)> done);

private:
    using Answer = std::function<void(HttpRequest& reply)>;
    using Problem = std::function<void(const KeycloakProblem& problem)>;
    // One request; `answer` when an HTTP answer arrived, `failed` with the transport problem otherwise.
    void send(const QUrl& url, const QByteArray& method, const QByteArray& body,
              const QByteArray& contentType, const QByteArray& authorization, const QString& what,
              Answer answer, Problem failed);
    void transportProblem(HttpRequest& request, const QUrl& url, const QString& what, const Problem& failed);
    KeycloakProblem badSettings(const QString& realm, const QString& clientId) const;

    KeycloakServer m_server;
    QString m_base; // normalised
};

} // namespace fusion
