#pragma once

#include "models/usage/UsageRecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

class QIODevice;

namespace fusion {

// A row of a usage file that is not imported: by line, with every reason.
struct UsageRejected {
    qint64 line = 0; // 1-based; the first line of a CSV record that spans lines
    QStringList reasons;
};

// Reads a usage file — CSV with a header row, or JSON lines — a batch of rows at a time, so that a file of
// any size is read in the same small memory. Every row is checked on its own; a bad row is reported by line
// number with every reason, never returned in part. The columns (CSV header names, JSON keys): occurred_at,
// consumer, provider (required), user, feature, model, tokens_in, tokens_out, tokens_cached, cost,
// latency_ms, status, http_status, error, request_id. Reading the same bytes gives the same rows, rejections
// and digest(): the import checks a file once, asks, then reads it again to store it.
class UsageFileReader {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageFileReader)

public:
    struct Row {
        qint64 line = 0;
        UsageRecord record;
    };

    static constexpr qint64 kMaxBytes = qint64(1024) * 1024 * 1024;
    static constexpr qint64 kMaxRows = 5000000;
    static constexpr qint64 kMaxLineBytes = 64 * 1024;

    // The format comes from the file name (.csv, .jsonl/.ndjson/.json) or else from the first character.
    UsageFileReader(QIODevice& in, const QString& fileName);

    // Replaces `rows` and `rejected` with the next rows read (up to about `batch` of them, in line order);
    // false once the file is read to its end or cannot be read any further (then fatal() says why and
    // nothing of the file may be imported).
    bool next(QList<Row>& rows, QList<UsageRejected>& rejected, int batch = 4096);

    QString format() const { return m_json ? QStringLiteral("jsonl") : QStringLiteral("csv"); }
    QString fatal() const { return m_fatal; }
    qint64 bytesRead() const { return m_bytesRead; }
    // A digest of every byte read so far: equal for two readings of an unchanged file.
    QByteArray digest() const { return m_hash.result(); }

    static QStringList columns();
    // "2026-11-03T09:15:00Z", "… 09:15:00.250+02:00": the ISO 8601 forms a usage file may hold, in UTC;
    // invalid (and `reasons` says why) for anything else.
    static QDateTime timestamp(QStringView text, QStringList& reasons);

private:
    enum Column : int;
    using Values = std::array<QString, 15>;
    using Views = std::array<QStringView, 15>;

    void start();
    bool readLine(QByteArray& line, bool& tooLong);
    void takeJson(const QByteArray& bytes, qint64 line, QList<Row>& rows, QList<UsageRejected>& rejected);
    void takeCsv(QList<Row>& rows, QList<UsageRejected>& rejected);
    bool readHeader(const QStringList& fields, bool complete, bool malformed);
    void fill(UsageRecord& r, const Views& values, QStringList& reasons);

    QIODevice& m_in;
    QString m_fileName;
    QCryptographicHash m_hash{QCryptographicHash::Blake2b_256};
    QByteArray m_buffer;
    bool m_started = false;
    bool m_json = false;
    bool m_done = false;
    QString m_fatal;
    std::array<int, 15> m_columnOf{}; // the CSV field index of each column, -1 when the header lacks it
    int m_fieldCount = 0;             // 0 until the CSV header was read
    QString m_pending;                // a CSV record whose quoted field spans lines
    qint64 m_pendingLine = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_rowsSeen = 0;
};

} // namespace fusion
