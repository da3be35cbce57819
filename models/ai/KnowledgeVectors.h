#pragma once
// The knowledge base's embeddings: which chunks still need one for a model, the write that stores the vectors
// an embeddings call returned (only onto chunks whose text is still the text embedded), the exact vector
// search over them, and the fusion of a word search and a vector search into one ranking (hybrid search).
#include "models/ai/KnowledgeBase.h"
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

// The model that embedded a chunk, stored as "provider:model" in kb_chunks.embedding_model (a model's own
// name may hold ':' as Ollama's do; the provider's never does).
struct KbEmbedModel {
    QString provider; // openai or ollama: the key vault's provider whose /v1/embeddings answers
    QString model;
    QString key() const { return provider + QLatin1Char(':') + model; }
    static std::optional<KbEmbedModel> parse(const QString& key);
    // The usual model of a provider when none is named.
    static KbEmbedModel defaultFor(const QString& provider);
};

struct KbToEmbed {
    qint64 id = 0;
    QString sourceRef;
    QString title;
    QString content;
};

class KnowledgeVectors {
    Q_DECLARE_TR_FUNCTIONS(fusion::KnowledgeVectors)

public:
    static constexpr int kBatch = 64;          // texts per embeddings call
    static constexpr int kMaxTextChars = 8000; // well inside every embedding model's input limit
    static constexpr int kFusionK = 60;        // reciprocal-rank fusion's constant (Cormack et al.)

    // What is embedded for a chunk: its title, then its content.
    static QString embeddedText(const KbToEmbed& chunk);
    // The tenant's chunks without an embedding of `model`: new, changed since, or embedded by another model.
    static QList<KbToEmbed> needing(Database& db, const QString& tenantSlug, const KbEmbedModel& model);
    // "Embed 37 chunks of acme with openai text-embedding-3-small", with what the calls cost as far as known.
    static WritePlan planEmbed(Database& db, const QString& tenantSlug, const KbEmbedModel& model,
                               const QList<KbToEmbed>& chunks);
    // Stores vectors[i] on chunks[i] under the confirmed `plan`, skipping a chunk whose text changed or that
    // was removed since it was read (counted), with the AI audit's "embed" row — one transaction.
    static PendingWrite store(const WritePlan& plan, const KbEmbedModel& model,
                              const QList<KbToEmbed>& chunks, const QList<QList<float>>& vectors,
                              qint64 tokens, qint64 latencyMs);

    // The embedding model most of the tenant's chunks (or all this login sees) carry; nullopt when none has.
    static std::optional<KbEmbedModel> modelOf(Database& db, const QString& tenantSlug);
    // The chunks embedded by `model` nearest to `query` (cosine), best first, those with a cosine of 0 or
    // less left out (unrelated, not merely far). The vectors are read once and kept while the stored ones do
    // not change, so repeated searches cost a pass of dot products.
    static QList<KbHit> search(Database& db, const KbEmbedModel& model, const QList<float>& query,
                               const QString& tenantSlug, int limit);
    // Reciprocal-rank fusion: each hit scores the sum of 1 / (kFusionK + rank) over the lists it is in, so a
    // chunk both searches rank well comes first; ties keep the word search's order. The word search's
    // snippet (words in [brackets]) wins over the vector search's plain one.
    static QList<KbHit> fuse(const QList<KbHit>& words, const QList<KbHit>& vectors, int limit);
};

} // namespace fusion
