#include "models/ai/KnowledgeVectors.h"

#include "models/ai/AiAudit.h"
#include "models/ai/VectorIndex.h"
#include "models/policy/PolicyEngine.h"
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"
#include "models/usage/Money.h"
#include "models/usage/PriceTable.h"
#include "models/vault/KeyVault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSqlQuery>

#include <memory>
#include <numeric>

namespace fusion {

namespace {

// The vectors of one model as last read, with what they were read from: a search reads them again only when
// the stored ones changed (a count, the ids' sum and the newest write cover adding, removing and
// re-embedding, since a sync that changes a chunk's text clears its embedding and moves updated_at).
struct KvLoaded {
    QString fingerprint;
    std::shared_ptr<const VectorIndex> index;
};

QMutex& kvCacheLock()
{
    static QMutex lock;
    return lock;
}

QHash<QString, KvLoaded>& kvCache()
{
    static QHash<QString, KvLoaded> cache;
    return cache;
}

constexpr int kKvCacheEntries = 4;

QString kvScope(const std::optional<qint64>& tenantId)
{
    return tenantId ? QStringLiteral(" AND tenant_id = ?") : QString();
}

} // namespace

std::optional<KbEmbedModel> KbEmbedModel::parse(const QString& key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == key.size() - 1)
        return std::nullopt;
    KbEmbedModel m{key.left(colon), key.mid(colon + 1)};
    if (m.provider != QLatin1String("openai") && m.provider != QLatin1String("ollama"))
        return std::nullopt;
    return m;
}

KbEmbedModel KbEmbedModel::defaultFor(const QString& provider)
{
    if (provider == QLatin1String("ollama"))
        return {provider, QStringLiteral("nomic-embed-text")};
    return {provider, QStringLiteral("text-embedding-3-small")};
}

QString KnowledgeVectors::embeddedText(const KbToEmbed& chunk)
{
    const QString text =
        chunk.title.isEmpty() ? chunk.content : chunk.title + QLatin1Char('\n') + chunk.content;
    return text.left(kMaxTextChars);
}

QList<KbToEmbed> KnowledgeVectors::needing(Database& db, const QString& tenantSlug, const KbEmbedModel& model)
{
    const qint64 tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT id, source_ref, title, content FROM kb_chunks WHERE tenant_id = ? "
                               "AND (embedding IS NULL OR embedding_model <> ?) ORDER BY id"),
                {tenantId, model.key()});
    QList<KbToEmbed> out;
    while (q.next())
        out << KbToEmbed{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()};
    return out;
}

WritePlan KnowledgeVectors::planEmbed(Database& db, const QString& tenantSlug, const KbEmbedModel& model,
                                      const QList<KbToEmbed>& chunks)
{
    WritePlan plan;
    plan.action = QStringLiteral("tenant.kb.embed");
    plan.verb = tr("Embed");
    plan.targetType = QStringLiteral("tenant");
    plan.target = tenantSlug;
    plan.tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    plan.title = tr("Embed %n knowledge-base chunk(s) of %1 with %2 %3", nullptr, int(chunks.size()))
                     .arg(tenantSlug, model.provider, model.model);
    plan.rowsAffected = chunks.size();
    if (chunks.isEmpty())
        return plan;
    qint64 bytes = 0;
    for (const KbToEmbed& c : chunks)
        bytes += embeddedText(c).toUtf8().size();
    const int calls = int((chunks.size() + kBatch - 1) / kBatch);
    plan.effects << tr("Sends %n embeddings request(s) to %1, metered and budgeted as the consumer "
                       "\"ai-knowledge\" (refused before any call when its access rule says so).",
                       nullptr, calls)
                        .arg(model.provider);
    const Provider vault = KeyVault::requireProvider(db, model.provider);
    const std::optional<qint64> estimate =
        PolicyEngine::estimate(PriceTable::fromDatabase(db), vault.id, model.model, bytes, int(chunks.size()),
                               0, QDateTime::currentDateTimeUtc().date());
    plan.effects << (estimate ? tr("About %1 of text (%2 estimated).")
                                    .arg(QLocale().formattedDataSize(bytes), Money::display(*estimate))
                              : tr("About %1 of text; the price table has no price for %2, so the cost is "
                                   "not known in advance.")
                                    .arg(QLocale().formattedDataSize(bytes), model.model));
    plan.effects << tr("Stores one vector per chunk; a chunk changed meanwhile keeps none.");
    return plan;
}

PendingWrite KnowledgeVectors::store(const WritePlan& plan, const KbEmbedModel& model,
                                     const QList<KbToEmbed>& chunks, const QList<QList<float>>& vectors,
                                     qint64 tokens, qint64 latencyMs)
{
    PendingWrite write;
    write.plan = plan;
    write.apply = [model, chunks, vectors, tokens, latencyMs](Database& db) {
        int stored = 0;
        int skipped = 0;
        for (qsizetype i = 0; i < chunks.size() && i < vectors.size(); ++i) {
            const KbToEmbed& c = chunks.at(i);
            const QList<float>& v = vectors.at(i);
            // The text must still be the one embedded: a sync in between clears the embedding of what it
            // changed, and its new text waits for the next embedding.
            QSqlQuery q = db.exec(
                QStringLiteral("UPDATE kb_chunks SET embedding = ?, embedding_dims = ?, embedding_model = ? "
                               "WHERE id = ? AND title = ? AND content = ?"),
                {VectorIndex::toBlob(v), int(v.size()), model.key(), c.id, c.title, c.content});
            if (q.numRowsAffected() == 1)
                ++stored;
            else
                ++skipped;
        }
        AiAudit::Entry entry;
        entry.operation = QStringLiteral("embed");
        entry.request = QStringLiteral("kb embed %1 chunks with %2").arg(chunks.size()).arg(model.key());
        entry.response =
            QStringLiteral("%1 stored, %2 changed meanwhile, %3 tokens").arg(stored).arg(skipped).arg(tokens);
        entry.latencyMs = latencyMs;
        entry.status = QStringLiteral("success");
        AiAudit::record(db, AiAudit::redactor(db), entry);
        return QJsonObject{{QStringLiteral("embedded"), stored},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("model"), model.key()},
                           {QStringLiteral("tokens"), tokens}};
    };
    return write;
}

std::optional<KbEmbedModel> KnowledgeVectors::modelOf(Database& db, const QString& tenantSlug)
{
    std::optional<qint64> tenantId;
    if (!tenantSlug.isEmpty())
        tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    QVariantList params;
    if (tenantId)
        params << *tenantId;
    const QString key =
        db.scalar(
              QStringLiteral("SELECT embedding_model FROM kb_chunks WHERE embedding IS NOT NULL%1 GROUP BY "
                             "embedding_model ORDER BY count(*) DESC, embedding_model LIMIT 1")
                  .arg(kvScope(tenantId)),
              params)
            .toString();
    return KbEmbedModel::parse(key);
}

QList<KbHit> KnowledgeVectors::search(Database& db, const KbEmbedModel& model, const QList<float>& query,
                                      const QString& tenantSlug, int limit)
{
    limit = std::clamp(limit, 1, KnowledgeBase::kMaxLimit);
    std::optional<qint64> tenantId;
    if (!tenantSlug.isEmpty())
        tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    QVariantList params{model.key(), int(query.size())};
    if (tenantId)
        params << *tenantId;
    const QString where =
        QStringLiteral("WHERE embedding_model = ? AND embedding_dims = ?%1").arg(kvScope(tenantId));
    QSqlQuery f = db.exec(
        QStringLiteral("SELECT count(*), coalesce(sum(id), 0), max(updated_at) FROM kb_chunks ") + where,
        params);
    f.next();
    // Row-level security shows each login its own rows: the login is part of what was read.
    const QString cacheKey =
        QStringList{db.target().toUrl(), db.actor(), model.key(), QString::number(query.size()), tenantSlug}
            .join(QLatin1Char('\x1f'));
    const QString fingerprint = QStringLiteral("%1/%2/%3")
                                    .arg(f.value(0).toString(), f.value(1).toString(),
                                         Database::toDateTime(f.value(2)).toString(Qt::ISODateWithMs));
    std::shared_ptr<const VectorIndex> index;
    {
        QMutexLocker lock(&kvCacheLock());
        const auto it = kvCache().constFind(cacheKey);
        if (it != kvCache().constEnd() && it->fingerprint == fingerprint)
            index = it->index;
    }
    if (!index) {
        auto built = std::make_shared<VectorIndex>(int(query.size()));
        built->reserve(f.value(0).toLongLong());
        QSqlQuery q = db.exec(QStringLiteral("SELECT id, embedding FROM kb_chunks ") + where, params);
        while (q.next())
            built->add(q.value(0).toLongLong(), q.value(1).toByteArray());
        index = built;
        QMutexLocker lock(&kvCacheLock());
        if (kvCache().size() >= kKvCacheEntries && !kvCache().contains(cacheKey))
            kvCache().erase(kvCache().begin());
        kvCache().insert(cacheKey, KvLoaded{fingerprint, index});
    }
    const QList<VectorIndex::Hit> nearest = index->search(query, limit);
    if (nearest.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    for (const VectorIndex::Hit& h : nearest) {
        marks << QStringLiteral("?");
        ids << h.id;
    }
    // The chunk's beginning is its snippet (nothing was matched by words); the score is the cosine, below.
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, tenant_ref, source_type, source_ref, title, url, "
                                         "substr(content, 1, 480), 0 FROM kb_chunks WHERE id IN (%1)")
                              .arg(marks.join(QLatin1Char(','))),
                          ids);
    QHash<qint64, KbHit> rows;
    for (KbHit& h : KnowledgeBase::readHits(q)) {
        h.snippet = h.snippet.simplified().left(240);
        rows.insert(h.id, h);
    }
    QList<KbHit> out;
    for (const VectorIndex::Hit& n : nearest) {
        // A chunk pointing away from the question (cosine ≤ 0) is unrelated, however few the chunks are.
        if (n.score <= 0)
            break;
        const auto it = rows.constFind(n.id);
        if (it == rows.constEnd())
            continue; // removed between the two reads
        KbHit h = *it;
        h.score = n.score;
        out << h;
    }
    return out;
}

QList<KbHit> KnowledgeVectors::fuse(const QList<KbHit>& words, const QList<KbHit>& vectors, int limit)
{
    QHash<qint64, qsizetype> at;
    QList<KbHit> out;
    QList<double> score;
    const auto add = [&](const QList<KbHit>& list) {
        for (qsizetype rank = 0; rank < list.size(); ++rank) {
            const KbHit& h = list.at(rank);
            const double s = 1.0 / double(kFusionK + rank + 1);
            const auto it = at.constFind(h.id);
            if (it == at.constEnd()) {
                at.insert(h.id, out.size());
                out << h;
                score << s;
            } else {
                score[*it] += s;
            }
        }
    };
    add(words);
    add(vectors);
    QList<qsizetype> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&score](qsizetype a, qsizetype b) { return score[a] > score[b]; });
    QList<KbHit> fused;
    for (const qsizetype i : order) {
        if (fused.size() >= limit)
            break;
        KbHit h = out.at(i);
        h.score = score.at(i);
        fused << h;
    }
    return fused;
}

} // namespace fusion
