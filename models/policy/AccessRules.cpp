#include "models/policy/AccessRules.h"

#include "models/policy/Consumers.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"

#include <QJsonObject>

namespace fusion {

namespace {
QVariant toVariant(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant moneyVariant(const std::optional<qint64>& v)
{
    return v ? QVariant(Money::display(*v)) : QVariant();
}

} // namespace

QList<AccessRule> AccessRules::rules(Database& db, const QDateTime& now, const QString& consumer)
{
    // %1 is replaced by each counter alias in turn.
    const QString pairMatch = QStringLiteral(
        "%1.consumer_id = r.consumer_id AND %1.provider_id = r.provider_id AND %1.user_name = ''");
    QString join;
    for (const char* alias : {"m", "d", "n"}) {
        const QString a = QStringLiteral("c") + QLatin1String(alias);
        const QString period = QLatin1String(alias) == QLatin1String("m")   ? QStringLiteral("month")
                               : QLatin1String(alias) == QLatin1String("d") ? QStringLiteral("day")
                                                                            : QStringLiteral("minute");
        join +=
            QStringLiteral(" LEFT JOIN usage_counters %1 ON %2 AND %1.period = '%3' AND %1.period_start = ?")
                .arg(a, QString(pairMatch).replace(QStringLiteral("%1"), a), period);
    }
    QVariantList params{Periods::key(Periods::monthStart(now)), Periods::key(Periods::dayStart(now)),
                        Periods::key(Periods::minuteStart(now))};
    QString where;
    if (!consumer.isEmpty()) {
        where = QStringLiteral(" WHERE c.code = ?");
        params << consumer;
    }
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT r.id, r.consumer_id, c.code, t.slug, r.provider_id, p.code, p.name, r.enabled, "
            "c.killed, r.monthly_budget_micros, r.daily_budget_micros, r.rpm, r.rpd, r.notes, "
            "r.row_version, coalesce(cm.spent_micros, 0), coalesce(cm.reserved_micros, 0), "
            "coalesce(cd.spent_micros, 0), coalesce(cd.reserved_micros, 0), coalesce(cn.requests, 0), "
            "coalesce(cd.requests, 0) FROM access_rules r JOIN consumers c ON c.id = r.consumer_id "
            "JOIN providers p ON p.id = r.provider_id LEFT JOIN tenants t ON t.id = c.tenant_id") +
            join + where + QStringLiteral(" ORDER BY c.code, p.code"),
        params);
    QList<AccessRule> out;
    while (q.next()) {
        AccessRule r;
        r.id = q.value(0).toLongLong();
        r.consumerId = q.value(1).toLongLong();
        r.consumer = q.value(2).toString();
        r.tenantSlug = q.value(3).toString();
        r.providerId = q.value(4).toLongLong();
        r.provider = q.value(5).toString();
        r.providerName = q.value(6).toString();
        r.enabled = q.value(7).toBool();
        r.consumerKilled = q.value(8).toBool();
        r.monthlyBudget = Database::toOptionalInt(q.value(9));
        r.dailyBudget = Database::toOptionalInt(q.value(10));
        r.rpm = Database::toOptionalInt(q.value(11));
        r.rpd = Database::toOptionalInt(q.value(12));
        r.notes = q.value(13).toString();
        r.rowVersion = q.value(14).toInt();
        r.monthSpent = q.value(15).toLongLong();
        r.monthReserved = q.value(16).toLongLong();
        r.daySpent = q.value(17).toLongLong();
        r.dayReserved = q.value(18).toLongLong();
        r.minuteRequests = q.value(19).toLongLong();
        r.dayRequests = q.value(20).toLongLong();
        out << r;
    }
    return out;
}

std::optional<AccessRule> AccessRules::rule(Database& db, const QString& consumer, const QString& provider,
                                            const QDateTime& now)
{
    for (const AccessRule& r : rules(db, now, consumer)) {
        if (r.provider == provider)
            return r;
    }
    return std::nullopt;
}

QList<UserLimit> AccessRules::userLimits(Database& db, const QDateTime& now)
{
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT l.id, l.user_name, l.monthly_budget_micros, l.daily_requests, l.blocked, l.notes, "
            "l.row_version, coalesce(m.spent_micros, 0), coalesce(m.reserved_micros, 0), "
            "coalesce(d.requests, 0) FROM user_limits l LEFT JOIN usage_counters m ON m.consumer_id = 0 "
            "AND m.provider_id = 0 AND m.user_name = l.user_name AND m.period = 'month' AND "
            "m.period_start = ? LEFT JOIN usage_counters d ON d.consumer_id = 0 AND d.provider_id = 0 AND "
            "d.user_name = l.user_name AND d.period = 'day' AND d.period_start = ? ORDER BY l.user_name"),
        {Periods::key(Periods::monthStart(now)), Periods::key(Periods::dayStart(now))});
    QList<UserLimit> out;
    while (q.next()) {
        UserLimit l;
        l.id = q.value(0).toLongLong();
        l.user = q.value(1).toString();
        l.monthlyBudget = Database::toOptionalInt(q.value(2));
        l.dailyRequests = Database::toOptionalInt(q.value(3));
        l.blocked = q.value(4).toBool();
        l.notes = q.value(5).toString();
        l.rowVersion = q.value(6).toInt();
        l.monthSpent = q.value(7).toLongLong();
        l.monthReserved = q.value(8).toLongLong();
        l.dayRequests = q.value(9).toLongLong();
        out << l;
    }
    return out;
}

PendingWrite AccessRules::planSetRule(Database& db, const RuleChange& change)
{
    if (const QString problem = Consumers::validateCode(change.consumer); !problem.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problem);
    const QVariant providerId =
        db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {change.provider});
    if (!providerId.isValid())
        throw Failure(ErrorKind::NotFound, tr("There is no provider \"%1\".").arg(change.provider));
    if (change.notes && change.notes->size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("Notes are at most 500 characters."));
    for (const auto* limit : {&change.monthlyBudget, &change.dailyBudget}) {
        if (*limit && **limit && (***limit < 0 || ***limit > Money::kMaxMicros))
            throw Failure(ErrorKind::InvalidInput, tr("A budget must be between 0 and 1,000,000,000."));
    }
    for (const auto* limit : {&change.rpm, &change.rpd}) {
        if (*limit && **limit && (***limit < 0 || ***limit > 1000000000))
            throw Failure(ErrorKind::InvalidInput,
                          tr("A request limit must be between 0 and 1,000,000,000."));
    }
    const std::optional<AccessRule> before =
        rule(db, change.consumer, change.provider, QDateTime::currentDateTimeUtc());
    AccessRule after = before.value_or(AccessRule{});
    if (!before) {
        after.consumer = change.consumer;
        after.provider = change.provider;
        after.enabled = true;
    }
    if (change.enabled)
        after.enabled = *change.enabled;
    if (change.monthlyBudget)
        after.monthlyBudget = *change.monthlyBudget;
    if (change.dailyBudget)
        after.dailyBudget = *change.dailyBudget;
    if (change.rpm)
        after.rpm = *change.rpm;
    if (change.rpd)
        after.rpd = *change.rpd;
    if (change.notes)
        after.notes = *change.notes;

    PendingWrite w;
    w.plan.action = before ? QStringLiteral("access_rule.update") : QStringLiteral("access_rule.create");
    w.plan.targetType = QStringLiteral("access_rule");
    w.plan.target = change.consumer + QStringLiteral(" → ") + change.provider;
    w.plan.title = before ? tr("Change the access rule of %1 at %2").arg(change.consumer, change.provider)
                          : tr("Add an access rule for %1 at %2").arg(change.consumer, change.provider);
    w.plan.verb = before ? tr("Change Rule") : tr("Add Rule");
    auto field = [&](const char* name, const QString& label, const QVariant& b, const QVariant& a) {
        if (!before && !a.isValid())
            return; // a new rule without this limit: nothing to show
        if (!before || b != a)
            w.plan.changes << FieldChange(QString::fromLatin1(name), label, before ? b : QVariant(), a);
    };
    const AccessRule& b = before.value_or(AccessRule{});
    field("enabled", tr("Enabled"), b.enabled, after.enabled);
    field("monthly_budget", tr("Monthly budget"), moneyVariant(b.monthlyBudget),
          moneyVariant(after.monthlyBudget));
    field("daily_budget", tr("Daily budget"), moneyVariant(b.dailyBudget), moneyVariant(after.dailyBudget));
    field("rpm", tr("Requests per minute"), toVariant(b.rpm), toVariant(after.rpm));
    field("rpd", tr("Requests per day"), toVariant(b.rpd), toVariant(after.rpd));
    if (before ? b.notes != after.notes : !after.notes.isEmpty())
        w.plan.changes << FieldChange(QStringLiteral("notes"), tr("Notes"),
                                      before ? QVariant(b.notes) : QVariant(), after.notes);
    if (!before && !Consumers::find(db, change.consumer))
        w.plan.effects << tr("Registers consumer %1, which has not called yet.").arg(change.consumer);
    if (before && after.monthlyBudget && after.monthSpent + after.monthReserved >= *after.monthlyBudget)
        w.plan.effects
            << tr("This month's usage (%1) already reaches the new monthly budget: calls are refused "
                  "until the month ends.")
                   .arg(Money::display(after.monthSpent + after.monthReserved));
    if (w.plan.changes.isEmpty())
        return w;
    const qint64 pid = providerId.toLongLong();
    const int version = before ? before->rowVersion : 0;
    w.apply = [after, pid, version](Database& target) {
        QJsonObject facts;
        const qint64 cid = Consumers::ensure(target, after.consumer);
        const QVariantList values{
            after.enabled,        toVariant(after.monthlyBudget), toVariant(after.dailyBudget),
            toVariant(after.rpm), toVariant(after.rpd),           after.notes};
        if (version == 0) {
            facts.insert(QStringLiteral("id"),
                         target.insertReturningId(
                             QStringLiteral("INSERT INTO access_rules (enabled, monthly_budget_micros, "
                                            "daily_budget_micros, rpm, rpd, notes, consumer_id, "
                                            "provider_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             values + QVariantList{cid, pid}));
            return facts;
        }
        const int n = target
                          .exec(QStringLiteral(
                                    "UPDATE access_rules SET enabled = ?, monthly_budget_micros = ?, "
                                    "daily_budget_micros = ?, rpm = ?, rpd = ?, notes = ?, updated_at = ?, "
                                    "row_version = row_version + 1 WHERE consumer_id = ? AND provider_id = ? "
                                    "AND row_version = ?"),
                                values + QVariantList{Database::nowText(), cid, pid, version})
                          .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Someone changed this rule meanwhile; look again and retry."));
        return facts;
    };
    return w;
}

PendingWrite AccessRules::planDeleteRule(Database& db, const QString& consumer, const QString& provider)
{
    const std::optional<AccessRule> r = rule(db, consumer, provider, QDateTime::currentDateTimeUtc());
    if (!r)
        throw Failure(ErrorKind::NotFound, tr("%1 has no access rule at %2.").arg(consumer, provider));
    PendingWrite w;
    w.plan.action = QStringLiteral("access_rule.delete");
    w.plan.targetType = QStringLiteral("access_rule");
    w.plan.target = consumer + QStringLiteral(" → ") + provider;
    w.plan.title = tr("Remove the access rule of %1 at %2").arg(consumer, provider);
    w.plan.verb = tr("Remove Rule");
    w.plan.destructive = true;
    w.plan.changes << FieldChange(QStringLiteral("enabled"), tr("Enabled"), r->enabled, QVariant());
    w.plan.effects << tr("Every call of %1 to %2 is refused from now on (no access rule).")
                          .arg(consumer, r->providerName);
    const qint64 id = r->id;
    const int version = r->rowVersion;
    w.apply = [id, version](Database& target) {
        const int n = target
                          .exec(QStringLiteral("DELETE FROM access_rules WHERE id = ? AND row_version = ?"),
                                {id, version})
                          .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Someone changed this rule meanwhile; look again and retry."));
        return QJsonObject();
    };
    return w;
}

PendingWrite AccessRules::planSetUserLimit(Database& db, const UserLimitChange& change)
{
    if (change.user.trimmed().isEmpty() || change.user.size() > 120)
        throw Failure(ErrorKind::InvalidInput, tr("A user name must be 1 to 120 characters."));
    if (change.monthlyBudget && *change.monthlyBudget &&
        (**change.monthlyBudget < 0 || **change.monthlyBudget > Money::kMaxMicros))
        throw Failure(ErrorKind::InvalidInput, tr("A budget must be between 0 and 1,000,000,000."));
    if (change.dailyRequests && *change.dailyRequests &&
        (**change.dailyRequests < 0 || **change.dailyRequests > 1000000000))
        throw Failure(ErrorKind::InvalidInput, tr("A request limit must be between 0 and 1,000,000,000."));
    std::optional<UserLimit> before;
    for (const UserLimit& l : userLimits(db, QDateTime::currentDateTimeUtc())) {
        if (l.user == change.user)
            before = l;
    }
    UserLimit after = before.value_or(UserLimit{});
    after.user = change.user;
    if (change.monthlyBudget)
        after.monthlyBudget = *change.monthlyBudget;
    if (change.dailyRequests)
        after.dailyRequests = *change.dailyRequests;
    if (change.blocked)
        after.blocked = *change.blocked;
    if (change.notes)
        after.notes = *change.notes;
    PendingWrite w;
    w.plan.action = before ? QStringLiteral("user_limit.update") : QStringLiteral("user_limit.create");
    w.plan.targetType = QStringLiteral("user_limit");
    w.plan.target = change.user;
    w.plan.title = before ? tr("Change the limits of user %1").arg(change.user)
                          : tr("Set limits for user %1").arg(change.user);
    w.plan.verb = tr("Set Limits");
    const UserLimit& b = before.value_or(UserLimit{});
    auto field = [&](const char* name, const QString& label, const QVariant& bv, const QVariant& av) {
        if (!before && !av.isValid())
            return;
        if (!before || bv != av)
            w.plan.changes << FieldChange(QString::fromLatin1(name), label, before ? bv : QVariant(), av);
    };
    field("monthly_budget", tr("Monthly budget"), moneyVariant(b.monthlyBudget),
          moneyVariant(after.monthlyBudget));
    field("daily_requests", tr("Requests per day"), toVariant(b.dailyRequests),
          toVariant(after.dailyRequests));
    field("blocked", tr("Blocked"), b.blocked, after.blocked);
    if (before ? b.notes != after.notes : !after.notes.isEmpty())
        w.plan.changes << FieldChange(QStringLiteral("notes"), tr("Notes"),
                                      before ? QVariant(b.notes) : QVariant(), after.notes);
    if (w.plan.changes.isEmpty())
        return w;
    if (after.blocked && !b.blocked)
        w.plan.effects << tr("Every call made for %1 is refused, at every consumer.").arg(change.user);
    const int version = before ? before->rowVersion : 0;
    w.apply = [after, version](Database& target) {
        const QVariantList values{toVariant(after.monthlyBudget), toVariant(after.dailyRequests),
                                  after.blocked, after.notes};
        if (version == 0) {
            target.exec(QStringLiteral(
                            "INSERT INTO user_limits (monthly_budget_micros, daily_requests, blocked, notes, "
                            "user_name) VALUES (?, ?, ?, ?, ?)"),
                        values + QVariantList{after.user});
            return QJsonObject();
        }
        const int n =
            target
                .exec(QStringLiteral("UPDATE user_limits SET monthly_budget_micros = ?, daily_requests = ?, "
                                     "blocked = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
                                     "WHERE user_name = ? AND row_version = ?"),
                      values + QVariantList{Database::nowText(), after.user, version})
                .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("Someone changed these limits meanwhile; look again and retry."));
        return QJsonObject();
    };
    return w;
}

} // namespace fusion
