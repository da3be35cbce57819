#include "models/integrations/Superset.h"

#include "models/core/BoundedText.h"
#include "models/integrations/N8n.h"
#include "models/net/HttpFailure.h"
#include "models/net/HttpRequest.h"
#include "models/net/UrlPath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>
#include <memory>

namespace fusion {

namespace {

constexpr qint64 kSupersetMaxBytes = 32 * 1024 * 1024;

// Superset's "2026-12-01T10:00:00.000000+0000" (and the ISO forms with Z or +00:00); invalid when not one.
QDateTime supersetTime(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|([+-])(\\d\\d):?(\\d\\d))?$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        return {};
    t.setTimeSpec(Qt::UTC);
    t = t.addMSecs(m.captured(2).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    if (!m.captured(4).isEmpty()) {
        const int offset = m.captured(5).toInt() * 3600 + m.captured(6).toInt() * 60;
        t = t.addSecs(m.captured(4) == QLatin1String("+") ? -offset : offset);
    }
    return t;
}

bool supersetIsHtml(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray start = body.trimmed().left(15).toLower();
    return contentType.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html");
}

// Superset's own words: "message" (a text or, for a bad field, an object of lists) or flask-jwt's "msg".
QString supersetSaid(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString said = o.value(QStringLiteral("msg")).toString();
    const QJsonValue message = o.value(QStringLiteral("message"));
    if (said.isEmpty() && message.isString())
        said = message.toString();
    else if (said.isEmpty() && message.isObject())
        said = QString::fromUtf8(QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact));
    said = BoundedText::oneLine(said.simplified(), 200);
    return said.isEmpty() ? QString() : QStringLiteral(": ") + said;
}

// A non-2xx answer; `refusedCredentials` is what a 401/422 means in this call.
Error supersetError(const QString& instance, int status, const QByteArray& contentType,
                    const QByteArray& body, const QString& refusedCredentials)
{
    if (supersetIsHtml(contentType, body))
        return Error::make(ErrorKind::Connection,
                           Superset::tr("Superset at %1 answered HTTP %2 with a web page "
                                        "instead of JSON: is a proxy in front of it "
                                        "failing, or is this not Superset's address?")
                               .arg(instance)
                               .arg(status),
                           QString::fromUtf8(body)); // shown bounded, whole on request
    const QString said = supersetSaid(body);
    if (status == 401 || status == 422)
        return Error::make(ErrorKind::PermissionDenied,
                           refusedCredentials.arg(instance).arg(status).arg(said));
    if (status == 403)
        return Error::make(
            ErrorKind::PermissionDenied,
            Superset::tr("Superset at %1 does not let this user do that (HTTP 403%2).").arg(instance, said));
    if (status == 400)
        return Error::make(
            ErrorKind::InvalidInput,
            Superset::tr("Superset at %1 refused the request (HTTP 400%2).").arg(instance, said));
    return Error::make(
        ErrorKind::Connection,
        Superset::tr("Superset at %1 failed with HTTP %2%3.").arg(instance).arg(status).arg(said),
        QString::fromUtf8(body));
}

std::optional<QJsonObject> supersetObject(const QString& instance, const QByteArray& body, QString* error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            Superset::tr("Superset at %1 answered with something that is not valid JSON (%2 at byte %3).")
                .arg(instance, pe.errorString())
                .arg(pe.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Superset::tr("Superset at %1 answered with JSON that is not an object.").arg(instance);
        return std::nullopt;
    }
    return doc.object();
}

QString supersetDashboardFrom(const QJsonValue& v, const QUrl& base, SupersetDashboard* d)
{
    if (!v.isObject())
        return Superset::tr("not an object");
    const QJsonObject o = v.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isDouble() || id.toDouble() != std::floor(id.toDouble()) || id.toDouble() < 1 ||
        id.toDouble() > 9.0e15)
        return Superset::tr("\"id\" is missing or not a whole number");
    d->id = qint64(id.toDouble());
    if (!o.value(QStringLiteral("dashboard_title")).isString())
        return Superset::tr("\"dashboard_title\" is missing or not text");
    d->title = o.value(QStringLiteral("dashboard_title")).toString();
    const QJsonValue uuid = o.value(QStringLiteral("uuid"));
    if (!uuid.isUndefined() && !uuid.isNull() && !uuid.isString())
        return Superset::tr("\"uuid\" is not text");
    d->uuid = uuid.toString();
    const QJsonValue slug = o.value(QStringLiteral("slug"));
    if (!slug.isNull() && !slug.isUndefined() && !slug.isString())
        return Superset::tr("\"slug\" is neither text nor null");
    d->slug = slug.toString();
    if (!o.value(QStringLiteral("published")).isBool())
        return Superset::tr("\"published\" is missing or not true/false");
    d->published = o.value(QStringLiteral("published")).toBool();
    if (!o.value(QStringLiteral("url")).isString())
        return Superset::tr("\"url\" is missing or not text");
    // Superset gives a path; only a web address on Superset's own host is opened in the browser.
    const QUrl url = base.resolved(QUrl(o.value(QStringLiteral("url")).toString()));
    if (!url.isValid() || url.host() != base.host() || url.scheme() != base.scheme())
        return Superset::tr("\"url\" does not point into this Superset");
    d->url = url;
    const QJsonValue changed = o.value(QStringLiteral("changed_on_utc"));
    if (changed.isString()) {
        d->changedOn = supersetTime(changed.toString());
        if (!d->changedOn.isValid())
            return Superset::tr("\"changed_on_utc\" is not a time");
    } else if (!changed.isNull() && !changed.isUndefined()) {
        return Superset::tr("\"changed_on_utc\" is not a time");
    }
    // Owners are shown, never relied on: an owner without a name is left out rather than refused.
    for (const QJsonValue& owner : o.value(QStringLiteral("owners")).toArray()) {
        const QJsonObject ow = owner.toObject();
        QString name = QStringLiteral("%1 %2")
                           .arg(ow.value(QStringLiteral("first_name")).toString(),
                                ow.value(QStringLiteral("last_name")).toString())
                           .simplified();
        if (name.isEmpty())
            name = ow.value(QStringLiteral("username")).toString().simplified();
        if (!name.isEmpty())
            d->owners << name.left(100);
    }
    const QJsonValue tags = o.value(QStringLiteral("tags"));
    if (tags.isArray()) {
        for (const QJsonValue& t : tags.toArray()) {
            const QJsonValue name = t.toObject().value(QStringLiteral("name"));
            if (!name.isString())
                return Superset::tr("a tag has no name");
            d->tags << name.toString();
        }
    } else if (!tags.isUndefined() && !tags.isNull()) {
        return Superset::tr("\"tags\" is not a list");
    }
    return {};
}

} // namespace

QStringList SupersetDashboard::tenants() const
{
    QStringList out;
    for (const QString& tag : tags) {
        const QString tenant = N8n::tenantOfTag(tag);
        if (!tenant.isEmpty() && !out.contains(tenant))
            out << tenant;
    }
    return out;
}

QUrl Superset::loginUrl(const QUrl& base)
{
    return urlWithPath(base, QStringLiteral("/api/v1/security/login"));
}

QUrl Superset::refreshUrl(const QUrl& base)
{
    return urlWithPath(base, QStringLiteral("/api/v1/security/refresh"));
}

QUrl Superset::dashboardsUrl(const QUrl& base, int page, int pageSize)
{
    QUrl url = urlWithPath(base, QStringLiteral("/api/v1/dashboard/"));
    QUrlQuery q;
    // Rison: an object is (key:value,...); the parentheses, colon and comma are sent percent-encoded.
    q.addQueryItem(QStringLiteral("q"),
                   QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("(page:%1,page_size:%2)")
                                                                   .arg(qMax(0, page))
                                                                   .arg(qBound(1, pageSize, kPageSize)))));
    url.setQuery(q);
    return url;
}

QByteArray Superset::loginBody(const QString& username, const SecretBytes& password)
{
    // Written by hand so that the password is never in a QString or QJsonValue that outlives the call.
    QByteArray body = "{\"username\":" +
                      QJsonDocument(QJsonArray{username}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
                      ",\"password\":\"";
    for (const char c : password.bytes()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            body += '\\' + QByteArray(1, c);
        else if (u < 0x20)
            body += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            body += c;
    }
    body += "\",\"provider\":\"db\",\"refresh\":true}";
    return body;
}

Result<SupersetTokens> Superset::parseLogin(const QString& instance, int status,
                                            const QByteArray& contentType, const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return supersetError(instance, status, contentType, body,
                             tr("Superset at %1 refused the user name or password (HTTP %2%3): check the "
                                "credentials in the keychain."));
    QString error;
    const std::optional<QJsonObject> o = supersetObject(instance, body, &error);
    if (!o)
        return Error::make(ErrorKind::Connection, error);
    const QJsonValue access = o->value(QStringLiteral("access_token"));
    const QJsonValue refresh = o->value(QStringLiteral("refresh_token"));
    if (!access.isString() || access.toString().isEmpty() || (!refresh.isUndefined() && !refresh.isString()))
        return Error::make(ErrorKind::Connection,
                           tr("Superset at %1 answered the login without an access token.").arg(instance));
    SupersetTokens t;
    t.access = SecretBytes(access.toString().toUtf8());
    t.refresh = SecretBytes(refresh.toString().toUtf8());
    return t;
}

Result<SecretBytes> Superset::parseRefresh(const QString& instance, int status, const QByteArray& contentType,
                                           const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return supersetError(instance, status, contentType, body,
                             tr("Superset at %1 refused the refresh token (HTTP %2%3): log in again."));
    QString error;
    const std::optional<QJsonObject> o = supersetObject(instance, body, &error);
    if (!o)
        return Error::make(ErrorKind::Connection, error);
    const QJsonValue access = o->value(QStringLiteral("access_token"));
    if (!access.isString() || access.toString().isEmpty())
        return Error::make(ErrorKind::Connection,
                           tr("Superset at %1 answered the refresh without an access token.").arg(instance));
    return SecretBytes(access.toString().toUtf8());
}

Result<SupersetDashboardPage> Superset::parseDashboards(const QString& instance, const QUrl& base, int status,
                                                        const QByteArray& contentType, const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return supersetError(instance, status, contentType, body,
                             tr("Superset at %1 refused the access token (HTTP %2%3): log in again."));
    QString error;
    const std::optional<QJsonObject> o = supersetObject(instance, body, &error);
    if (!o)
        return Error::make(ErrorKind::Connection, error);
    const QJsonValue count = o->value(QStringLiteral("count"));
    const QJsonValue result = o->value(QStringLiteral("result"));
    if (!count.isDouble() || count.toDouble() < 0 || count.toDouble() != std::floor(count.toDouble()) ||
        count.toDouble() > 1.0e8)
        return Error::make(ErrorKind::Connection,
                           tr("Superset at %1 answered a list without its \"count\".").arg(instance));
    if (!result.isArray())
        return Error::make(ErrorKind::Connection,
                           tr("Superset at %1 answered a list without its \"result\" rows.").arg(instance));
    SupersetDashboardPage page;
    page.count = int(count.toDouble());
    const QJsonArray rows = result.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SupersetDashboard d;
        if (const QString bad = supersetDashboardFrom(rows.at(i), base, &d); !bad.isEmpty())
            return Error::make(
                ErrorKind::Connection,
                tr("Dashboard %1 of the Superset answer from %2: %3.").arg(i + 1).arg(instance, bad));
        page.dashboards << d;
    }
    return page;
}

QString Superset::instanceName(const QUrl& base)
{
    return N8n::instanceName(base);
}

struct SupersetClient::Listing {
    SecretBytes token;
    std::function<void(const Result<QList<SupersetDashboard>>&)> done;
    QList<SupersetDashboard> rows;
    int count = -1;
    int page = 0;
};

SupersetClient::SupersetClient(const QUrl& base, QObject* parent)
    : QObject(parent)
    , m_base(base)
    , m_instance(Superset::instanceName(base))
{
}

SupersetClient::~SupersetClient()
{
    for (const QPointer<HttpRequest>& r : std::as_const(m_inFlight)) {
        if (r)
            r->abort();
    }
}

void SupersetClient::send(const QUrl& url, const QByteArray& method, QByteArray body,
                          const SecretBytes& bearer, const QList<SecretBytes>& secrets,
                          std::function<void(const Result<Answer>&)> done)
{
    HttpRequest::Options options;
    options.method = method;
    options.contentType = "application/json";
    options.timeoutMs = m_timeoutMs;
    options.maxBytes = kSupersetMaxBytes;
    options.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        options.headers << qMakePair(QByteArrayLiteral("Authorization"),
                                     QByteArrayLiteral("Bearer ") + bearer.bytes());
    auto* req = new HttpRequest(url, body, options, this);
    SecretBytes::scrub(body); // the login's password: HttpRequest holds the only copy now
    m_inFlight.removeAll(QPointer<HttpRequest>());
    m_inFlight << req;
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    connect(req, &HttpRequest::finished, this, [this, req, secrets, timeoutS, done]() {
        req->deleteLater();
        m_inFlight.removeAll(req);
        if (req->failure() == HttpRequest::Failure::None) {
            Answer a;
            a.status = req->status();
            a.contentType = req->contentType();
            a.body = req->body();
            return done(a);
        }
        const QString error = HttpFailure::describe(
            *req, {QStringLiteral("Superset"), m_instance, timeoutS, QStringLiteral("32 MB")});
        QList<const SecretBytes*> pointers;
        for (const SecretBytes& s : secrets)
            pointers << &s;
        done(Error::make(ErrorKind::Connection, N8n::scrub(error, pointers)));
    });
    req->start();
}

void SupersetClient::login(const QString& username, const SecretBytes& password,
                           std::function<void(const Result<SupersetTokens>&)> done)
{
    if (username.isEmpty() || password.isEmpty())
        return done(Error::make(
            ErrorKind::InvalidInput,
            tr("Superset at %1 needs a user name and a password in the keychain.").arg(m_instance)));
    send(Superset::loginUrl(m_base), "POST", Superset::loginBody(username, password), {}, {password},
         [this, password, done](const Result<Answer>& a) {
             if (!a)
                 return done(a.error());
             Result<SupersetTokens> t =
                 Superset::parseLogin(m_instance, a.value().status, a.value().contentType, a.value().body);
             if (!t) {
                 Error e = t.error();
                 e.message = N8n::scrub(e.message, {&password});
                 return done(e);
             }
             done(t);
         });
}

void SupersetClient::refresh(const SecretBytes& refreshToken,
                             std::function<void(const Result<SecretBytes>&)> done)
{
    if (refreshToken.isEmpty())
        return done(
            Error::make(ErrorKind::InvalidInput,
                        tr("There is no Superset refresh token for %1: log in again.").arg(m_instance)));
    send(Superset::refreshUrl(m_base), "POST", {}, refreshToken, {refreshToken},
         [this, refreshToken, done](const Result<Answer>& a) {
             if (!a)
                 return done(a.error());
             Result<SecretBytes> t =
                 Superset::parseRefresh(m_instance, a.value().status, a.value().contentType, a.value().body);
             if (!t) {
                 Error e = t.error();
                 e.message = N8n::scrub(e.message, {&refreshToken});
                 return done(e);
             }
             done(t);
         });
}

void SupersetClient::listDashboards(const SecretBytes& accessToken,
                                    std::function<void(const Result<QList<SupersetDashboard>>&)> done)
{
    if (accessToken.isEmpty())
        return done(
            Error::make(ErrorKind::InvalidInput,
                        tr("There is no Superset access token for %1: log in first.").arg(m_instance)));
    auto l = std::make_shared<Listing>();
    l->token = accessToken;
    l->done = std::move(done);
    nextPage(l);
}

void SupersetClient::nextPage(const std::shared_ptr<Listing>& l)
{
    if (l->page >= Superset::kMaxPages)
        return l->done(Error::make(ErrorKind::Connection,
                                   tr("Superset at %1 had more pages after %2: the list is stopped there.")
                                       .arg(m_instance)
                                       .arg(Superset::kMaxPages)));
    send(Superset::dashboardsUrl(m_base, l->page, m_pageSize), "GET", {}, l->token, {l->token},
         [this, l](const Result<Answer>& a) {
             if (!a)
                 return l->done(a.error());
             Result<SupersetDashboardPage> page = Superset::parseDashboards(
                 m_instance, m_base, a.value().status, a.value().contentType, a.value().body);
             if (!page) {
                 Error e = page.error();
                 e.message = N8n::scrub(e.message, {&l->token});
                 return l->done(e);
             }
             // The count is the whole list's: a page that runs dry or a count that moves is one error, never
             // a list silently shorter or longer than Superset said.
             if (l->count >= 0 && page.value().count != l->count)
                 return l->done(
                     Error::make(ErrorKind::Connection,
                                 tr("The number of dashboards in Superset at %1 changed while they were "
                                    "listed (%2, then %3): list them again.")
                                     .arg(m_instance)
                                     .arg(l->count)
                                     .arg(page.value().count)));
             l->count = page.value().count;
             l->rows << page.value().dashboards;
             if (l->rows.size() > l->count)
                 return l->done(Error::make(ErrorKind::Connection,
                                            tr("Superset at %1 gave more dashboards than the %2 it counted.")
                                                .arg(m_instance)
                                                .arg(l->count)));
             if (l->rows.size() == l->count)
                 return l->done(l->rows);
             if (page.value().dashboards.isEmpty())
                 return l->done(Error::make(ErrorKind::Connection,
                                            tr("Superset at %1 counted %2 dashboards but gave only %3.")
                                                .arg(m_instance)
                                                .arg(l->count)
                                                .arg(l->rows.size())));
             ++l->page;
             nextPage(l);
         });
}

} // namespace fusion
