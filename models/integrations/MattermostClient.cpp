#include "models/integrations/MattermostClient.h"

#include "models/core/BoundedText.h"
#include "models/net/HttpRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace fusion {

namespace {

// A text from the outside with the secret address (and its hook id) taken out, whatever it said.
QString mattermostScrubbed(QString text, const QString& url)
{
    if (!url.isEmpty()) {
        text.replace(url, QStringLiteral("[webhook]"));
        const QString id = QUrl(url).path().section(QLatin1Char('/'), -1);
        if (id.size() >= 8)
            text.replace(id, QStringLiteral("[hook id]"));
    }
    return text;
}

// The same, as one bounded line for a sentence (the whole goes to MattermostPostResult::body).
QString mattermostBounded(const QString& text, const QString& url)
{
    return BoundedText::oneLine(mattermostScrubbed(text, url).trimmed(), MattermostClient::kMaxErrorText)
        .simplified();
}

} // namespace

MattermostClient::MattermostClient(QObject* parent)
    : QObject(parent)
{
}

MattermostClient::~MattermostClient()
{
    if (m_request)
        m_request->abort();
}

bool MattermostClient::isWebhookUrl(const QString& url, QString* why)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    static const QRegularExpression hookPath(QStringLiteral("/hooks/[A-Za-z0-9]{8,64}$"));
    QString problem;
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
        problem = tr("it is not an http(s) address");
    else if (!hookPath.match(u.path()).hasMatch())
        problem =
            tr("it does not end in /hooks/ID (copy it from Mattermost: Integrations → Incoming Webhooks)");
    else if (!u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment())
        problem = tr("it has a user name, a query or a fragment, which a webhook address never has");
    if (why)
        *why = problem;
    return problem.isEmpty();
}

QString MattermostClient::serverOf(const QString& url)
{
    const QUrl u(url.trimmed());
    return u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

QByteArray MattermostClient::payload(const QString& text, const QString& username)
{
    QJsonObject o{{QStringLiteral("text"), text}};
    if (!username.isEmpty())
        o.insert(QStringLiteral("username"), username);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void MattermostClient::post(const SecretBytes& webhookUrl, const QString& text,
                            std::function<void(MattermostPostResult)> done)
{
    const QString url = QString::fromUtf8(webhookUrl.bytes()).trimmed();
    QString why;
    if (!isWebhookUrl(url, &why)) {
        MattermostPostResult r;
        r.outcome = QStringLiteral("invalid_url");
        r.message = tr("The stored Mattermost webhook address cannot be used: %1. Store the right one in the "
                       "keychain.")
                        .arg(why);
        return done(r);
    }
    if (text.trimmed().isEmpty() || text.size() > kMaxText) {
        MattermostPostResult r;
        r.outcome = QStringLiteral("invalid_text");
        r.message = tr("A message has 1 to %L1 characters.").arg(kMaxText);
        return done(r);
    }
    const QString server = serverOf(url);
    HttpRequest::Options options;
    options.method = "POST";
    options.contentType = "application/json";
    options.timeoutMs = m_timeoutMs;
    // Room for a failing server's whole error page or trace (shown bounded); an answer to a post is tiny.
    options.maxBytes = 4 * 1024 * 1024;
    options.trustedSha256 = m_trustedSha256;
    auto* req = new HttpRequest(QUrl(url), payload(text), options, this);
    m_request = req;
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    connect(req, &HttpRequest::finished, this, [req, url, server, timeoutS, done]() {
        req->deleteLater();
        MattermostPostResult r;
        switch (req->failure()) {
        case HttpRequest::Failure::None: {
            r.status = req->status();
            if (r.status == 200) {
                r.posted = true;
                r.outcome = QStringLiteral("posted");
                r.message = tr("Posted to the channel through Mattermost at %1.").arg(server);
                break;
            }
            r.outcome = QStringLiteral("refused");
            const QJsonObject e = QJsonDocument::fromJson(req->body()).object();
            r.errorId = mattermostBounded(e.value(QStringLiteral("id")).toString(), url);
            r.body = mattermostScrubbed(QString::fromUtf8(req->body()), url);
            const QString said = mattermostBounded(e.value(QStringLiteral("message")).toString(r.body), url);
            QString hint;
            if (r.status == 404 || r.errorId.contains(QLatin1String("invalid")))
                hint = tr("Mattermost does not know this webhook: it was deleted or the stored address is "
                          "wrong. Create one for the channel and store its address again.");
            else if (r.status == 403)
                hint = tr("The webhook is disabled in Mattermost; an admin enables incoming webhooks (System "
                          "Console → Integrations) or the hook itself.");
            else if (r.status == 400)
                hint = tr("Mattermost refused the message itself.");
            else if (r.status == 429)
                hint = tr("Mattermost limits how often one may post; try again in a minute.");
            else
                hint = tr("Mattermost failed; try again later.");
            QString reason = said.isEmpty() ? tr("no reason given.") : said;
            // Mattermost's own sentence often lacks its full stop; ours follows it.
            if (reason.back().isLetterOrNumber())
                reason += QLatin1Char('.');
            r.message = tr("Mattermost at %1 answered %2%3: %4 %5")
                            .arg(server)
                            .arg(r.status)
                            .arg(r.errorId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorId),
                                 reason, hint);
            break;
        }
        case HttpRequest::Failure::Timeout:
            r.outcome = QStringLiteral("timeout");
            r.maybeSent = req->requestSent();
            r.message = tr("Mattermost at %1 did not answer within %2 s. The message may have been posted: "
                           "look in the channel before posting it again.")
                            .arg(server)
                            .arg(timeoutS);
            break;
        case HttpRequest::Failure::Untrusted:
            r.outcome = QStringLiteral("tls");
            r.message =
                tr("The certificate of Mattermost at %1 is not trusted (SHA-256 %2). Nothing was sent. "
                   "If it is yours, trust it: fusionctl keys provider set mattermost --trust-sha256 HEX.")
                    .arg(server, req->untrustedFingerprint());
            break;
        case HttpRequest::Failure::Network: {
            const QString err = mattermostBounded(req->errorString(), url);
            r.maybeSent = req->requestSent();
            if (!req->requestSent() && err.contains(QLatin1String("not found"), Qt::CaseInsensitive)) {
                r.outcome = QStringLiteral("dns");
                r.message =
                    tr("The name of the Mattermost server %1 does not resolve (DNS). Nothing was sent; "
                       "check the stored webhook address.")
                        .arg(server);
            } else {
                r.outcome = QStringLiteral("network");
                r.message =
                    req->requestSent()
                        ? tr("The connection to Mattermost at %1 closed before it answered; the message "
                             "may have been posted: look in the channel.")
                              .arg(server)
                        : tr("Mattermost at %1 cannot be reached: %2. Nothing was sent.").arg(server, err);
            }
            break;
        }
        case HttpRequest::Failure::TooLarge:
        case HttpRequest::Failure::Protocol:
            r.outcome = QStringLiteral("protocol");
            r.status = req->status();
            r.maybeSent = true;
            r.message =
                tr("Mattermost at %1 answered something that is not Mattermost's answer; the message may "
                   "have been posted: look in the channel.")
                    .arg(server);
            break;
        }
        done(r);
    });
    req->start();
}

} // namespace fusion
