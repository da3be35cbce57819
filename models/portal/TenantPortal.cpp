#include "models/portal/TenantPortal.h"

#include "models/storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace fusion {

namespace {
QDate portalDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

PortalView TenantPortal::load(Database& db, const QString& slug)
{
    PortalView v;
    QSqlQuery t = db.exec(QStringLiteral("SELECT id, slug, name, status FROM tenants ORDER BY name, slug"));
    while (t.next()) {
        const QString s = t.value(1).toString();
        v.tenants.append({s, t.value(2).toString()});
        if (v.slug.isEmpty() || s == slug) {
            v.tenantId = t.value(0).toLongLong();
            v.slug = s;
            v.name = t.value(2).toString();
            v.status = t.value(3).toString();
        }
    }
    if (v.slug.isEmpty())
        return v;

    QSqlQuery b = db.exec(QStringLiteral("SELECT b.name FROM tenant_bundles tb JOIN bundles b ON b.id = "
                                         "tb.bundle_id WHERE tb.tenant_id = ? ORDER BY b.name"),
                          {v.tenantId});
    while (b.next())
        v.bundles << b.value(0).toString();
    QSqlQuery m =
        db.exec(QStringLiteral("SELECT coalesce(sum(CASE WHEN state = 'installed' THEN 1 ELSE 0 END), 0), "
                               "coalesce(sum(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0) "
                               "FROM tenant_module_states WHERE tenant_id = ?"),
                {v.tenantId});
    if (m.next()) {
        v.modulesInstalled = m.value(0).toInt();
        v.modulesPending = m.value(1).toInt();
    }
    QSqlQuery s = db.exec(QStringLiteral("SELECT p.name, s.status, s.next_invoice_date, "
                                         "coalesce(p.ai_allowance_micros, 0) FROM subscriptions s "
                                         "LEFT JOIN plans p ON p.id = s.plan_id WHERE s.tenant_id = ?"),
                          {v.tenantId});
    if (s.next()) {
        v.planName = s.value(0).toString();
        v.subscriptionStatus = s.value(1).toString();
        v.nextInvoiceDate = portalDate(s.value(2));
        v.allowanceMicros = s.value(3).toLongLong();
    }

    // The month so far, from the daily aggregates (never the raw log), and the tightest monthly budget of
    // the tenant's consumers' rules.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    v.month = QDate(today.year(), today.month(), 1);
    v.monthSpendMicros =
        db.scalar(
              QStringLiteral("SELECT coalesce(sum(d.cost_micros), 0) FROM usage_daily d JOIN consumers c ON "
                             "c.id = d.consumer_id WHERE c.tenant_id = ? AND d.day >= ? AND d.day < ?"),
              {v.tenantId, v.month.toString(Qt::ISODate), v.month.addMonths(1).toString(Qt::ISODate)})
            .toLongLong();
    const QVariant budget = db.scalar(
        QStringLiteral("SELECT min(r.monthly_budget_micros) FROM access_rules r JOIN consumers c ON c.id = "
                       "r.consumer_id WHERE c.tenant_id = ?"),
        {v.tenantId});
    if (!budget.isNull())
        v.budgetMicros = budget.toLongLong();

    Invoicing::Filter f;
    f.tenant = v.slug;
    v.invoices = Invoicing::list(db, f);
    SupportFilter sf;
    sf.tenant = v.slug;
    v.requests = SupportRequests::list(db, sf);
    v.settings = LocalSettings::load(db, v.tenantId);
    QList<qint64> ids;
    for (const SupportRequest& r : v.requests)
        ids << r.id;
    v.threads = SupportRequests::threads(db, ids);
    return v;
}

} // namespace fusion
