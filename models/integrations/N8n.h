#pragma once
// n8n's public API v1 and its production webhooks (INTEGRATIONS.md "n8n"): what is sent and how an answer is
// read, as pure functions. The requests themselves are N8nClient's.
//
// Conventions of Fusion Console (not n8n's; the Automation pane and its operators follow them):
// - A workflow is linked to a tenant by a tag "tenant:<slug>" (tenantTag(), tenantOfTag()); a workflow may
//   carry several, for several tenants.
// - A webhook workflow run for a tenant receives the JSON body {"tenant": "<slug>"} and ends in a "Respond to
//   Webhook" node answering {"executionId": "{{$execution.id}}"}. When the answer lacks it (n8n's default
//   "Workflow was started", a text answer), the newest execution of that workflow started after the call
//   (less kClockSlackMs for the two clocks) is looked up through the API.
// An answer is checked whole: a list with one malformed row, or without its nextCursor, is one error and no
// rows.
#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace fusion {

struct N8nWorkflow {
    QString id; // n8n's own, e.g. "2tUt1wbLX592XDdX"
    QString name;
    bool active = false;
    QStringList tags;
    QDateTime createdAt; // invalid when n8n did not say
    QDateTime updatedAt;
    QStringList tenants() const; // the slugs of its "tenant:" tags
};

struct N8nExecution {
    QString id;
    QString workflowId;
    QString status; // canceled, crashed, error, new, running, success, unknown, waiting (or a newer one)
    QString mode;   // webhook, trigger, manual, …
    bool finished = false;
    QDateTime startedAt; // invalid while it has not started ("new")
    QDateTime stoppedAt; // invalid while it runs
    QDateTime waitTill;
    QString retryOf; // empty unless it retries another
};

struct N8nWorkflowFilter {
    std::optional<bool> active;
    QStringList tags; // any of them
    QString name;
};

struct N8nExecutionFilter {
    QString status;     // empty: any
    QString workflowId; // empty: any
};

struct N8nWorkflowPage {
    QList<N8nWorkflow> workflows;
    QString nextCursor; // empty on the last page
};

struct N8nExecutionPage {
    QList<N8nExecution> executions; // newest first
    QString nextCursor;             // empty on the last page
};

// A webhook workflow: which one, where its production webhook listens and the header its Header Auth checks.
struct N8nWebhookTarget {
    QString workflowId;
    QString path;       // after /webhook/, e.g. "acme/provision"
    QString headerName; // empty: the webhook has no authentication
};

struct N8nWebhookRun {
    enum class IdSource {
        Answer,   // the workflow answered it
        LookedUp, // found among the workflow's executions after the call
        Unknown,  // neither: lookupError says why
    };
    int httpStatus = 0;
    QString executionId;
    IdSource idSource = IdSource::Unknown;
    QString bodyExcerpt; // the start of the workflow's answer, secrets blanked
    QString lookupError; // why no execution id, when there is none (the workflow did run)
    QDateTime sentAt;    // UTC, just before the request left
};

class N8n {
    Q_DECLARE_TR_FUNCTIONS(fusion::N8n)

public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 250;
    static constexpr int kMaxPages = 1000; // 250,000 rows: more is a server that never stops
    static constexpr int kMaxExcerpt = 300;
    static constexpr qint64 kClockSlackMs = 1000;

    static QString tenantTag(const QString& slug);
    static QString tenantOfTag(const QString& tag); // empty unless "tenant:<valid slug>"

    // {base}/api/v1/workflows?… ; limit clamped to 1..kMaxLimit; a cursor when following one.
    static QUrl workflowsUrl(const QUrl& base, const N8nWorkflowFilter& filter, int limit,
                             const QString& cursor);
    static QUrl executionsUrl(const QUrl& base, const N8nExecutionFilter& filter, int limit,
                              const QString& cursor);
    // {base}/api/v1/workflows/{id}[/activate|/deactivate]
    static QUrl workflowUrl(const QUrl& base, const QString& workflowId, const QString& action = {});
    // {base}/webhook/{path}; invalid for a path that is empty or holds anything but letters, digits and
    // ._~:/-
    static QUrl webhookUrl(const QUrl& base, const QString& path);
    // Where n8n's editor shows one execution ("open in n8n").
    static QUrl executionPageUrl(const QUrl& base, const QString& workflowId, const QString& executionId);
    static QByteArray webhookBody(const QString& tenantSlug);
    static bool isValidHeaderName(const QString& name);

    // The API's answers; `instance` names the server in messages.
    static Result<N8nWorkflowPage> parseWorkflows(const QString& instance, int status,
                                                  const QByteArray& body);
    static Result<N8nWorkflow> parseWorkflow(const QString& instance, int status, const QByteArray& body);
    static Result<N8nExecutionPage> parseExecutions(const QString& instance, int status,
                                                    const QByteArray& body);
    // A non-2xx answer of the API as one message (the kind says what the caller can do about it).
    static Error apiError(const QString& instance, int status, const QByteArray& contentType,
                          const QByteArray& body);
    // A webhook's answer other than 2xx, as one message.
    static Error webhookError(const QString& instance, const N8nWebhookTarget& target, int status,
                              const QByteArray& contentType, const QByteArray& body);
    // The execution id a 2xx webhook answer carries under the house convention; nullopt when it does not.
    static std::optional<QString> executionIdIn(const QByteArray& body);
    // The newest execution of `workflowId` started at or after `since` (less kClockSlackMs); empty if none.
    static QString newestSince(const QList<N8nExecution>& executions, const QString& workflowId,
                               const QDateTime& since);
    // The start of an answer for a person: simplified, at most kMaxExcerpt characters, secrets blanked.
    static QString excerpt(const QByteArray& body, const QList<const SecretBytes*>& secrets);
    // `text` with every secret's text replaced by "[secret]".
    static QString scrub(QString text, const QList<const SecretBytes*>& secrets);
    static QString instanceName(const QUrl& base); // the base URL without user info, for messages
};

} // namespace fusion
