#include "models/billing/BillingOverview.h"

#include "models/billing/BillingPlans.h"

#include <algorithm>

namespace fusion {

namespace {

const QString kOverviewMonthly = QStringLiteral(
    "CASE WHEN pl.billing_period = 'yearly' THEN pl.price_micros / 12 ELSE pl.price_micros END");

QList<BillingRevenueRow> overviewRevenue(Database& db, const QString& key, const QString& label)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT %1, %2, count(*), coalesce(sum(%3), 0) FROM subscriptions s JOIN "
                               "plans pl ON pl.id = s.plan_id JOIN tenants t ON t.id = s.tenant_id WHERE "
                               "s.status IN ('active', 'past_due') GROUP BY %1, %2 ORDER BY 4 DESC, 1")
                    .arg(key, label, kOverviewMonthly));
    QList<BillingRevenueRow> out;
    while (q.next()) {
        BillingRevenueRow r;
        r.key = q.value(0).toString();
        r.label = q.value(1).toString();
        if (r.label.isEmpty())
            r.label = BillingOverview::tr("(none)");
        r.tenants = q.value(2).toInt();
        r.monthlyMicros = q.value(3).toLongLong();
        out << r;
    }
    return out;
}

QList<BillingAiRow> overviewAi(Database& db, const QDate& period, const QString& where,
                               const QVariantList& extra)
{
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT t.id, t.slug, coalesce(pl.code, ''), coalesce(pl.ai_allowance_micros, 0), "
            "sum(u.cost_micros) FROM usage_daily u JOIN consumers c ON c.id = u.consumer_id JOIN tenants "
            "t ON t.id = c.tenant_id LEFT JOIN plans pl ON pl.id = t.plan_id WHERE u.day >= ? AND u.day "
            "< ? %1 GROUP BY t.id, t.slug, pl.code, pl.ai_allowance_micros HAVING sum(u.cost_micros) > 0 "
            "ORDER BY 5 DESC, 2")
            .arg(where),
        QVariantList{period.toString(Qt::ISODate), period.addMonths(1).toString(Qt::ISODate)} << extra);
    QList<BillingAiRow> out;
    while (q.next()) {
        BillingAiRow r;
        r.tenantId = q.value(0).toLongLong();
        r.tenantSlug = q.value(1).toString();
        r.planCode = q.value(2).toString();
        r.allowanceMicros = q.value(3).toLongLong();
        r.spentMicros = q.value(4).toLongLong();
        out << r;
    }
    return out;
}

QList<BillingAiRow> overviewInvoicedAi(Database& db, const QDate& period)
{
    // An invoice's subtotal is its plan's charge (its first line, when the month charges the plan) plus the
    // AI spend its ai_overage lines itemise: one indexed line per invoice instead of joining every line,
    // which kept the Billing pane's first paint over 200 ms at 10,000 tenants (and far over while PostgreSQL
    // had no statistics yet for the invoices generated a moment ago).
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT t.id, t.slug, coalesce(pl.code, ''), coalesce(pl.ai_allowance_micros, 0), x.ai FROM "
            "(SELECT i.tenant_id, i.plan_id, i.subtotal_micros - coalesce((SELECT l.amount_micros FROM "
            "invoice_lines l WHERE l.invoice_id = i.id AND l.position = 1 AND l.kind = 'plan'), 0) AS ai "
            "FROM invoices i WHERE i.period_start = ? AND i.credit_of IS NULL) x JOIN tenants t ON t.id = "
            "x.tenant_id LEFT JOIN plans pl ON pl.id = x.plan_id WHERE x.ai > 0 ORDER BY 5 DESC, 2"),
        {period.toString(Qt::ISODate)});
    QList<BillingAiRow> out;
    while (q.next()) {
        BillingAiRow r;
        r.tenantId = q.value(0).toLongLong();
        r.tenantSlug = q.value(1).toString();
        r.planCode = q.value(2).toString();
        r.allowanceMicros = q.value(3).toLongLong();
        r.spentMicros = q.value(4).toLongLong();
        out << r;
    }
    return out;
}

} // namespace

QDate BillingOverview::dueDate(const Invoice& invoice)
{
    return invoice.issuedAt.isValid() ? invoice.issuedAt.toUTC().date().addDays(kPaymentTermDays) : QDate();
}

bool BillingOverview::isOverdue(const Invoice& invoice, const QDate& today)
{
    return invoice.state == QLatin1String("issued") && !invoice.isCreditNote() &&
           invoice.balanceMicros() > 0 && dueDate(invoice).isValid() && dueDate(invoice) < today;
}

BillingOverviewData BillingOverview::loadOverview(Database& db, const QDate& period)
{
    BillingOverviewData d;
    d.period = period;
    d.byPlan = overviewRevenue(db, QStringLiteral("pl.code"), QStringLiteral("pl.name"));
    d.byAgency = overviewRevenue(db, QStringLiteral("t.agency_group"), QStringLiteral("t.agency_group"));
    for (const BillingRevenueRow& r : std::as_const(d.byPlan)) {
        d.monthlyMicros += r.monthlyMicros;
        d.subscriptions += r.tenants;
    }
    d.invoicedMicros =
        db.scalar(QStringLiteral("SELECT coalesce(sum(total_micros), 0) FROM invoices WHERE period_start = ? "
                                 "AND state <> 'void'"),
                  {period.toString(Qt::ISODate)})
            .toLongLong();
    for (const Invoice& i : Invoicing::list(db, {QDate(), QStringLiteral("issued"), {}}))
        if (!i.isCreditNote() && i.balanceMicros() > 0)
            d.open << i;
    std::stable_sort(d.open.begin(), d.open.end(),
                     [](const Invoice& a, const Invoice& b) { return dueDate(a) < dueDate(b); });
    d.proposals = BillingProposals::list(db, false);
    for (const BillingPlan& p : BillingPlans::list(db))
        d.plans << p.code;
    return d;
}

BillingOverview::Month BillingOverview::loadMonth(Database& db, const QDate& period)
{
    Month m;
    m.invoices = Invoicing::list(db, {period, {}, {}});
    // An invoiced month's spend is on its invoices: their AI lines are exact sums of the daily aggregates,
    // some 5 lines a tenant instead of some 90 aggregate rows. A month not yet invoiced reads the aggregates.
    m.ai = m.invoices.isEmpty() ? overviewAi(db, period, {}, {}) : overviewInvoicedAi(db, period);
    return m;
}

BillingOverviewData BillingOverview::load(Database& db, const QDate& period)
{
    BillingOverviewData d = loadOverview(db, period);
    Month m = loadMonth(db, period);
    d.invoices = std::move(m.invoices);
    d.ai = std::move(m.ai);
    return d;
}

QList<Invoice> BillingOverview::tenantInvoices(Database& db, const QString& tenantSlug)
{
    return Invoicing::list(db, {QDate(), {}, tenantSlug});
}

BillingAiRow BillingOverview::tenantAi(Database& db, qint64 tenantId, const QDate& period)
{
    const QList<BillingAiRow> rows = overviewAi(db, period, QStringLiteral("AND t.id = ?"), {tenantId});
    if (!rows.isEmpty())
        return rows.first();
    // No spend this month: the allowance still shows what the plan includes.
    BillingAiRow r;
    r.tenantId = tenantId;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT t.slug, coalesce(p.code, ''), coalesce(p.ai_allowance_micros, 0) "
                               "FROM tenants t LEFT JOIN plans p ON p.id = t.plan_id WHERE t.id = ?"),
                {tenantId});
    if (q.next()) {
        r.tenantSlug = q.value(0).toString();
        r.planCode = q.value(1).toString();
        r.allowanceMicros = q.value(2).toLongLong();
    }
    return r;
}

} // namespace fusion
