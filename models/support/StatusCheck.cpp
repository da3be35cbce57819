#include "models/support/StatusCheck.h"

#include "models/net/HttpFailure.h"
#include "models/net/HttpRequest.h"

#include <QHostAddress>
#include <QUrl>

namespace fusion {

namespace {

// The server part of a link, for sentences: scheme, host and port (the path can be long and says nothing
// about what failed).
QString statusCheckServer(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

// HttpFailure's sentence, then ours: the first ends in the socket's own words, often without a full stop.
QString statusCheckThen(const QString& first, const QString& second)
{
    QString head = first.trimmed();
    if (!head.endsWith(QLatin1Char('.')))
        head += QLatin1Char('.');
    return head + QLatin1Char(' ') + second;
}

StatusCheckResult statusCheckOutcome(const StatusLink& link, const HttpRequest& req, int timeoutMs)
{
    StatusCheckResult r;
    r.linkId = link.id;
    r.name = link.name;
    r.url = link.url;
    r.latencyMs = req.elapsedMs();
    r.checkedAt = QDateTime::currentDateTimeUtc();
    r.httpStatus = req.status();
    const QUrl url(link.url);
    const HttpFailure::Service service{link.name, statusCheckServer(url), qMax(1, timeoutMs / 1000),
                                       QStringLiteral("1 MB")};
    const HttpFailure::Kind kind = HttpFailure::kindOf(req);
    // A page larger than the limit still answered: its status line says whether the server is there.
    if (kind == HttpFailure::Kind::None || (kind == HttpFailure::Kind::TooLarge && r.httpStatus > 0)) {
        if (r.httpStatus >= 500) {
            r.outcome = QStringLiteral("http");
            r.message = StatusCheck::tr("%1 at %2 answered HTTP %3 %4: the server is there but failing.")
                            .arg(link.name, service.address)
                            .arg(r.httpStatus)
                            .arg(QString::fromLatin1(req.reason()).left(60));
        } else {
            r.up = true;
            r.outcome = QStringLiteral("up");
            r.message = StatusCheck::tr("%1 answered HTTP %2 in %3 ms.")
                            .arg(service.address)
                            .arg(r.httpStatus)
                            .arg(r.latencyMs);
        }
        return r;
    }
    r.message = HttpFailure::describe(req, service);
    switch (kind) {
    case HttpFailure::Kind::Timeout:
        r.outcome = QStringLiteral("timeout");
        break;
    case HttpFailure::Kind::Untrusted:
        r.outcome = QStringLiteral("tls");
        r.fingerprint = req.untrustedFingerprint();
        r.message = statusCheckThen(
            r.message,
            StatusCheck::tr("Its SHA-256 fingerprint is %1 (%2).").arg(r.fingerprint, req.errorString()));
        break;
    case HttpFailure::Kind::Unreachable: {
        // The socket's words tell a name that does not resolve from a port nobody listens on; a person fixes
        // the address in the first case and the service in the second.
        const QString why = req.errorString();
        if (why.contains(QLatin1String("not found"), Qt::CaseInsensitive) &&
            QHostAddress(url.host()).isNull()) {
            r.outcome = QStringLiteral("dns");
            r.message = statusCheckThen(
                r.message,
                StatusCheck::tr("The name %1 does not resolve (DNS): check the address.").arg(url.host()));
        } else if (why.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
            r.outcome = QStringLiteral("refused");
            r.message = statusCheckThen(
                r.message,
                StatusCheck::tr("Nothing listens on port %1 there: the service is down or the port "
                                "is wrong.")
                    .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
        } else {
            r.outcome = QStringLiteral("network");
        }
        break;
    }
    case HttpFailure::Kind::ConnectionLost:
        r.outcome = QStringLiteral("network");
        break;
    case HttpFailure::Kind::TooLarge:
    case HttpFailure::Kind::Protocol:
    case HttpFailure::Kind::None:
        r.outcome = QStringLiteral("protocol");
        break;
    }
    return r;
}

} // namespace

StatusCheck::StatusCheck(QObject* parent)
    : QObject(parent)
{
}

StatusCheck::~StatusCheck()
{
    m_done = nullptr;
    for (const QPointer<HttpRequest>& r : std::as_const(m_requests))
        if (r)
            r->abort();
}

QString StatusCheck::stateText(const StatusCheckResult& r)
{
    return r.up ? tr("up") : tr("down");
}

void StatusCheck::start(const QList<StatusLink>& links,
                        std::function<void(const QList<StatusCheckResult>&)> done)
{
    m_done = std::move(done);
    m_results.clear();
    m_requests.clear();
    m_results.resize(links.size());
    m_pending = int(links.size());
    if (links.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (auto d = std::exchange(m_done, nullptr))
                    d({});
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < links.size(); ++i) {
        const StatusLink link = links[i];
        if (const QString why = StatusLinks::urlProblem(link.url); !why.isEmpty()) {
            StatusCheckResult r;
            r.linkId = link.id;
            r.name = link.name;
            r.url = link.url;
            r.outcome = QStringLiteral("invalid");
            r.checkedAt = QDateTime::currentDateTimeUtc();
            r.message = tr("%1 cannot be checked: %2.").arg(link.name, why);
            QMetaObject::invokeMethod(
                this, [this, i, r] { finishOne(i, r); }, Qt::QueuedConnection);
            continue;
        }
        HttpRequest::Options options;
        options.method = "GET";
        options.timeoutMs = m_timeoutMs;
        options.maxBytes = 1024 * 1024;
        options.contentType = "text/plain";
        auto* req = new HttpRequest(QUrl(link.url), {}, options, this);
        m_requests << req;
        const int timeoutMs = m_timeoutMs;
        connect(req, &HttpRequest::finished, this, [this, req, link, i, timeoutMs] {
            req->deleteLater();
            finishOne(i, statusCheckOutcome(link, *req, timeoutMs));
        });
        req->start();
    }
}

void StatusCheck::finishOne(int index, const StatusCheckResult& result)
{
    if (index < 0 || index >= m_results.size() || m_pending <= 0)
        return;
    m_results[index] = result;
    Q_EMIT checked(result);
    if (--m_pending == 0) {
        if (auto d = std::exchange(m_done, nullptr))
            d(m_results);
    }
}

} // namespace fusion
