#include "models/billing/BillingPlans.h"

#include "models/core/Csv.h"
#include "models/core/Error.h"
#include "models/usage/Money.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

const QString kPlanSelect = QStringLiteral(
    "SELECT p.id, p.code, p.name, p.description, p.billing_period, p.price_micros, p.ai_allowance_micros, "
    "p.currency, p.max_users, p.row_version, "
    "(SELECT count(*) FROM subscriptions s WHERE s.plan_id = p.id AND s.status <> 'cancelled') FROM plans p");

BillingPlan billingPlanFrom(const QSqlQuery& q)
{
    BillingPlan p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = q.value(3).toString();
    p.billingPeriod = q.value(4).toString();
    p.priceMicros = q.value(5).toLongLong();
    p.aiAllowanceMicros = q.value(6).toLongLong();
    p.currency = q.value(7).toString();
    if (const auto users = Database::toOptionalInt(q.value(8)))
        p.maxUsers = int(*users);
    p.rowVersion = q.value(9).toInt();
    p.subscriptions = q.value(10).toInt();
    return p;
}

qint64 billingMonthlyCents(const BillingPlan& p)
{
    const qint64 monthly = p.billingPeriod == QLatin1String("yearly") ? p.priceMicros / 12 : p.priceMicros;
    return (monthly + 5000) / 10000;
}

} // namespace

QList<BillingPlan> BillingPlans::list(Database& db)
{
    QList<BillingPlan> out;
    QSqlQuery q = db.exec(kPlanSelect + QStringLiteral(" ORDER BY p.price_micros, p.code"));
    while (q.next())
        out << billingPlanFrom(q);
    return out;
}

std::optional<BillingPlan> BillingPlans::find(Database& db, const QString& code)
{
    QSqlQuery q = db.exec(kPlanSelect + QStringLiteral(" WHERE p.code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return billingPlanFrom(q);
}

QList<BillingSubscription> BillingPlans::subscriptions(Database& db)
{
    QList<BillingSubscription> out;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT s.id, s.tenant_id, t.slug, coalesce(p.code, ''), s.status, s.pricing_model, "
        "s.current_period_start, s.current_period_end, s.next_invoice_date FROM subscriptions s "
        "JOIN tenants t ON t.id = s.tenant_id LEFT JOIN plans p ON p.id = s.plan_id ORDER BY t.slug"));
    while (q.next()) {
        BillingSubscription s;
        s.id = q.value(0).toLongLong();
        s.tenantId = q.value(1).toLongLong();
        s.tenantSlug = q.value(2).toString();
        s.planCode = q.value(3).toString();
        s.status = q.value(4).toString();
        s.pricingModel = q.value(5).toString();
        s.currentPeriodStart = QDate::fromString(q.value(6).toString().left(10), Qt::ISODate);
        s.currentPeriodEnd = QDate::fromString(q.value(7).toString().left(10), Qt::ISODate);
        s.nextInvoiceDate = QDate::fromString(q.value(8).toString().left(10), Qt::ISODate);
        out << s;
    }
    return out;
}

QByteArray BillingPlans::csv(const QList<BillingPlan>& plans)
{
    QList<QStringList> rows{{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("billing_period"),
                             QStringLiteral("price"), QStringLiteral("ai_allowance"),
                             QStringLiteral("currency"), QStringLiteral("tenants")}};
    for (const BillingPlan& p : plans)
        rows << QStringList{p.code,
                            p.name,
                            p.billingPeriod,
                            Money::format(p.priceMicros),
                            Money::format(p.aiAllowanceMicros),
                            p.currency,
                            QString::number(p.subscriptions)};
    return Csv::document(rows);
}

QByteArray BillingPlans::csv(const QList<BillingSubscription>& subscriptions)
{
    QList<QStringList> rows{{QStringLiteral("tenant"), QStringLiteral("plan"), QStringLiteral("status"),
                             QStringLiteral("pricing_model"), QStringLiteral("current_period_start"),
                             QStringLiteral("current_period_end"), QStringLiteral("next_invoice_date")}};
    const auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const BillingSubscription& s : subscriptions)
        rows << QStringList{s.tenantSlug,
                            s.planCode,
                            s.status,
                            s.pricingModel,
                            date(s.currentPeriodStart),
                            date(s.currentPeriodEnd),
                            date(s.nextInvoiceDate)};
    return Csv::document(rows);
}

QString BillingPlans::periodLabel(const QString& billingPeriod)
{
    return billingPeriod == QLatin1String("yearly") ? tr("yearly") : tr("monthly");
}

PendingWrite BillingPlans::planSave(Database& db, const BillingPlan& plan)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    if (!codePattern.match(plan.code).hasMatch())
        throw Failure(ErrorKind::InvalidInput,
                      tr("A plan code is 1 to 40 lower-case letters, digits, - or _ (for example \"pro\")."));
    const QString name = plan.name.trimmed();
    if (name.isEmpty() || name.size() > 120)
        throw Failure(ErrorKind::InvalidInput, tr("A plan needs a name of 1 to 120 characters."));
    if (plan.billingPeriod != QLatin1String("monthly") && plan.billingPeriod != QLatin1String("yearly"))
        throw Failure(ErrorKind::InvalidInput, tr("A plan is billed monthly or yearly."));
    if (plan.priceMicros < 0 || plan.priceMicros > Money::kMaxMicros || plan.aiAllowanceMicros < 0 ||
        plan.aiAllowanceMicros > Money::kMaxMicros)
        throw Failure(ErrorKind::InvalidInput, tr("Prices and allowances are amounts from 0 to a billion."));
    const auto existing = find(db, plan.code);
    PendingWrite w;
    w.plan.targetType = QStringLiteral("plan");
    w.plan.target = plan.code;
    const auto change = [&](const QString& field, const QString& label, const QVariant& before,
                            const QVariant& after, const QString& beforeText = {},
                            const QString& afterText = {}) {
        if (existing && before == after)
            return;
        FieldChange c{field, label, existing ? before : QVariant(), after};
        c.beforeText = existing ? beforeText : QString();
        c.afterText = afterText;
        w.plan.changes << c;
    };
    const BillingPlan old = existing.value_or(BillingPlan{});
    change(QStringLiteral("name"), tr("Name"), old.name, name);
    change(QStringLiteral("billing_period"), tr("Billed"), old.billingPeriod, plan.billingPeriod,
           periodLabel(old.billingPeriod), periodLabel(plan.billingPeriod));
    change(QStringLiteral("price_micros"), tr("Price per period"), old.priceMicros, plan.priceMicros,
           Money::display(old.priceMicros), Money::display(plan.priceMicros));
    change(QStringLiteral("ai_allowance_micros"), tr("AI allowance per month"), old.aiAllowanceMicros,
           plan.aiAllowanceMicros, Money::display(old.aiAllowanceMicros),
           Money::display(plan.aiAllowanceMicros));
    if (plan.description != old.description)
        change(QStringLiteral("description"), tr("Description"), old.description, plan.description);
    BillingPlan next = plan;
    next.name = name;
    if (existing) {
        if (plan.rowVersion != 0 && plan.rowVersion != existing->rowVersion)
            throw Failure(
                ErrorKind::Conflict,
                tr("The plan %1 was changed by someone else meanwhile; look again.").arg(plan.code));
        w.plan.action = QStringLiteral("plan.edit");
        w.plan.title = tr("Edit the plan %1").arg(plan.code);
        w.plan.verb = tr("Save");
        if (existing->subscriptions > 0)
            w.plan.effects << tr("%n subscribed tenant(s) are billed the new terms from the next invoice.",
                                 nullptr, existing->subscriptions);
        const int version = existing->rowVersion;
        w.apply = [next, version](Database& d) {
            const int n =
                d.exec(QStringLiteral("UPDATE plans SET name = ?, description = ?, billing_period = ?, "
                                      "price_micros = ?, ai_allowance_micros = ?, "
                                      "monthly_price_cents = ?, updated_at = ?, row_version = "
                                      "row_version + 1 WHERE code = ? AND row_version = ?"),
                       {next.name, next.description, next.billingPeriod, next.priceMicros,
                        next.aiAllowanceMicros, billingMonthlyCents(next), Database::nowText(), next.code,
                        version})
                    .numRowsAffected();
            if (n != 1)
                throw Failure(
                    ErrorKind::Conflict,
                    tr("The plan %1 was changed by someone else meanwhile; look again.").arg(next.code));
            return QJsonObject{{QStringLiteral("plan"), next.code}};
        };
        return w;
    }
    w.plan.action = QStringLiteral("plan.create");
    w.plan.title = tr("Create the plan %1").arg(plan.code);
    w.plan.verb = tr("Create");
    w.apply = [next](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO plans (code, name, description, billing_period, price_micros, "
                "ai_allowance_micros, monthly_price_cents, currency, max_users) VALUES (?, ?, ?, ?, ?, "
                "?, ?, ?, ?)"),
            {next.code, next.name, next.description, next.billingPeriod, next.priceMicros,
             next.aiAllowanceMicros, billingMonthlyCents(next), next.currency,
             next.maxUsers ? QVariant(*next.maxUsers) : QVariant(QMetaType(QMetaType::Int))});
        return QJsonObject{{QStringLiteral("plan"), next.code}, {QStringLiteral("plan_id"), id}};
    };
    return w;
}

} // namespace fusion
