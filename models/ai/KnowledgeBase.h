#pragma once
// The knowledge base (kb_chunks): pieces of text from each tenant's Odoo, searched by words on both stores —
// PostgreSQL's tsvector column and SQLite's FTS5 index — with one result shape and one notion of a query
// (every word must occur), so that the app and fusionctl find the same chunks whichever store they use.
// Syncing stores a tenant's records' chunks as one confirmed, audited write.
#include "models/ai/KnowledgeChunker.h"
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace fusion {

class Database;

struct KbHit {
    qint64 id = 0;
    QString tenant; // slug
    QString sourceType;
    QString sourceRef;
    QString title;
    QString url;
    QString snippet;  // the content around the words found, each found word in [brackets]
    double score = 0; // higher is better; comparable within one search only
};

struct KbStats {
    QString tenant;
    qint64 chunks = 0;
    qint64 projects = 0; // records, not chunks
    qint64 tasks = 0;
    qint64 embedded = 0;     // chunks with a vector (of any model)
    QDateTime sourceUpdated; // the newest Odoo write_date stored: where the next sync starts
    QDateTime syncedAt;      // when a chunk was last written
};

class KnowledgeBase {
    Q_DECLARE_TR_FUNCTIONS(fusion::KnowledgeBase)

public:
    static constexpr int kMaxQueryChars = 1000;
    static constexpr int kMaxTerms = 32;
    static constexpr int kMaxLimit = 200;

    // The words of a query as both stores index them (letters and digits; everything else separates words).
    // Throws InvalidInput for a query with no word, with too many, or too long.
    static QStringList terms(const QString& query);

    // How a query's words must occur: every one (a person's search) or any (a question looking for evidence,
    // where the best chunks hold the most and rarest words).
    enum class Match { All, Any };
    // The FTS5 MATCH expression for `terms`: each one a quoted string, all required (or any).
    static QString ftsExpression(const QStringList& terms, Match match = Match::All);
    // On PostgreSQL, the chunks ranked for one search: words found in more chunks than this rank the first
    // ones found. (GIN keeps no word counts, so ranking reads every candidate row; a word in most of a
    // million chunks would take seconds. FTS5 ranks from its index and has no such limit.)
    static constexpr int kMaxRanked = 1000;
    // Chunks holding the words of `query`, best first; `tenantSlug` empty: every tenant this login may see.
    // `capped`, when given, says whether more chunks held the words than were ranked (kMaxRanked).
    static QList<KbHit> search(Database& db, const QString& query, const QString& tenantSlug = {},
                               int limit = 20, Match match = Match::All, bool* capped = nullptr);
    // Hits from rows of id, tenant_ref, source_type, source_ref, title, url, snippet, score.
    static QList<KbHit> readHits(QSqlQuery& q);
    // The words of a question worth looking for: those of three characters or more, unless none is.
    static QStringList questionTerms(const QString& question);
    // Per tenant with chunks (or the one named, even without any).
    static QList<KbStats> stats(Database& db, const QString& tenantSlug = {});
    // The newest write_date stored for a tenant's `sourceType`; nullopt before its first sync.
    static std::optional<QDateTime> syncedUpTo(Database& db, const QString& tenantSlug,
                                               const QString& sourceType);

    // Stores what a sync read: new and changed chunks upserted, chunks a record no longer has (it shrank or
    // was archived) removed; an empty plan when nothing differs. The write never replaces a chunk with one
    // from an older Odoo version (another sync may have stored a newer one meanwhile). The AI audit gets a
    // "sync" row in the same transaction.
    // `completeTypes`: the source types `records` lists completely (a full read), so that the chunks of
    // records deleted in Odoo are removed too; an incremental read cannot see deletions.
    static PendingWrite planSync(Database& db, const QString& tenantSlug, const QList<KbRecord>& records,
                                 const QStringList& completeTypes = {});

    // The text stored in kb_chunks.source_updated (UTC ISO-8601, the same form on both dialects).
    static QString storedTime(const QDateTime& time);
};

} // namespace fusion
