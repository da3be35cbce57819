#include "models/integrations/Prometheus.h"

#include "models/core/BoundedText.h"
#include "models/net/HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <memory>

namespace fusion {

namespace {

// Prometheus writes sample values with Go's strconv.FormatFloat: digits, or "NaN", "+Inf", "-Inf".
bool promValue(const QJsonValue& v, double* out)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s == QLatin1String("NaN")) {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == QLatin1String("+Inf") || s == QLatin1String("Inf")) {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == QLatin1String("-Inf")) {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    // The C locale's reading, whatever the user's: "0.5", "1e+06".
    const double d = s.toLatin1().toDouble(&ok);
    if (!ok || !std::isfinite(d) || s.size() > 64)
        return false;
    *out = d;
    return true;
}

// [unix seconds, "value"]
bool promPair(const QJsonValue& v, PromSample* sample)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a.at(0).isDouble() || !std::isfinite(a.at(0).toDouble()))
        return false;
    sample->timestamp = a.at(0).toDouble();
    return promValue(a.at(1), &sample->value);
}

bool promLooksLikeHtml(const QByteArray& body, const QByteArray& contentType)
{
    return contentType.toLower().contains("html") || body.trimmed().startsWith('<');
}

} // namespace

Prometheus::Http Prometheus::build(const QUrl& base, const QString& promql, const QDateTime& at,
                                   const SecretBytes& token)
{
    Http h;
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QUrl url = base;
    url.setPath(path + QStringLiteral("/api/v1/query"));
    // Every byte of the PromQL that is not unreserved is percent-encoded: '+' left as it is would reach
    // Prometheus as a space (form decoding), '&' and '#' would end the parameter.
    QByteArray query = "query=" + QUrl::toPercentEncoding(promql);
    if (at.isValid())
        query += "&time=" + QByteArray::number(double(at.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    h.url = url;
    h.headers << qMakePair(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        h.headers << qMakePair(QByteArrayLiteral("Authorization"),
                               QByteArrayLiteral("Bearer ") + token.bytes());
    return h;
}

PromReply Prometheus::parse(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    PromReply r;
    r.httpStatus = httpStatus;
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    const QJsonObject top = doc.object();
    const QString status = top.value(QStringLiteral("status")).toString();
    if (status == QLatin1String("error") || httpStatus < 200 || httpStatus >= 300) {
        const QString type = BoundedText::oneLine(top.value(QStringLiteral("errorType")).toString(), 40);
        const QString said = BoundedText::oneLine(top.value(QStringLiteral("error")).toString(), 400);
        r.errorType = type;
        // A refusal says what to fix in its line; anything else keeps what came with it.
        if (httpStatus != 401 && httpStatus != 403)
            r.body = QString::fromUtf8(body);
        if (pe.error == QJsonParseError::NoError && status == QLatin1String("error")) {
            if (httpStatus == 400)
                r.error = tr("Prometheus refused the query as malformed (HTTP 400, %1): %2").arg(type, said);
            else if (httpStatus == 422)
                r.error = tr("Prometheus could not evaluate the query (HTTP 422, %1): %2").arg(type, said);
            else if (httpStatus == 503)
                r.error =
                    tr("Prometheus timed out or was shutting down while evaluating the query (HTTP 503, "
                       "%1): %2")
                        .arg(type, said);
            else
                r.error =
                    tr("Prometheus answered an error (HTTP %1, %2): %3").arg(httpStatus).arg(type, said);
        } else if (httpStatus == 401 || httpStatus == 403) {
            r.error = tr("Prometheus, or the proxy in front of it, refused the request (HTTP %1): check its "
                         "token.")
                          .arg(httpStatus);
        } else if (promLooksLikeHtml(body, contentType)) {
            r.error =
                tr("Prometheus answered HTTP %1 with an HTML page instead of its JSON API: a proxy or a "
                   "wrong address?")
                    .arg(httpStatus);
        } else {
            r.error = tr("Prometheus answered HTTP %1 without its JSON error.").arg(httpStatus);
        }
        return r;
    }
    if (pe.error != QJsonParseError::NoError) {
        r.error =
            promLooksLikeHtml(body, contentType)
                ? tr("Prometheus answered with an HTML page instead of its JSON API: a proxy or a wrong "
                     "address?")
                : tr("The Prometheus answer is not valid JSON (%1 at byte %2).")
                      .arg(pe.errorString())
                      .arg(pe.offset);
        return r;
    }
    if (!doc.isObject() || status != QLatin1String("success")) {
        r.error = tr("The Prometheus answer has no \"status\": \"success\".");
        return r;
    }
    const QJsonValue dataValue = top.value(QStringLiteral("data"));
    const QJsonObject data = dataValue.toObject();
    const QJsonValue result = data.value(QStringLiteral("result"));
    r.resultType = data.value(QStringLiteral("resultType")).toString();
    if (!dataValue.isObject() || !data.value(QStringLiteral("resultType")).isString()) {
        r.error = tr("The Prometheus answer has no \"data\" with a \"resultType\".");
        return r;
    }
    if (r.resultType == QLatin1String("scalar")) {
        PromSample s;
        if (!promPair(result, &s)) {
            r.error = tr("The Prometheus scalar is not a [time, \"value\"] pair.");
            return r;
        }
        r.samples << s;
        return r;
    }
    if (r.resultType != QLatin1String("vector")) {
        r.error = tr("The Prometheus answer is a %1, not an instant vector or a scalar.")
                      .arg(r.resultType.left(20));
        return r;
    }
    if (!result.isArray()) {
        r.error = tr("The Prometheus vector has no \"result\" list.");
        return r;
    }
    const QJsonArray rows = result.toArray();
    QList<PromSample> samples;
    samples.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows.at(i).toObject();
        const QJsonValue metric = o.value(QStringLiteral("metric"));
        PromSample s;
        if (!rows.at(i).isObject() || !metric.isObject()) {
            r.error = tr("Series %1 of the Prometheus answer has no \"metric\" labels.").arg(i + 1);
            return r;
        }
        const QJsonObject labels = metric.toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (!it.value().isString()) {
                r.error = tr("Series %1 of the Prometheus answer: the label \"%2\" is not text.")
                              .arg(i + 1)
                              .arg(it.key().left(60));
                return r;
            }
            s.labels.insert(it.key(), it.value().toString());
        }
        if (!promPair(o.value(QStringLiteral("value")), &s)) {
            r.error = tr("Series %1 of the Prometheus answer has no [time, \"value\"] pair.").arg(i + 1);
            return r;
        }
        samples << std::move(s);
    }
    r.samples = std::move(samples);
    return r;
}

Prometheus::Prometheus(const QUrl& base, QObject* parent)
    : QObject(parent)
    , m_base(base)
{
}

Prometheus::~Prometheus()
{
    for (const QPointer<HttpRequest>& req : std::as_const(m_running)) {
        if (req)
            req->abort();
    }
}

void Prometheus::query(const QString& promql, const QDateTime& at,
                       std::function<void(const Result<PromReply>&)> done)
{
    fetch(promql, at, [token = m_token, done = std::move(done)](const Result<PromAnswer>& answer) {
        if (!answer)
            return done(answer.error());
        const PromReply reply =
            parse(answer.value().httpStatus, answer.value().body, answer.value().contentType);
        if (!reply.ok()) {
            // Prometheus's own words are quoted; a proxy in front of it might echo the token in them.
            QString error = reply.error;
            if (!token.isEmpty())
                error.replace(QString::fromUtf8(token.bytes()), QStringLiteral("[token]"));
            return done(Error::make(ErrorKind::Connection, error));
        }
        done(reply);
    });
}

void Prometheus::fetch(const QString& promql, const QDateTime& at,
                       std::function<void(const Result<PromAnswer>&)> done)
{
    Http http = build(m_base, promql, at, m_token);
    HttpRequest::Options options;
    options.method = "GET";
    options.contentType = {};
    options.timeoutMs = m_timeoutMs;
    options.maxBytes = kMaxBytes;
    options.headers = std::move(http.headers); // HttpRequest scrubs them once sent
    options.trustedSha256 = m_trustedSha256;
    auto* req = new HttpRequest(http.url, {}, options, this);
    m_running.removeAll(QPointer<HttpRequest>());
    m_running << req;
    // The address without its query: the PromQL would drown the message.
    const QString where = m_base.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    const SecretBytes token = m_token;
    connect(req, &HttpRequest::finished, this, [req, where, timeoutS, token, done = std::move(done)]() {
        req->deleteLater();
        QString error;
        switch (req->failure()) {
        case HttpRequest::Failure::None:
            break;
        case HttpRequest::Failure::Timeout:
            error = tr("Prometheus at %1 did not answer within %2 s.").arg(where).arg(timeoutS);
            break;
        case HttpRequest::Failure::Network:
            error = req->requestSent()
                        ? tr("The connection to Prometheus at %1 was closed before the whole answer arrived.")
                              .arg(where)
                        : tr("Prometheus at %1 cannot be reached: %2").arg(where, req->errorString());
            break;
        case HttpRequest::Failure::TooLarge:
            error = tr("The Prometheus answer is larger than %1 MB.").arg(kMaxBytes / (1024 * 1024));
            break;
        case HttpRequest::Failure::Untrusted:
            error = tr("The certificate of Prometheus at %1 is not trusted.").arg(where);
            break;
        case HttpRequest::Failure::Protocol:
            error = tr("Prometheus at %1 did not answer in HTTP: %2").arg(where, req->errorString());
            break;
        }
        if (!error.isEmpty()) {
            // Whatever came back, the token never leaves in a message.
            if (!token.isEmpty())
                error.replace(QString::fromUtf8(token.bytes()), QStringLiteral("[token]"));
            return done(Error::make(ErrorKind::Connection, error));
        }
        PromAnswer answer;
        answer.httpStatus = req->status();
        answer.contentType = req->contentType();
        answer.body = req->body();
        done(answer);
    });
    req->start();
}

} // namespace fusion
