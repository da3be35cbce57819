#include "models/jobs/KnowledgeSearch.h"

#include "models/ai/AiAudit.h"
#include "models/ai/SupabaseKb.h"
#include "models/jobs/KnowledgeEmbed.h"
#include "models/policy/ServiceCall.h"
#include "models/storage/Database.h"

namespace fusion {

namespace {

// The AI audit's row of one search: what was asked (redacted when stored) and what it found.
void recordSearch(Database& db, const KnowledgeSearch::Request& r, const QString& status,
                  const QString& response)
{
    AiAudit::Entry entry;
    entry.operation = QStringLiteral("search");
    entry.request =
        QStringLiteral("kb search (%1%2) %3")
            .arg(KnowledgeSearch::modeName(r.mode),
                 r.tenantSlug.isEmpty() ? QString() : QStringLiteral(", ") + r.tenantSlug, r.query);
    entry.response = response;
    entry.status = status;
    if (status != QLatin1String("success"))
        entry.error = response;
    AiAudit::record(db, AiAudit::redactor(db), entry);
}

} // namespace

KnowledgeSearch::KnowledgeSearch(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

std::optional<KnowledgeSearch::Mode> KnowledgeSearch::parseMode(const QString& name)
{
    if (name == QLatin1String("words") || name == QLatin1String("text"))
        return Mode::Words;
    if (name == QLatin1String("vector"))
        return Mode::Vector;
    if (name == QLatin1String("hybrid"))
        return Mode::Hybrid;
    return std::nullopt;
}

QString KnowledgeSearch::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Words:
        return QStringLiteral("words");
    case Mode::Vector:
        return QStringLiteral("vector");
    case Mode::Hybrid:
        return QStringLiteral("hybrid");
    }
    return {};
}

void KnowledgeSearch::start(const Request& request, Done done)
{
    begin();
    m_done = std::move(done);
    m_request = request;
    m_request.limit = std::clamp(request.limit, 1, KnowledgeBase::kMaxLimit);
    m_outcome = {};
    m_outcome.mode = request.mode;
    struct Found {
        std::optional<KbSource> remote;
        std::optional<KbEmbedModel> model;
        QString user;
        QList<KbHit> hits; // a local word search's, done at once
        bool capped = false;
    };
    onDatabase<Found>(
        [r = m_request](Database& db) {
            Found f;
            KnowledgeBase::terms(r.query); // the same limits everywhere, before anything is sent
            f.user = db.actor();
            if (!r.tenantSlug.isEmpty())
                f.remote = KbSources::find(db, r.tenantSlug);
            if (f.remote) {
                // The seed's chunks carry OpenAI embeddings: the query is embedded alike.
                f.model = KbEmbedModel::defaultFor(QStringLiteral("openai"));
            } else if (r.mode == Mode::Words) {
                f.hits = KnowledgeBase::search(db, r.query, r.tenantSlug, r.limit, KnowledgeBase::Match::All,
                                               &f.capped);
                recordSearch(db, r, QStringLiteral("success"),
                             tr("%n chunk(s) found", nullptr, int(f.hits.size())));
            } else {
                // The query is embedded by the model that embedded the chunks: vectors of two models differ.
                f.model = KnowledgeVectors::modelOf(db, r.tenantSlug);
            }
            return f;
        },
        [this](const Result<Found>& found) {
            if (!found)
                return finish(found.error());
            const Found& f = found.value();
            m_outcome.remote = f.remote;
            if (!f.remote && m_request.mode == Mode::Words) {
                m_outcome.hits = f.hits;
                m_outcome.capped = f.capped;
                return finish(m_outcome);
            }
            if (f.remote && m_request.mode == Mode::Words)
                return remoteWords({});
            if (!f.model)
                return finish(Error::make(
                    ErrorKind::NotFound,
                    tr("No chunk of %1 has an embedding yet: embed them first (Knowledge → Embed…, or "
                       "\"fusionctl kb embed SLUG\").")
                        .arg(m_request.tenantSlug.isEmpty() ? tr("the knowledge base")
                                                            : m_request.tenantSlug)));
            embedQuery(*f.model, f.user);
        });
}

void KnowledgeSearch::embedQuery(const KbEmbedModel& model, const QString& user)
{
    m_model = model;
    m_outcome.model = model.key();
    report(0, 0, tr("Embedding the query with %1…").arg(model.key()));
    ServiceCall::Request request;
    request.provider = model.provider;
    request.consumer = KnowledgeEmbed::consumerCode();
    request.user = user;
    request.feature = QStringLiteral("search");
    request.timeoutMs = m_request.timeoutMs;
    EmbeddingsRequest e;
    e.model = model.model;
    e.inputs << m_request.query.trimmed();
    request.embeddings = e;
    auto* call = new ServiceCall(host(), this);
    call->start(request, [this, call](const ServiceCall::Result& r) {
        call->deleteLater();
        m_outcome.costMicros = r.costMicros;
        std::optional<Error> failed = r.error;
        if (!failed && !r.decision.allowed)
            failed = Error::make(ErrorKind::PermissionDenied,
                                 tr("Refused by the access rule of \"%1\": %2")
                                     .arg(KnowledgeEmbed::consumerCode(), r.decision.message));
        if (!failed && (!r.reply.ok || r.embeddings.vectors.size() != 1))
            failed = Error::make(ErrorKind::Connection,
                                 tr("%1 could not embed the query: %2").arg(m_model.provider, r.reply.error));
        if (failed) {
            const Error error = *failed;
            onDatabase<bool>(
                [r = m_request, error](Database& db) {
                    recordSearch(db, r, QStringLiteral("error"), error.message);
                    return true;
                },
                [this, error](const Result<bool>&) { finish(error); });
            return;
        }
        m_outcome.tokens = r.embeddings.promptTokens;
        if (m_outcome.remote)
            searchRemote(r.embeddings.vectors.first());
        else
            searchNear(r.embeddings.vectors.first());
    });
}

void KnowledgeSearch::searchNear(const QList<float>& query)
{
    report(0, 0, tr("Searching…"));
    struct Near {
        QList<KbHit> hits;
        bool capped = false;
    };
    onDatabase<Near>(
        [r = m_request, model = m_model, query](Database& db) {
            Near near;
            if (r.mode == Mode::Hybrid) {
                // Each side ranks deeper than the result, so that a chunk second-best on both still meets.
                const int depth = std::max(r.limit * 3, 30);
                near.hits = KnowledgeVectors::fuse(
                    KnowledgeBase::search(db, r.query, r.tenantSlug, depth, KnowledgeBase::Match::Any,
                                          &near.capped),
                    KnowledgeVectors::search(db, model, query, r.tenantSlug, depth), r.limit);
            } else {
                near.hits = KnowledgeVectors::search(db, model, query, r.tenantSlug, r.limit);
            }
            recordSearch(db, r, QStringLiteral("success"),
                         tr("%n chunk(s) found", nullptr, int(near.hits.size())) +
                             QStringLiteral(" (%1)").arg(model.key()));
            return near;
        },
        [this](const Result<Near>& near) {
            if (!near)
                return finish(near.error());
            m_outcome.hits = near.value().hits;
            m_outcome.capped = near.value().capped;
            finish(m_outcome);
        });
}

void KnowledgeSearch::searchRemote(const QList<float>& query)
{
    report(0, 0, tr("Searching the Supabase project of %1…").arg(m_request.tenantSlug));
    auto* remote = new SupabaseKb(host(), this);
    const int depth = m_request.mode == Mode::Hybrid ? std::max(m_request.limit * 3, 30) : m_request.limit;
    remote->searchVector(m_request.tenantSlug, query, depth,
                         [this, remote](const Result<SupabaseSearch>& result) {
                             remote->deleteLater();
                             if (!result)
                                 return failRemote(result.error());
                             if (m_request.mode == Mode::Hybrid)
                                 return remoteWords(result.value().hits);
                             recorded(result.value().hits);
                         });
}

void KnowledgeSearch::remoteWords(const QList<KbHit>& nearest)
{
    report(0, 0, tr("Searching the Supabase project of %1…").arg(m_request.tenantSlug));
    auto* remote = new SupabaseKb(host(), this);
    const bool hybrid = m_request.mode == Mode::Hybrid;
    const int depth = hybrid ? std::max(m_request.limit * 3, 30) : m_request.limit;
    remote->searchText(m_request.tenantSlug, m_request.query, depth,
                       [this, remote, nearest, hybrid](const Result<SupabaseSearch>& result) {
                           remote->deleteLater();
                           if (!result)
                               return failRemote(result.error());
                           recorded(
                               hybrid ? KnowledgeVectors::fuse(result.value().hits, nearest, m_request.limit)
                                      : result.value().hits);
                       });
}

void KnowledgeSearch::failRemote(const Error& error)
{
    onDatabase<bool>(
        [r = m_request, error](Database& db) {
            recordSearch(db, r, QStringLiteral("error"), error.message);
            return true;
        },
        [this, error](const Result<bool>&) { finish(error); });
}

void KnowledgeSearch::recorded(const QList<KbHit>& hits)
{
    const QString where = m_outcome.remote ? m_outcome.remote->projectUrl : QString();
    onDatabase<bool>(
        [r = m_request, n = int(hits.size()), where](Database& db) {
            recordSearch(db, r, QStringLiteral("success"),
                         tr("%n chunk(s) found", nullptr, n) + QStringLiteral(" (%1)").arg(where));
            return true;
        },
        [this, hits](const Result<bool>& done) {
            if (!done)
                return finish(done.error());
            m_outcome.hits = hits;
            finish(m_outcome);
        });
}

QString KnowledgeSearch::cappedNote()
{
    return tr("More than %1 chunks hold these words: the best of the first %1 found are shown. Add a word to "
              "narrow the search.")
        .arg(KnowledgeBase::kMaxRanked);
}

void KnowledgeSearch::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
