#include "models/usage/UsageWriter.h"

#include "models/policy/BudgetAlerts.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/storage/SqliteStatement.h"
#include "models/usage/Periods.h"
#include "models/usage/UsageAggregator.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace fusion {

void UsageWriter::preparePartitions(Database& db, const QSet<QDate>& months)
{
    if (!db.isPostgres())
        return;
    // Partitions only ever get added; remember those known to exist for this database.
    static QMutex mutex;
    static QSet<QString> known;
    for (const QDate& m : months) {
        const QDate first(m.year(), m.month(), 1);
        const QString key = db.target().displayName() + QLatin1Char('|') + first.toString(Qt::ISODate);
        {
            QMutexLocker lock(&mutex);
            if (known.contains(key))
                continue;
        }
        db.scalar(QStringLiteral("SELECT fusion_usage_partition(?)"), {first});
        QMutexLocker lock(&mutex);
        known.insert(key);
    }
}

std::optional<qint64> UsageWriter::costOf(const UsageRecord& row, qint64 providerId, const PriceTable& prices)
{
    if (row.costMicros)
        return row.costMicros;
    if (!row.tokens.any())
        return 0;
    const std::optional<ModelPrice> price = prices.find(providerId, row.model, row.occurredAt.toUTC().date());
    if (!price)
        return std::nullopt;
    return PriceTable::cost(*price, row.tokens);
}

void UsageWriter::holdLogLock(Database& db)
{
    if (db.isPostgres())
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock_shared(?)"), {UsageAggregator::kLogLock});
}

bool UsageWriter::insertRow(Database& db, qint64 consumerId, qint64 providerId, const UsageRecord& r,
                            std::optional<qint64> cost, const QString& source, const QVariant& dedupKey)
{
    QSqlQuery q = db.exec(
        QStringLiteral(
            "INSERT INTO api_usage (occurred_at, consumer_id, provider_id, user_name, feature, model, "
            "tokens_in, tokens_out, tokens_cached, cost_micros, priced, latency_ms, status, http_status, "
            "error, source, dedup_key, ai_provider_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?) "
            "ON CONFLICT (dedup_key, occurred_at) DO NOTHING RETURNING id"),
        {Periods::key(r.occurredAt), consumerId, providerId, r.user, r.feature, r.model, r.tokens.in,
         r.tokens.out, r.tokens.cached, cost.value_or(0), cost.has_value(),
         r.latencyMs ? QVariant(*r.latencyMs) : QVariant(), r.status,
         r.httpStatus ? QVariant(*r.httpStatus) : QVariant(), r.error, source, dedupKey,
         r.aiProviderId ? QVariant(*r.aiProviderId) : QVariant(QMetaType::fromType<qint64>())});
    return q.next();
}

namespace {
const QString kUsageColumnList = QStringLiteral(
    "occurred_at, consumer_id, provider_id, user_name, feature, model, tokens_in, tokens_out, tokens_cached, "
    "cost_micros, priced, latency_ms, status, http_status, error, source, dedup_key, ai_provider_id");
constexpr int kRowsPerStatement = 1000;

// A text literal for PostgreSQL: E'' with quotes and backslashes doubled, right whatever
// standard_conforming_strings says. A NUL is refused, as PostgreSQL itself would.
void appendText(QString& sql, const QString& text)
{
    sql += QLatin1String("E'");
    for (const QChar c : text) {
        if (c.isNull())
            throw Failure(ErrorKind::InvalidInput,
                          Database::tr("Text with a NUL character cannot be stored."));
        if (c == u'\'' || c == u'\\')
            sql += c;
        sql += c;
    }
    sql += QLatin1Char('\'');
}

QDateTime dayTime(qint64 julianDay)
{
    return QDateTime(QDate::fromJulianDay(julianDay), QTime(0, 0), Qt::UTC);
}
} // namespace

struct UsageWriter::Bulk::State {
    struct PairDay {
        qint64 consumerId;
        qint64 providerId;
        qint64 day; // Julian day, UTC
        bool operator==(const PairDay&) const = default;
        bool operator<(const PairDay& o) const
        {
            return std::tie(consumerId, providerId, day) < std::tie(o.consumerId, o.providerId, o.day);
        }
        friend size_t qHash(const PairDay& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.consumerId, k.providerId, k.day);
        }
    };
    struct UserDay {
        QString user;
        qint64 day;
        bool operator==(const UserDay&) const = default;
        bool operator<(const UserDay& o) const { return std::tie(user, day) < std::tie(o.user, o.day); }
        friend size_t qHash(const UserDay& k, size_t seed = 0) { return qHashMulti(seed, k.user, k.day); }
    };

    Database& db;
    QString source;
    PriceTable prices;
    bool call = false;
    QHash<QString, qint64> consumerIds;
    QHash<QString, qint64> providerIds;
    std::unique_ptr<SqliteStatement> insert; // SQLite: a row at a time through a statement prepared once
    QString values;                          // PostgreSQL: the rows not yet sent, as SQL
    int pending = 0;                         // how many rows `values` holds
    qint64 given = 0;                        // rows add()ed
    QHash<PairDay, BudgetCounters::Delta> pairs;
    QHash<UserDay, BudgetCounters::Delta> users;
    Outcome out;
    QVariant cacheSizeBefore;

    State(Database& database, const QString& src, const PriceTable& table)
        : db(database)
        , source(src)
        , prices(table)
        , call(src == QLatin1String("call"))
    {
    }

    void counted(qint64 consumerId, qint64 providerId, const QString& user, qint64 day, qint64 requests,
                 qint64 spent)
    {
        BudgetCounters::Delta& p = pairs[PairDay{consumerId, providerId, day}];
        p.requests += requests;
        p.spent += spent;
        if (!user.isEmpty()) {
            BudgetCounters::Delta& u = users[UserDay{user, day}];
            u.requests += requests;
            u.spent += spent;
        }
    }

    // Sends the rows in `values` to PostgreSQL, a thousand to a statement: one round trip each. The rows
    // stored come back summed per pair, user and day — what the counters and alerts need — without a million
    // rows crossing the connection.
    void send()
    {
        if (pending == 0)
            return;
        const QString sql =
            QStringLiteral("WITH ins AS (INSERT INTO api_usage (") + kUsageColumnList +
            QStringLiteral(") VALUES ") + values +
            QStringLiteral(
                " ON CONFLICT (dedup_key, occurred_at) DO NOTHING RETURNING consumer_id, provider_id, "
                "user_name, occurred_at, cost_micros, priced, status) SELECT consumer_id, provider_id, "
                "user_name, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), status <> 'denied', "
                "count(*), sum(cost_micros)::bigint, count(*) FILTER (WHERE NOT priced) FROM ins "
                "GROUP BY 1, 2, 3, 4, 5");
        QSqlQuery q(db.handle());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            throw db.failure(q.lastError());
        while (q.next()) {
            const qint64 n = q.value(5).toLongLong();
            const qint64 cost = q.value(6).toLongLong();
            out.stored += n;
            out.costMicros += cost;
            out.unpriced += q.value(7).toLongLong();
            if (!call && q.value(4).toBool())
                counted(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        QDate::fromString(q.value(3).toString(), Qt::ISODate).toJulianDay(), n, cost);
        }
        values.clear();
        pending = 0;
    }
};

UsageWriter::Bulk::Bulk(Database& db, const QString& source, const PriceTable& prices)
    : d(std::make_unique<State>(db, source, prices))
{
    holdLogLock(db);
    if (db.isSqlite()) {
        // A larger page cache for the length of the write: the log's five indexes grow together, and with
        // SQLite's default 2 MB their pages are read back from disk over and over.
        d->cacheSizeBefore = db.scalar(QStringLiteral("PRAGMA cache_size"));
        db.execRaw(QStringLiteral("PRAGMA cache_size = -65536"));
        // Prepared once and bound through SQLite's own interface: compiling a statement of many rows, or
        // binding through the driver, cost more than storing the rows.
        d->insert = std::make_unique<SqliteStatement>(
            db, QStringLiteral("INSERT INTO api_usage (") + kUsageColumnList +
                    QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                   "ON CONFLICT (dedup_key, occurred_at) DO NOTHING"));
    } else {
        d->values.reserve(kRowsPerStatement * 300);
    }
}

UsageWriter::Bulk::~Bulk()
{
    if (d->cacheSizeBefore.isValid()) {
        try {
            d->db.execRaw(QStringLiteral("PRAGMA cache_size = %1").arg(d->cacheSizeBefore.toLongLong()));
        } catch (const Failure&) {
            // The connection is going away or broken: its cache size no longer matters.
        }
    }
}

void UsageWriter::Bulk::add(const UsageRecord& r)
{
    State& s = *d;
    ++s.given;
    auto provider = s.providerIds.constFind(r.provider);
    if (provider == s.providerIds.cend()) {
        const QVariant id =
            s.db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {r.provider});
        if (!id.isValid())
            throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(r.provider));
        provider = s.providerIds.insert(r.provider, id.toLongLong());
    }
    const qint64 providerId = *provider;
    auto consumer = s.consumerIds.constFind(r.consumer);
    if (consumer == s.consumerIds.cend())
        consumer = s.consumerIds.insert(r.consumer, Consumers::ensure(s.db, r.consumer));
    const qint64 consumerId = *consumer;
    const std::optional<qint64> cost = costOf(r, providerId, s.prices);
    const QString at = Periods::key(r.occurredAt);
    const QString dedup = s.call ? QString() : r.dedupKey();
    if (s.insert) {
        SqliteStatement& q = *s.insert;
        q.bind(1, at);
        q.bind(2, consumerId);
        q.bind(3, providerId);
        q.bind(4, r.user);
        q.bind(5, r.feature);
        q.bind(6, r.model);
        q.bind(7, r.tokens.in);
        q.bind(8, r.tokens.out);
        q.bind(9, r.tokens.cached);
        q.bind(10, cost.value_or(0));
        q.bind(11, qint64(cost.has_value() ? 1 : 0));
        r.latencyMs ? q.bind(12, *r.latencyMs) : q.bindNull(12);
        q.bind(13, r.status);
        r.httpStatus ? q.bind(14, qint64(*r.httpStatus)) : q.bindNull(14);
        q.bind(15, r.error);
        q.bind(16, s.source);
        s.call ? q.bindNull(17) : q.bind(17, dedup);
        r.aiProviderId ? q.bind(18, *r.aiProviderId) : q.bindNull(18);
        if (q.step() != 1)
            return; // stored before: counted as skipped by finish()
        ++s.out.stored;
        s.out.costMicros += cost.value_or(0);
        if (!cost)
            ++s.out.unpriced;
        if (!s.call && r.status != QLatin1String("denied"))
            s.counted(consumerId, providerId, r.user, r.occurredAt.toUTC().date().toJulianDay(), 1,
                      cost.value_or(0));
        return;
    }
    // PostgreSQL: the values as literals, a thousand rows to a statement.
    QString& v = s.values;
    if (s.pending > 0)
        v += QLatin1Char(',');
    v += QLatin1Char('(');
    appendText(v, at);
    v += QLatin1Char(',') + QString::number(consumerId) + QLatin1Char(',') + QString::number(providerId) +
         QLatin1Char(',');
    appendText(v, r.user);
    v += QLatin1Char(',');
    appendText(v, r.feature);
    v += QLatin1Char(',');
    appendText(v, r.model);
    v += QLatin1Char(',') + QString::number(r.tokens.in) + QLatin1Char(',') + QString::number(r.tokens.out) +
         QLatin1Char(',') + QString::number(r.tokens.cached) + QLatin1Char(',') +
         QString::number(cost.value_or(0)) + QLatin1Char(',') +
         (cost ? QLatin1String("true") : QLatin1String("false")) + QLatin1Char(',') +
         (r.latencyMs ? QString::number(*r.latencyMs) : QStringLiteral("NULL")) + QLatin1Char(',');
    appendText(v, r.status);
    v += QLatin1Char(',') + (r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("NULL")) +
         QLatin1Char(',');
    appendText(v, r.error);
    v += QLatin1Char(',');
    appendText(v, s.source);
    v += QLatin1Char(',');
    if (s.call)
        v += QLatin1String("NULL");
    else
        appendText(v, dedup);
    v += QLatin1Char(',') + (r.aiProviderId ? QString::number(*r.aiProviderId) : QStringLiteral("NULL")) +
         QLatin1Char(')');
    if (++s.pending >= kRowsPerStatement)
        s.send();
}

UsageWriter::Outcome UsageWriter::Bulk::finish()
{
    State& s = *d;
    s.send();
    s.out.skipped = s.given - s.out.stored;
    // Counters in one fixed order (BudgetCounters::Batch sorts them), then the alerts in a fixed order too:
    // two imports at once lock the same rows in the same order.
    BudgetCounters::Batch counters;
    QList<State::PairDay> pairKeys = s.pairs.keys();
    std::sort(pairKeys.begin(), pairKeys.end());
    QList<State::UserDay> userKeys = s.users.keys();
    std::sort(userKeys.begin(), userKeys.end());
    for (const State::PairDay& k : std::as_const(pairKeys))
        counters.addPair(k.consumerId, k.providerId, dayTime(k.day), s.pairs.value(k));
    for (const State::UserDay& k : std::as_const(userKeys))
        counters.addUser(k.user, dayTime(k.day), s.users.value(k));
    counters.flush(s.db);
    BudgetAlerts::Batch alerts(s.db);
    for (const State::PairDay& k : std::as_const(pairKeys))
        alerts.evaluatePair(k.consumerId, k.providerId, dayTime(k.day));
    for (const State::UserDay& k : std::as_const(userKeys))
        alerts.evaluateUser(k.user, dayTime(k.day));
    s.pairs.clear();
    s.users.clear();
    return s.out;
}

UsageWriter::Outcome UsageWriter::write(Database& db, const QList<UsageRecord>& rows, const QString& source,
                                        const PriceTable& prices)
{
    Bulk bulk(db, source, prices);
    for (const UsageRecord& r : rows)
        bulk.add(r);
    return bulk.finish();
}

} // namespace fusion
