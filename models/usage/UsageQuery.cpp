#include "models/usage/UsageQuery.h"

#include "models/storage/Database.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"
#include "models/usage/UsageAggregator.h"

#include <QHash>

#include <algorithm>

namespace fusion {

namespace {
const QString kBuckets =
    QStringLiteral("sum(d.lat_b0), sum(d.lat_b1), sum(d.lat_b2), sum(d.lat_b3), sum(d.lat_b4), "
                   "sum(d.lat_b5), sum(d.lat_b6), sum(d.lat_b7), sum(d.lat_b8), sum(d.lat_b9), "
                   "sum(d.lat_b10), sum(d.lat_b11), sum(d.lat_b12), sum(d.lat_b13), "
                   "sum(d.lat_b14), sum(d.lat_b15), max(d.latency_max_ms)");

// The FROM and WHERE of a filtered read of the aggregates (alias d) or the log (alias u).
struct Where {
    QString sql;
    QVariantList params;
};

Where filtered(const Database& db, const UsageFilter& f, bool raw)
{
    const QString a = raw ? QStringLiteral("u") : QStringLiteral("d");
    Where w;
    w.sql = QStringLiteral(" FROM %1 %2 JOIN consumers c ON c.id = %2.consumer_id JOIN providers p ON p.id = "
                           "%2.provider_id LEFT JOIN tenants t ON t.id = c.tenant_id WHERE 1 = 1")
                .arg(raw ? QStringLiteral("api_usage") : QStringLiteral("usage_daily"), a);
    if (raw) {
        if (f.from.isValid()) {
            w.sql += QStringLiteral(" AND u.occurred_at >= ?");
            w.params << Periods::key(QDateTime(f.from, QTime(0, 0), Qt::UTC));
        }
        if (f.to.isValid()) {
            w.sql += QStringLiteral(" AND u.occurred_at < ?");
            w.params << Periods::key(QDateTime(f.to.addDays(1), QTime(0, 0), Qt::UTC));
        }
    } else {
        if (f.from.isValid()) {
            w.sql += QStringLiteral(" AND d.day >= ?");
            w.params << f.from.toString(Qt::ISODate);
        }
        if (f.to.isValid()) {
            w.sql += QStringLiteral(" AND d.day <= ?");
            w.params << f.to.toString(Qt::ISODate);
        }
    }
    const QList<QPair<QString, QString>> equals{
        {QStringLiteral("t.slug"), f.tenant},        {QStringLiteral("c.code"), f.consumer},
        {QStringLiteral("p.code"), f.provider},      {a + QStringLiteral(".model"), f.model},
        {a + QStringLiteral(".feature"), f.feature}, {a + QStringLiteral(".user_name"), f.user}};
    for (const auto& [column, value] : equals) {
        if (value.isEmpty())
            continue;
        w.sql += QStringLiteral(" AND %1 = ?").arg(column);
        w.params << value;
    }
    Q_UNUSED(db)
    return w;
}

QString dimensionColumn(UsageDimension d, bool raw)
{
    const QString a = raw ? QStringLiteral("u") : QStringLiteral("d");
    switch (d) {
    case UsageDimension::Consumer:
        return QStringLiteral("c.code");
    case UsageDimension::Tenant:
        return QStringLiteral("coalesce(t.slug, '')");
    case UsageDimension::Provider:
        return QStringLiteral("p.code");
    case UsageDimension::Model:
        return a + QStringLiteral(".model");
    case UsageDimension::Feature:
        return a + QStringLiteral(".feature");
    case UsageDimension::User:
        return a + QStringLiteral(".user_name");
    case UsageDimension::Day:
        return a + QStringLiteral(".day");
    }
    return QStringLiteral("c.code");
}

QDate dayOf(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QList<QDate> daysBetween(const QDate& from, const QDate& to)
{
    QList<QDate> out;
    for (QDate d = from; d.isValid() && d <= to && out.size() < 3700; d = d.addDays(1))
        out << d;
    return out;
}

// The filter's range, or the days the aggregates hold when it is open.
void resolveRange(Database& db, const UsageFilter& f, QDate* from, QDate* to)
{
    *from = f.from;
    *to = f.to;
    if (!from->isValid() || !to->isValid()) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT min(day), max(day) FROM usage_daily"));
        if (q.next()) {
            if (!from->isValid())
                *from = dayOf(q.value(0));
            if (!to->isValid())
                *to = dayOf(q.value(1));
        }
    }
}

QList<qint64> bucketsOf(const QSqlQuery& q, int first)
{
    QList<qint64> b;
    for (int i = 0; i < 16; ++i)
        b << q.value(first + i).toLongLong();
    return b;
}
} // namespace

std::optional<double> UsageQuery::percentile(const QList<qint64>& buckets, qint64 maxMs, double q)
{
    qint64 total = 0;
    for (const qint64 b : buckets)
        total += b;
    if (total <= 0)
        return std::nullopt;
    const double rank = q * double(total);
    qint64 seen = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        if (buckets[i] == 0)
            continue;
        if (double(seen + buckets[i]) >= rank) {
            const double lower = i == 0 ? 0.0 : double(UsageAggregator::kLatencyBoundsMs[i - 1]);
            const double upper = i < 15 ? double(UsageAggregator::kLatencyBoundsMs[i])
                                        : double(qMax<qint64>(maxMs, UsageAggregator::kLatencyBoundsMs[14]));
            const double within = (rank - double(seen)) / double(buckets[i]);
            return qMin(lower + within * (upper - lower), double(qMax<qint64>(maxMs, 0)));
        }
        seen += buckets[i];
    }
    return double(maxMs);
}

QString UsageQuery::dimensionName(UsageDimension d)
{
    switch (d) {
    case UsageDimension::Consumer:
        return tr("Consumer");
    case UsageDimension::Tenant:
        return tr("Tenant");
    case UsageDimension::Provider:
        return tr("Provider");
    case UsageDimension::Model:
        return tr("Model");
    case UsageDimension::Feature:
        return tr("Feature");
    case UsageDimension::User:
        return tr("User");
    case UsageDimension::Day:
        return tr("Day");
    }
    return {};
}

QStringList UsageQuery::values(Database& db, UsageDimension d)
{
    QString sql;
    switch (d) {
    case UsageDimension::Consumer:
        sql = QStringLiteral("SELECT code FROM consumers ORDER BY 1");
        break;
    case UsageDimension::Tenant:
        sql = QStringLiteral(
            "SELECT DISTINCT t.slug FROM consumers c JOIN tenants t ON t.id = c.tenant_id ORDER BY 1");
        break;
    case UsageDimension::Provider:
        sql = QStringLiteral("SELECT code FROM providers ORDER BY 1");
        break;
    case UsageDimension::Model:
        sql = QStringLiteral("SELECT DISTINCT model FROM usage_daily ORDER BY 1");
        break;
    case UsageDimension::Feature:
        sql = QStringLiteral("SELECT DISTINCT feature FROM usage_daily ORDER BY 1");
        break;
    case UsageDimension::User:
        sql = QStringLiteral("SELECT DISTINCT user_name FROM usage_daily ORDER BY 1");
        break;
    case UsageDimension::Day:
        return {};
    }
    QStringList out;
    QSqlQuery q = db.exec(sql);
    while (q.next()) {
        if (!q.value(0).toString().isEmpty())
            out << q.value(0).toString();
    }
    return out;
}

StackedDailyCost UsageQuery::dailyCost(Database& db, const UsageFilter& f, UsageDimension by, int maxSeries)
{
    StackedDailyCost out;
    QDate from, to;
    resolveRange(db, f, &from, &to);
    if (!from.isValid() || !to.isValid())
        return out;
    const Where w = filtered(db, f, false);
    const QString key = dimensionColumn(by, false);
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.day, %1, sum(d.cost_micros)").arg(key) + w.sql +
                              QStringLiteral(" GROUP BY d.day, %1").arg(key),
                          w.params);
    QHash<QString, QHash<QDate, qint64>> byKey;
    QHash<QString, qint64> totals;
    while (q.next()) {
        const QString name = q.value(1).toString().isEmpty() ? tr("(none)") : q.value(1).toString();
        const qint64 cost = q.value(2).toLongLong();
        byKey[name][dayOf(q.value(0))] += cost;
        totals[name] += cost;
    }
    if (byKey.isEmpty())
        return out;
    QStringList names = totals.keys();
    std::sort(names.begin(), names.end(), [&totals](const QString& a, const QString& b) {
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    const int keep = names.size() > maxSeries ? maxSeries - 1 : int(names.size());
    out.days = daysBetween(from, to);
    for (int i = 0; i < keep; ++i) {
        out.names << names[i];
        QList<qint64> values;
        for (const QDate& day : std::as_const(out.days))
            values << byKey[names[i]].value(day);
        out.costMicros << values;
    }
    if (keep < names.size()) {
        out.names << tr("Other");
        QList<qint64> values(out.days.size(), 0);
        for (int i = keep; i < names.size(); ++i) {
            for (int d = 0; d < out.days.size(); ++d)
                values[d] += byKey[names[i]].value(out.days[d]);
        }
        out.costMicros << values;
    }
    return out;
}

DailyActivity UsageQuery::activity(Database& db, const UsageFilter& f)
{
    DailyActivity out;
    QDate from, to;
    resolveRange(db, f, &from, &to);
    if (!from.isValid() || !to.isValid())
        return out;
    const Where w = filtered(db, f, false);
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.day, sum(d.requests), sum(d.errors), sum(d.denied), ") +
                              kBuckets + w.sql + QStringLiteral(" GROUP BY d.day"),
                          w.params);
    struct Day {
        qint64 requests = 0, errors = 0, denied = 0;
        std::optional<double> p50, p95;
    };
    QHash<QDate, Day> days;
    bool any = false;
    while (q.next()) {
        any = true;
        Day d;
        d.requests = q.value(1).toLongLong();
        d.errors = q.value(2).toLongLong();
        d.denied = q.value(3).toLongLong();
        const QList<qint64> buckets = bucketsOf(q, 4);
        d.p50 = percentile(buckets, q.value(20).toLongLong(), 0.50);
        d.p95 = percentile(buckets, q.value(20).toLongLong(), 0.95);
        days.insert(dayOf(q.value(0)), d);
    }
    if (!any)
        return out;
    out.days = daysBetween(from, to);
    for (const QDate& day : std::as_const(out.days)) {
        const Day d = days.value(day);
        out.requests << d.requests;
        out.errors << d.errors;
        out.denied << d.denied;
        out.p50Ms << d.p50;
        out.p95Ms << d.p95;
    }
    return out;
}

BudgetBurn UsageQuery::budgetBurn(Database& db, const UsageFilter& f, const QDate& asOf)
{
    BudgetBurn out;
    const QDate anchor = f.to.isValid() && f.to < asOf ? f.to : asOf;
    out.month = QDate(anchor.year(), anchor.month(), 1);
    out.asOf = qMin(asOf, out.month.addMonths(1).addDays(-1));
    UsageFilter month = f;
    month.from = out.month;
    month.to = out.month.addMonths(1).addDays(-1);
    out.days = daysBetween(month.from, month.to);
    const Where w = filtered(db, month, false);
    QSqlQuery q = db.exec(QStringLiteral("SELECT d.day, sum(d.cost_micros)") + w.sql +
                              QStringLiteral(" GROUP BY d.day"),
                          w.params);
    QHash<QDate, qint64> perDay;
    while (q.next())
        perDay.insert(dayOf(q.value(0)), q.value(1).toLongLong());
    q.finish();
    qint64 running = 0;
    for (const QDate& day : std::as_const(out.days)) {
        running += perDay.value(day);
        out.actualCumulative << (day <= out.asOf ? std::optional<qint64>(running) : std::nullopt);
    }
    // The budgets of the rules in scope (a user filter has the user's own budget instead).
    if (!f.user.isEmpty()) {
        const QVariant b = db.scalar(
            QStringLiteral("SELECT monthly_budget_micros FROM user_limits WHERE user_name = ?"), {f.user});
        if (b.isValid() && !b.isNull())
            out.budgetMicros = b.toLongLong();
    } else {
        QString sql = QStringLiteral(
            "SELECT count(r.monthly_budget_micros), sum(r.monthly_budget_micros) FROM "
            "access_rules r JOIN consumers c ON c.id = r.consumer_id JOIN providers p ON p.id = "
            "r.provider_id LEFT JOIN tenants t ON t.id = c.tenant_id WHERE r.enabled");
        QVariantList params;
        for (const auto& [column, value] :
             QList<QPair<QString, QString>>{{QStringLiteral("t.slug"), f.tenant},
                                            {QStringLiteral("c.code"), f.consumer},
                                            {QStringLiteral("p.code"), f.provider}}) {
            if (!value.isEmpty()) {
                sql += QStringLiteral(" AND %1 = ?").arg(column);
                params << value;
            }
        }
        QSqlQuery b = db.exec(sql, params);
        if (b.next() && b.value(0).toLongLong() > 0)
            out.budgetMicros = b.value(1).toLongLong();
    }
    qint64 toDate = 0;
    for (const auto& v : std::as_const(out.actualCumulative)) {
        if (v)
            toDate = *v;
    }
    const QDateTime endOfAsOf(out.asOf.addDays(1), QTime(0, 0), Qt::UTC);
    const double elapsed = Periods::monthElapsed(endOfAsOf.addMSecs(-1));
    out.forecastMicros = elapsed > 0 ? qint64(double(toDate) / elapsed) : toDate;
    return out;
}

QList<UsageQuery::AggregateRow> UsageQuery::table(Database& db, const UsageFilter& f, UsageDimension by)
{
    const Where w = filtered(db, f, false);
    const QString key = dimensionColumn(by, false);
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT %1, sum(d.requests), sum(d.errors), sum(d.denied), sum(d.tokens_in), "
                       "sum(d.tokens_out), sum(d.tokens_cached), sum(d.cost_micros), sum(d.unpriced), ")
                .arg(key) +
            kBuckets + w.sql + QStringLiteral(" GROUP BY %1 ORDER BY 8 DESC, 1").arg(key),
        w.params);
    QList<AggregateRow> out;
    while (q.next()) {
        AggregateRow r;
        r.key = by == UsageDimension::Day ? q.value(0).toString().left(10) : q.value(0).toString();
        r.requests = q.value(1).toLongLong();
        r.errors = q.value(2).toLongLong();
        r.denied = q.value(3).toLongLong();
        r.tokensIn = q.value(4).toLongLong();
        r.tokensOut = q.value(5).toLongLong();
        r.tokensCached = q.value(6).toLongLong();
        r.costMicros = q.value(7).toLongLong();
        r.unpriced = q.value(8).toLongLong();
        const QList<qint64> buckets = bucketsOf(q, 9);
        r.p50Ms = percentile(buckets, q.value(25).toLongLong(), 0.50);
        r.p95Ms = percentile(buckets, q.value(25).toLongLong(), 0.95);
        out << r;
    }
    return out;
}

UsageQuery::RawPage UsageQuery::rawLog(Database& db, const UsageFilter& f, const std::optional<Cursor>& after,
                                       int pageSize)
{
    Where w = filtered(db, f, true);
    if (after) {
        // Keyset paging: the next page starts after the last row shown, whatever was added meanwhile.
        w.sql += QStringLiteral(" AND (u.occurred_at < ? OR (u.occurred_at = ? AND u.id < ?))");
        w.params << Periods::key(after->occurredAt) << Periods::key(after->occurredAt) << after->id;
    }
    w.params << pageSize + 1;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT u.id, u.occurred_at, c.code, coalesce(t.slug, ''), p.code, u.user_name, "
                       "u.feature, u.model, u.status, u.error, u.source, u.tokens_in, u.tokens_out, "
                       "u.tokens_cached, u.cost_micros, u.priced, u.latency_ms, u.http_status") +
            w.sql + QStringLiteral(" ORDER BY u.occurred_at DESC, u.id DESC LIMIT ?"),
        w.params);
    RawPage page;
    while (q.next()) {
        if (page.rows.size() == pageSize) {
            page.next = Cursor{page.rows.last().occurredAt, page.rows.last().id};
            break;
        }
        RawRow r;
        r.id = q.value(0).toLongLong();
        r.occurredAt = Database::toDateTime(q.value(1));
        r.consumer = q.value(2).toString();
        r.tenant = q.value(3).toString();
        r.provider = q.value(4).toString();
        r.user = q.value(5).toString();
        r.feature = q.value(6).toString();
        r.model = q.value(7).toString();
        r.status = q.value(8).toString();
        r.error = q.value(9).toString();
        r.source = q.value(10).toString();
        r.tokensIn = q.value(11).toLongLong();
        r.tokensOut = q.value(12).toLongLong();
        r.tokensCached = q.value(13).toLongLong();
        r.costMicros = q.value(14).toLongLong();
        r.priced = q.value(15).toBool();
        if (!q.value(16).isNull())
            r.latencyMs = q.value(16).toLongLong();
        if (!q.value(17).isNull())
            r.httpStatus = q.value(17).toInt();
        page.rows << r;
    }
    return page;
}

TenantSpendReport UsageQuery::tenantReport(Database& db, const QString& tenantSlug, const QDate& month)
{
    TenantSpendReport r;
    r.tenantSlug = tenantSlug;
    r.month = QDate(month.year(), month.month(), 1);
    r.tenantName =
        db.scalar(QStringLiteral("SELECT name FROM tenants WHERE slug = ?"), {tenantSlug}).toString();
    if (r.tenantName.isEmpty())
        throw Failure(ErrorKind::NotFound, tr("There is no tenant \"%1\".").arg(tenantSlug));
    UsageFilter f;
    f.tenant = tenantSlug;
    f.from = r.month;
    f.to = r.month.addMonths(1).addDays(-1);
    const Where w = filtered(db, f, false);
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT c.code, p.code, d.model, sum(d.requests), sum(d.tokens_in), "
                               "sum(d.tokens_out), sum(d.cost_micros), sum(d.errors), sum(d.unpriced)") +
                    w.sql + QStringLiteral(" GROUP BY c.code, p.code, d.model ORDER BY 7 DESC, 1, 2, 3"),
                w.params);
    while (q.next()) {
        TenantSpendReport::Line line;
        line.consumer = q.value(0).toString();
        line.provider = q.value(1).toString();
        line.model = q.value(2).toString();
        line.requests = q.value(3).toLongLong();
        line.tokensIn = q.value(4).toLongLong();
        line.tokensOut = q.value(5).toLongLong();
        line.costMicros = q.value(6).toLongLong();
        r.requests += line.requests;
        r.errors += q.value(7).toLongLong();
        r.unpriced += q.value(8).toLongLong();
        r.totalMicros += line.costMicros;
        r.lines << line;
    }
    q.finish();
    r.budgetMicros = budgetBurn(db, f, f.to).budgetMicros;
    r.daily = dailyCost(db, f, UsageDimension::Consumer, 8);
    r.generatedBy = db.actor();
    r.generatedAt = Database::nowText();
    return r;
}

QList<UsageQuery::Unpriced> UsageQuery::unpriced(Database& db)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT p.code, u.model, count(*), sum(u.tokens_in), sum(u.tokens_out), "
                               "min(u.occurred_at), max(u.occurred_at) FROM api_usage u JOIN providers p ON "
                               "p.id = u.provider_id WHERE NOT u.priced GROUP BY p.code, u.model ORDER BY 3 "
                               "DESC, 1, 2"));
    QList<Unpriced> out;
    while (q.next())
        out << Unpriced{q.value(0).toString(),           q.value(1).toString(),
                        q.value(2).toLongLong(),         q.value(3).toLongLong(),
                        q.value(4).toLongLong(),         Database::toDateTime(q.value(5)),
                        Database::toDateTime(q.value(6))};
    return out;
}

UsageQuery::MonthSummary UsageQuery::monthSummary(Database& db, const QDate& today)
{
    MonthSummary s;
    UsageFilter f;
    f.from = QDate(today.year(), today.month(), 1);
    f.to = today;
    const BudgetBurn burn = budgetBurn(db, f, today);
    s.budgetMicros = burn.budgetMicros;
    for (const auto& v : burn.actualCumulative) {
        if (v)
            s.spentMicros = *v;
    }
    for (const AggregateRow& row : table(db, f, UsageDimension::Consumer)) {
        if (s.topConsumers.size() == 5 || row.costMicros <= 0)
            break;
        s.topConsumers << qMakePair(row.key, row.costMicros);
    }
    return s;
}

UsageQuery::Freshness UsageQuery::freshness(Database& db)
{
    Freshness f;
    QSqlQuery w = db.exec(QStringLiteral("SELECT last_id, updated_at FROM usage_watermark WHERE id = 1"));
    if (w.next()) {
        f.watermark = w.value(0).toLongLong();
        f.aggregatedAt = Database::toDateTime(w.value(1));
    }
    return f;
}

} // namespace fusion
