#include "models/policy/PolicyEngine.h"

#include "models/policy/BudgetAlerts.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/usage/Money.h"
#include "models/usage/Periods.h"
#include "models/usage/UsageWriter.h"

namespace fusion {

namespace {
// What a decision is made from.
struct Facts {
    std::optional<qint64> consumerId;
    bool killed = false;
    QString killReason;
    std::optional<qint64> providerId;
    QString providerName;
    bool hasRule = false;
    bool enabled = false;
    bool hasUserLimit = false;
    bool blocked = false;
    BudgetCounters::Windows pair, user;
};

// Over the budget once this call's estimate is added; a call of no estimated cost is refused only when the
// budget is already used up.
bool over(qint64 used, qint64 estimate, qint64 budget)
{
    return estimate > 0 ? used + estimate > budget : used >= budget;
}

Facts load(Database& db, const CallIntent& intent, const QDateTime& now, bool lock, Decision& d)
{
    Facts f;
    QSqlQuery c = db.exec(QStringLiteral("SELECT id, killed, kill_reason FROM consumers WHERE code = ?"),
                          {intent.consumer});
    if (c.next()) {
        f.consumerId = c.value(0).toLongLong();
        f.killed = c.value(1).toBool();
        f.killReason = c.value(2).toString();
    }
    QSqlQuery p = db.exec(QStringLiteral("SELECT id, name FROM providers WHERE code = ?"), {intent.provider});
    if (p.next()) {
        f.providerId = p.value(0).toLongLong();
        f.providerName = p.value(1).toString();
    }
    if (!f.consumerId || !f.providerId)
        return f;
    d.consumerId = *f.consumerId;
    d.providerId = *f.providerId;
    if (lock && db.isPostgres()) {
        // What serialises concurrent decisions: one lock per (consumer, provider), then one per user, always
        // in that order. Advisory locks, because the callers' role (fusion_api_user) may not lock rule rows;
        // on SQLite the write transaction already serialises everything.
        db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(CAST(? AS integer), CAST(? AS integer))"),
                {*f.consumerId % 2147483647, *f.providerId % 2147483647});
        if (!intent.user.isEmpty())
            db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))"),
                    {QString(QStringLiteral("fusion-user:") + intent.user)});
    }
    QSqlQuery r =
        db.exec(QStringLiteral("SELECT enabled, monthly_budget_micros, daily_budget_micros, rpm, rpd FROM "
                               "access_rules WHERE consumer_id = ? AND provider_id = ?"),
                {*f.consumerId, *f.providerId});
    if (r.next()) {
        f.hasRule = true;
        f.enabled = r.value(0).toBool();
        d.monthlyBudget = Database::toOptionalInt(r.value(1));
        d.dailyBudget = Database::toOptionalInt(r.value(2));
        d.rpm = Database::toOptionalInt(r.value(3));
        d.rpd = Database::toOptionalInt(r.value(4));
    }
    if (!intent.user.isEmpty()) {
        QSqlQuery u =
            db.exec(QStringLiteral("SELECT monthly_budget_micros, daily_requests, blocked FROM user_limits "
                                   "WHERE user_name = ?"),
                    {intent.user});
        if (u.next()) {
            f.hasUserLimit = true;
            d.userMonthlyBudget = Database::toOptionalInt(u.value(0));
            d.userDailyRequests = Database::toOptionalInt(u.value(1));
            f.blocked = u.value(2).toBool();
        }
    }
    f.pair = BudgetCounters::pair(db, *f.consumerId, *f.providerId, now);
    d.monthUsed = f.pair.month.used();
    d.dayUsed = f.pair.day.used();
    d.minuteRequests = f.pair.minute.requests;
    d.dayRequests = f.pair.day.requests;
    if (f.hasUserLimit) {
        f.user = BudgetCounters::user(db, intent.user, now);
        d.userMonthUsed = f.user.month.used();
        d.userDayRequests = f.user.day.requests;
    }
    return f;
}

void deny(Decision& d, DenyReason reason, const QString& message)
{
    d.allowed = false;
    d.reason = reason;
    d.message = message;
}

void decide(Decision& d, const Facts& f, const CallIntent& intent)
{
    const qint64 est = intent.estimateMicros;
    d.estimateMicros = est;
    if (!f.providerId)
        return deny(d, DenyReason::UnknownProvider,
                    PolicyEngine::tr("There is no provider \"%1\".").arg(intent.provider));
    if (!f.consumerId)
        return deny(
            d, DenyReason::UnknownConsumer,
            PolicyEngine::tr("Consumer %1 is not registered yet (it has neither called nor recorded usage), "
                             "so it has no access rule.")
                .arg(intent.consumer));
    const QString who = PolicyEngine::tr("%1 at %2").arg(intent.consumer, f.providerName);
    if (f.killed)
        return deny(d, DenyReason::ConsumerKilled,
                    f.killReason.isEmpty()
                        ? PolicyEngine::tr("Consumer %1 is stopped (kill switch).").arg(intent.consumer)
                        : PolicyEngine::tr("Consumer %1 is stopped (kill switch): %2")
                              .arg(intent.consumer, f.killReason));
    if (!f.hasRule)
        return deny(
            d, DenyReason::NoRule,
            PolicyEngine::tr("Consumer %1 has no access rule for %2: add one in the Access pane or with "
                             "\"fusionctl access set\".")
                .arg(intent.consumer, f.providerName));
    if (!f.enabled)
        return deny(d, DenyReason::RuleDisabled,
                    PolicyEngine::tr("The access rule of %1 is disabled.").arg(who));
    if (f.blocked)
        return deny(d, DenyReason::UserBlocked, PolicyEngine::tr("User %1 is blocked.").arg(intent.user));
    if (d.rpm && d.minuteRequests + 1 > *d.rpm)
        return deny(d, DenyReason::Rpm,
                    PolicyEngine::tr("Rate limit of %1: %2 of %3 requests per minute used.")
                        .arg(who)
                        .arg(d.minuteRequests)
                        .arg(*d.rpm));
    if (d.rpd && d.dayRequests + 1 > *d.rpd)
        return deny(d, DenyReason::Rpd,
                    PolicyEngine::tr("Daily request limit of %1: %2 of %3 requests today (UTC) used.")
                        .arg(who)
                        .arg(d.dayRequests)
                        .arg(*d.rpd));
    if (d.userDailyRequests && d.userDayRequests + 1 > *d.userDailyRequests)
        return deny(d, DenyReason::UserDailyRequests,
                    PolicyEngine::tr("User %1 made %2 of %3 requests allowed today (UTC).")
                        .arg(intent.user)
                        .arg(d.userDayRequests)
                        .arg(*d.userDailyRequests));
    if (!intent.priceKnown && (d.dailyBudget || d.monthlyBudget || d.userMonthlyBudget))
        return deny(
            d, DenyReason::NoPrice,
            PolicyEngine::tr("Model \"%1\" has no price at %2, so a call cannot be held to its budget: add "
                             "its price first.")
                .arg(intent.model, f.providerName));
    const QString upTo =
        est > 0 ? PolicyEngine::tr(", this call up to %1").arg(Money::display(est)) : QString();
    if (d.dailyBudget && over(d.dayUsed, est, *d.dailyBudget))
        return deny(d, DenyReason::DailyBudget,
                    PolicyEngine::tr("Daily budget of %1 reached: %2 of %3 used or reserved today (UTC)%4.")
                        .arg(who, Money::display(d.dayUsed), Money::display(*d.dailyBudget), upTo));
    if (d.monthlyBudget && over(d.monthUsed, est, *d.monthlyBudget))
        return deny(d, DenyReason::MonthlyBudget,
                    PolicyEngine::tr("Monthly budget of %1 reached: %2 of %3 used or reserved this month%4.")
                        .arg(who, Money::display(d.monthUsed), Money::display(*d.monthlyBudget), upTo));
    if (d.userMonthlyBudget && over(d.userMonthUsed, est, *d.userMonthlyBudget))
        return deny(
            d, DenyReason::UserMonthlyBudget,
            PolicyEngine::tr("Monthly budget of user %1 reached: %2 of %3 used or reserved this month%4.")
                .arg(intent.user, Money::display(d.userMonthUsed), Money::display(*d.userMonthlyBudget),
                     upTo));
    d.allowed = true;
    d.reason = DenyReason::None;
    d.message = d.monthlyBudget ? PolicyEngine::tr("Allowed: %1 has used %2 of its monthly budget of %3.")
                                      .arg(who, Money::display(d.monthUsed), Money::display(*d.monthlyBudget))
                                : PolicyEngine::tr("Allowed: %1 may call (no monthly budget).").arg(who);
}
} // namespace

QString Decision::reasonCode() const
{
    switch (reason) {
    case DenyReason::None:
        return {};
    case DenyReason::UnknownConsumer:
        return QStringLiteral("unknown_consumer");
    case DenyReason::UnknownProvider:
        return QStringLiteral("unknown_provider");
    case DenyReason::ConsumerKilled:
        return QStringLiteral("consumer_killed");
    case DenyReason::NoRule:
        return QStringLiteral("no_rule");
    case DenyReason::RuleDisabled:
        return QStringLiteral("rule_disabled");
    case DenyReason::UserBlocked:
        return QStringLiteral("user_blocked");
    case DenyReason::Rpm:
        return QStringLiteral("rpm");
    case DenyReason::Rpd:
        return QStringLiteral("rpd");
    case DenyReason::UserDailyRequests:
        return QStringLiteral("user_daily_requests");
    case DenyReason::NoPrice:
        return QStringLiteral("no_price");
    case DenyReason::DailyBudget:
        return QStringLiteral("daily_budget");
    case DenyReason::MonthlyBudget:
        return QStringLiteral("monthly_budget");
    case DenyReason::UserMonthlyBudget:
        return QStringLiteral("user_monthly_budget");
    }
    return {};
}

QString PolicyEngine::reasonText(DenyReason reason)
{
    switch (reason) {
    case DenyReason::None:
        return tr("allowed");
    case DenyReason::UnknownConsumer:
        return tr("unknown consumer");
    case DenyReason::UnknownProvider:
        return tr("unknown provider");
    case DenyReason::ConsumerKilled:
        return tr("consumer stopped");
    case DenyReason::NoRule:
        return tr("no access rule");
    case DenyReason::RuleDisabled:
        return tr("rule disabled");
    case DenyReason::UserBlocked:
        return tr("user blocked");
    case DenyReason::Rpm:
        return tr("requests per minute");
    case DenyReason::Rpd:
        return tr("requests per day");
    case DenyReason::UserDailyRequests:
        return tr("user's requests per day");
    case DenyReason::NoPrice:
        return tr("no price for the model");
    case DenyReason::DailyBudget:
        return tr("daily budget");
    case DenyReason::MonthlyBudget:
        return tr("monthly budget");
    case DenyReason::UserMonthlyBudget:
        return tr("user's monthly budget");
    }
    return {};
}

std::optional<qint64> PolicyEngine::estimate(const PriceTable& prices, qint64 providerId,
                                             const QString& model, qint64 promptBytes, int messages,
                                             qint64 maxOutputTokens, const QDate& day)
{
    const std::optional<ModelPrice> price = prices.find(providerId, model, day);
    if (!price)
        return std::nullopt;
    TokenCounts worst;
    worst.in = qMin<qint64>(promptBytes + 8 * qint64(qMax(1, messages)) + 16, UsageRecord::kMaxTokens);
    worst.out = qMin<qint64>(maxOutputTokens, UsageRecord::kMaxTokens);
    return PriceTable::cost(*price, worst);
}

Decision PolicyEngine::check(Database& db, const CallIntent& intent, const QDateTime& now)
{
    Decision d;
    d.at = now;
    const Facts f = load(db, intent, now, false, d);
    decide(d, f, intent);
    return d;
}

Decision PolicyEngine::reserve(Database& db, const CallIntent& intent, const QDateTime& now, int ttlSeconds)
{
    if (const QString problem = Consumers::validateCode(intent.consumer); !problem.isEmpty())
        throw Failure(ErrorKind::InvalidInput, problem);
    UsageWriter::preparePartitions(db, {now.toUTC().date()});
    // Reservations of this pair that were never settled give their money back first (own transaction, so a
    // reservation of another user never holds up this decision's locks).
    {
        const QVariant cid =
            db.scalar(QStringLiteral("SELECT id FROM consumers WHERE code = ?"), {intent.consumer});
        const QVariant pid =
            db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {intent.provider});
        if (cid.isValid() && pid.isValid())
            releaseExpired(db, now, cid.toLongLong(), pid.toLongLong());
    }
    Decision d;
    d.at = now;
    Transaction tx(db);
    if (db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {intent.provider}).isValid())
        Consumers::ensure(db, intent.consumer);
    const Facts f = load(db, intent, now, true, d);
    decide(d, f, intent);
    if (d.allowed) {
        d.reservationId = db.insertReturningId(
            QStringLiteral(
                "INSERT INTO budget_reservations (consumer_id, provider_id, user_name, feature, model, "
                "amount_micros, day_start, month_start, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?)"),
            {d.consumerId, d.providerId, intent.user, intent.feature, intent.model, d.estimateMicros,
             Periods::key(Periods::dayStart(now)), Periods::key(Periods::monthStart(now)), Periods::key(now),
             Periods::key(now.addSecs(qMax(1, ttlSeconds)))});
        BudgetCounters::add(db, d.consumerId, d.providerId, intent.user, now, {1, 0, d.estimateMicros}, true);
    } else if (d.consumerId && d.providerId) {
        UsageWriter::holdLogLock(db);
        UsageRecord denied;
        denied.occurredAt = now;
        denied.consumer = intent.consumer;
        denied.provider = intent.provider;
        denied.user = intent.user;
        denied.feature = intent.feature;
        denied.model = intent.model;
        denied.status = QStringLiteral("denied");
        denied.error = d.reasonCode() + QStringLiteral(": ") + d.message;
        UsageWriter::insertRow(db, d.consumerId, d.providerId, denied, 0, QStringLiteral("call"), QVariant());
    }
    tx.commit();
    return d;
}

std::optional<qint64> PolicyEngine::settle(Database& db, const Decision& reserved, const CallIntent& intent,
                                           const Outcome& outcome, const PriceTable& prices,
                                           const QDateTime& now)
{
    if (!reserved.allowed || reserved.reservationId == 0)
        throw Failure(ErrorKind::Internal, QStringLiteral("settle() needs an allowed, reserved decision"));
    UsageRecord row;
    row.occurredAt = reserved.at;
    row.consumer = intent.consumer;
    row.provider = intent.provider;
    row.user = intent.user;
    row.feature = intent.feature;
    row.model = outcome.model.isEmpty() ? intent.model : outcome.model;
    row.tokens = outcome.tokens;
    row.latencyMs = outcome.latencyMs;
    row.status = outcome.status;
    row.httpStatus = outcome.httpStatus;
    row.error = outcome.error.left(2000);
    row.aiProviderId = intent.aiProviderId;
    const std::optional<qint64> cost = UsageWriter::costOf(row, reserved.providerId, prices);

    Transaction tx(db);
    QSqlQuery r =
        db.exec(QStringLiteral("DELETE FROM budget_reservations WHERE id = ? RETURNING amount_micros, "
                               "day_start"),
                {reserved.reservationId});
    const bool held = r.next();
    const qint64 amount = held ? r.value(0).toLongLong() : 0;
    const QDateTime window = held ? Database::toDateTime(r.value(1)) : reserved.at;
    r.finish();
    UsageWriter::holdLogLock(db);
    UsageWriter::insertRow(db, reserved.consumerId, reserved.providerId, row, cost, QStringLiteral("call"),
                           QVariant());
    BudgetCounters::add(db, reserved.consumerId, reserved.providerId, intent.user, window,
                        {0, cost.value_or(0), -amount}, false);
    if (cost.value_or(0) > 0)
        BudgetAlerts::evaluate(db, reserved.consumerId, reserved.providerId, intent.user, window);
    tx.commit();
    Q_UNUSED(now)
    return cost;
}

int PolicyEngine::releaseExpired(Database& db, const QDateTime& now, qint64 consumerId, qint64 providerId)
{
    Transaction tx(db);
    const bool one = consumerId != 0 && providerId != 0;
    QSqlQuery q = db.exec(
        QStringLiteral("DELETE FROM budget_reservations WHERE expires_at < ?%1 RETURNING consumer_id, "
                       "provider_id, user_name, feature, model, amount_micros, day_start, "
                       "created_at")
            .arg(one ? QStringLiteral(" AND consumer_id = ? AND provider_id = ?") : QString()),
        one ? QVariantList{Periods::key(now), consumerId, providerId} : QVariantList{Periods::key(now)});
    struct Released {
        qint64 consumerId, providerId, amount;
        QString user, feature, model;
        QDateTime day, created;
    };
    QList<Released> released;
    while (q.next())
        released << Released{q.value(0).toLongLong(),
                             q.value(1).toLongLong(),
                             q.value(5).toLongLong(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             Database::toDateTime(q.value(6)),
                             Database::toDateTime(q.value(7))};
    q.finish();
    if (!released.isEmpty())
        UsageWriter::holdLogLock(db);
    for (const Released& r : released) {
        BudgetCounters::add(db, r.consumerId, r.providerId, r.user, r.day, {0, 0, -r.amount}, false);
        UsageRecord row;
        row.occurredAt = r.created;
        row.user = r.user;
        row.feature = r.feature;
        row.model = r.model;
        row.status = QStringLiteral("expired");
        row.error =
            tr("The reservation of %1 expired: the call was never settled (its process ended?). What it "
               "cost is unknown.")
                .arg(Money::display(r.amount));
        UsageWriter::insertRow(db, r.consumerId, r.providerId, row, 0, QStringLiteral("call"), QVariant());
    }
    tx.commit();
    return int(released.size());
}

} // namespace fusion
