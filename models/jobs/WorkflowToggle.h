#pragma once
// Activating or deactivating an n8n workflow (the Automation pane and `fusionctl automation
// activate|deactivate`), one flow for both. The order of every job: the plan (the workflow, the tenants its
// tags link it to, the n8n instance) → confirmation → the API key read from the keychain → n8n called once,
// never resent → the outcome audited. Nothing in our store changes, so the audit row is written after n8n
// answered and records what n8n says the workflow now is; when n8n refuses, nothing is audited and the
// refusal is the job's error.
#include "models/integrations/N8n.h"
#include "models/jobs/Job.h"

#include <QPointer>

namespace fusion {

class N8nClient;

class WorkflowToggle : public Job {
    Q_OBJECT

public:
    struct Request {
        QString workflowId;
        bool active = true;
        QString name;        // for the confirmation, when the caller knows it (the pane does)
        QStringList tenants; // the tenants the workflow's tags link it to, when known
        QString instance = QStringLiteral("n8n"); // the n8n instance's provider code ("n8n", "n8n-eu")
    };
    struct Outcome {
        N8nWorkflow workflow; // as n8n answered
        QJsonObject recorded; // what was audited
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    // True for an id n8n could have given (letters, digits, - and _): anything else is never sent.
    static bool isValidWorkflowId(const QString& id);
    // The plan shown before anything is sent; `instance` names the n8n it changes (its address), the
    // request's instance code is one of the changes (so the audit row records which n8n it was).
    static WritePlan plan(const Request& request, const QString& instance);

    explicit WorkflowToggle(JobHost host, QObject* parent = nullptr);
    ~WorkflowToggle() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const Request& request, Done done);

private:
    struct State;
    void call(const std::shared_ptr<State>& state);
    void audit(const std::shared_ptr<State>& state, const N8nWorkflow& workflow);
    void finish(const Result<Outcome>& result);

    Done m_done;
    int m_timeoutMs = 30000;
    QPointer<N8nClient> m_client;
};

} // namespace fusion
