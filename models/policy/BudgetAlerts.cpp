#include "models/policy/BudgetAlerts.h"

#include "models/policy/BudgetCounters.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace fusion {

namespace {
void fire(Database& db, const QString& scopeKey, const QVariant& consumerId, const QVariant& providerId,
          const QString& user, const QString& budget, qint64 budgetMicros, qint64 spent,
          const QDateTime& window)
{
    for (const int threshold : {50, 80, 100}) {
        // spent / budget >= threshold %, in integers.
        if (budgetMicros > 0 ? spent * 100 < budgetMicros * threshold : spent <= 0)
            continue;
        db.exec(QStringLiteral(
                    "INSERT INTO budget_alerts (scope_key, consumer_id, provider_id, user_name, budget, "
                    "threshold, window_start, spent_micros, budget_micros) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    "?, ?) ON CONFLICT (scope_key, budget, threshold, window_start) DO NOTHING"),
                {scopeKey, consumerId, providerId, user, budget, threshold, Periods::key(window), spent,
                 budgetMicros});
    }
}

std::optional<qint64> optionalMicros(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toLongLong();
}
} // namespace

QString BudgetAlert::text() const
{
    const QString amounts =
        BudgetAlerts::tr("%1 of %2").arg(Money::display(spentMicros), Money::display(budgetMicros));
    const QString which = budget == QLatin1String("daily") ? BudgetAlerts::tr("daily budget")
                                                           : BudgetAlerts::tr("monthly budget");
    const QDate window = windowStart.toUTC().date();
    const QString when = budget == QLatin1String("daily")
                             ? window.toString(Qt::ISODate)
                             : QLocale().toString(window, QStringLiteral("MMMM yyyy"));
    if (consumer.isEmpty())
        return BudgetAlerts::tr("User %1: %2 % of the %3 for %4 (%5)")
            .arg(user)
            .arg(threshold)
            .arg(which, when, amounts);
    return BudgetAlerts::tr("%1 at %2: %3 % of the %4 for %5 (%6)")
        .arg(consumer, provider)
        .arg(threshold)
        .arg(which, when, amounts);
}

namespace {
void evaluatePairBudget(Database& db, qint64 ruleId, std::optional<qint64> monthly,
                        std::optional<qint64> daily, qint64 consumerId, qint64 providerId,
                        const QDateTime& at)
{
    if (!monthly && !daily)
        return;
    const QString scope = QStringLiteral("rule:") + QString::number(ruleId);
    const BudgetCounters::Windows w = BudgetCounters::pair(db, consumerId, providerId, at);
    if (monthly)
        fire(db, scope, consumerId, providerId, QString(), QStringLiteral("monthly"), *monthly, w.month.spent,
             Periods::monthStart(at));
    if (daily)
        fire(db, scope, consumerId, providerId, QString(), QStringLiteral("daily"), *daily, w.day.spent,
             Periods::dayStart(at));
}

void evaluateUserBudget(Database& db, const QString& user, qint64 monthly, const QDateTime& at)
{
    const BudgetCounters::Windows w = BudgetCounters::user(db, user, at);
    fire(db, QStringLiteral("user:") + user, QVariant(), QVariant(), user, QStringLiteral("monthly"), monthly,
         w.month.spent, Periods::monthStart(at));
}
} // namespace

void BudgetAlerts::evaluate(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                            const QDateTime& at)
{
    QSqlQuery rule =
        db.exec(QStringLiteral("SELECT id, monthly_budget_micros, daily_budget_micros FROM access_rules "
                               "WHERE consumer_id = ? AND provider_id = ?"),
                {consumerId, providerId});
    if (rule.next())
        evaluatePairBudget(db, rule.value(0).toLongLong(), optionalMicros(rule.value(1)),
                           optionalMicros(rule.value(2)), consumerId, providerId, at);
    if (user.isEmpty())
        return;
    const QVariant userBudget = db.scalar(
        QStringLiteral("SELECT monthly_budget_micros FROM user_limits WHERE user_name = ?"), {user});
    if (const std::optional<qint64> monthly = optionalMicros(userBudget))
        evaluateUserBudget(db, user, *monthly, at);
}

BudgetAlerts::Batch::Batch(Database& db)
    : m_db(db)
{
    QSqlQuery rules = db.exec(
        QStringLiteral("SELECT consumer_id, provider_id, id, monthly_budget_micros, daily_budget_micros "
                       "FROM access_rules WHERE monthly_budget_micros IS NOT NULL OR daily_budget_micros IS "
                       "NOT NULL"));
    while (rules.next())
        m_rules.insert({rules.value(0).toLongLong(), rules.value(1).toLongLong()},
                       RuleBudget{rules.value(2).toLongLong(), optionalMicros(rules.value(3)),
                                  optionalMicros(rules.value(4))});
    QSqlQuery users = db.exec(QStringLiteral(
        "SELECT user_name, monthly_budget_micros FROM user_limits WHERE monthly_budget_micros IS NOT NULL"));
    while (users.next())
        m_userMonthly.insert(users.value(0).toString(), users.value(1).toLongLong());
}

void BudgetAlerts::Batch::evaluatePair(qint64 consumerId, qint64 providerId, const QDateTime& at)
{
    const auto it = m_rules.constFind({consumerId, providerId});
    if (it != m_rules.cend())
        evaluatePairBudget(m_db, it->ruleId, it->monthly, it->daily, consumerId, providerId, at);
}

void BudgetAlerts::Batch::evaluateUser(const QString& user, const QDateTime& at)
{
    const auto it = m_userMonthly.constFind(user);
    if (it != m_userMonthly.cend())
        evaluateUserBudget(m_db, user, *it, at);
}

QList<BudgetAlert> BudgetAlerts::list(Database& db, bool includeAcknowledged, int limit)
{
    QList<BudgetAlert> out;
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT a.id, a.scope_key, c.code, p.name, a.user_name, a.budget, a.threshold, a.window_start, "
            "a.spent_micros, a.budget_micros, a.fired_at, a.acknowledged_by, a.acknowledged_at FROM "
            "budget_alerts a LEFT JOIN consumers c ON c.id = a.consumer_id LEFT JOIN providers p ON p.id = "
            "a.provider_id %1 ORDER BY a.fired_at DESC, a.id DESC LIMIT ?")
            .arg(includeAcknowledged ? QString() : QStringLiteral("WHERE a.acknowledged_at IS NULL")),
        {limit});
    while (q.next()) {
        BudgetAlert a;
        a.id = q.value(0).toLongLong();
        a.scopeKey = q.value(1).toString();
        a.consumer = q.value(2).toString();
        a.provider = q.value(3).toString();
        a.user = q.value(4).toString();
        a.budget = q.value(5).toString();
        a.threshold = q.value(6).toInt();
        a.windowStart = Database::toDateTime(q.value(7));
        a.spentMicros = q.value(8).toLongLong();
        a.budgetMicros = q.value(9).toLongLong();
        a.firedAt = Database::toDateTime(q.value(10));
        a.acknowledgedBy = q.value(11).toString();
        a.acknowledgedAt = Database::toDateTime(q.value(12));
        out << a;
    }
    return out;
}

PendingWrite BudgetAlerts::planAcknowledge(Database& db, const QList<qint64>& ids)
{
    PendingWrite w;
    w.plan.action = QStringLiteral("alert.acknowledge");
    w.plan.targetType = QStringLiteral("budget_alert");
    QList<qint64> open;
    for (const BudgetAlert& a : list(db, false, 100000)) {
        if (ids.contains(a.id)) {
            open << a.id;
            w.plan.effects << a.text();
        }
    }
    w.plan.title = tr("Acknowledge %n budget alert(s)", nullptr, int(open.size()));
    w.plan.verb = tr("Acknowledge");
    w.plan.target = QString::number(open.size());
    if (open.isEmpty())
        return w;
    w.plan.rowsAffected = open.size();
    w.apply = [open](Database& target) {
        QJsonArray done;
        for (const qint64 id : open) {
            const int n =
                target
                    .exec(QStringLiteral("UPDATE budget_alerts SET acknowledged_by = ?, acknowledged_at = ? "
                                         "WHERE id = ? AND acknowledged_at IS NULL"),
                          {target.actor(), Database::nowText(), id})
                    .numRowsAffected();
            if (n == 1)
                done.append(double(id));
        }
        return QJsonObject{{QStringLiteral("acknowledged"), done}};
    };
    return w;
}

} // namespace fusion
