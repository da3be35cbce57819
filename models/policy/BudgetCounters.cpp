#include "models/policy/BudgetCounters.h"

#include "models/storage/SqliteStatement.h"
#include "models/usage/Periods.h"

namespace fusion {

namespace {
// One counter's addition: created at the delta, or the delta added to it.
const QString kUpsertSql = QStringLiteral(
    "INSERT INTO usage_counters (consumer_id, provider_id, user_name, period, period_start, requests, "
    "spent_micros, reserved_micros) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (consumer_id, provider_id, user_name, period, period_start) DO UPDATE SET "
    "requests = usage_counters.requests + excluded.requests, "
    "spent_micros = usage_counters.spent_micros + excluded.spent_micros, "
    "reserved_micros = usage_counters.reserved_micros + excluded.reserved_micros");
} // namespace

void BudgetCounters::addOne(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                            const QString& period, const QDateTime& start, const Delta& d)
{
    const QString key = Periods::key(start);
    if (d.reserved < 0) {
        // A release: the counter exists unless it was pruned, and it never goes below zero.
        db.exec(QStringLiteral("UPDATE usage_counters SET reserved_micros = %1(0, reserved_micros - ?) WHERE "
                               "consumer_id = ? AND provider_id = ? AND user_name = ? AND period = ? AND "
                               "period_start = ?")
                    .arg(db.isPostgres() ? QStringLiteral("GREATEST") : QStringLiteral("MAX")),
                {-d.reserved, consumerId, providerId, user, period, key});
        if (d.requests == 0 && d.spent == 0)
            return;
    }
    db.exec(kUpsertSql,
            {consumerId, providerId, user, period, key, d.requests, d.spent, qMax<qint64>(0, d.reserved)});
}

void BudgetCounters::add(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                         const QDateTime& at, const Delta& d, bool minute)
{
    Batch batch;
    batch.add(consumerId, providerId, user, at, d, minute);
    batch.flush(db);
}

void BudgetCounters::Batch::sum(qint64 c, qint64 p, const QString& u, const QString& period,
                                const QDateTime& start, const Delta& delta)
{
    // Zero-padded ids sort as numbers; a leading 0 puts the pair counters before the users'.
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(u.isEmpty() ? 0 : 1)
                            .arg(c, 20, 10, QLatin1Char('0'))
                            .arg(p, 20, 10, QLatin1Char('0'))
                            .arg(u, period, Periods::key(start));
    auto it = m_sums.find(key);
    if (it == m_sums.end())
        it = m_sums.insert(key, qMakePair(Key{c, p, u, period, start}, Delta{}));
    it->second.requests += delta.requests;
    it->second.spent += delta.spent;
    it->second.reserved += delta.reserved;
}

void BudgetCounters::Batch::addPair(qint64 consumerId, qint64 providerId, const QDateTime& at, const Delta& d)
{
    sum(consumerId, providerId, QString(), QStringLiteral("day"), Periods::dayStart(at), d);
    sum(consumerId, providerId, QString(), QStringLiteral("month"), Periods::monthStart(at), d);
}

void BudgetCounters::Batch::addUser(const QString& user, const QDateTime& at, const Delta& d)
{
    sum(0, 0, user, QStringLiteral("day"), Periods::dayStart(at), d);
    sum(0, 0, user, QStringLiteral("month"), Periods::monthStart(at), d);
}

void BudgetCounters::Batch::add(qint64 consumerId, qint64 providerId, const QString& user,
                                const QDateTime& at, const Delta& d, bool minute)
{
    if (minute && d.requests != 0)
        sum(consumerId, providerId, QString(), QStringLiteral("minute"), Periods::minuteStart(at),
            {d.requests, 0, 0});
    addPair(consumerId, providerId, at, d);
    if (!user.isEmpty())
        addUser(user, at, d);
}

void BudgetCounters::Batch::flush(Database& db)
{
    // Releases of reservations, which only calls make, go one at a time. Each counter appears once in
    // m_sums, so no statement touches a row twice. The order stays m_sums' own.
    if (db.isSqlite() && m_sums.size() > 1) {
        // SQLite: one single-row upsert prepared once and run per counter (an import of a season touches tens
        // of thousands). A statement of a hundred rows' placeholders was compiled anew each time, which cost
        // more than the upserts themselves.
        SqliteStatement upsert(db, kUpsertSql);
        for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
            const Key& k = it->first;
            const Delta& d = it->second;
            if (d.reserved < 0) {
                BudgetCounters::addOne(db, k.consumerId, k.providerId, k.user, k.period, k.start, d);
                continue;
            }
            const QString start = Periods::key(k.start); // bound without a copy: lives past step()
            upsert.bind(1, k.consumerId);
            upsert.bind(2, k.providerId);
            upsert.bind(3, k.user);
            upsert.bind(4, k.period);
            upsert.bind(5, start);
            upsert.bind(6, d.requests);
            upsert.bind(7, d.spent);
            upsert.bind(8, d.reserved);
            upsert.step();
        }
        m_sums.clear();
        return;
    }
    // PostgreSQL: a hundred counters to a statement, one round trip each.
    constexpr int kPerStatement = 100;
    QString values;
    QVariantList params;
    int pending = 0;
    auto send = [&] {
        if (pending == 0)
            return;
        db.exec(
            QStringLiteral("INSERT INTO usage_counters (consumer_id, provider_id, user_name, period, "
                           "period_start, requests, spent_micros, reserved_micros) VALUES ") +
                values +
                QStringLiteral(" ON CONFLICT (consumer_id, provider_id, user_name, period, period_start) DO "
                               "UPDATE SET requests = usage_counters.requests + excluded.requests, "
                               "spent_micros = usage_counters.spent_micros + excluded.spent_micros, "
                               "reserved_micros = usage_counters.reserved_micros + excluded.reserved_micros"),
            params);
        values.clear();
        params.clear();
        pending = 0;
    };
    for (auto it = m_sums.cbegin(); it != m_sums.cend(); ++it) {
        const Key& k = it->first;
        const Delta& d = it->second;
        if (d.reserved < 0) {
            send();
            BudgetCounters::addOne(db, k.consumerId, k.providerId, k.user, k.period, k.start, d);
            continue;
        }
        values += pending == 0 ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)")
                               : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?)");
        params << k.consumerId << k.providerId << k.user << k.period << Periods::key(k.start) << d.requests
               << d.spent << d.reserved;
        if (++pending >= kPerStatement)
            send();
    }
    send();
    m_sums.clear();
}

BudgetCounters::Windows BudgetCounters::read(Database& db, qint64 consumerId, qint64 providerId,
                                             const QString& user, const QDateTime& now)
{
    Windows w;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT period, requests, spent_micros, reserved_micros FROM usage_counters "
                               "WHERE consumer_id = ? AND provider_id = ? AND user_name = ? AND "
                               "((period = 'minute' AND period_start = ?) OR (period = 'day' AND "
                               "period_start = ?) OR (period = 'month' AND period_start = ?))"),
                {consumerId, providerId, user, Periods::key(Periods::minuteStart(now)),
                 Periods::key(Periods::dayStart(now)), Periods::key(Periods::monthStart(now))});
    while (q.next()) {
        const QString period = q.value(0).toString();
        Window& target = period == QLatin1String("minute") ? w.minute
                         : period == QLatin1String("day")  ? w.day
                                                           : w.month;
        target.requests = q.value(1).toLongLong();
        target.spent = q.value(2).toLongLong();
        target.reserved = q.value(3).toLongLong();
    }
    return w;
}

BudgetCounters::Windows BudgetCounters::pair(Database& db, qint64 consumerId, qint64 providerId,
                                             const QDateTime& now)
{
    return read(db, consumerId, providerId, QString(), now);
}

BudgetCounters::Windows BudgetCounters::user(Database& db, const QString& user, const QDateTime& now)
{
    return read(db, 0, 0, user, now);
}

void BudgetCounters::prune(Database& db, const QDateTime& now)
{
    db.exec(QStringLiteral("DELETE FROM usage_counters WHERE (period = 'minute' AND period_start < ?) OR "
                           "(period = 'day' AND period_start < ?)"),
            {Periods::key(now.addSecs(-3600)), Periods::key(Periods::monthStart(now).addMonths(-1))});
}

} // namespace fusion
