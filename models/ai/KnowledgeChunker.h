#pragma once
// Turning a tenant's Odoo projects and tasks into knowledge-base chunks: a readable text of each record's
// useful fields (HTML stripped), split at paragraph and sentence boundaries into pieces small enough to
// search and to cite, each with the record's address in the tenant's Odoo.
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fusion {

// One piece of a record as stored in kb_chunks.
struct KbChunk {
    QString sourceType; // the Odoo model: project.project, project.task
    QString sourceRef;  // "project.task:42" for the first piece, "project.task:42#2" for the next ones
    QString title;      // the record's name
    QString url;        // the record in the tenant's Odoo, or empty
    QString content;
    QDateTime sourceUpdated; // the record's write_date (UTC)
};

// One Odoo record as the sync read it: archived records (active = false) keep no chunks.
struct KbRecord {
    QString sourceType;
    int id = 0;
    QDateTime writeDate;
    bool active = true;
    QList<KbChunk> chunks;
};

class KnowledgeChunker {
    Q_DECLARE_TR_FUNCTIONS(fusion::KnowledgeChunker)

public:
    static constexpr int kChunkChars = 1500;
    // A description longer than this many chunks is cut: a record is a source to cite, not a document store.
    static constexpr int kMaxChunksPerRecord = 40;
    static constexpr int kMaxTitleChars = 300;

    static const QString& projectModel();
    static const QString& taskModel();
    // What search_read asks for, per model.
    static QStringList fields(const QString& model);

    // The names that x2many fields hold only as ids: res.users and project.tags.
    struct Names {
        QHash<int, QString> users;
        QHash<int, QString> tags;
    };
    // The ids a batch of records refers to by x2many fields (user_ids, tag_ids), for Names.
    static QList<int> userIds(const QVariantList& records);
    static QList<int> tagIds(const QVariantList& records);

    // A record of `model` as search_read answered it, in chunks; throws Failure(OdooProtocol) naming the
    // field when the answer is not what Odoo sends (a missing id, name or write_date, a wrong type).
    static KbRecord record(const QString& model, const QVariantMap& values, const QString& baseUrl,
                           const Names& names);

    // Plain text from Odoo's HTML fields: tags dropped, block ends as line breaks, entities decoded.
    static QString plainText(const QString& html);
    // `text` in pieces of at most `maxChars`, cut at paragraph, then sentence, then word boundaries.
    static QStringList split(const QString& text, int maxChars = kChunkChars);
    // The record's form in an Odoo 17 web client: <base>/web#id=42&model=project.task&view_type=form.
    static QString recordUrl(const QString& baseUrl, const QString& model, int id);
    static QString chunkRef(const QString& model, int id, int piece); // piece 1, 2, …

    // Odoo's datetime text ("YYYY-MM-DD HH:MM:SS", UTC) and back; an invalid QDateTime for anything else.
    static QDateTime fromOdooDateTime(const QString& text);
    static QString toOdooDateTime(const QDateTime& time);
};

} // namespace fusion
