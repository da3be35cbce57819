#pragma once

#include "models/core/WritePlan.h"
#include "models/usage/UsageRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace fusion {

class Database;

// Reads usage from a file — CSV with a header row, or JSON lines — and stores what is valid in one
// transaction. Every row is checked on its own; a bad row is reported by line number with every reason, never
// stored in part. The columns (CSV header names, JSON keys): occurred_at, consumer, provider (required),
// user, feature, model, tokens_in, tokens_out, tokens_cached, cost, latency_ms, status, http_status, error,
// request_id.
class UsageImport {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageImport)

public:
    struct Rejected {
        qint64 line = 0; // 1-based; the first line of a CSV record that spans lines
        QStringList reasons;
    };
    struct Parsed {
        QString format; // csv or jsonl
        QList<UsageRecord> rows;
        QList<qint64> lines; // the line of each row
        QList<Rejected> rejected;
        QString fatal; // the file as a whole cannot be read (encoding, header, size): nothing is imported
        bool ok() const { return fatal.isEmpty(); }
    };

    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;
    static constexpr qint64 kMaxRows = 1000000;
    static constexpr qint64 kMaxLineBytes = 64 * 1024;

    // The format comes from the file name (.csv, .jsonl/.ndjson/.json) or else from the first character.
    static Parsed parse(QIODevice& in, const QString& fileName);
    static Parsed parse(const QByteArray& data, const QString& fileName);
    static QStringList columns();

    // The write that stores `parsed`'s valid rows (those already stored are counted and skipped; rows naming
    // an unknown provider join `parsed.rejected`). With `strict`, any rejected row refuses the whole file.
    static PendingWrite planImport(Database& db, Parsed& parsed, const QString& fileName, bool strict);
    // One row from `fusionctl usage record`.
    static PendingWrite planRecord(Database& db, const UsageRecord& row);
};

} // namespace fusion
