#pragma once

#include "models/storage/Database.h"

#include <QDateTime>
#include <QMap>
#include <QPair>
#include <QString>

namespace fusion {

// The live counters budgets and rate limits are decided on: per (consumer, provider) and per user, for the
// current minute, UTC day and UTC month — requests, money spent and money reserved by calls in flight.
class BudgetCounters {
public:
    struct Delta {
        qint64 requests = 0;
        qint64 spent = 0;
        qint64 reserved = 0;
    };
    struct Window {
        qint64 requests = 0;
        qint64 spent = 0;
        qint64 reserved = 0;
        qint64 used() const { return spent + reserved; }
    };
    struct Windows {
        Window minute, day, month;
    };

    // Adds `d` to the day and month (and, when asked, minute) counters `at` falls in, for the pair and — when
    // `user` is not empty — for the user. Runs in the caller's transaction.
    static void add(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                    const QDateTime& at, const Delta& d, bool minute);
    // Many additions summed per counter first and written once each: an import of 100,000 rows touches each
    // day's counter once, not 100,000 times. Counters are written in one fixed order — pairs before users,
    // then by key — in every transaction, so two writers locking the same rows never wait on each other
    // crosswise.
    class Batch {
    public:
        // `minute`: also the minute window, which only counts requests (for RPM).
        void add(qint64 consumerId, qint64 providerId, const QString& user, const QDateTime& at,
                 const Delta& d, bool minute = false);
        // The pair's day and month counters alone, and the user's alone: for a caller that summed its rows
        // per pair and per user already.
        void addPair(qint64 consumerId, qint64 providerId, const QDateTime& at, const Delta& d);
        void addUser(const QString& user, const QDateTime& at, const Delta& d);
        void flush(Database& db);

    private:
        void sum(qint64 consumerId, qint64 providerId, const QString& user, const QString& period,
                 const QDateTime& start, const Delta& d);
        struct Key {
            qint64 consumerId;
            qint64 providerId;
            QString user;
            QString period;
            QDateTime start;
        };
        QMap<QString, QPair<Key, Delta>> m_sums; // sorted: the order counters are written in
    };

    static Windows pair(Database& db, qint64 consumerId, qint64 providerId, const QDateTime& now);
    static Windows user(Database& db, const QString& user, const QDateTime& now);
    // Drops minute counters older than an hour and day counters older than ~two months: decisions never read
    // them, and the log and the daily aggregates keep the history.
    static void prune(Database& db, const QDateTime& now);

private:
    static void addOne(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                       const QString& period, const QDateTime& start, const Delta& d);
    static Windows read(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                        const QDateTime& now);
};

} // namespace fusion
