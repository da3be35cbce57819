#include "models/policy/ServiceCall.h"

#include "models/net/HttpRequest.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/Database.h"
#include "models/vault/CallKey.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace fusion {

struct ServiceCall::State {
    Request request;
    std::function<void(const Result&)> done;
    Result result;
    CallIntent intent;
    PriceTable prices;
    QString baseUrl;
    CallKey key;
    QElapsedTimer clock;
};

ServiceCall::ServiceCall(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

ServiceCall::~ServiceCall()
{
    if (m_http)
        m_http->abort();
}

void ServiceCall::start(const Request& request, std::function<void(const Result&)> done)
{
    m_state = std::make_shared<State>();
    m_state->request = request;
    m_state->done = std::move(done);
    if (request.embeddings) {
        const EmbeddingsRequest& e = *request.embeddings;
        if (request.provider != QLatin1String("openai") && request.provider != QLatin1String("ollama")) {
            m_state->result.error = Error::make(
                ErrorKind::InvalidInput, tr("Embeddings come from openai or ollama; \"%1\" has none here.")
                                             .arg(request.provider.left(40)));
            return finish();
        }
        if (e.model.isEmpty() || e.inputs.isEmpty() || e.inputs.size() > EmbeddingsApi::kMaxInputs ||
            std::any_of(e.inputs.cbegin(), e.inputs.cend(),
                        [](const QString& t) { return t.trimmed().isEmpty(); })) {
            m_state->result.error = Error::make(
                ErrorKind::InvalidInput,
                tr("Embeddings need a model and 1 to %1 texts, none empty.").arg(EmbeddingsApi::kMaxInputs));
            return finish();
        }
    } else if (!ChatApi::supports(request.provider)) {
        m_state->result.error = Error::make(
            ErrorKind::InvalidInput, tr("Calls go to openai or anthropic; \"%1\" has no chat API here.")
                                         .arg(request.provider.left(40)));
        return finish();
    } else if (request.chat.prompt.isEmpty() || request.chat.maxTokens < 1 ||
               request.chat.maxTokens > 1000000) {
        m_state->result.error =
            Error::make(ErrorKind::InvalidInput,
                        tr("A call needs a prompt and a maximum of 1 to 1,000,000 output tokens."));
        return finish();
    }
    const std::shared_ptr<State> s = m_state;
    QPointer<ServiceCall> self(this);
    m_host.database(
        this,
        [s](Database& db) {
            const Provider p = KeyVault::requireProvider(db, s->request.provider);
            s->baseUrl = p.effectiveBaseUrl();
            s->prices = PriceTable::fromDatabase(db);
            CallIntent& in = s->intent;
            in.consumer = s->request.consumer;
            in.provider = s->request.provider;
            in.user = s->request.user;
            in.feature = s->request.feature;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            std::optional<qint64> estimate;
            if (const auto& e = s->request.embeddings) {
                // Embeddings are billed on their input alone: no output tokens to reserve for.
                in.model = e->model;
                qint64 bytes = 0;
                for (const QString& t : e->inputs)
                    bytes += t.toUtf8().size();
                estimate = PolicyEngine::estimate(s->prices, p.id, in.model, bytes, int(e->inputs.size()), 0,
                                                  now.date());
            } else {
                in.model = s->request.chat.model;
                estimate = PolicyEngine::estimate(
                    s->prices, p.id, in.model, ChatApi::inputBytes(s->request.chat),
                    ChatApi::messageCount(s->request.chat), s->request.chat.maxTokens, now.date());
            }
            in.priceKnown = estimate.has_value();
            in.estimateMicros = estimate.value_or(0);
            // Only the item's name: the secret stays in the keychain until the call needs it.
            s->key = CallKey::find(db, s->request.provider);
            const int ttl = s->request.timeoutMs / 1000 + 120;
            s->result.decision = PolicyEngine::reserve(db, in, now, ttl);
        },
        [self, s](const std::optional<Error>& error) {
            if (!self)
                return;
            if (error) {
                s->result.error = error;
                return self->finish();
            }
            if (!s->result.decision.allowed) {
                s->result.status = QStringLiteral("denied");
                return self->finish();
            }
            if (s->key.isNull() && s->request.provider == QLatin1String("ollama"))
                return self->send(SecretBytes()); // Ollama takes no key
            if (s->key.isNull()) {
                PolicyEngine::Outcome o;
                o.status = QStringLiteral("error");
                o.error =
                    tr("%1 has no default key: add one in the Keys pane or with \"fusionctl keys add\".")
                        .arg(s->request.provider);
                return self->settle(o);
            }
            self->readKey();
        });
}

void ServiceCall::readKey()
{
    const std::shared_ptr<State> s = m_state;
    s->key.read(m_host.secrets, this, [this, s](const fusion::Result<KeySecret>& secret) {
        if (!secret) {
            PolicyEngine::Outcome o;
            o.status = QStringLiteral("error");
            o.error = secret.error().message;
            return settle(o);
        }
        send(secret.value().key);
    });
}

void ServiceCall::send(const SecretBytes& key)
{
    const std::shared_ptr<State> s = m_state;
    ChatApi::Http http = s->request.embeddings
                             ? EmbeddingsApi::build(s->baseUrl, *s->request.embeddings, key)
                             : ChatApi::build(s->request.provider, s->baseUrl, s->request.chat, key);
    HttpRequest::Options options;
    options.method = "POST";
    options.contentType = "application/json";
    options.timeoutMs = s->request.timeoutMs;
    options.maxBytes = 8 * 1024 * 1024;
    options.headers = std::move(http.headers); // HttpRequest scrubs them once sent
    // The lambda holds the request itself, not m_http: it runs on the request's own signal, so the request
    // is alive, while m_http (a QPointer) may read as null for all the compiler knows.
    auto* req = new HttpRequest(http.url, http.body, options, this);
    m_http = req;
    s->clock.start();
    connect(req, &HttpRequest::finished, this, [this, s, req]() {
        s->result.latencyMs = s->clock.elapsed();
        s->result.called = req->requestSent();
        PolicyEngine::Outcome o;
        o.latencyMs = s->result.latencyMs;
        if (req->failure() != HttpRequest::Failure::None) {
            o.status = QStringLiteral("error");
            o.error = req->failure() == HttpRequest::Failure::Timeout
                          ? tr("No answer within %1 s.").arg(s->request.timeoutMs / 1000)
                          : req->errorString();
            s->result.reply.error = o.error;
        } else {
            if (const auto& e = s->request.embeddings) {
                EmbeddingsReply& er = s->result.embeddings;
                er = EmbeddingsApi::parse(req->status(), req->body(), e->inputs.size());
                s->result.reply.ok = er.ok();
                s->result.reply.httpStatus = er.httpStatus;
                s->result.reply.model = e->model;
                s->result.reply.error = er.error;
                s->result.reply.errorBody = er.errorBody;
                s->result.reply.tokens.in = er.promptTokens;
            } else {
                s->result.reply = ChatApi::parse(s->request.provider, req->status(), req->body());
            }
            o.httpStatus = req->status();
            o.status = s->result.reply.ok ? QStringLiteral("ok") : QStringLiteral("error");
            o.error = s->result.reply.error;
            o.model = s->result.reply.model;
            o.tokens = s->result.reply.tokens;
        }
        req->deleteLater();
        settle(o);
    });
    req->start();
}

void ServiceCall::settle(const PolicyEngine::Outcome& outcome)
{
    const std::shared_ptr<State> s = m_state;
    s->result.status = outcome.status;
    if (s->result.reply.error.isEmpty())
        s->result.reply.error = outcome.error;
    QPointer<ServiceCall> self(this);
    m_host.database(
        this,
        [s, outcome](Database& db) {
            s->result.costMicros = PolicyEngine::settle(db, s->result.decision, s->intent, outcome, s->prices,
                                                        QDateTime::currentDateTimeUtc());
        },
        [self, s](const std::optional<Error>& error) {
            if (!self)
                return;
            if (error)
                s->result.error = error;
            self->finish();
        });
}

void ServiceCall::finish()
{
    const std::shared_ptr<State> s = m_state;
    if (s && s->done)
        s->done(s->result);
}

} // namespace fusion
