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
#include <array>
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
constexpr int kRowsPerStatement = 4096;
// SQLite: rows staged before they are moved into the log together. Past a few thousand a larger batch gains
// nothing, and the batch is what is redone a row at a time when some of it was stored before.
constexpr int kRowsPerStage = 4096;

// PostgreSQL: the rows go as one array per column, unnest()ed into rows by the server. An array's text is
// parsed far faster than as many literals in a VALUES list, which the server parsed and planned as SQL.
// An element of a text array: quoted, with quotes and backslashes escaped. A NUL is refused, as PostgreSQL
// itself would.
void appendElement(QString& array, const QString& text)
{
    array += array.size() > 1 ? QLatin1String(",\"") : QLatin1String("\"");
    for (const QChar c : text) {
        if (c.isNull())
            throw Failure(ErrorKind::InvalidInput,
                          Database::tr("Text with a NUL character cannot be stored."));
        if (c == u'"' || c == u'\\')
            array += QLatin1Char('\\');
        array += c;
    }
    array += QLatin1Char('"');
}

void appendElement(QString& array, std::optional<qint64> number)
{
    if (array.size() > 1)
        array += QLatin1Char(',');
    array += number ? QString::number(*number) : QStringLiteral("NULL");
}

// The columns of kUsageColumnList in its order, as the arrays' types.
constexpr std::array<const char*, 18> kUsageColumnTypes{
    "timestamptz", "bigint",  "bigint",  "text", "text",    "text", "bigint", "bigint", "bigint",
    "bigint",      "boolean", "integer", "text", "integer", "text", "text",   "text",   "bigint"};

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
    // SQLite, many rows: they are bound into a temporary staging table and moved into the log a batch at a
    // time by one INSERT … SELECT, which pays the log's per-statement work (its foreign keys, AUTOINCREMENT's
    // sequence row, opening six b-trees) once per batch instead of once per row.
    struct Staged {
        qint64 consumerId;
        qint64 providerId;
        QString user;
        qint64 day;
        std::optional<qint64> cost;
        bool counts; // adds to the budget counters (not a denied call)
    };
    std::unique_ptr<SqliteStatement> stage;    // one row into the staging table
    std::unique_ptr<SqliteStatement> moveAll;  // the staged rows into the log
    std::unique_ptr<SqliteStatement> moveOne;  // one staged row into the log (when some were stored before)
    std::unique_ptr<SqliteStatement> clearAll; // empties the staging table
    QList<Staged> staged;
    std::array<QString, 18> columns; // PostgreSQL: the rows not yet sent, a text array per column
    int pending = 0;                 // how many rows `columns` hold
    qint64 given = 0;                // rows add()ed
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

    // The log's columns (kUsageColumnList's order) bound from `first` on: the same in the row-at-a-time
    // insert and the staging table, whose first column is the row's place in the batch.
    void bindColumns(SqliteStatement& q, int first, const UsageRecord& r, const QString& at,
                     qint64 consumerId, qint64 providerId, const std::optional<qint64>& cost,
                     const QString& dedup) const
    {
        int i = first;
        q.bind(i++, at);
        q.bind(i++, consumerId);
        q.bind(i++, providerId);
        q.bind(i++, r.user);
        q.bind(i++, r.feature);
        q.bind(i++, r.model);
        q.bind(i++, r.tokens.in);
        q.bind(i++, r.tokens.out);
        q.bind(i++, r.tokens.cached);
        q.bind(i++, cost.value_or(0));
        q.bind(i++, qint64(cost.has_value() ? 1 : 0));
        const auto bindOptional = [&q](int index, const auto& value) {
            value ? q.bind(index, qint64(*value)) : q.bindNull(index);
        };
        bindOptional(i++, r.latencyMs);
        q.bind(i++, r.status);
        bindOptional(i++, r.httpStatus);
        q.bind(i++, r.error);
        q.bind(i++, source);
        call ? q.bindNull(i) : q.bind(i, dedup);
        bindOptional(++i, r.aiProviderId);
    }

    void startColumns()
    {
        for (QString& c : columns) {
            c.clear();
            c += QLatin1Char('{');
        }
    }

    void accept(const Staged& r)
    {
        ++out.stored;
        out.costMicros += r.cost.value_or(0);
        if (!r.cost)
            ++out.unpriced;
        if (r.counts)
            counted(r.consumerId, r.providerId, r.user, r.day, 1, r.cost.value_or(0));
    }

    // Moves the staged rows into the log in one statement. When all of them are stored, each is counted;
    // when some were skipped (their dedup key stored before, or repeated among the rows given) the move is
    // undone and redone a row at a time, so that exactly the rows stored are counted.
    void moveStaged()
    {
        if (staged.isEmpty())
            return;
        db.execRaw(QStringLiteral("SAVEPOINT fusion_usage_stage"));
        if (moveAll->step() == staged.size()) {
            db.execRaw(QStringLiteral("RELEASE fusion_usage_stage"));
            for (const Staged& r : std::as_const(staged))
                accept(r);
        } else {
            db.execRaw(QStringLiteral("ROLLBACK TO fusion_usage_stage"));
            db.execRaw(QStringLiteral("RELEASE fusion_usage_stage"));
            for (qsizetype i = 0; i < staged.size(); ++i) {
                moveOne->bind(1, qint64(i + 1));
                if (moveOne->step() == 1)
                    accept(staged[i]);
            }
        }
        clearAll->step();
        staged.clear();
    }

    // Sends the rows in `columns` to PostgreSQL, a few thousand to a statement: one round trip each. The
    // rows stored come back summed per pair, user and day — what the counters and alerts need — without a
    // million rows crossing the connection.
    void send()
    {
        if (pending == 0)
            return;
        QString arrays;
        QVariantList params;
        for (int c = 0; c < int(columns.size()); ++c) {
            arrays +=
                QStringLiteral("%1CAST(? AS %2[])")
                    .arg(c == 0 ? QString() : QStringLiteral(", "), QLatin1String(kUsageColumnTypes[c]));
            columns[c] += QLatin1Char('}');
            params << columns[c];
        }
        const QString sql =
            QStringLiteral("WITH ins AS (INSERT INTO api_usage (") + kUsageColumnList +
            QStringLiteral(") SELECT * FROM unnest(") + arrays +
            QStringLiteral(
                ") ON CONFLICT (dedup_key, occurred_at) DO NOTHING RETURNING consumer_id, provider_id, "
                "user_name, occurred_at, cost_micros, priced, status) SELECT consumer_id, provider_id, "
                "user_name, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), status <> 'denied', "
                "count(*), sum(cost_micros)::bigint, count(*) FILTER (WHERE NOT priced) FROM ins "
                "GROUP BY 1, 2, 3, 4, 5");
        QSqlQuery q = db.exec(sql, params);
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
        startColumns();
        pending = 0;
    }
};

UsageWriter::Bulk::Bulk(Database& db, const QString& source, const PriceTable& prices, bool staged)
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
        if (staged) {
            // A temporary table lives on this connection only; created in the write's transaction, it goes
            // if that is rolled back. Emptied first in case an earlier write of this connection left rows.
            db.execRaw(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fusion_usage_stage (seq INTEGER "
                                      "PRIMARY KEY, ") +
                       kUsageColumnList + QStringLiteral(")"));
            db.execRaw(QStringLiteral("DELETE FROM temp.fusion_usage_stage"));
            d->stage = std::make_unique<SqliteStatement>(
                db, QStringLiteral("INSERT INTO temp.fusion_usage_stage (seq, ") + kUsageColumnList +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QString move = QStringLiteral("INSERT INTO api_usage (") + kUsageColumnList +
                                 QStringLiteral(") SELECT ") + kUsageColumnList +
                                 QStringLiteral(" FROM temp.fusion_usage_stage WHERE %1 ORDER BY seq ON "
                                                "CONFLICT (dedup_key, occurred_at) DO NOTHING");
            d->moveAll = std::make_unique<SqliteStatement>(db, move.arg(QStringLiteral("true")));
            d->moveOne = std::make_unique<SqliteStatement>(db, move.arg(QStringLiteral("seq = ?")));
            d->clearAll =
                std::make_unique<SqliteStatement>(db, QStringLiteral("DELETE FROM temp.fusion_usage_stage"));
            d->staged.reserve(kRowsPerStage);
        }
    } else {
        d->startColumns();
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
    if (s.stage) {
        // The same values as the row-at-a-time insert below, one place further: the first is the row's place
        // in the batch.
        SqliteStatement& q = *s.stage;
        q.bind(1, qint64(s.staged.size() + 1));
        s.bindColumns(q, 2, r, at, consumerId, providerId, cost, dedup);
        q.step();
        s.staged.append(State::Staged{consumerId, providerId, r.user,
                                      r.occurredAt.toUTC().date().toJulianDay(), cost,
                                      !s.call && r.status != QLatin1String("denied")});
        if (s.staged.size() >= kRowsPerStage)
            s.moveStaged();
        return;
    }
    if (s.insert) {
        SqliteStatement& q = *s.insert;
        s.bindColumns(q, 1, r, at, consumerId, providerId, cost, dedup);
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
    // PostgreSQL: each value onto its column's array.
    std::array<QString, 18>& c = s.columns;
    appendElement(c[0], at);
    appendElement(c[1], consumerId);
    appendElement(c[2], providerId);
    appendElement(c[3], r.user);
    appendElement(c[4], r.feature);
    appendElement(c[5], r.model);
    appendElement(c[6], r.tokens.in);
    appendElement(c[7], r.tokens.out);
    appendElement(c[8], r.tokens.cached);
    appendElement(c[9], cost.value_or(0));
    c[10] += (c[10].size() > 1 ? QLatin1String(",") : QLatin1String("")) +
             (cost ? QLatin1String("t") : QLatin1String("f"));
    appendElement(c[11], r.latencyMs);
    appendElement(c[12], r.status);
    appendElement(c[13], r.httpStatus ? std::optional<qint64>(*r.httpStatus) : std::nullopt);
    appendElement(c[14], r.error);
    appendElement(c[15], s.source);
    if (s.call)
        appendElement(c[16], std::optional<qint64>());
    else
        appendElement(c[16], dedup);
    appendElement(c[17], r.aiProviderId);
    if (++s.pending >= kRowsPerStatement)
        s.send();
}

UsageWriter::Outcome UsageWriter::Bulk::finish()
{
    State& s = *d;
    s.send();
    if (s.stage)
        s.moveStaged();
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
    // A few rows (a call, a recorded row) go straight in; staging them would cost more than it saves.
    Bulk bulk(db, source, prices, rows.size() >= 64);
    for (const UsageRecord& r : rows)
        bulk.add(r);
    return bulk.finish();
}

} // namespace fusion
