#include "models/integrations/N8nClient.h"

#include "models/net/HttpFailure.h"
#include "models/net/HttpRequest.h"
#include "models/tenants/TenantValidation.h"

#include <QSet>

namespace fusion {

namespace {

constexpr qint64 kN8nMaxBytes = 32 * 1024 * 1024;
// Enough to find the run just made among a busy workflow's newest executions.
constexpr int kN8nLookupLimit = 20;

QList<const SecretBytes*> n8nPointers(const QList<SecretBytes>& secrets)
{
    QList<const SecretBytes*> out;
    for (const SecretBytes& s : secrets)
        out << &s;
    return out;
}

} // namespace

struct N8nClient::Walk {
    std::function<QUrl(const QString&)> urlFor;
    SecretBytes apiKey;
    PageFn take;
    std::function<void(const std::optional<Error>&)> done;
    QSet<QString> seen;
    int pages = 0;
};

N8nClient::N8nClient(const QUrl& base, QObject* parent)
    : QObject(parent)
    , m_base(base)
    , m_instance(N8n::instanceName(base))
{
}

N8nClient::~N8nClient()
{
    for (const QPointer<HttpRequest>& r : std::as_const(m_inFlight)) {
        if (r)
            r->abort();
    }
}

std::optional<Error> N8nClient::missingKey(const SecretBytes& apiKey) const
{
    if (!apiKey.isEmpty())
        return std::nullopt;
    return Error::make(
        ErrorKind::InvalidInput,
        tr("No API key is set for n8n at %1: add the instance's API key to the keychain.").arg(m_instance));
}

void N8nClient::send(const QUrl& url, const QByteArray& method, const QByteArray& body,
                     QList<QPair<QByteArray, QByteArray>> headers, const QList<SecretBytes>& secrets,
                     const QString& webhookPath, AnswerFn done)
{
    HttpRequest::Options options;
    options.method = method;
    options.contentType = "application/json";
    options.timeoutMs = m_timeoutMs;
    options.maxBytes = kN8nMaxBytes;
    options.headers = std::move(headers); // HttpRequest scrubs them once sent
    auto* req = new HttpRequest(url, body, options, this);
    m_inFlight.removeAll(QPointer<HttpRequest>());
    m_inFlight << req;
    const int timeoutS = qMax(1, m_timeoutMs / 1000);
    connect(req, &HttpRequest::finished, this, [this, req, secrets, webhookPath, timeoutS, done]() {
        req->deleteLater();
        m_inFlight.removeAll(req);
        const bool webhook = !webhookPath.isEmpty();
        if (req->failure() == HttpRequest::Failure::None) {
            Answer a;
            a.status = req->status();
            a.contentType = req->contentType();
            a.body = req->body();
            return done(a);
        }
        QString error;
        const HttpFailure::Kind kind = HttpFailure::kindOf(*req);
        if (webhook && kind == HttpFailure::Kind::Timeout)
            // A webhook that does not answer may well be running: saying so keeps a person from running it
            // twice.
            error = tr("The n8n webhook \"%1\" at %2 did not answer within %3 s; the workflow may still "
                       "have run: check its executions in n8n.")
                        .arg(webhookPath, m_instance)
                        .arg(timeoutS);
        else if (webhook && kind == HttpFailure::Kind::ConnectionLost)
            error = tr("The connection to n8n at %1 closed before the webhook \"%2\" answered; the workflow "
                       "may have run: check its executions in n8n.")
                        .arg(m_instance, webhookPath);
        else
            error = HttpFailure::describe(
                *req, {QStringLiteral("n8n"), m_instance, timeoutS, QStringLiteral("32 MB")});
        done(Error::make(ErrorKind::Connection, N8n::scrub(error, n8nPointers(secrets))));
    });
    req->start();
}

void N8nClient::api(const QUrl& url, const QByteArray& method, const SecretBytes& apiKey, AnswerFn done)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"X-N8N-API-KEY", apiKey.bytes()},
                                                 {"Accept", "application/json"}};
    send(url, method, {}, std::move(headers), {apiKey}, {}, [this, apiKey, done](const Result<Answer>& a) {
        if (!a || (a.value().status >= 200 && a.value().status < 300))
            return done(a);
        Error e = N8n::apiError(m_instance, a.value().status, a.value().contentType, a.value().body);
        e.message = N8n::scrub(e.message, {&apiKey});
        done(e);
    });
}

void N8nClient::walk(std::function<QUrl(const QString& cursor)> urlFor, const SecretBytes& apiKey,
                     PageFn take, std::function<void(const std::optional<Error>&)> done)
{
    auto w = std::make_shared<Walk>();
    w->urlFor = std::move(urlFor);
    w->apiKey = apiKey;
    w->take = std::move(take);
    w->done = std::move(done);
    walkFrom(w, {});
}

void N8nClient::walkFrom(const std::shared_ptr<Walk>& w, const QString& cursor)
{
    if (w->pages >= m_maxPages)
        return w->done(
            Error::make(ErrorKind::Connection,
                        tr("n8n at %1 had more pages after %2: the list is stopped there (a server "
                           "that never ends its list?).")
                            .arg(m_instance)
                            .arg(m_maxPages)));
    ++w->pages;
    api(w->urlFor(cursor), "GET", w->apiKey, [this, w](const Result<Answer>& a) {
        if (!a)
            return w->done(a.error());
        const Result<QString> next = w->take(a.value());
        if (!next)
            return w->done(next.error());
        if (next.value().isEmpty())
            return w->done(std::nullopt);
        // A cursor given twice would page forever: the list is refused rather than shown twice over.
        if (w->seen.contains(next.value()))
            return w->done(
                Error::make(ErrorKind::Connection,
                            tr("n8n at %1 gave a page cursor it had already given (page %2): the list "
                               "is stopped so that it does not loop.")
                                .arg(m_instance)
                                .arg(w->pages + 1)));
        w->seen.insert(next.value());
        walkFrom(w, next.value());
    });
}

void N8nClient::listWorkflows(const N8nWorkflowFilter& filter, const SecretBytes& apiKey,
                              std::function<void(const Result<QList<N8nWorkflow>>&)> done)
{
    if (const auto e = missingKey(apiKey))
        return done(*e);
    auto rows = std::make_shared<QList<N8nWorkflow>>();
    const QUrl base = m_base;
    const int limit = m_pageLimit;
    const QString instance = m_instance;
    walk([base, filter,
          limit](const QString& cursor) { return N8n::workflowsUrl(base, filter, limit, cursor); },
         apiKey,
         [rows, instance](const Answer& a) -> Result<QString> {
             Result<N8nWorkflowPage> page = N8n::parseWorkflows(instance, a.status, a.body);
             if (!page)
                 return page.error();
             *rows << page.value().workflows;
             return page.value().nextCursor;
         },
         [rows, done](const std::optional<Error>& e) {
             if (e)
                 return done(*e);
             done(*rows);
         });
}

void N8nClient::setActive(const QString& workflowId, bool active, const SecretBytes& apiKey,
                          std::function<void(const Result<N8nWorkflow>&)> done)
{
    if (const auto e = missingKey(apiKey))
        return done(*e);
    if (workflowId.isEmpty())
        return done(Error::make(ErrorKind::InvalidInput, tr("Choose an n8n workflow.")));
    const QUrl url = N8n::workflowUrl(m_base, workflowId,
                                      active ? QStringLiteral("activate") : QStringLiteral("deactivate"));
    api(url, "POST", apiKey, [this, workflowId, active, done](const Result<Answer>& a) {
        if (!a)
            return done(a.error());
        Result<N8nWorkflow> w = N8n::parseWorkflow(m_instance, a.value().status, a.value().body);
        if (w && (w.value().id != workflowId || w.value().active != active))
            return done(Error::make(ErrorKind::Connection,
                                    tr("n8n at %1 answered for another workflow or left it %2.")
                                        .arg(m_instance, w.value().active ? tr("active") : tr("inactive"))));
        done(w);
    });
}

void N8nClient::executionsPage(const N8nExecutionFilter& filter, int limit, const QString& cursor,
                               const SecretBytes& apiKey,
                               std::function<void(const Result<N8nExecutionPage>&)> done)
{
    if (const auto e = missingKey(apiKey))
        return done(*e);
    api(N8n::executionsUrl(m_base, filter, limit, cursor), "GET", apiKey,
        [this, done](const Result<Answer>& a) {
            if (!a)
                return done(a.error());
            done(N8n::parseExecutions(m_instance, a.value().status, a.value().body));
        });
}

void N8nClient::allExecutions(const N8nExecutionFilter& filter, const SecretBytes& apiKey,
                              std::function<void(const Result<QList<N8nExecution>>&)> done)
{
    if (const auto e = missingKey(apiKey))
        return done(*e);
    auto rows = std::make_shared<QList<N8nExecution>>();
    const QUrl base = m_base;
    const int limit = m_pageLimit;
    const QString instance = m_instance;
    walk([base, filter,
          limit](const QString& cursor) { return N8n::executionsUrl(base, filter, limit, cursor); },
         apiKey,
         [rows, instance](const Answer& a) -> Result<QString> {
             Result<N8nExecutionPage> page = N8n::parseExecutions(instance, a.status, a.body);
             if (!page)
                 return page.error();
             *rows << page.value().executions;
             return page.value().nextCursor;
         },
         [rows, done](const std::optional<Error>& e) {
             if (e)
                 return done(*e);
             done(*rows);
         });
}

void N8nClient::runWebhook(const N8nWebhookTarget& target, const QString& tenantSlug,
                           const SecretBytes& headerValue, const SecretBytes& apiKey,
                           std::function<void(const Result<N8nWebhookRun>&)> done)
{
    const QUrl url = N8n::webhookUrl(m_base, target.path);
    if (!url.isValid())
        return done(
            Error::make(ErrorKind::InvalidInput,
                        tr("The n8n webhook path \"%1\" is not valid: use letters, digits and . _ ~ : - "
                           "between slashes.")
                            .arg(target.path)));
    if (const QString bad = TenantValidation::slug(tenantSlug); !bad.isEmpty())
        return done(Error::make(ErrorKind::InvalidInput, bad));
    if (!target.headerName.isEmpty() && !N8n::isValidHeaderName(target.headerName))
        return done(Error::make(ErrorKind::InvalidInput,
                                tr("\"%1\" is not a valid HTTP header name.").arg(target.headerName)));
    if (target.headerName.isEmpty() && !headerValue.isEmpty())
        return done(Error::make(ErrorKind::InvalidInput,
                                tr("The webhook secret needs the name of the header n8n checks.")));
    QList<QPair<QByteArray, QByteArray>> headers{{"Accept", "application/json"}};
    if (!target.headerName.isEmpty() && !headerValue.isEmpty())
        headers << qMakePair(target.headerName.toLatin1(), headerValue.bytes());
    auto run = std::make_shared<N8nWebhookRun>();
    run->sentAt = QDateTime::currentDateTimeUtc();
    send(url, "POST", N8n::webhookBody(tenantSlug), std::move(headers), {headerValue, apiKey}, target.path,
         [this, run, target, headerValue, apiKey, done](const Result<Answer>& a) {
             if (!a)
                 return done(a.error());
             const QList<const SecretBytes*> secrets{&headerValue, &apiKey};
             if (a.value().status < 200 || a.value().status >= 300) {
                 Error e = N8n::webhookError(m_instance, target, a.value().status, a.value().contentType,
                                             a.value().body);
                 e.message = N8n::scrub(e.message, secrets);
                 return done(e);
             }
             run->httpStatus = a.value().status;
             run->bodyExcerpt = N8n::excerpt(a.value().body, secrets);
             if (const std::optional<QString> id = N8n::executionIdIn(a.value().body)) {
                 run->executionId = *id;
                 run->idSource = N8nWebhookRun::IdSource::Answer;
                 return done(*run);
             }
             if (apiKey.isEmpty() || target.workflowId.isEmpty()) {
                 run->lookupError =
                     tr("The workflow's answer carries no execution id, and without the instance's "
                        "API key and the workflow it cannot be looked up.");
                 return done(*run);
             }
             lookUp(run, target, apiKey, done);
         });
}

void N8nClient::lookUp(const std::shared_ptr<N8nWebhookRun>& run, const N8nWebhookTarget& target,
                       const SecretBytes& apiKey, std::function<void(const Result<N8nWebhookRun>&)> done)
{
    N8nExecutionFilter filter;
    filter.workflowId = target.workflowId;
    executionsPage(
        filter, kN8nLookupLimit, {}, apiKey, [this, run, target, done](const Result<N8nExecutionPage>& page) {
            // The workflow ran whatever the lookup says: a failed lookup is a note, not a failure.
            if (!page) {
                run->lookupError = page.error().message;
                return done(*run);
            }
            run->executionId = N8n::newestSince(page.value().executions, target.workflowId, run->sentAt);
            if (run->executionId.isEmpty())
                run->lookupError =
                    tr("n8n at %1 lists no execution of the workflow started since the call yet (it "
                       "leaves running executions out): look for it in n8n later.")
                        .arg(m_instance);
            else
                run->idSource = N8nWebhookRun::IdSource::LookedUp;
            done(*run);
        });
}

} // namespace fusion
