#pragma once
// "Test ETL" of a tenant (the Analytics pane and `fusionctl analytics etl-test`): runs the tenant's
// configured ETL check once and says what happened. The check is analytics_configs.etl_kind/etl_target: an
// n8n webhook workflow (POST {n8n}/webhook/{path} with the Header Auth secret of the n8n_webhook key,
// INTEGRATIONS.md "n8n"), or a Supabase RPC function (POST {project}/rest/v1/rpc/{fn} in the tenant's schema
// through Content-Profile, the project's key as apikey and Bearer, INTEGRATIONS.md "Supabase (PostgREST)").
//
// One flow, in the order of every job: the plan (what will be called, where) → confirmation (it runs real
// work) → the secret read from the keychain → an audit row `analytics.etl_test` before the call → the one
// call, never resent → its result (HTTP status, duration, n8n's execution id or the RPC's JSON answer
// summarised, or the exact failure) audited as `analytics.etl_test` as well. It records no operation: a
// check of a pipeline is not one of the platform's operations (AutomationRun's recording needs an operation
// type, so it does not fit here). The secret never appears in a message, the audit log or the result.
#include "models/jobs/Job.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace fusion {

class HttpRequest;
class N8nClient;

class EtlTest : public Job {
    Q_OBJECT

public:
    struct Outcome {
        QString tenantSlug;
        QString kind;   // "n8n_webhook" or "supabase_rpc"
        QString target; // the webhook's path or the function's name
        QString schema; // supabase_rpc: the schema the function was called in
        QUrl url;       // what was called
        bool ok = false;
        int httpStatus = 0; // 0: no HTTP answer came
        qint64 durationMs = 0;
        QString executionId; // n8n: the execution it started, when it said
        QString summary;     // what the answer held, in a line
        QString failure;     // why it failed, exactly (never a secret)
        QJsonObject json() const;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    // The RPC's JSON answer in a line: "no result", "3 rows", "an object: {…}" or the value itself.
    static QString summarise(const QByteArray& body, QString* error);
    // PostgREST's refusal of an RPC, in words (401/403 key, 404 function, 406 schema, others).
    static QString rpcFailure(const QString& project, const QString& schema, const QString& function,
                              int status, const QByteArray& body);

    explicit EtlTest(JobHost host, QObject* parent = nullptr);
    ~EtlTest() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& tenantSlug, Done done);

private:
    struct Plan;
    void confirmed(const std::shared_ptr<Plan>& plan, const Result<SecretBytes>& secret);
    void call(const std::shared_ptr<Plan>& plan);
    void callN8n(const std::shared_ptr<Plan>& plan);
    void callRpc(const std::shared_ptr<Plan>& plan);
    void record(const std::shared_ptr<Plan>& plan, Outcome outcome);
    void finish(const Result<Outcome>& result);

    Done m_done;
    int m_timeoutMs = 60000;
    QPointer<N8nClient> m_n8n;
    QPointer<HttpRequest> m_http;
};

} // namespace fusion
