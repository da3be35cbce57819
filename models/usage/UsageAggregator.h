#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace fusion {

// Folds the usage log into daily aggregates (usage_daily), incrementally: the rows after the watermark, in id
// order, each batch one transaction that adds to the aggregates and moves the watermark — so running it twice
// changes nothing, and a row that arrives late for a day already aggregated is added to that day.
//
// On PostgreSQL ids are handed out by a sequence, so a row with a lower id can commit after one with a higher
// id. Writers of the log hold a shared advisory lock for their transaction; the aggregator takes it
// exclusively for a moment to learn the highest id, at which point every id up to it is final.
class UsageAggregator {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageAggregator)

public:
    struct Result {
        qint64 rows = 0;   // log rows folded in
        qint64 fromId = 0; // the watermark before
        qint64 toId = 0;   // and after
        qint64 batches = 0;
        qint64 released = 0; // expired reservations given back
    };
    // Called between batches with the rows done and about how many there are to do (in ids: a few more than
    // rows when writes were rolled back); returning false stops after that batch (what was done stays done).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr qint64 kDefaultBatch = 1000000; // ids per transaction
    // Upper bounds (ms) of the latency buckets lat_b0 … lat_b14 of the daily aggregates; lat_b15 is
    // everything above. The aggregation fills them and the percentiles read them: one list for both.
    static constexpr int kLatencyBoundsMs[] = {50,   100,  200,  300,   500,   750,   1000, 1500,
                                               2000, 3000, 5000, 10000, 20000, 30000, 60000};

    static Result run(Database& db, const Progress& progress = {}, qint64 batchIds = kDefaultBatch);
    // Forgets every aggregate and folds the whole log again (after a price correction, or to check): in one
    // pass, or in batches of ids with progress.
    static Result rebuild(Database& db);
    static Result rebuild(Database& db, const Progress& progress, qint64 batchIds = kDefaultBatch);
    static qint64 watermark(Database& db);
    // The highest id every writer is done with (PostgreSQL: taken under the exclusive advisory lock).
    static qint64 settledMaxId(Database& db);

    // The lock every writer of the log takes (shared) in its transaction; see the class comment.
    static constexpr qint64 kLogLock = 0x46555347; // "FUSG"

    // Drops the log before `before` (a month's first day on PostgreSQL: whole partitions), only where every
    // row is aggregated; refuses otherwise, naming what is not. Confirmed, audited.
    static PendingWrite planPrune(Database& db, const QDate& before);
};

} // namespace fusion
