#pragma once
// One question to the AI console, shared by the app's console and `fusionctl ai ask`: the provider (the
// scope's default unless chosen) → the prompt template and the evidence (facts of the platform, cited) → the
// one policy engine (refused before any call, else reserved) → the key from the keychain → the answer,
// streamed as it arrives, which Stop cancels → one transaction that settles the cost, stores the question,
// the answer (whole, or what arrived, with its status) and its citations, and writes the redacted AI audit
// row. A refused ask calls nothing and is audited as refused. Nothing is ever retried.
#include "models/ai/AiProviders.h"
#include "models/ai/AiThreads.h"
#include "models/core/Error.h"
#include "models/jobs/JobHost.h"
#include "models/policy/PolicyEngine.h"
#include "models/usage/ChatApi.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

class Database;
class HttpRequest;
class SecretBytes;
class SecretStore;

class AiAsk : public QObject {
    Q_OBJECT

public:
    struct Request {
        qint64 threadId = 0; // 0: a new thread
        QString provider;    // an AI provider's id or name; empty: the thread's, else the scope's default
        QString tenantSlug;  // the scope (provider and evidence); empty: the platform
        QString question;
        QString promptCode; // optional: a published prompt, rendered with `variables`
        QHash<QString, QString> variables;
        bool platformEvidence = true; // cite the platform's facts (tenants, operations, keys, budgets, drift)
        // cite the knowledge base's chunks holding the question's words (the scope's tenant, or every one)
        bool knowledgeEvidence = true;
        int maxTokens = 1024;
        int timeoutMs = 120000;
        int historyMessages = 20; // earlier messages of the thread sent again
    };

    struct Result {
        std::optional<Error> error; // the ask could not be prepared or stored at all
        Decision decision;
        AiProvider provider;
        QString status;         // success, error, timeout, cancelled, refused (the AI audit's words)
        QString providerStatus; // 200, cut, stopped, timeout, error, refused, or the HTTP status
        QString message;        // why it is not a success, for a person
        bool called = false;    // the request reached the provider
        qint64 threadId = 0;
        qint64 questionId = 0;
        qint64 answerId = 0;
        QString text; // the answer, whole or what arrived
        ChatReply reply;
        QList<AiCitation> citations;
        std::optional<qint64> costMicros; // nullopt: unknown (no price, or a cut stream without usage)
        qint64 latencyMs = 0;
        qint64 latencyNs = 0; // the same to the nanosecond, for measuring what the console adds
    };

    // Database work runs through `host` (at once in fusionctl, on the database thread in the app), the
    // key comes from its keychain; nothing here asks for a confirmation (a metered call is not a write).
    explicit AiAsk(JobHost host, QObject* parent = nullptr);
    ~AiAsk() override;

    void start(const Request& request, std::function<void(const Result&)> done);
    // Cancels the answer while it streams; what arrived is kept and stored as "stopped".
    void stop();
    bool running() const;

    static QString consumerCode(); // the policy engine's consumer for the console: "ai-console"
    static constexpr int maxQuestionLength = 20000;
    static constexpr int kKnowledgeEvidence = 5; // chunks cited at most

Q_SIGNALS:
    // The provider was chosen and the call is about to be made (after the policy allowed it).
    void calling(const fusion::AiProvider& provider);
    // A piece of the answer arrived.
    void textArrived(const QString& fragment);

private:
    struct State;
    void readKey();
    void send(const SecretBytes& key);
    void sendKapa(const SecretBytes& key);
    void finishCall(HttpRequest* req);
    void store();
    static void storeAll(Database& db, State& s);
    static void settleCall(Database& db, State& s);
    void finish();

    JobHost m_host;
    std::shared_ptr<State> m_state;
    QPointer<HttpRequest> m_http;
};

} // namespace fusion
