#include "models/integrations/N8n.h"

#include "models/core/BoundedText.h"
#include "models/net/UrlPath.h"
#include "models/tenants/TenantValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace fusion {

namespace {

const QString kN8nTagPrefix = QStringLiteral("tenant:");

// A JSON value n8n may send as a string or, in older releases, a number; empty when it is neither.
QString n8nIdText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d <= 9.0e15 && d == std::floor(d))
            return QString::number(qint64(d));
    }
    return {};
}

// An ISO 8601 time, or null when `nullable`; false when it is neither.
bool n8nTime(const QJsonValue& v, bool nullable, QDateTime* out)
{
    if (v.isNull() || v.isUndefined()) {
        *out = QDateTime();
        return nullable;
    }
    if (!v.isString())
        return false;
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return out->isValid();
}

struct N8nJson {
    QJsonDocument doc;
    QString error;
};

N8nJson n8nJson(const QString& instance, const QByteArray& body)
{
    N8nJson j;
    QJsonParseError pe{};
    j.doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        j.error = N8n::tr("n8n at %1 answered with something that is not valid JSON (%2 at byte %3).")
                      .arg(instance, pe.errorString())
                      .arg(pe.offset);
    else if (!j.doc.isObject())
        j.error = N8n::tr("n8n at %1 answered with JSON that is not an object.").arg(instance);
    return j;
}

// The rows and cursor of a list answer, or a message saying what is wrong with it.
QString n8nList(const QString& instance, const QJsonObject& o, QJsonArray* rows, QString* cursor)
{
    const QJsonValue data = o.value(QStringLiteral("data"));
    const QJsonValue next = o.value(QStringLiteral("nextCursor"));
    if (!data.isArray())
        return N8n::tr("n8n at %1 answered a list without its \"data\" array.").arg(instance);
    // Without nextCursor there is no telling whether this was the last page: never a silently short list.
    if (!next.isString() && !next.isNull())
        return N8n::tr("n8n at %1 answered a list without a \"nextCursor\" (text or null).").arg(instance);
    *rows = data.toArray();
    *cursor = next.toString();
    return {};
}

QString n8nWorkflowFrom(const QJsonValue& v, N8nWorkflow* w)
{
    if (!v.isObject())
        return N8n::tr("not an object");
    const QJsonObject o = v.toObject();
    w->id = o.value(QStringLiteral("id")).toString();
    if (w->id.isEmpty())
        return N8n::tr("\"id\" is missing or not text");
    if (!o.value(QStringLiteral("name")).isString())
        return N8n::tr("\"name\" is missing or not text");
    w->name = o.value(QStringLiteral("name")).toString();
    if (!o.value(QStringLiteral("active")).isBool())
        return N8n::tr("\"active\" is missing or not true/false");
    w->active = o.value(QStringLiteral("active")).toBool();
    const QJsonValue tags = o.value(QStringLiteral("tags"));
    if (!tags.isUndefined() && !tags.isNull()) {
        if (!tags.isArray())
            return N8n::tr("\"tags\" is not a list");
        for (const QJsonValue& t : tags.toArray()) {
            const QJsonValue name = t.toObject().value(QStringLiteral("name"));
            if (!name.isString())
                return N8n::tr("a tag has no name");
            w->tags << name.toString();
        }
    }
    if (!n8nTime(o.value(QStringLiteral("createdAt")), true, &w->createdAt) ||
        !n8nTime(o.value(QStringLiteral("updatedAt")), true, &w->updatedAt))
        return N8n::tr("\"createdAt\" or \"updatedAt\" is not a time");
    return {};
}

QString n8nExecutionFrom(const QJsonValue& v, N8nExecution* e)
{
    if (!v.isObject())
        return N8n::tr("not an object");
    const QJsonObject o = v.toObject();
    e->id = n8nIdText(o.value(QStringLiteral("id")));
    if (e->id.isEmpty())
        return N8n::tr("\"id\" is missing or neither text nor a whole number");
    e->workflowId = n8nIdText(o.value(QStringLiteral("workflowId")));
    if (e->workflowId.isEmpty())
        return N8n::tr("\"workflowId\" is missing or neither text nor a whole number");
    const QJsonValue status = o.value(QStringLiteral("status"));
    const QJsonValue mode = o.value(QStringLiteral("mode"));
    if (!status.isString() || status.toString().isEmpty())
        return N8n::tr("\"status\" is missing or not text");
    if (!mode.isString())
        return N8n::tr("\"mode\" is missing or not text");
    e->status = status.toString();
    e->mode = mode.toString();
    if (!o.value(QStringLiteral("finished")).isBool())
        return N8n::tr("\"finished\" is missing or not true/false");
    e->finished = o.value(QStringLiteral("finished")).toBool();
    if (!n8nTime(o.value(QStringLiteral("startedAt")), true, &e->startedAt) ||
        !n8nTime(o.value(QStringLiteral("stoppedAt")), true, &e->stoppedAt) ||
        !n8nTime(o.value(QStringLiteral("waitTill")), true, &e->waitTill))
        return N8n::tr("\"startedAt\", \"stoppedAt\" or \"waitTill\" is not a time");
    const QJsonValue retry = o.value(QStringLiteral("retryOf"));
    e->retryOf = n8nIdText(retry);
    if (!retry.isNull() && !retry.isUndefined() && e->retryOf.isEmpty())
        return N8n::tr("\"retryOf\" is neither null nor an id");
    return {};
}

// The "message" of n8n's JSON error, or the start of a text answer; never more than a line.
QString n8nSaid(const QByteArray& contentType, const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString said = o.value(QStringLiteral("message")).toString();
    if (said.isEmpty() && !contentType.contains("html") && !body.trimmed().startsWith('<'))
        said = QString::fromUtf8(body.left(1024)); // the whole is the error's detail
    said = BoundedText::oneLine(said.simplified(), 200);
    return said.isEmpty() ? QString() : QStringLiteral(": ") + said;
}

bool n8nIsHtml(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray start = body.trimmed().left(15).toLower();
    return contentType.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html");
}

} // namespace

QStringList N8nWorkflow::tenants() const
{
    QStringList out;
    for (const QString& tag : tags) {
        const QString slug = N8n::tenantOfTag(tag);
        if (!slug.isEmpty() && !out.contains(slug))
            out << slug;
    }
    return out;
}

QString N8n::tenantTag(const QString& slug)
{
    return kN8nTagPrefix + slug;
}

QString N8n::tenantOfTag(const QString& tag)
{
    if (!tag.startsWith(kN8nTagPrefix))
        return {};
    const QString slug = tag.mid(kN8nTagPrefix.size());
    return TenantValidation::slug(slug).isEmpty() ? slug : QString();
}

QUrl N8n::workflowsUrl(const QUrl& base, const N8nWorkflowFilter& filter, int limit, const QString& cursor)
{
    QUrl url = urlWithPath(base, QStringLiteral("/api/v1/workflows"));
    QUrlQuery q;
    if (filter.active)
        q.addQueryItem(QStringLiteral("active"),
                       *filter.active ? QStringLiteral("true") : QStringLiteral("false"));
    if (!filter.tags.isEmpty())
        q.addQueryItem(QStringLiteral("tags"),
                       QString::fromLatin1(QUrl::toPercentEncoding(filter.tags.join(QLatin1Char(',')), ",")));
    if (!filter.name.isEmpty())
        q.addQueryItem(QStringLiteral("name"), QString::fromLatin1(QUrl::toPercentEncoding(filter.name)));
    q.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, kMaxLimit)));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(q);
    return url;
}

QUrl N8n::executionsUrl(const QUrl& base, const N8nExecutionFilter& filter, int limit, const QString& cursor)
{
    QUrl url = urlWithPath(base, QStringLiteral("/api/v1/executions"));
    QUrlQuery q;
    if (!filter.status.isEmpty())
        q.addQueryItem(QStringLiteral("status"), QString::fromLatin1(QUrl::toPercentEncoding(filter.status)));
    if (!filter.workflowId.isEmpty())
        q.addQueryItem(QStringLiteral("workflowId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(filter.workflowId)));
    q.addQueryItem(QStringLiteral("includeData"), QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(qBound(1, limit, kMaxLimit)));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    url.setQuery(q);
    return url;
}

QUrl N8n::workflowUrl(const QUrl& base, const QString& workflowId, const QString& action)
{
    QString path =
        QStringLiteral("/api/v1/workflows/") + QString::fromLatin1(QUrl::toPercentEncoding(workflowId));
    if (!action.isEmpty())
        path += QLatin1Char('/') + action;
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + path, QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

QUrl N8n::webhookUrl(const QUrl& base, const QString& path)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~:-]+(/[A-Za-z0-9._~:-]+)*$"));
    if (!allowed.match(path).hasMatch() || path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return {};
    return urlWithPath(base, QStringLiteral("/webhook/") + path);
}

QUrl N8n::executionPageUrl(const QUrl& base, const QString& workflowId, const QString& executionId)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + QStringLiteral("/workflow/%1/executions/%2")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(workflowId)),
                             QString::fromLatin1(QUrl::toPercentEncoding(executionId))),
                QUrl::TolerantMode);
    url.setQuery(QString());
    url.setUserInfo(QString());
    return url;
}

QByteArray N8n::webhookBody(const QString& tenantSlug)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("tenant"), tenantSlug}}).toJson(QJsonDocument::Compact);
}

bool N8n::isValidHeaderName(const QString& name)
{
    // An HTTP token (RFC 9110): what a header name may be, so no value can smuggle in another header.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$"));
    return token.match(name).hasMatch();
}

Result<N8nWorkflowPage> N8n::parseWorkflows(const QString& instance, int status, const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return apiError(instance, status, {}, body);
    const N8nJson j = n8nJson(instance, body);
    if (!j.error.isEmpty())
        return Error::make(ErrorKind::Connection, j.error);
    QJsonArray rows;
    N8nWorkflowPage page;
    if (const QString bad = n8nList(instance, j.doc.object(), &rows, &page.nextCursor); !bad.isEmpty())
        return Error::make(ErrorKind::Connection, bad);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        N8nWorkflow w;
        if (const QString bad = n8nWorkflowFrom(rows.at(i), &w); !bad.isEmpty())
            return Error::make(
                ErrorKind::Connection,
                tr("Workflow %1 of the n8n answer from %2: %3.").arg(i + 1).arg(instance, bad));
        page.workflows << w;
    }
    return page;
}

Result<N8nWorkflow> N8n::parseWorkflow(const QString& instance, int status, const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return apiError(instance, status, {}, body);
    const N8nJson j = n8nJson(instance, body);
    if (!j.error.isEmpty())
        return Error::make(ErrorKind::Connection, j.error);
    N8nWorkflow w;
    if (const QString bad = n8nWorkflowFrom(j.doc.object(), &w); !bad.isEmpty())
        return Error::make(ErrorKind::Connection,
                           tr("The workflow n8n at %1 answered: %2.").arg(instance, bad));
    return w;
}

Result<N8nExecutionPage> N8n::parseExecutions(const QString& instance, int status, const QByteArray& body)
{
    if (status < 200 || status >= 300)
        return apiError(instance, status, {}, body);
    const N8nJson j = n8nJson(instance, body);
    if (!j.error.isEmpty())
        return Error::make(ErrorKind::Connection, j.error);
    QJsonArray rows;
    N8nExecutionPage page;
    if (const QString bad = n8nList(instance, j.doc.object(), &rows, &page.nextCursor); !bad.isEmpty())
        return Error::make(ErrorKind::Connection, bad);
    page.executions.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        N8nExecution e;
        if (const QString bad = n8nExecutionFrom(rows.at(i), &e); !bad.isEmpty())
            return Error::make(
                ErrorKind::Connection,
                tr("Execution %1 of the n8n answer from %2: %3.").arg(i + 1).arg(instance, bad));
        page.executions << e;
    }
    return page;
}

Error N8n::apiError(const QString& instance, int status, const QByteArray& contentType,
                    const QByteArray& body)
{
    // A failing proxy's page or a server error's body is kept whole as the detail, which views show bounded
    // with the rest on request; refusals (4xx) keep only their line, since they answer what was sent.
    if (n8nIsHtml(contentType, body))
        return Error::make(
            ErrorKind::Connection,
            tr("n8n at %1 answered HTTP %2 with a web page instead of JSON: is a proxy in front "
               "of it failing, or is this not n8n's address?")
                .arg(instance)
                .arg(status),
            QString::fromUtf8(body));
    const QString said = n8nSaid(contentType, body);
    switch (status) {
    case 401:
        return Error::make(
            ErrorKind::PermissionDenied,
            tr("n8n at %1 refused the API key (HTTP 401%2): check the instance's API key in the "
               "keychain.")
                .arg(instance, said));
    case 403:
        return Error::make(
            ErrorKind::PermissionDenied,
            tr("n8n at %1 does not allow this API key to do that (HTTP 403%2).").arg(instance, said));
    case 404:
        return Error::make(
            ErrorKind::NotFound,
            tr("n8n at %1 has no such workflow or endpoint (HTTP 404%2).").arg(instance, said));
    case 400:
        return Error::make(ErrorKind::InvalidInput,
                           tr("n8n at %1 refused the request (HTTP 400%2).").arg(instance, said));
    default:
        return Error::make(ErrorKind::Connection,
                           tr("n8n at %1 failed with HTTP %2%3.").arg(instance).arg(status).arg(said),
                           QString::fromUtf8(body));
    }
}

Error N8n::webhookError(const QString& instance, const N8nWebhookTarget& target, int status,
                        const QByteArray& contentType, const QByteArray& body)
{
    if (status == 403)
        return Error::make(
            ErrorKind::PermissionDenied,
            tr("The n8n webhook \"%1\" at %2 refused the value of the header %3 (HTTP 403): the "
               "webhook secret in the keychain is wrong.")
                .arg(target.path, instance, target.headerName));
    if (status == 401)
        return Error::make(ErrorKind::PermissionDenied,
                           tr("The n8n webhook \"%1\" at %2 requires authorization and none was sent (HTTP "
                              "401): set the webhook's header name and secret.")
                               .arg(target.path, instance));
    if (status == 404)
        return Error::make(
            ErrorKind::NotFound,
            tr("n8n at %1 has no active webhook \"%2\" (HTTP 404): the workflow is inactive or "
               "its path changed.")
                .arg(instance, target.path));
    if (n8nIsHtml(contentType, body))
        return Error::make(ErrorKind::Connection,
                           tr("The n8n webhook \"%1\" at %2 answered HTTP %3 with a web page: is a proxy in "
                              "front of n8n failing?")
                               .arg(target.path, instance)
                               .arg(status));
    return Error::make(ErrorKind::Connection,
                       tr("The n8n workflow behind the webhook \"%1\" at %2 failed (HTTP "
                          "%3%4).")
                           .arg(target.path, instance)
                           .arg(status)
                           .arg(n8nSaid(contentType, body)));
}

std::optional<QString> N8n::executionIdIn(const QByteArray& body)
{
    const QJsonValue id = QJsonDocument::fromJson(body).object().value(QStringLiteral("executionId"));
    const QString text = n8nIdText(id).trimmed();
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!plain.match(text).hasMatch())
        return std::nullopt;
    return text;
}

QString N8n::newestSince(const QList<N8nExecution>& executions, const QString& workflowId,
                         const QDateTime& since)
{
    const QDateTime from = since.addMSecs(-kClockSlackMs);
    const N8nExecution* best = nullptr;
    for (const N8nExecution& e : executions) {
        if (e.workflowId != workflowId || !e.startedAt.isValid() || e.startedAt < from)
            continue;
        if (!best || e.startedAt > best->startedAt ||
            (e.startedAt == best->startedAt && e.id.toLongLong() > best->id.toLongLong()))
            best = &e;
    }
    return best ? best->id : QString();
}

QString N8n::scrub(QString text, const QList<const SecretBytes*>& secrets)
{
    for (const SecretBytes* s : secrets) {
        if (s && !s->isEmpty())
            text.replace(QString::fromUtf8(s->bytes()), QStringLiteral("[secret]"));
    }
    return text;
}

QString N8n::excerpt(const QByteArray& body, const QList<const SecretBytes*>& secrets)
{
    QString text = scrub(QString::fromUtf8(body), secrets).simplified();
    if (text.size() > kMaxExcerpt)
        text = text.left(kMaxExcerpt - 1) + QChar(0x2026);
    return text;
}

QString N8n::instanceName(const QUrl& base)
{
    return base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                         QUrl::StripTrailingSlash);
}

} // namespace fusion
