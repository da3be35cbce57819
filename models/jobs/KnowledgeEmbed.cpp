#include "models/jobs/KnowledgeEmbed.h"

#include "models/policy/ServiceCall.h"
#include "models/storage/Database.h"

namespace fusion {

KnowledgeEmbed::KnowledgeEmbed(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

QString KnowledgeEmbed::consumerCode()
{
    return QStringLiteral("ai-knowledge");
}

void KnowledgeEmbed::start(const QString& slug, const KbEmbedModel& model, Done done)
{
    begin();
    m_done = std::move(done);
    m_slug = slug;
    m_model = model;
    m_chunks.clear();
    m_vectors.clear();
    m_latencyMs = 0;
    m_outcome = {};
    m_stopKind = ErrorKind::Connection;
    if (model.provider != QLatin1String("openai") && model.provider != QLatin1String("ollama"))
        return finish(Error::make(
            ErrorKind::InvalidInput,
            tr("Embeddings come from openai or ollama; \"%1\" has none here.").arg(model.provider.left(40))));
    if (model.model.trimmed().isEmpty())
        return finish(Error::make(ErrorKind::InvalidInput, tr("Name the embedding model.")));
    report(0, 0, tr("Looking for the chunks of %1 without an embedding…").arg(slug));
    struct Planned {
        QList<KbToEmbed> chunks;
        WritePlan plan;
        QString user;
    };
    onDatabase<Planned>(
        [slug, model](Database& db) {
            Planned p;
            p.chunks = KnowledgeVectors::needing(db, slug, model);
            p.plan = KnowledgeVectors::planEmbed(db, slug, model, p.chunks);
            p.user = db.actor();
            return p;
        },
        [this](const Result<Planned>& planned) {
            if (!planned)
                return finish(planned.error());
            m_chunks = planned.value().chunks;
            m_user = planned.value().user;
            m_outcome.plan = planned.value().plan;
            m_outcome.chunks = int(m_chunks.size());
            if (m_chunks.isEmpty()) {
                m_outcome.unchanged = true;
                return finish(m_outcome);
            }
            if (isCancelled())
                return finish(cancelledError());
            confirm(m_outcome.plan, [this](bool yes) {
                if (!yes)
                    return finish(notConfirmedError());
                sendBatch(0);
            });
        },
        true);
}

void KnowledgeEmbed::sendBatch(int from)
{
    if (from >= m_chunks.size())
        return store();
    if (isCancelled()) {
        m_outcome.stoppedBy = tr("Stopped.");
        return store();
    }
    const int count = int(std::min<qsizetype>(KnowledgeVectors::kBatch, m_chunks.size() - from));
    report(from, int(m_chunks.size()),
           tr("Embedding chunks %1–%2 of %3…").arg(from + 1).arg(from + count).arg(m_chunks.size()));
    ServiceCall::Request request;
    request.provider = m_model.provider;
    request.consumer = consumerCode();
    request.user = m_user;
    request.feature = QStringLiteral("embed");
    request.timeoutMs = m_timeoutMs;
    EmbeddingsRequest e;
    e.model = m_model.model;
    for (int i = from; i < from + count; ++i)
        e.inputs << KnowledgeVectors::embeddedText(m_chunks.at(i));
    request.embeddings = e;
    auto* call = new ServiceCall(host(), this);
    m_call = call;
    call->start(request, [this, call, from, count](const ServiceCall::Result& r) {
        call->deleteLater();
        if (r.called)
            ++m_outcome.calls;
        m_latencyMs += r.latencyMs;
        if (r.costMicros)
            m_outcome.costMicros = m_outcome.costMicros.value_or(0) + *r.costMicros;
        if (r.error) {
            m_stopKind = r.error->kind;
            m_outcome.stoppedBy = r.error->message;
            return store();
        }
        if (!r.decision.allowed) {
            m_stopKind = ErrorKind::PermissionDenied;
            m_outcome.stoppedBy =
                tr("Refused by the access rule of \"%1\": %2").arg(consumerCode(), r.decision.message);
            return store();
        }
        if (!r.reply.ok || r.embeddings.vectors.size() != count) {
            m_stopKind = ErrorKind::Connection;
            m_outcome.stoppedBy = tr("%1 answered the embeddings request with an error: %2")
                                      .arg(m_model.provider, r.reply.error);
            return store();
        }
        m_outcome.tokens += r.embeddings.promptTokens;
        m_vectors += r.embeddings.vectors;
        sendBatch(from + count);
    });
}

void KnowledgeEmbed::store()
{
    if (m_vectors.isEmpty() && isCancelled())
        return finish(cancelledError());
    if (m_vectors.isEmpty())
        return finish(Error::make(
            m_stopKind,
            tr("No chunk of %1 was embedded: %2 Nothing was stored.").arg(m_slug, m_outcome.stoppedBy)));
    report(int(m_vectors.size()), int(m_chunks.size()),
           tr("Storing %n vector(s)…", nullptr, int(m_vectors.size())));
    const QList<KbToEmbed> done = m_chunks.mid(0, m_vectors.size());
    write(
        KnowledgeVectors::store(m_outcome.plan, m_model, done, m_vectors, m_outcome.tokens, m_latencyMs),
        [this](const Result<QJsonObject>& recorded) {
            if (!recorded)
                return finish(recorded.error());
            m_outcome.recorded = recorded.value();
            m_outcome.embedded = m_outcome.recorded.value(QStringLiteral("embedded")).toInt();
            m_outcome.skipped = m_outcome.recorded.value(QStringLiteral("skipped")).toInt();
            finish(m_outcome);
        },
        true);
}

void KnowledgeEmbed::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    m_chunks.clear();
    m_vectors.clear();
    end();
    if (done)
        done(result);
}

} // namespace fusion
