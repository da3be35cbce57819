#pragma once
// Running a tenant's n8n webhook workflow as an operation of the control plane (the Automation pane and
// `fusionctl automation run`). One flow, in the order of every job: the plan (the tenant, the webhook, the
// queued operation it records) → confirmation → the webhook's Header Auth secret and the API key read from
// the keychain → the queued operation with its audit row in one transaction → the webhook called once, never
// resent → the outcome reported on that operation through OperationLog::planReport (running with n8n's
// execution id as its external_ref, or failed with the reason), audited as well.
//
// operations.type has no "workflow" value, and the workflow carries out one of the operations the platform
// knows (provision, backup, …): the caller names it, or the webhook path's last segment does
// ("acme/provision"). An image upgrade is never started this way: it must name a tested image tag.
#include "models/integrations/N8n.h"
#include "models/jobs/Job.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace fusion {

class N8nClient;

class AutomationRun : public Job {
    Q_OBJECT

public:
    struct Request {
        QString workflowId;
        QString tenantSlug;
        QString webhookPath;                      // after /webhook/
        QString operationType;                    // empty: the path's last segment
        QString instance = QStringLiteral("n8n"); // the n8n instance's provider code ("n8n", "n8n-eu")
    };
    struct Outcome {
        qint64 operationId = 0;
        bool started = false; // the webhook answered 2xx: the workflow runs (status running)
        QString executionId;  // empty when n8n's answer did not say and it could not be looked up
        QString failure;      // why the operation failed, when it did (never a secret)
        QString note;         // why there is no execution id, when there is none
        QUrl executionUrl;    // where n8n shows it, when known
        QJsonObject recorded; // the claim's outcome as audited
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    // The type an operation run this way gets: `explicitType`, else the path's last segment; empty (with
    // `why`) when neither names an operation type a workflow may carry out.
    static QString operationTypeFor(const QString& webhookPath, const QString& explicitType, QString* why);

    explicit AutomationRun(JobHost host, QObject* parent = nullptr);
    ~AutomationRun() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const Request& request, Done done);

private:
    struct Plan;
    void confirmed(const std::shared_ptr<Plan>& plan);
    void call(const std::shared_ptr<Plan>& plan);
    void record(const std::shared_ptr<Plan>& plan, const Result<N8nWebhookRun>& run);
    void finish(const Result<Outcome>& result);

    Done m_done;
    int m_timeoutMs = 30000;
    QPointer<N8nClient> m_client;
};

} // namespace fusion
