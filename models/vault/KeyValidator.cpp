#include "models/vault/KeyValidator.h"

#include "models/core/BoundedText.h"
#include "models/net/HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace fusion {

namespace {
QByteArray formEncoded(const QList<QPair<QString, QByteArray>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + value.toPercentEncoding();
    }
    return body;
}

QJsonObject jsonOf(const QByteArray& body, bool* ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

QString keyValidatorMessageWhole(const QJsonObject& o)
{
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QString m = error.toObject().value(QStringLiteral("message")).toString();
        if (!m.isEmpty())
            return m;
    }
    for (const char* key : {"error_description", "error_message", "message"}) {
        const QString m = o.value(QLatin1String(key)).toString().trimmed();
        if (!m.isEmpty())
            return m;
    }
    return error.isString() ? error.toString() : QString();
}

// The provider's own explanation, from the shapes OpenAI, Anthropic, Twilio, Google and OAuth servers use;
// one line of it, since the key's validation row keeps it.
QString providerMessage(const QJsonObject& o)
{
    return BoundedText::oneLine(keyValidatorMessageWhole(o), 500);
}

ValidationResult unreachable(const QString& message, int status = 0)
{
    ValidationResult r;
    r.status = QStringLiteral("unreachable");
    r.message = message;
    r.httpStatus = status;
    return r;
}

// What an answer that is neither a clear yes nor a clear no means for the person.
ValidationResult inconclusive(const HttpRequest& request)
{
    const int status = request.status();
    if (status == 429)
        return unreachable(
            KeyValidator::tr("The provider is limiting requests right now (HTTP 429); try again later."),
            status);
    if (status >= 500)
        return unreachable(
            KeyValidator::tr("The provider had a server error (HTTP %1); try again later.").arg(status),
            status);
    return unreachable(KeyValidator::tr("The provider answered HTTP %1 %2, which says nothing about the key.")
                           .arg(status)
                           .arg(QString::fromUtf8(request.reason())),
                       status);
}
} // namespace

QUrl KeyValidator::endpoint(const Provider& provider, const QString& path)
{
    QString base = provider.effectiveBaseUrl();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + path);
}

QUrl KeyValidator::tokenEndpoint(const Provider& provider)
{
    const QUrl token(provider.tokenUrl);
    if (provider.baseUrlOverride.isEmpty())
        return token;
    return endpoint(provider, token.path());
}

void KeyValidator::validate(const Provider& provider, const ApiKey& key, const KeySecret& secret,
                            QObject* context, const std::function<void(ValidationResult)>& done,
                            const Options& options)
{
    HttpRequest::Options http;
    http.timeoutMs = options.timeoutMs;
    http.maxBytes = 4 * 1024 * 1024;
    http.method = "GET";
    QUrl url;
    QByteArray body;
    const QString& how = provider.validation;
    if (how == QLatin1String("openai_models")) {
        url = endpoint(provider, QStringLiteral("/v1/models"));
        http.headers << qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + secret.key.bytes());
    } else if (how == QLatin1String("anthropic_models")) {
        url = endpoint(provider, QStringLiteral("/v1/models"));
        http.headers << qMakePair(QByteArray("x-api-key"), secret.key.bytes())
                     << qMakePair(QByteArray("anthropic-version"), QByteArray("2023-06-01"));
    } else if (how == QLatin1String("google_maps_geocode")) {
        url = endpoint(provider, QStringLiteral("/maps/api/geocode/json"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("address"), QString());
        q.addQueryItem(QStringLiteral("key"), QString::fromUtf8(secret.key.bytes()));
        url.setQuery(q);
    } else if (how == QLatin1String("twilio_account")) {
        if (key.clientId.isEmpty())
            return done(unreachable(
                tr("This Twilio key has no Account SID, so there is nothing to check it against.")));
        url = endpoint(provider, QStringLiteral("/2010-04-01/Accounts/%1.json")
                                     .arg(QString::fromUtf8(QUrl::toPercentEncoding(key.clientId))));
        QByteArray pair = key.clientId.toUtf8() + ':' + secret.key.bytes();
        http.headers << qMakePair(QByteArray("Authorization"), QByteArray("Basic ") + pair.toBase64());
        SecretBytes::scrub(pair);
    } else if (how == QLatin1String("oauth_refresh")) {
        url = tokenEndpoint(provider);
        http.method = "POST";
        http.contentType = "application/x-www-form-urlencoded";
        body = formEncoded({{QStringLiteral("grant_type"), QByteArray("refresh_token")},
                            {QStringLiteral("client_id"), key.clientId.toUtf8()},
                            {QStringLiteral("client_secret"), secret.clientSecret.bytes()},
                            {QStringLiteral("refresh_token"), secret.refreshToken.bytes()}});
    } else {
        ValidationResult r;
        r.status = QStringLiteral("unknown");
        r.message = tr("%1 has no validation method; nothing was checked.").arg(provider.name);
        return done(r);
    }
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return done(unreachable(tr("The provider's address %1 is not a web address.").arg(url.toString())));

    auto* request = new HttpRequest(url, body, http, context);
    SecretBytes::scrub(body);
    for (auto& header : http.headers)
        header.second.fill('\0');
    QObject::connect(request, &HttpRequest::finished, context, [request, how, done, secret] {
        request->deleteLater();
        const qint64 latency = request->elapsedMs();
        const auto finish = [&](ValidationResult r) {
            r.latencyMs = latency;
            // A provider that echoes what it was sent must not get the secret into our records through its
            // message.
            for (const SecretBytes* part :
                 {&secret.key, &secret.clientSecret, &secret.refreshToken, &secret.accessToken}) {
                if (part->bytes().size() >= 4)
                    r.message.replace(QString::fromUtf8(part->bytes()), tr("[the secret]"));
            }
            if (!r.httpStatus)
                r.httpStatus = request->status();
            done(std::move(r));
        };
        if (request->failure() == HttpRequest::Failure::Timeout)
            return finish(
                unreachable(tr("The provider did not answer in time (%1).").arg(request->errorString())));
        if (request->failure() != HttpRequest::Failure::None)
            return finish(
                unreachable(tr("The provider could not be reached: %1.").arg(request->errorString())));
        const int status = request->status();
        bool json = false;
        const QJsonObject o = jsonOf(request->body(), &json);
        ValidationResult r;
        r.httpStatus = status;
        if (how == QLatin1String("google_maps_geocode")) {
            // Google answers 200 either way and says in "status" what it thought of the key.
            if (status != 200)
                return finish(inconclusive(*request));
            if (!json)
                return finish(unreachable(tr("The provider's answer was not readable JSON."), status));
            const QString s = o.value(QStringLiteral("status")).toString();
            if (s == QLatin1String("REQUEST_DENIED")) {
                r.status = QStringLiteral("rejected");
                r.message = providerMessage(o);
            } else if (s == QLatin1String("INVALID_REQUEST") || s == QLatin1String("OK") ||
                       s == QLatin1String("ZERO_RESULTS")) {
                r.status = QStringLiteral("valid");
                r.message = tr("Google accepted the key.");
            } else if (s == QLatin1String("OVER_QUERY_LIMIT") || s == QLatin1String("OVER_DAILY_LIMIT")) {
                return finish(unreachable(
                    tr("Google says the quota is used up (%1): %2").arg(s, providerMessage(o)), status));
            } else {
                return finish(unreachable(
                    tr("Google answered \"%1\", which says nothing about the key.").arg(s), status));
            }
            return finish(r);
        }
        if (status == 200) {
            if (!json)
                return finish(unreachable(tr("The provider's answer was not readable JSON."), status));
            r.status = QStringLiteral("valid");
            if (how == QLatin1String("oauth_refresh")) {
                const QString token = o.value(QStringLiteral("access_token")).toString();
                if (token.isEmpty())
                    return finish(
                        unreachable(tr("The token endpoint answered without an access token."), status));
                QByteArray bytes = token.toUtf8();
                r.accessToken = SecretBytes(bytes);
                SecretBytes::scrub(bytes);
                const int expiresIn = o.value(QStringLiteral("expires_in")).toInt();
                if (expiresIn > 0)
                    r.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
                r.message = expiresIn > 0
                                ? tr("The refresh token works; a new access token is valid for %n minute(s).",
                                     nullptr, expiresIn / 60)
                                : tr("The refresh token works.");
            } else if (how == QLatin1String("twilio_account")) {
                r.message = tr("Account \"%1\" (%2).")
                                .arg(o.value(QStringLiteral("friendly_name")).toString(),
                                     o.value(QStringLiteral("status")).toString());
            } else {
                r.message = tr("The key lists %n model(s).", nullptr,
                               int(o.value(QStringLiteral("data")).toArray().size()));
            }
            return finish(r);
        }
        // A definite no: the key (or the OAuth client, or the refresh token) is not accepted.
        const bool oauthRefused =
            how == QLatin1String("oauth_refresh") && status == 400 &&
            o.value(QStringLiteral("error")).toString() == QLatin1String("invalid_grant");
        if (status == 401 || status == 403 || oauthRefused) {
            r.status = QStringLiteral("rejected");
            r.message = providerMessage(o);
            if (r.message.isEmpty())
                r.message = tr("The provider refused the key (HTTP %1).").arg(status);
            return finish(r);
        }
        finish(inconclusive(*request));
    });
    request->start();
}

} // namespace fusion
