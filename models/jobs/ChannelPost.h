#pragma once
// "Post to channel": a message to a tenant's Mattermost channel through its incoming webhook (the Support
// pane and `fusionctl support post`), one flow for both. The order of every job: the plan (the tenant, the
// message) → confirmation → the webhook address read from the keychain → one POST, never resent → the outcome
// audited, whatever it was: "posted", or exactly what failed (Mattermost's refusal with its error id, a
// timeout, TLS, DNS). The webhook address is a secret: it is in no plan, message, audit row or log.
#include "models/integrations/MattermostClient.h"
#include "models/jobs/Job.h"

#include <QPointer>

namespace fusion {

class ChannelPost : public Job {
    Q_OBJECT

public:
    struct Request {
        QString tenantSlug;
        QString message;
    };
    struct Outcome {
        MattermostPostResult result;
        QJsonObject recorded; // what was audited
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    static WritePlan plan(const Request& request, qint64 tenantId);

    explicit ChannelPost(JobHost host, QObject* parent = nullptr);
    ~ChannelPost() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Ends with an Outcome once the attempt is audited (posted or not); with an error when nothing was sent
    // (not confirmed, no channel, the keychain) or the audit failed.
    void start(const Request& request, Done done);

private:
    struct State;
    void call(const std::shared_ptr<State>& state);
    void audit(const std::shared_ptr<State>& state, const MattermostPostResult& result);
    void finish(const Result<Outcome>& result);

    Done m_done;
    int m_timeoutMs = 15000;
    QPointer<MattermostClient> m_client;
};

} // namespace fusion
