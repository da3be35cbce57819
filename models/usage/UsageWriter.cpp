#include "models/usage/UsageWriter.h"

#include "models/policy/BudgetAlerts.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/usage/Periods.h"
#include "models/usage/UsageAggregator.h"

#include <QHash>
#include <QMutex>

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

UsageWriter::Outcome UsageWriter::write(Database& db, const QList<UsageRecord>& rows, const QString& source,
                                        const PriceTable& prices)
{
    Outcome out;
    QHash<QString, qint64> consumerIds;
    QHash<QString, qint64> providerIds;
    struct Touched {
        qint64 consumerId;
        qint64 providerId;
        QString user;
        QDateTime at;
    };
    QList<Touched> touched;
    const bool call = source == QLatin1String("call");
    holdLogLock(db);
    BudgetCounters::Batch counters;
    for (int i = 0; i < rows.size(); ++i) {
        const UsageRecord& r = rows[i];
        if (!providerIds.contains(r.provider)) {
            const QVariant id =
                db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {r.provider});
            if (!id.isValid())
                throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(r.provider));
            providerIds.insert(r.provider, id.toLongLong());
        }
        const qint64 providerId = providerIds.value(r.provider);
        if (!consumerIds.contains(r.consumer))
            consumerIds.insert(r.consumer, Consumers::ensure(db, r.consumer));
        const qint64 consumerId = consumerIds.value(r.consumer);
        const std::optional<qint64> cost = costOf(r, providerId, prices);
        const QVariant dedup = call ? QVariant() : QVariant(r.dedupKey());
        if (!insertRow(db, consumerId, providerId, r, cost, source, dedup)) {
            out.duplicates << i;
            continue;
        }
        ++out.stored;
        out.costMicros += cost.value_or(0);
        if (!cost)
            ++out.unpriced;
        // Calls were counted when they were reserved; recorded and imported usage is counted here.
        if (!call && r.status != QLatin1String("denied")) {
            counters.add(consumerId, providerId, r.user, r.occurredAt, {1, cost.value_or(0), 0});
            touched << Touched{consumerId, providerId, r.user, r.occurredAt};
        }
    }
    counters.flush(db);
    // One alert check per pair, user and window, after the whole batch.
    QSet<QString> seen;
    for (const Touched& t : touched) {
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(t.consumerId)
                                .arg(t.providerId)
                                .arg(t.user, Periods::key(Periods::dayStart(t.at)));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        BudgetAlerts::evaluate(db, t.consumerId, t.providerId, t.user, t.at);
    }
    return out;
}

} // namespace fusion
