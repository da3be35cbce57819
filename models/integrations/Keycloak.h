#pragma once
// Keycloak on the wire (INTEGRATIONS.md "Keycloak"), as pure functions: the addresses, the token request, and
// every answer checked whole. OIDC discovery at {base}/realms/{realm}/.well-known/openid-configuration must
// name the issuer {base}/realms/{realm}; client credentials are a form-encoded POST to the token endpoint;
// the admin REST API lists a realm's clients. A malformed answer is one clear error naming Keycloak and what
// was wrong, never a partial result; a secret or a token never appears in a message (server text included).
#include "models/secrets/SecretBytes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fusion {

// What went wrong, precise enough for the SSO pane to say what to fix.
enum class KeycloakFailure {
    None,
    InvalidInput,       // our own settings: no base URL, a realm or client id missing
    Dns,                // the host name does not resolve
    TlsUntrusted,       // the certificate is not trusted (KeycloakProblem::fingerprint says which)
    Refused,            // connection refused or the host unreachable
    Timeout,            // no complete answer in time
    ConnectionLost,     // the connection closed before the whole answer
    UnknownRealm,       // 404 for the realm
    IssuerMismatch,     // discovery names another issuer than {base}/realms/{realm}
    UnauthorizedClient, // 401: wrong secret, unknown or disabled client, no service account
    Forbidden,          // 403: the admin client may not read the realm's clients
    ServerError,        // 5xx or another unexpected status
    Malformed,          // not JSON, wrong types, missing fields, an HTML page, too large, not HTTP
};

struct KeycloakProblem {
    KeycloakFailure kind = KeycloakFailure::None;
    QString message;     // one line for a person, translated; never a secret
    QString fingerprint; // TlsUntrusted: the SHA-256 of the certificate presented, in hex
    int httpStatus = 0;
    QString serverError; // Keycloak's "error" code when it gave one (e.g. unauthorized_client)
    // What Keycloak (or a proxy before it) sent with an unexpected status, whole (secrets taken out): views
    // show it bounded (BoundedText) with the rest on request, Details… or --verbose. Never stored.
    QString body;
};

template <typename T>
struct KeycloakResult {
    T value{};
    KeycloakProblem problem;
    bool ok() const { return problem.kind == KeycloakFailure::None; }
};

struct KeycloakDiscovery {
    QString issuer;
    QString authorizationEndpoint;
    QString tokenEndpoint;
    QString userinfoEndpoint;
    QString jwksUri;
    QString endSessionEndpoint;
    QString introspectionEndpoint;
    QStringList grantTypes;
};

struct KeycloakToken {
    SecretBytes accessToken; // only ever sent back to Keycloak as a Bearer token
    int expiresIn = 0;       // seconds
    int refreshExpiresIn = 0;
    QString tokenType;
    QString scope;
};

// A ClientRepresentation, only the parts compared with our record (never its secret).
struct KeycloakClientRecord {
    QString id; // UUID
    QString clientId;
    QStringList redirectUris;
    QStringList webOrigins;
    bool enabled = false;
};

class Keycloak {
    Q_DECLARE_TR_FUNCTIONS(fusion::Keycloak)

public:
    // The server's base URL without trailing slashes ("https://sso.example.com" or with a path prefix such
    // as "/auth" for old installations); empty when it is not an http(s) URL with a host.
    static QString normalisedBase(const QString& baseUrl);
    static QString expectedIssuer(const QString& base, const QString& realm);
    static QUrl discoveryUrl(const QString& base, const QString& realm);
    static QUrl tokenUrl(const QString& base, const QString& realm);
    static QUrl adminClientsUrl(const QString& base, const QString& realm, const QString& clientId);
    static QUrl adminConsoleUrl(const QString& base, const QString& realm);

    // grant_type=client_credentials&client_id=…&client_secret=… (RFC 6749 form encoding): it holds the
    // secret.
    static SecretBytes tokenRequestBody(const QString& clientId, const SecretBytes& secret);

    static KeycloakResult<KeycloakDiscovery> parseDiscovery(const QString& base, const QString& realm,
                                                            int httpStatus, const QByteArray& body);
    // `who`: the client named in messages ("client odoo of realm acme").
    static KeycloakResult<KeycloakToken> parseToken(const QString& who, int httpStatus,
                                                    const QByteArray& body);
    static KeycloakResult<QList<KeycloakClientRecord>> parseClients(const QString& realm, int httpStatus,
                                                                    const QByteArray& body);

    // A problem from an answer that is not 2xx (Keycloak's {"error", "error_description"} read when present).
    static KeycloakProblem statusProblem(const QString& what, int httpStatus, const QByteArray& body);
    static KeycloakProblem problem(KeycloakFailure kind, const QString& message, int httpStatus = 0);
};

} // namespace fusion
