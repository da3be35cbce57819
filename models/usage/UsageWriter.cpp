#include "models/usage/UsageWriter.h"

#include "models/policy/BudgetAlerts.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
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
// SQLite takes a statement of at most 1 MB: 500 rows stay well under it.
constexpr int kRowsPerStatement = 500;

// A text literal. PostgreSQL: E'' with quotes and backslashes doubled, right whatever
// standard_conforming_strings says; SQLite: quotes doubled. The rows were checked: no NUL reaches here.
void appendText(QString& sql, const QString& text, bool postgres)
{
    sql += postgres ? QLatin1String("E'") : QLatin1String("'");
    for (const QChar c : text) {
        if (c == u'\'' || (postgres && c == u'\\'))
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
    QString values;   // the rows not yet sent, as SQL
    int pending = 0;  // how many rows `values` holds
    qint64 given = 0; // rows add()ed
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

    // Sends the rows in `values`. The rows stored come back summed per pair, user and day on PostgreSQL
    // (what the counters and alerts need, without a million rows crossing the connection); SQLite cannot
    // put an INSERT in a WITH, so there they come back a row each and are summed here.
    void send()
    {
        if (pending == 0)
            return;
        const bool postgres = db.isPostgres();
        const QString insert = QStringLiteral("INSERT INTO api_usage (") + kUsageColumnList +
                               QStringLiteral(") VALUES ") + values +
                               QStringLiteral(" ON CONFLICT (dedup_key, occurred_at) DO NOTHING RETURNING ");
        const QString sql =
            postgres
                ? QString(
                      QStringLiteral("WITH ins AS (") + insert +
                      QStringLiteral("consumer_id, provider_id, user_name, occurred_at, cost_micros, priced, "
                                     "status) SELECT consumer_id, provider_id, user_name, "
                                     "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), status <> "
                                     "'denied', count(*), sum(cost_micros)::bigint, count(*) FILTER (WHERE "
                                     "NOT priced) FROM ins GROUP BY 1, 2, 3, 4, 5"))
                : QString(insert +
                          QStringLiteral("consumer_id, provider_id, user_name, substr(occurred_at, 1, 10), "
                                         "status <> 'denied', 1, cost_micros, 1 - priced"));
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
    }
    d->values.reserve(kRowsPerStatement * 300);
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
    // The values as literals in one statement for many rows: binding 18 values a row through the driver
    // cost more than SQLite's parsing them, and PostgreSQL gets one round trip per thousand rows.
    const bool postgres = s.db.isPostgres();
    QString& v = s.values;
    if (s.pending > 0)
        v += QLatin1Char(',');
    v += QLatin1Char('(');
    appendText(v, Periods::key(r.occurredAt), postgres);
    v += QLatin1Char(',') + QString::number(consumerId) + QLatin1Char(',') + QString::number(providerId) +
         QLatin1Char(',');
    appendText(v, r.user, postgres);
    v += QLatin1Char(',');
    appendText(v, r.feature, postgres);
    v += QLatin1Char(',');
    appendText(v, r.model, postgres);
    v += QLatin1Char(',') + QString::number(r.tokens.in) + QLatin1Char(',') + QString::number(r.tokens.out) +
         QLatin1Char(',') + QString::number(r.tokens.cached) + QLatin1Char(',') +
         QString::number(cost.value_or(0)) + QLatin1Char(',') +
         (cost ? (postgres ? QLatin1String("true") : QLatin1String("1"))
               : (postgres ? QLatin1String("false") : QLatin1String("0"))) +
         QLatin1Char(',') + (r.latencyMs ? QString::number(*r.latencyMs) : QStringLiteral("NULL")) +
         QLatin1Char(',');
    appendText(v, r.status, postgres);
    v += QLatin1Char(',') + (r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("NULL")) +
         QLatin1Char(',');
    appendText(v, r.error, postgres);
    v += QLatin1Char(',');
    appendText(v, s.source, postgres);
    v += QLatin1Char(',');
    if (s.call)
        v += QLatin1String("NULL");
    else
        appendText(v, r.dedupKey(), postgres);
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
