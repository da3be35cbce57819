#pragma once

#include "models/ai/EmbeddingsApi.h"
#include "models/core/Error.h"
#include "models/jobs/JobHost.h"
#include "models/policy/PolicyEngine.h"
#include "models/usage/ChatApi.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

class Database;
class HttpRequest;
class SecretStore;

// The source document's service layer (call_openai / call_anthropic) as one asynchronous call, shared by
// `fusionctl call` and the app's Test call: check and reserve → the provider's default key from the keychain
// → the chat API at the provider's base URL → the token usage → log and settle. A refused call never reaches
// the provider; a failed one (429, 5xx, timeout, malformed answer, no key) is logged with its status and
// costs nothing. Nothing is ever retried. An embeddings request (knowledge search) takes the same path to
// OpenAI's or Ollama's /v1/embeddings, so its tokens are metered and budgeted like a chat's.
class ServiceCall : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString provider; // openai or anthropic
        QString consumer;
        QString user;
        QString feature;
        ChatRequest chat;
        std::optional<EmbeddingsRequest> embeddings; // set: this call embeds texts, `chat` is not used
        int timeoutMs = 60000;
    };
    struct Result {
        std::optional<Error> error; // the call could not be decided or logged at all
        Decision decision;
        bool called = false;              // the request went to the provider
        ChatReply reply;                  // a chat's answer; for embeddings, its status, tokens and error
        EmbeddingsReply embeddings;       // the vectors of an embeddings call
        std::optional<qint64> costMicros; // nullopt: tokens without a price
        qint64 latencyMs = 0;
        QString status; // ok, error, denied
    };

    // Database work runs through `host` (at once in fusionctl, on the database thread in the app), the
    // key comes from its keychain; nothing here asks for a confirmation (a metered call is not a write).
    explicit ServiceCall(JobHost host, QObject* parent = nullptr);
    ~ServiceCall() override;
    void start(const Request& request, std::function<void(const Result&)> done);

private:
    struct State;
    void readKey();
    void send(const SecretBytes& key);
    void settle(const PolicyEngine::Outcome& outcome);
    void finish();

    JobHost m_host;
    std::shared_ptr<State> m_state;
    QPointer<HttpRequest> m_http;
};

} // namespace fusion
