#include "models/usage/UsageAggregator.h"

#include "models/policy/BudgetCounters.h"
#include "models/policy/PolicyEngine.h"
#include "models/usage/Periods.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace fusion {

namespace {

QString bucketColumns()
{
    QStringList c;
    for (int i = 0; i <= 15; ++i)
        c << QStringLiteral("lat_b%1").arg(i);
    return c.join(QStringLiteral(", "));
}

// Cumulative counts (latency at most each bound), one comparison per bound and row; the buckets are their
// differences, taken per group afterwards. Half the comparisons of a range per bucket: the histogram is most
// of what the aggregation costs beyond a plain GROUP BY.
QString cumulativeCounts()
{
    QStringList c;
    for (int i = 0; i < 15; ++i)
        c << QStringLiteral("count(*) FILTER (WHERE latency_ms <= %1) AS le%2")
                 .arg(UsageAggregator::kLatencyBoundsMs[i])
                 .arg(i);
    return c.join(QStringLiteral(", "));
}

QString bucketsFromCumulative()
{
    QStringList c{QStringLiteral("le0 AS lat_b0")};
    for (int i = 1; i < 15; ++i)
        c << QStringLiteral("le%1 - le%2 AS lat_b%1").arg(i).arg(i - 1);
    c << QStringLiteral("latency_count - le14 AS lat_b15");
    return c.join(QStringLiteral(", "));
}

// The statements of one batch. On PostgreSQL the grouping goes into a temporary table first: CREATE TABLE AS
// may use parallel workers, an INSERT may not, and the grouping is nearly all the work; the table also says
// how many log rows went in. SQLite groups and upserts in one statement.
struct BatchSql {
    QString group;  // PostgreSQL: the temporary table of this batch's groups
    QString upsert; // into usage_daily
    QString count;  // PostgreSQL: the log rows the batch folded in
};

BatchSql aggregateSql(const Database& db)
{
    const QString day = db.isPostgres() ? QStringLiteral("(occurred_at AT TIME ZONE 'UTC')::date")
                                        : QStringLiteral("substr(occurred_at, 1, 10)");
    const QString greatest = db.isPostgres() ? QStringLiteral("GREATEST") : QStringLiteral("MAX");
    QStringList adds;
    for (const QString& col :
         {QStringLiteral("requests"), QStringLiteral("errors"), QStringLiteral("denied"),
          QStringLiteral("tokens_in"), QStringLiteral("tokens_out"), QStringLiteral("tokens_cached"),
          QStringLiteral("cost_micros"), QStringLiteral("unpriced"), QStringLiteral("latency_count"),
          QStringLiteral("latency_sum_ms")})
        adds << QStringLiteral("%1 = usage_daily.%1 + excluded.%1").arg(col);
    for (int i = 0; i <= 15; ++i)
        adds << QStringLiteral("lat_b%1 = usage_daily.lat_b%1 + excluded.lat_b%1").arg(i);
    adds << QStringLiteral("latency_max_ms = %1(usage_daily.latency_max_ms, excluded.latency_max_ms)")
                .arg(greatest);
    const QString columns =
        QStringLiteral("day, consumer_id, provider_id, user_name, feature, model, requests, "
                       "errors, denied, tokens_in, tokens_out, tokens_cached, cost_micros, "
                       "unpriced, latency_count, latency_sum_ms, latency_max_ms, ") +
        bucketColumns();
    const QString select =
        QStringLiteral(
            "SELECT day, consumer_id, provider_id, user_name, feature, model, source_rows - denied AS "
            "requests, "
            "errors, denied, tokens_in, tokens_out, tokens_cached, cost_micros, unpriced, latency_count, "
            "latency_sum_ms, latency_max_ms, %3, source_rows FROM (SELECT %1 AS day, consumer_id, "
            "provider_id, "
            "user_name, feature, model, count(*) AS source_rows, count(*) FILTER (WHERE status IN ('error', "
            "'expired')) AS errors, count(*) FILTER (WHERE status = 'denied') AS denied, sum(tokens_in) AS "
            "tokens_in, sum(tokens_out) AS tokens_out, sum(tokens_cached) AS tokens_cached, sum(cost_micros) "
            "AS "
            "cost_micros, count(*) FILTER (WHERE NOT priced) AS unpriced, count(latency_ms) AS "
            "latency_count, "
            "coalesce(sum(latency_ms), 0) AS latency_sum_ms, coalesce(max(latency_ms), 0) AS latency_max_ms, "
            "%2 "
            "FROM api_usage WHERE id > ? AND id <= ? GROUP BY 1, consumer_id, provider_id, user_name, "
            "feature, "
            "model) AS grouped")
            .arg(day, cumulativeCounts(), bucketsFromCumulative());
    const QString upsert =
        QStringLiteral("ON CONFLICT (day, consumer_id, provider_id, user_name, feature, model) DO "
                       "UPDATE SET ") +
        adds.join(QStringLiteral(", "));
    if (db.isPostgres())
        return {QStringLiteral("CREATE TEMP TABLE fusion_usage_batch ON COMMIT DROP AS ") + select,
                QStringLiteral("INSERT INTO usage_daily (%1) SELECT %1 FROM fusion_usage_batch WHERE true %2")
                    .arg(columns, upsert),
                QStringLiteral("SELECT coalesce(sum(source_rows), 0) FROM fusion_usage_batch")};
    // "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    return {{},
            QStringLiteral("INSERT INTO usage_daily (%1) SELECT %1 FROM (%2) AS agg WHERE true %3")
                .arg(columns, select, upsert),
            {}};
}

UsageAggregator::Result fold(Database& db, const UsageAggregator::Progress& progress, qint64 batchIds,
                             bool rebuild)
{
    UsageAggregator::Result result;
    result.released = PolicyEngine::releaseExpired(db, QDateTime::currentDateTimeUtc());
    const qint64 hi = UsageAggregator::settledMaxId(db);
    const BatchSql sql = aggregateSql(db);
    const QString lockWatermark =
        db.isPostgres() ? QStringLiteral("SELECT last_id FROM usage_watermark WHERE id = 1 FOR UPDATE")
                        : QStringLiteral("SELECT last_id FROM usage_watermark WHERE id = 1");
    if (rebuild) {
        Transaction tx(db);
        db.scalar(lockWatermark);
        db.exec(QStringLiteral("DELETE FROM usage_daily"));
        db.exec(QStringLiteral("UPDATE usage_watermark SET last_id = 0, updated_at = ? WHERE id = 1"),
                {Database::nowText()});
        tx.commit();
    }
    result.fromId = UsageAggregator::watermark(db);
    result.toId = result.fromId;
    // What is left, in ids: as many rows or a few more (ids of rolled-back writes are never used).
    const qint64 total = qMax<qint64>(0, hi - result.fromId);
    qint64 from = result.fromId;
    while (from < hi) {
        Transaction tx(db);
        // Another aggregator may have moved on meanwhile: continue from where the watermark is now.
        from = db.scalar(lockWatermark).toLongLong();
        if (from >= hi)
            break;
        const qint64 to = qMin(hi, from + qMax<qint64>(1, batchIds));
        qint64 rows = 0;
        if (db.isPostgres()) {
            db.exec(sql.group, {from, to});
            db.exec(sql.upsert);
            rows = db.scalar(sql.count).toLongLong();
            db.execRaw(QStringLiteral("DROP TABLE fusion_usage_batch")); // the next batch makes its own
        } else {
            rows = db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE id > ? AND id <= ?"),
                             {from, to})
                       .toLongLong();
            if (rows > 0)
                db.exec(sql.upsert, {from, to});
        }
        db.exec(QStringLiteral("UPDATE usage_watermark SET last_id = ?, updated_at = ? WHERE id = 1"),
                {to, Database::nowText()});
        tx.commit();
        result.rows += rows;
        result.toId = to;
        ++result.batches;
        from = to;
        if (progress && !progress(result.rows, total))
            break;
    }
    BudgetCounters::prune(db, QDateTime::currentDateTimeUtc());
    return result;
}
} // namespace

qint64 UsageAggregator::watermark(Database& db)
{
    return db.scalar(QStringLiteral("SELECT last_id FROM usage_watermark WHERE id = 1")).toLongLong();
}

qint64 UsageAggregator::settledMaxId(Database& db)
{
    if (!db.isPostgres())
        return db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM api_usage")).toLongLong();
    Transaction tx(db);
    db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kLogLock});
    const qint64 hi = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM api_usage")).toLongLong();
    tx.commit();
    return hi;
}

UsageAggregator::Result UsageAggregator::run(Database& db, const Progress& progress, qint64 batchIds)
{
    return fold(db, progress, batchIds, false);
}

UsageAggregator::Result UsageAggregator::rebuild(Database& db, const Progress& progress, qint64 batchIds)
{
    return fold(db, progress, batchIds, true);
}

UsageAggregator::Result UsageAggregator::rebuild(Database& db)
{
    // All at once: every batch reads every month's partition, so one pass is the cheapest.
    return fold(db, {}, std::numeric_limits<qint64>::max() / 4, true);
}

PendingWrite UsageAggregator::planPrune(Database& db, const QDate& before)
{
    if (!before.isValid())
        throw Failure(ErrorKind::InvalidInput, tr("Give the date to prune before (YYYY-MM-DD)."));
    if (before > QDateTime::currentDateTimeUtc().date().addMonths(-1))
        throw Failure(ErrorKind::InvalidInput,
                      tr("Pruning keeps at least the last month: give a date on or before %1.")
                          .arg(QDateTime::currentDateTimeUtc().date().addMonths(-1).toString(Qt::ISODate)));
    const qint64 mark = watermark(db);
    PendingWrite w;
    w.plan.action = QStringLiteral("usage.prune");
    w.plan.targetType = QStringLiteral("usage_log");
    w.plan.destructive = true;
    if (db.isPostgres()) {
        if (before.day() != 1)
            throw Failure(
                ErrorKind::InvalidInput,
                tr("On PostgreSQL the log is dropped by whole months: give the first day of a month "
                   "(for example %1).")
                    .arg(QDate(before.year(), before.month(), 1).toString(Qt::ISODate)));
        QStringList drop;
        QStringList notYet;
        QSqlQuery q = db.exec(QStringLiteral("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = "
                                             "i.inhrelid JOIN pg_class p ON p.oid = "
                                             "i.inhparent WHERE p.relname = 'api_usage' AND c.relname ~ "
                                             "'^api_usage_[0-9]{4}_[0-9]{2}$' ORDER BY 1"));
        QStringList parts;
        while (q.next())
            parts << q.value(0).toString();
        q.finish();
        qint64 rows = 0;
        for (const QString& part : parts) {
            const QDate month = QDate::fromString(part.mid(10), QStringLiteral("yyyy_MM"));
            if (!month.isValid() || month.addMonths(1) > before)
                continue;
            // Partition names come from pg_class and match the pattern above: safe to quote as identifiers.
            const QString ident = QLatin1Char('"') + part + QLatin1Char('"');
            const qint64 pending =
                db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id > ?").arg(ident), {mark})
                    .toLongLong();
            if (pending > 0) {
                notYet << tr("%1 (%n row(s) not aggregated)", nullptr, int(qMin<qint64>(pending, INT_MAX)))
                              .arg(part);
                continue;
            }
            rows += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(ident)).toLongLong();
            drop << part;
        }
        if (!notYet.isEmpty())
            throw Failure(ErrorKind::Conflict,
                          tr("Not pruned: run the aggregation first. Not yet aggregated: %1.")
                              .arg(notYet.join(QStringLiteral(", "))));
        w.plan.target = before.toString(Qt::ISODate);
        w.plan.title = tr("Drop the usage log before %1").arg(before.toString(Qt::ISODate));
        w.plan.verb = tr("Drop");
        w.plan.rowsAffected = rows;
        for (const QString& part : drop)
            w.plan.effects << tr("Drops partition %1").arg(part);
        if (drop.isEmpty())
            return w;
        w.plan.effects << tr(
            "The daily aggregates, charts and budgets keep these months; the raw calls are gone.");
        w.plan.confirmPhrase = before.toString(Qt::ISODate);
        w.apply = [drop, mark](Database& target) {
            QJsonArray dropped;
            for (const QString& part : drop) {
                target.scalar(QStringLiteral("SELECT fusion_usage_drop_partition(?, ?)"), {part, mark});
                dropped.append(part);
            }
            return QJsonObject{{QStringLiteral("dropped"), dropped}};
        };
        return w;
    }
    const QString cut = Periods::key(QDateTime(before, QTime(0, 0), Qt::UTC));
    const qint64 pending =
        db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE occurred_at < ? AND id > ?"),
                  {cut, mark})
            .toLongLong();
    if (pending > 0)
        throw Failure(ErrorKind::Conflict,
                      tr("Not pruned: %n row(s) before that date are not aggregated yet; run the "
                         "aggregation first.",
                         nullptr, int(qMin<qint64>(pending, INT_MAX))));
    const qint64 rows =
        db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE occurred_at < ?"), {cut}).toLongLong();
    w.plan.target = before.toString(Qt::ISODate);
    w.plan.title = tr("Delete the usage log before %1").arg(before.toString(Qt::ISODate));
    w.plan.verb = tr("Delete");
    w.plan.rowsAffected = rows;
    if (rows == 0)
        return w;
    w.plan.effects << tr("The daily aggregates, charts and budgets keep these days; the raw calls are gone.");
    w.plan.confirmPhrase = before.toString(Qt::ISODate);
    w.apply = [cut, mark](Database& target) {
        const int n =
            target
                .exec(QStringLiteral("DELETE FROM api_usage WHERE occurred_at < ? AND id <= ?"), {cut, mark})
                .numRowsAffected();
        return QJsonObject{{QStringLiteral("deleted"), n}};
    };
    return w;
}

} // namespace fusion
