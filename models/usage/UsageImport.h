#pragma once

#include "models/core/WritePlan.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageFileReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QIODevice;

namespace fusion {

class Database;

// Imports usage from a file (UsageFileReader says which files) in two readings, so that a file of any size
// takes the same small memory: check() reads it once and finds what storing it would do — the rows already
// stored or repeated, the rows left out and why, the new consumers, the cost — for the confirmation; the
// planned write reads it again and stores the valid new rows with the audit row in one transaction, and
// stores nothing when the file changed in between.
class UsageImport {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageImport)

public:
    using Rejected = UsageRejected;
    // The rejected rows a check keeps with their reasons; past this many they are only counted.
    static constexpr qsizetype kMaxRejectedListed = 10000;

    struct Checked {
        QString fileName;
        QString format;      // csv or jsonl
        qint64 fresh = 0;    // valid rows to store
        qint64 repeated = 0; // valid rows stored before, or repeated within the file
        qint64 rejectedTotal = 0;
        QList<Rejected> rejected; // by line: the first kMaxRejectedListed
        QStringList newConsumers; // the first ten by name
        qint64 newConsumerCount = 0;
        qint64 costMicros = 0; // of the fresh rows
        qint64 unpriced = 0;   // fresh rows with tokens of a model without a price
        QSet<QDate> months;
        PriceTable prices; // the prices the cost was worked out with, which the write uses too
        QByteArray digest; // of the bytes read
        qint64 bytes = 0;
        // By the place of each row the reader gave (rejected rows included), whether it is one to store: the
        // write reads the same bytes (digest) and stores exactly these, without looking each up again.
        std::shared_ptr<const std::vector<bool>> freshRows;
        QString fatal; // the file as a whole cannot be read (encoding, header, size): nothing is imported
        bool stopped = false; // the check was stopped before the end: it says nothing about the file
        bool ok() const { return fatal.isEmpty() && !stopped; }
    };
    // Shared with the thread that shows progress: bytes read so far (of the check, then of the write) and a
    // request to stop the check.
    struct Progress {
        std::atomic<qint64> bytesRead{0};
        std::atomic<bool> stop{false};
    };

    static Checked check(Database& db, QIODevice& in, const QString& fileName, Progress* progress = nullptr);
    // The write that stores the checked file's valid new rows, reading `path` again. With `strict`, any
    // rejected row refuses the whole file.
    static PendingWrite planImport(Database& db, const Checked& checked, const QString& path, bool strict,
                                   std::shared_ptr<Progress> progress = {});
    // One row from `fusionctl usage record`.
    static PendingWrite planRecord(Database& db, const UsageRecord& row);
    static QStringList columns() { return UsageFileReader::columns(); }
};

} // namespace fusion
