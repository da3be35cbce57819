#include "models/jobs/ChannelPost.h"

#include "models/integrations/IntegrationEndpoints.h"
#include "models/tenants/TenantRepository.h"

namespace fusion {

struct ChannelPost::State {
    Request request;
    CallKey key;
    QString tlsSha256;
    PendingWrite write;
    SecretBytes url;
};

WritePlan ChannelPost::plan(const Request& request, qint64 tenantId)
{
    WritePlan p;
    p.action = QStringLiteral("support.channel_post");
    p.title = tr("Post to the Mattermost channel of %1").arg(request.tenantSlug);
    p.verb = tr("Post");
    p.targetType = QStringLiteral("tenant");
    p.target = request.tenantSlug;
    p.tenantId = tenantId;
    p.changes << FieldChange{QStringLiteral("message"), tr("Message"), QVariant(), request.message};
    p.effects << tr(
        "Sent once through the channel's incoming webhook (its address stays in the keychain); it "
        "cannot be taken back from here.");
    return p;
}

ChannelPost::ChannelPost(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

ChannelPost::~ChannelPost() = default;

void ChannelPost::start(const Request& request, Done done)
{
    begin();
    m_done = std::move(done);
    if (request.message.trimmed().isEmpty() || request.message.size() > MattermostClient::kMaxText)
        return finish(Error::make(ErrorKind::InvalidInput,
                                  tr("A message has 1 to %L1 characters.").arg(MattermostClient::kMaxText)));
    onDatabase<std::shared_ptr<State>>(
        [request](Database& db) {
            auto state = std::make_shared<State>();
            state->request = request;
            const Tenant tenant = TenantRepository(db).requireBySlug(request.tenantSlug);
            const IntegrationEndpoint channel =
                IntegrationEndpoints::mattermostChannel(db, request.tenantSlug);
            state->key = channel.key;
            state->tlsSha256 = channel.tlsSha256;
            state->write.plan = plan(request, tenant.id);
            return state;
        },
        [this](const Result<std::shared_ptr<State>>& planned) {
            if (!planned)
                return finish(planned.error());
            const std::shared_ptr<State> state = planned.value();
            confirmThenReadKey(state->write.plan, state->key, [this, state](Result<SecretBytes> secret) {
                if (!secret)
                    return finish(secret.error());
                state->url = secret.value();
                call(state);
            });
        });
}

void ChannelPost::call(const std::shared_ptr<State>& state)
{
    report(0, 0, tr("Posting to the Mattermost channel of %1…").arg(state->request.tenantSlug));
    auto* client = new MattermostClient(this);
    client->setTimeoutMs(m_timeoutMs);
    client->setTrustedSha256(state->tlsSha256);
    m_client = client;
    client->post(state->url, state->request.message,
                 [this, state, client](const MattermostPostResult& result) {
                     client->deleteLater();
                     state->url = SecretBytes(); // not needed any more, whatever happened
                     audit(state, result);
                 });
}

void ChannelPost::audit(const std::shared_ptr<State>& state, const MattermostPostResult& result)
{
    // Nothing changes in our store: the audit row records the attempt and what it came to.
    PendingWrite audited = state->write;
    audited.apply = [result](Database&) {
        QJsonObject o{{QStringLiteral("outcome"), result.outcome}, {QStringLiteral("posted"), result.posted}};
        if (result.status)
            o.insert(QStringLiteral("http_status"), result.status);
        if (!result.errorId.isEmpty())
            o.insert(QStringLiteral("error_id"), result.errorId);
        if (!result.posted) {
            o.insert(QStringLiteral("error"), result.message);
            o.insert(QStringLiteral("maybe_sent"), result.maybeSent);
        }
        return o;
    };
    write(audited, [this, result](const Result<QJsonObject>& recorded) {
        if (host().afterWrite)
            host().afterWrite();
        if (!recorded) {
            Error e = recorded.error();
            e.message = tr("%1 It could not be audited: %2").arg(result.message, e.message);
            return finish(e);
        }
        finish(Outcome{result, recorded.value()});
    });
}

void ChannelPost::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
