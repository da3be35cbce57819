#pragma once

#include "models/ai/KnowledgeVectors.h"
#include "models/jobs/Job.h"

#include <QPointer>

#include <functional>
#include <optional>

namespace fusion {

class ServiceCall;

// Embedding a tenant's knowledge base for vector search: the chunks without an embedding of the chosen model
// are counted and the cost estimated ("Embed 37 chunks of acme with openai text-embedding-3-small") and
// confirmed; then sent 64 at a time to the provider's /v1/embeddings through the service layer, so every
// request is checked, reserved, metered and settled as the consumer "ai-knowledge" like any other call; then
// the vectors are stored with their audit row in one transaction. A request that fails or is refused stops
// the job there: what the earlier requests returned (and was paid for) is stored, and the rest waits for the
// next run. Nothing is retried.
class KnowledgeEmbed : public Job {
    Q_OBJECT

public:
    static QString consumerCode(); // "ai-knowledge"

    struct Outcome {
        bool unchanged = false; // every chunk already had an embedding of the model: nothing asked or sent
        WritePlan plan;
        int chunks = 0;   // that needed an embedding
        int embedded = 0; // stored
        int skipped = 0;  // changed or removed while being embedded
        int calls = 0;    // requests that reached the provider
        qint64 tokens = 0;
        std::optional<qint64> costMicros; // nullopt: no price known for the model
        QString stoppedBy; // why not every chunk was embedded (a refusal or the provider's error); empty: all
        QJsonObject recorded;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KnowledgeEmbed(JobHost host, QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& slug, const KbEmbedModel& model, Done done);

private:
    void sendBatch(int from);
    void store();
    void finish(const Result<Outcome>& result);

    Done m_done;
    QString m_slug;
    KbEmbedModel m_model;
    QString m_user;
    int m_timeoutMs = 120000;
    QList<KbToEmbed> m_chunks;
    QList<QList<float>> m_vectors; // in the order of m_chunks, as far as they came back
    qint64 m_latencyMs = 0;
    Outcome m_outcome;
    ErrorKind m_stopKind = ErrorKind::Connection; // of the request that stopped the job, if one did
    QPointer<ServiceCall> m_call;
};

} // namespace fusion
