#include "models/ai/KnowledgeBase.h"

#include "models/ai/AiAudit.h"
#include "models/storage/Database.h"
#include "models/tenants/TenantRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace fusion {

namespace {

// A chunk as stored, for telling what a sync changes.
struct Stored {
    QString title;
    QString url;
    QString content;
    QDateTime sourceUpdated;
};

bool kbIsWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// One hit from the row `q` is on: id, tenant_ref, source_type, source_ref, title, url, snippet, score.
KbHit hitFrom(const QSqlQuery& q)
{
    KbHit h;
    h.id = q.value(0).toLongLong();
    h.tenant = q.value(1).toString();
    h.sourceType = q.value(2).toString();
    h.sourceRef = q.value(3).toString();
    h.title = q.value(4).toString();
    h.url = q.value(5).toString();
    h.snippet = q.value(6).toString();
    h.score = q.value(7).toDouble();
    return h;
}

// The stored chunks of one record (its first piece and every "#n" after it).
QHash<QString, Stored> storedChunks(Database& db, const QString& slug, const QString& model, int id)
{
    const QString ref = KnowledgeChunker::chunkRef(model, id, 1);
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT source_ref, title, url, content, source_updated FROM kb_chunks "
                               "WHERE tenant_ref = ? AND source_type = ? AND (source_ref = ? OR "
                               "source_ref LIKE ?)"),
                {slug, model, ref, QString(ref + QStringLiteral("#%"))});
    QHash<QString, Stored> out;
    while (q.next())
        out.insert(q.value(0).toString(), Stored{q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), Database::toDateTime(q.value(4))});
    return out;
}

} // namespace

QString KnowledgeBase::storedTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList KnowledgeBase::terms(const QString& query)
{
    if (query.size() > kMaxQueryChars)
        throw Failure(ErrorKind::InvalidInput, tr("The search is %1 characters long; search with at most %2.")
                                                   .arg(query.size())
                                                   .arg(kMaxQueryChars));
    QStringList words;
    QString word;
    for (const QChar c : query) {
        if (kbIsWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    if (words.isEmpty())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Search for at least one word (letters or digits); \"%1\" has none.").arg(query.left(80)));
    if (words.size() > kMaxTerms)
        throw Failure(
            ErrorKind::InvalidInput,
            tr("The search has %1 words; search with at most %2.").arg(words.size()).arg(kMaxTerms));
    return words;
}

QString KnowledgeBase::ftsExpression(const QStringList& terms, Match match)
{
    // Quoted, each word is a plain string to FTS5: NEAR, AND, OR, NOT, *, ^ and - mean nothing inside.
    QStringList quoted;
    for (QString t : terms)
        quoted << QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return quoted.join(match == Match::Any ? QStringLiteral(" OR ") : QStringLiteral(" "));
}

QStringList KnowledgeBase::questionTerms(const QString& question)
{
    // A question is longer than a search: it is cut to the first words rather than refused.
    QStringList words = terms(question.left(kMaxQueryChars));
    QStringList longer;
    for (const QString& w : words) {
        if (w.size() >= 3 && !longer.contains(w, Qt::CaseInsensitive))
            longer << w;
    }
    if (!longer.isEmpty())
        words = longer;
    return words.mid(0, kMaxTerms);
}

QList<KbHit> KnowledgeBase::search(Database& db, const QString& query, const QString& tenantSlug, int limit,
                                   Match match, bool* capped)
{
    const QStringList words = match == Match::Any ? questionTerms(query) : terms(query);
    limit = std::clamp(limit, 1, kMaxLimit);
    std::optional<qint64> tenantId;
    if (!tenantSlug.isEmpty())
        tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    if (capped)
        *capped = false;

    const QString tenantFilter = tenantId ? QStringLiteral(" AND c.tenant_id = ?") : QString();
    if (db.isPostgres()) {
        // plainto_tsquery over the words alone: every word required, nothing in them read as an operator (for
        // any word, the words — letters and digits only, see terms() — joined by |). The query is written
        // out where it is used, never taken from a CTE, so the planner sees how common its words are: a rare
        // word is looked up in the GIN index, a common one found by reading the table until enough rows
        // hold it. At most kMaxRanked candidates are ranked; ts_headline, which reads the content again,
        // runs only on the rows returned.
        const QString tsquery = match == Match::Any ? QStringLiteral("to_tsquery('simple', ?)")
                                                    : QStringLiteral("plainto_tsquery('simple', ?)");
        const QString text =
            match == Match::Any ? words.join(QStringLiteral(" | ")) : words.join(QLatin1Char(' '));
        const QString sql =
            QStringLiteral(
                "WITH cand AS (SELECT c.id, ts_rank_cd(c.search, %1) AS score FROM kb_chunks c WHERE "
                "c.search @@ %1%2 LIMIT %3), "
                "top AS (SELECT cand.id, cand.score FROM cand ORDER BY cand.score DESC, cand.id LIMIT ?) "
                "SELECT c.id, c.tenant_ref, c.source_type, c.source_ref, c.title, c.url, "
                "ts_headline('simple', c.content, %1, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, "
                "ShortWord=1, MaxFragments=1'), top.score, (SELECT count(*) FROM cand) "
                "FROM top JOIN kb_chunks c ON c.id = top.id ORDER BY top.score DESC, top.id")
                .arg(tsquery, tenantFilter)
                .arg(kMaxRanked);
        QVariantList params{text, text};
        if (tenantId)
            params << *tenantId;
        params << limit << text;
        QSqlQuery q = db.exec(sql, params);
        QList<KbHit> hits;
        while (q.next()) {
            hits << hitFrom(q);
            if (capped)
                *capped = q.value(8).toLongLong() >= kMaxRanked;
        }
        return hits;
    }
    // FTS5 sorts by its rank (bm25, lower is better) itself when asked for ORDER BY rank, so snippet() runs
    // only for the rows returned; the score is the rank negated so that higher is better on both stores.
    const QString sql =
        QStringLiteral("SELECT c.id, c.tenant_ref, c.source_type, c.source_ref, c.title, c.url, "
                       "snippet(kb_chunks_fts, 1, '[', ']', '…', 24), -kb_chunks_fts.rank "
                       "FROM kb_chunks_fts JOIN kb_chunks c ON c.id = kb_chunks_fts.rowid WHERE "
                       "kb_chunks_fts MATCH ?%1 "
                       "ORDER BY kb_chunks_fts.rank LIMIT ?")
            .arg(tenantFilter);
    QVariantList params{ftsExpression(words, match)};
    if (tenantId)
        params << *tenantId;
    params << limit;
    QSqlQuery q = db.exec(sql, params);
    return readHits(q);
}

QList<KbHit> KnowledgeBase::readHits(QSqlQuery& q)
{
    QList<KbHit> hits;
    while (q.next())
        hits << hitFrom(q);
    return hits;
}

QList<KbStats> KnowledgeBase::stats(Database& db, const QString& tenantSlug)
{
    QVariantList params{KnowledgeChunker::projectModel(), KnowledgeChunker::taskModel()};
    QString sql =
        QStringLiteral("SELECT t.slug, count(c.id), "
                       "sum(CASE WHEN c.source_type = ? AND c.source_ref NOT LIKE '%#%' THEN 1 ELSE 0 END), "
                       "sum(CASE WHEN c.source_type = ? AND c.source_ref NOT LIKE '%#%' THEN 1 ELSE 0 END), "
                       "max(c.source_updated), max(c.updated_at), "
                       "sum(CASE WHEN c.embedding IS NOT NULL THEN 1 ELSE 0 END) FROM tenants t LEFT JOIN "
                       "kb_chunks c ON "
                       "c.tenant_id = t.id ");
    if (!tenantSlug.isEmpty()) {
        params << TenantRepository(db).requireBySlug(tenantSlug).id;
        sql += QStringLiteral("WHERE t.id = ? GROUP BY t.slug");
    } else {
        sql += QStringLiteral("GROUP BY t.slug HAVING count(c.id) > 0");
    }
    sql += QStringLiteral(" ORDER BY t.slug");
    QSqlQuery q = db.exec(sql, params);
    QList<KbStats> out;
    while (q.next()) {
        KbStats s;
        s.tenant = q.value(0).toString();
        s.chunks = q.value(1).toLongLong();
        s.projects = q.value(2).toLongLong();
        s.tasks = q.value(3).toLongLong();
        s.sourceUpdated = Database::toDateTime(q.value(4));
        s.syncedAt = Database::toDateTime(q.value(5));
        s.embedded = q.value(6).toLongLong();
        out << s;
    }
    return out;
}

std::optional<QDateTime> KnowledgeBase::syncedUpTo(Database& db, const QString& tenantSlug,
                                                   const QString& sourceType)
{
    const QDateTime t = Database::toDateTime(db.scalar(
        QStringLiteral("SELECT max(source_updated) FROM kb_chunks WHERE tenant_ref = ? AND source_type = ?"),
        {tenantSlug, sourceType}));
    if (!t.isValid())
        return std::nullopt;
    return t;
}

PendingWrite KnowledgeBase::planSync(Database& db, const QString& tenantSlug, const QList<KbRecord>& records,
                                     const QStringList& completeTypes)
{
    const qint64 tenantId = TenantRepository(db).requireBySlug(tenantSlug).id;
    QList<KbChunk> upserts;
    QList<QPair<QString, QString>> removals; // source type, source ref
    int added = 0, changed = 0, refreshed = 0;
    for (const KbRecord& r : records) {
        QHash<QString, Stored> stored = storedChunks(db, tenantSlug, r.sourceType, r.id);
        if (r.active) {
            for (const KbChunk& c : r.chunks) {
                const auto it = stored.constFind(c.sourceRef);
                if (it == stored.constEnd()) {
                    ++added;
                    upserts << c;
                } else if (it->title != c.title || it->url != c.url || it->content != c.content) {
                    ++changed;
                    upserts << c;
                } else if (it->sourceUpdated != c.sourceUpdated) {
                    // Odoo changed a field the text does not show: only where the next sync starts moves.
                    ++refreshed;
                    upserts << c;
                }
                stored.remove(c.sourceRef);
            }
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            removals << qMakePair(r.sourceType, it.key());
    }
    // A complete read names every record Odoo still has: the chunks of any other were deleted there.
    int gone = 0;
    for (const QString& type : completeTypes) {
        QSet<int> present;
        for (const KbRecord& r : records) {
            if (r.sourceType == type)
                present.insert(r.id);
        }
        QSet<int> goneIds;
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT source_ref FROM kb_chunks WHERE tenant_ref = ? AND source_type = ?"),
            {tenantSlug, type});
        while (q.next()) {
            const QString ref = q.value(0).toString();
            const int id = ref.section(QLatin1Char(':'), 1).section(QLatin1Char('#'), 0, 0).toInt();
            if (!present.contains(id)) {
                removals << qMakePair(type, ref);
                goneIds.insert(id);
            }
        }
        gone += int(goneIds.size());
    }

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("tenant.kb.sync");
    plan.verb = tr("Store");
    plan.targetType = QStringLiteral("tenant");
    plan.target = tenantSlug;
    plan.tenantId = tenantId;
    plan.title = tr("%1 new, %2 changed, %3 removed knowledge-base chunks for %4")
                     .arg(added)
                     .arg(changed)
                     .arg(removals.size())
                     .arg(tenantSlug);
    plan.effects << tr("Read %n record(s) changed in Odoo since the last sync.", nullptr,
                       int(records.size()));
    if (refreshed > 0)
        plan.effects << tr("Moves the Odoo date of %n chunk(s) whose text did not change.", nullptr,
                           refreshed);
    if (changed > 0)
        plan.effects << tr("Changed chunks lose their embeddings until they are computed again.");
    if (gone > 0)
        plan.effects << tr("Removes the chunks of %n record(s) no longer in Odoo.", nullptr, gone);
    plan.rowsAffected = upserts.size() + removals.size();
    if (plan.rowsAffected == 0) {
        plan.effects.clear();
        plan.title = tr("Update the knowledge base of %1 from its Odoo").arg(tenantSlug);
        plan.effects << tr("The knowledge base of %1 is up to date with its Odoo.").arg(tenantSlug);
        return write; // no apply: nothing to confirm
    }
    const int removed = int(removals.size());
    write.apply = [tenantId, tenantSlug, upserts, removals, added, changed, removed, refreshed](Database& d) {
        const QString now = Database::nowText();
        for (const KbChunk& c : upserts)
            d.exec(
                QStringLiteral(
                    "INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, title, url, "
                    "content, "
                    "source_updated, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (tenant_ref, source_type, source_ref) DO UPDATE SET title = excluded.title, "
                    "url = excluded.url, source_updated = excluded.source_updated, updated_at = "
                    "excluded.updated_at, "
                    "embedding = CASE WHEN kb_chunks.content = excluded.content THEN kb_chunks.embedding "
                    "END, "
                    "embedding_dims = CASE WHEN kb_chunks.content = excluded.content THEN "
                    "kb_chunks.embedding_dims "
                    "END, embedding_model = CASE WHEN kb_chunks.content = excluded.content THEN "
                    "kb_chunks.embedding_model ELSE '' END, content = excluded.content "
                    "WHERE kb_chunks.source_updated IS NULL OR kb_chunks.source_updated <= "
                    "excluded.source_updated"),
                {tenantId, tenantSlug, c.sourceType, c.sourceRef, c.title,
                 c.url.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.url), c.content,
                 storedTime(c.sourceUpdated), now});
        for (const auto& [type, ref] : removals)
            d.exec(QStringLiteral(
                       "DELETE FROM kb_chunks WHERE tenant_ref = ? AND source_type = ? AND source_ref = ?"),
                   {tenantSlug, type, ref});
        // The AI audit keeps every sync beside the asks and searches it serves, in the same transaction.
        AiAudit::Entry entry;
        entry.operation = QStringLiteral("sync");
        entry.request = QStringLiteral("kb sync %1").arg(tenantSlug);
        entry.response = QStringLiteral("%1 new, %2 changed, %3 removed, %4 refreshed chunks")
                             .arg(added)
                             .arg(changed)
                             .arg(removed)
                             .arg(refreshed);
        entry.status = QStringLiteral("success");
        AiAudit::record(d, AiAudit::redactor(d), entry);
        return QJsonObject{{QStringLiteral("added"), added},
                           {QStringLiteral("changed"), changed},
                           {QStringLiteral("removed"), removed},
                           {QStringLiteral("refreshed"), refreshed}};
    };
    return write;
}

} // namespace fusion
