#include "models/integrations/Keycloak.h"

#include "models/core/BoundedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fusion {

namespace {

QString kcRealmSegment(const QString& realm)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(realm));
}

// Server text quoted in a message: one line, bounded, so a stack trace or a page cannot flood the pane (the
// whole is KeycloakProblem::body).
QString kcQuote(const QString& text)
{
    return BoundedText::oneLine(text.simplified(), 200);
}

bool kcIsWholeNumber(const QJsonValue& v)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) &&
           v.toDouble() >= 0 && v.toDouble() <= 1.0e9;
}

bool kcIsWebUrl(const QString& text)
{
    const QUrl u(text, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() &&
           (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http"));
}

// A list of strings, or absent (then empty); anything else is malformed.
bool kcStringList(const QJsonObject& o, const QString& field, QStringList* out)
{
    const QJsonValue v = o.value(field);
    out->clear();
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    const QJsonArray items = v.toArray();
    for (const QJsonValue item : items) {
        if (!item.isString())
            return false;
        *out << item.toString();
    }
    return true;
}

} // namespace

KeycloakProblem Keycloak::problem(KeycloakFailure kind, const QString& message, int httpStatus)
{
    KeycloakProblem p;
    p.kind = kind;
    p.message = message;
    p.httpStatus = httpStatus;
    return p;
}

QString Keycloak::normalisedBase(const QString& baseUrl)
{
    const QUrl u(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || u.host().isEmpty() || u.hasQuery() || u.hasFragment() || !u.userInfo().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    // QUrl lower-cases the scheme and the host, so the issuer Keycloak derives from the request matches.
    QString base = u.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString Keycloak::expectedIssuer(const QString& base, const QString& realm)
{
    return base + QStringLiteral("/realms/") + realm;
}

QUrl Keycloak::discoveryUrl(const QString& base, const QString& realm)
{
    return QUrl(base + QStringLiteral("/realms/") + kcRealmSegment(realm) +
                QStringLiteral("/.well-known/openid-configuration"));
}

QUrl Keycloak::tokenUrl(const QString& base, const QString& realm)
{
    return QUrl(base + QStringLiteral("/realms/") + kcRealmSegment(realm) +
                QStringLiteral("/protocol/openid-connect/token"));
}

QUrl Keycloak::adminClientsUrl(const QString& base, const QString& realm, const QString& clientId)
{
    return QUrl(base + QStringLiteral("/admin/realms/") + kcRealmSegment(realm) +
                QStringLiteral("/clients?clientId=") +
                QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
}

QUrl Keycloak::adminConsoleUrl(const QString& base, const QString& realm)
{
    return QUrl(base + QStringLiteral("/admin/master/console/#/") + kcRealmSegment(realm));
}

SecretBytes Keycloak::tokenRequestBody(const QString& clientId, const SecretBytes& secret)
{
    QByteArray body = "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId) +
                      "&client_secret=" + QUrl::toPercentEncoding(QString::fromUtf8(secret.bytes()));
    SecretBytes out(body);
    SecretBytes::scrub(body);
    return out;
}

KeycloakProblem Keycloak::statusProblem(const QString& what, int httpStatus, const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString error = o.value(QStringLiteral("error")).toString();
    const QString description = o.value(QStringLiteral("error_description")).toString();
    QString said;
    if (!error.isEmpty())
        said = description.isEmpty() ? QStringLiteral(": ") + kcQuote(error)
                                     : QStringLiteral(": %1 (%2)").arg(kcQuote(description), kcQuote(error));
    else if (body.trimmed().startsWith('<'))
        said = tr(", an HTML page (a proxy's error page?)");
    KeycloakProblem p;
    p.httpStatus = httpStatus;
    p.serverError = kcQuote(error);
    p.body = QString::fromUtf8(body);
    if (httpStatus >= 500) {
        p.kind = KeycloakFailure::ServerError;
        p.message = tr("Keycloak failed on %1 (HTTP %2)%3.").arg(what).arg(httpStatus).arg(said);
    } else if (httpStatus == 401) {
        p.kind = KeycloakFailure::UnauthorizedClient;
        p.message = tr("Keycloak refused the credentials for %1 (HTTP 401)%2.").arg(what, said);
    } else if (httpStatus == 403) {
        p.kind = KeycloakFailure::Forbidden;
        p.message = tr("Keycloak forbids %1 (HTTP 403)%2.").arg(what, said);
    } else {
        p.kind = KeycloakFailure::ServerError;
        p.message = tr("Keycloak answered HTTP %1 for %2%3.").arg(httpStatus).arg(what, said);
    }
    return p;
}

KeycloakResult<KeycloakDiscovery> Keycloak::parseDiscovery(const QString& base, const QString& realm,
                                                           int httpStatus, const QByteArray& body)
{
    KeycloakResult<KeycloakDiscovery> r;
    const QString what = tr("the OpenID configuration of realm \"%1\"").arg(realm);
    if (httpStatus == 404) {
        r.problem = problem(KeycloakFailure::UnknownRealm,
                            tr("Keycloak at %1 has no realm \"%2\" (HTTP 404 for its OpenID configuration): "
                               "check the realm's name, which is case-sensitive.")
                                .arg(base, realm),
                            404);
        return r;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        r.problem = statusProblem(what, httpStatus, body);
        return r;
    }
    const auto malformed = [&](const QString& why) {
        r.problem = problem(KeycloakFailure::Malformed,
                            tr("Keycloak's answer for %1 is malformed: %2").arg(what, why), httpStatus);
        return r;
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return malformed(tr("not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return malformed(tr("not a JSON object."));
    const QJsonObject o = doc.object();
    KeycloakDiscovery d;
    const struct {
        const char* field;
        QString* into;
        bool required;
    } fields[] = {{"issuer", &d.issuer, true},
                  {"authorization_endpoint", &d.authorizationEndpoint, true},
                  {"token_endpoint", &d.tokenEndpoint, true},
                  {"jwks_uri", &d.jwksUri, true},
                  {"userinfo_endpoint", &d.userinfoEndpoint, false},
                  {"end_session_endpoint", &d.endSessionEndpoint, false},
                  {"introspection_endpoint", &d.introspectionEndpoint, false}};
    for (const auto& f : fields) {
        const QJsonValue v = o.value(QLatin1String(f.field));
        if (v.isUndefined() && !f.required)
            continue;
        if (!v.isString() || !kcIsWebUrl(v.toString()))
            return malformed(tr("\"%1\" is missing or not a web address.").arg(QLatin1String(f.field)));
        *f.into = v.toString();
    }
    if (!kcStringList(o, QStringLiteral("grant_types_supported"), &d.grantTypes))
        return malformed(tr("\"grant_types_supported\" is not a list of text."));
    const QString expected = expectedIssuer(base, realm);
    if (d.issuer != expected) {
        r.problem =
            problem(KeycloakFailure::IssuerMismatch,
                    tr("Keycloak's OpenID configuration for realm \"%1\" names the issuer %2, not %3: "
                       "tokens would carry an issuer that applications refuse. Set Keycloak's public "
                       "host name (KC_HOSTNAME, or the proxy's forwarded headers) or correct the base "
                       "URL.")
                        .arg(realm, kcQuote(d.issuer), expected),
                    httpStatus);
        return r;
    }
    // The client secret goes to the token endpoint: only to one under the issuer just checked.
    if (!d.tokenEndpoint.startsWith(expected + QLatin1Char('/')))
        return malformed(
            tr("its token endpoint %1 lies outside the issuer %2; the client secret is not sent there.")
                .arg(kcQuote(d.tokenEndpoint), expected));
    r.value = d;
    return r;
}

KeycloakResult<KeycloakToken> Keycloak::parseToken(const QString& who, int httpStatus, const QByteArray& body)
{
    KeycloakResult<KeycloakToken> r;
    const QString what = tr("a token for %1").arg(who);
    if (httpStatus == 400 || httpStatus == 401) {
        const QJsonObject e = QJsonDocument::fromJson(body).object();
        const QString error = e.value(QStringLiteral("error")).toString();
        const QString description = e.value(QStringLiteral("error_description")).toString();
        if (httpStatus == 401 || error == QLatin1String("invalid_client") ||
            error == QLatin1String("unauthorized_client")) {
            r.problem = problem(
                KeycloakFailure::UnauthorizedClient,
                tr("Keycloak refused the client credentials of %1 (HTTP %2%3): check the client secret "
                   "in the keychain, and that the client exists, is enabled and has service accounts "
                   "enabled.")
                    .arg(who)
                    .arg(httpStatus)
                    .arg(error.isEmpty() ? QString()
                         : description.isEmpty()
                             ? QStringLiteral(", ") + kcQuote(error)
                             : QStringLiteral(", %1: %2").arg(kcQuote(error), kcQuote(description))),
                httpStatus);
            r.problem.serverError = kcQuote(error);
            return r;
        }
    }
    if (httpStatus == 404) {
        r.problem = problem(
            KeycloakFailure::UnknownRealm,
            tr("Keycloak has no token endpoint for %1 (HTTP 404): the realm does not exist.").arg(who), 404);
        return r;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        r.problem = statusProblem(what, httpStatus, body);
        return r;
    }
    const auto malformed = [&](const QString& why) {
        r.problem = problem(KeycloakFailure::Malformed,
                            tr("Keycloak's answer for %1 is malformed: %2").arg(what, why), httpStatus);
        return r;
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return malformed(tr("not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return malformed(tr("not a JSON object."));
    const QJsonObject o = doc.object();
    const QJsonValue token = o.value(QStringLiteral("access_token"));
    if (!token.isString() || token.toString().isEmpty())
        return malformed(tr("\"access_token\" is missing or not text."));
    if (!kcIsWholeNumber(o.value(QStringLiteral("expires_in"))))
        return malformed(tr("\"expires_in\" is missing or not a whole number of seconds."));
    const QJsonValue refresh = o.value(QStringLiteral("refresh_expires_in"));
    if (!refresh.isUndefined() && !kcIsWholeNumber(refresh))
        return malformed(tr("\"refresh_expires_in\" is not a whole number of seconds."));
    const QJsonValue type = o.value(QStringLiteral("token_type"));
    if (!type.isString() || type.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return malformed(tr("\"token_type\" is missing or not \"Bearer\"."));
    const QJsonValue scope = o.value(QStringLiteral("scope"));
    if (!scope.isUndefined() && !scope.isString())
        return malformed(tr("\"scope\" is not text."));
    r.value.accessToken = SecretBytes(token.toString().toUtf8());
    r.value.expiresIn = int(o.value(QStringLiteral("expires_in")).toDouble());
    r.value.refreshExpiresIn = int(refresh.toDouble());
    r.value.tokenType = type.toString();
    r.value.scope = scope.toString();
    return r;
}

KeycloakResult<QList<KeycloakClientRecord>> Keycloak::parseClients(const QString& realm, int httpStatus,
                                                                   const QByteArray& body)
{
    KeycloakResult<QList<KeycloakClientRecord>> r;
    const QString what = tr("the clients of realm \"%1\"").arg(realm);
    if (httpStatus == 401) {
        r.problem = problem(KeycloakFailure::UnauthorizedClient,
                            tr("Keycloak did not accept the admin token for %1 (HTTP 401).").arg(what), 401);
        return r;
    }
    if (httpStatus == 403) {
        r.problem = problem(KeycloakFailure::Forbidden,
                            tr("Keycloak forbids the admin client to read %1 (HTTP 403): give its service "
                               "account the realm-management role \"view-clients\" (or the master realm's "
                               "\"admin\" role).")
                                .arg(what),
                            403);
        return r;
    }
    if (httpStatus == 404) {
        r.problem =
            problem(KeycloakFailure::UnknownRealm,
                    tr("Keycloak has no realm \"%1\" (HTTP 404 from the admin API).").arg(realm), 404);
        return r;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        r.problem = statusProblem(what, httpStatus, body);
        return r;
    }
    const auto malformed = [&](const QString& why) {
        r.problem = problem(KeycloakFailure::Malformed,
                            tr("Keycloak's answer for %1 is malformed: %2").arg(what, why), httpStatus);
        r.value.clear();
        return r;
    };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return malformed(tr("not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isArray())
        return malformed(tr("not a list of clients."));
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            return malformed(tr("client %1 is not an object.").arg(i + 1));
        const QJsonObject o = items.at(i).toObject();
        KeycloakClientRecord c;
        const QJsonValue id = o.value(QStringLiteral("id"));
        const QJsonValue clientId = o.value(QStringLiteral("clientId"));
        const QJsonValue enabled = o.value(QStringLiteral("enabled"));
        if (!id.isString() || id.toString().isEmpty() || !clientId.isString() ||
            clientId.toString().isEmpty())
            return malformed(tr("client %1 has no \"id\" or \"clientId\" text.").arg(i + 1));
        if (!enabled.isBool())
            return malformed(tr("client %1 has no true/false \"enabled\".").arg(i + 1));
        if (!kcStringList(o, QStringLiteral("redirectUris"), &c.redirectUris) ||
            !kcStringList(o, QStringLiteral("webOrigins"), &c.webOrigins))
            return malformed(
                tr("client %1: \"redirectUris\" or \"webOrigins\" is not a list of text.").arg(i + 1));
        c.id = id.toString();
        c.clientId = clientId.toString();
        c.enabled = enabled.toBool();
        r.value << c;
    }
    return r;
}

} // namespace fusion
