#pragma once

#include "models/usage/PriceTable.h"
#include "models/usage/UsageRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

#include <memory>

namespace fusion {

class Database;

// Stores usage rows: registers their consumers, costs them from the price table (or flags them unpriced),
// skips rows already stored (same request id or content), adds them to the budget counters and fires the
// budget alerts they cross. Runs in the caller's transaction, so a batch is stored whole or not at all.
class UsageWriter {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageWriter)

public:
    struct Outcome {
        qint64 stored = 0;
        qint64 skipped = 0;  // already stored (same request id or content), or repeated among the rows given
        qint64 unpriced = 0; // stored with tokens but no price
        qint64 costMicros = 0;
    };

    // Stores rows one after another as write() does, at the database's own pace: on SQLite rows bound into a
    // temporary table and moved into the log a batch at a time, on PostgreSQL a few thousand rows a statement
    // as one array per column; each consumer looked up once;
    // the budget counters summed per pair and day and per user and day before they are written, and the
    // alerts checked once per such window. Runs in the caller's transaction: finish() before it commits.
    class Bulk {
    public:
        // `staged`: on SQLite, rows are moved into the log a few thousand at a time (see State::moveStaged);
        // for a handful of rows a row at a time is cheaper.
        Bulk(Database& db, const QString& source, const PriceTable& prices, bool staged = true);
        ~Bulk();
        Bulk(const Bulk&) = delete;
        Bulk& operator=(const Bulk&) = delete;

        void add(const UsageRecord& row);
        Outcome finish();

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    // On PostgreSQL the log is partitioned by month: makes sure the months of `days` have their partitions.
    // Call it outside the write's transaction (creating a partition briefly locks the whole log).
    static void preparePartitions(Database& db, const QSet<QDate>& months);

    // `source` is call, record or import. Calls carry no dedup key (each is its own), the others do.
    static Outcome write(Database& db, const QList<UsageRecord>& rows, const QString& source,
                         const PriceTable& prices);
    // Every transaction that inserts into the log takes this first (PostgreSQL: the shared side of the
    // aggregator's lock, see UsageAggregator); write() does it itself.
    static void holdLogLock(Database& db);
    // Inserts one row as it is (ids resolved, cost decided); false when its dedup key was already stored.
    static bool insertRow(Database& db, qint64 consumerId, qint64 providerId, const UsageRecord& row,
                          std::optional<qint64> cost, const QString& source, const QVariant& dedupKey);
    // The cost of a record at the table's prices: given cost first; none when it used tokens without a price.
    static std::optional<qint64> costOf(const UsageRecord& row, qint64 providerId, const PriceTable& prices);
};

} // namespace fusion
