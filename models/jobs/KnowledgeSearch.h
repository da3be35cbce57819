#pragma once

#include "models/ai/KbSources.h"
#include "models/ai/KnowledgeVectors.h"
#include "models/jobs/Job.h"

#include <functional>
#include <optional>

namespace fusion {

// One search of the knowledge base, shared by the Knowledge tab's search tester and `fusionctl kb search`:
// by words (every word required), by meaning (the query embedded by the model that embedded the chunks,
// through the service layer — metered, budgeted, refused before any call when the access rule of
// "ai-knowledge" says so — then the nearest chunks), or both fused into one ranking. A tenant whose knowledge
// lives in a Supabase project is searched there through the seed's RPCs (search_chunks_text; search_chunks
// with the query embedded by OpenAI's text-embedding-3-small, as the seed's chunks are). Every search leaves
// a row in the AI audit.
class KnowledgeSearch : public Job {
    Q_OBJECT

public:
    enum class Mode { Words, Vector, Hybrid };
    static std::optional<Mode> parseMode(const QString& name); // words (or text), vector, hybrid
    static QString modeName(Mode mode);

    struct Request {
        QString query;
        QString tenantSlug; // empty: every tenant this login sees
        Mode mode = Mode::Words;
        int limit = 10;
        int timeoutMs = 60000;
    };
    struct Outcome {
        QList<KbHit> hits;
        Mode mode = Mode::Words;
        QString model;                  // "provider:model" that embedded the query; empty for a word search
        std::optional<KbSource> remote; // set: the hits came from this Supabase project, not the local base
        bool capped = false; // more chunks held the words than are ranked (KnowledgeBase::kMaxRanked)
        qint64 tokens = 0;
        std::optional<qint64> costMicros;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    // What a person is told when `capped`: which chunks were ranked, and how to narrow the search.
    static QString cappedNote();

    explicit KnowledgeSearch(JobHost host, QObject* parent = nullptr);
    void start(const Request& request, Done done);

private:
    void embedQuery(const KbEmbedModel& model, const QString& user);
    void searchNear(const QList<float>& query);
    void searchRemote(const QList<float>& query);
    void remoteWords(const QList<KbHit>& nearest);
    void recorded(const QList<KbHit>& hits);
    void failRemote(const Error& error);
    void finish(const Result<Outcome>& result);

    Done m_done;
    Request m_request;
    KbEmbedModel m_model;
    Outcome m_outcome;
};

} // namespace fusion
