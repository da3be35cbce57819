#pragma once
// One n8n instance over the wire: workflows (every page), activate/deactivate, executions a page at a time
// (the Automation pane) or all of them (fusionctl), and a webhook workflow run for a tenant with its
// execution id. Secrets come in as arguments (the caller reads them from the keychain just before) and never
// appear in a message. Every call answers exactly once through its callback; nothing is resent. A list
// follows n8n's cursors and stops with an error on a cursor it was already given or past N8n::kMaxPages
// pages.
#include "models/integrations/N8n.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace fusion {

class HttpRequest;

class N8nClient : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;

    explicit N8nClient(const QUrl& base, QObject* parent = nullptr);
    ~N8nClient() override; // requests in flight are dropped; their callbacks never run

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPageLimit(int limit) { m_pageLimit = qBound(1, limit, N8n::kMaxLimit); }
    void setMaxPages(int pages) { m_maxPages = qMax(1, pages); }
    QUrl base() const { return m_base; }

    void listWorkflows(const N8nWorkflowFilter& filter, const SecretBytes& apiKey,
                       std::function<void(const Result<QList<N8nWorkflow>>&)> done);
    void setActive(const QString& workflowId, bool active, const SecretBytes& apiKey,
                   std::function<void(const Result<N8nWorkflow>&)> done);
    // One page, newest first; pass the previous page's nextCursor for the next one.
    void executionsPage(const N8nExecutionFilter& filter, int limit, const QString& cursor,
                        const SecretBytes& apiKey, std::function<void(const Result<N8nExecutionPage>&)> done);
    void allExecutions(const N8nExecutionFilter& filter, const SecretBytes& apiKey,
                       std::function<void(const Result<QList<N8nExecution>>&)> done);
    // POSTs {"tenant": slug} to the webhook with `headerValue` in target.headerName. A 2xx answer is a run
    // even when its execution id cannot be found (then lookupError says why); with an empty `apiKey` nothing
    // is looked up.
    void runWebhook(const N8nWebhookTarget& target, const QString& tenantSlug, const SecretBytes& headerValue,
                    const SecretBytes& apiKey, std::function<void(const Result<N8nWebhookRun>&)> done);

private:
    struct Answer {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };
    using AnswerFn = std::function<void(const Result<Answer>&)>;
    // A page's rows taken in; the next cursor, empty at the end.
    using PageFn = std::function<Result<QString>(const Answer&)>;

    void send(const QUrl& url, const QByteArray& method, const QByteArray& body,
              QList<QPair<QByteArray, QByteArray>> headers, const QList<SecretBytes>& secrets,
              const QString& webhookPath, AnswerFn done);
    void api(const QUrl& url, const QByteArray& method, const SecretBytes& apiKey, AnswerFn done);
    struct Walk;
    void walk(std::function<QUrl(const QString& cursor)> urlFor, const SecretBytes& apiKey, PageFn take,
              std::function<void(const std::optional<Error>&)> done);
    void walkFrom(const std::shared_ptr<Walk>& w, const QString& cursor);
    void lookUp(const std::shared_ptr<N8nWebhookRun>& run, const N8nWebhookTarget& target,
                const SecretBytes& apiKey, std::function<void(const Result<N8nWebhookRun>&)> done);
    std::optional<Error> missingKey(const SecretBytes& apiKey) const;

    QUrl m_base;
    QString m_instance;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pageLimit = N8n::kMaxLimit;
    int m_maxPages = N8n::kMaxPages;
    QList<QPointer<HttpRequest>> m_inFlight;
};

} // namespace fusion
