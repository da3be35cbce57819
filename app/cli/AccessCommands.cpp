// fusionctl access: the policy engine's decision for a consumer at a provider, the access rules with their
// live usage, per-user limits, consumers and their kill switch, and budget alerts.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ListView.h"
#include "models/audit/WriteExecutor.h"
#include "models/policy/AccessProposals.h"
#include "models/policy/AccessRules.h"
#include "models/policy/BudgetAlerts.h"
#include "models/policy/Consumers.h"
#include "models/policy/PolicyEngine.h"
#include "models/usage/Money.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
QJsonValue optionalJson(const std::optional<qint64>& v, bool money)
{
    if (!v)
        return QJsonValue::Null;
    return money ? QJsonValue(Money::format(*v)) : QJsonValue(double(*v));
}

QString limitText(const std::optional<qint64>& v, bool money)
{
    if (!v)
        return QStringLiteral("-");
    return money ? Money::display(*v) : QString::number(*v);
}

QJsonObject decisionJson(const Decision& d)
{
    return QJsonObject{
        {QStringLiteral("decision"), d.allowed ? QStringLiteral("allow") : QStringLiteral("deny")},
        {QStringLiteral("reason"), d.reasonCode()},
        {QStringLiteral("message"), d.message},
        {QStringLiteral("monthly_budget"), optionalJson(d.monthlyBudget, true)},
        {QStringLiteral("month_used"), Money::format(d.monthUsed)},
        {QStringLiteral("daily_budget"), optionalJson(d.dailyBudget, true)},
        {QStringLiteral("day_used"), Money::format(d.dayUsed)},
        {QStringLiteral("rpm"), optionalJson(d.rpm, false)},
        {QStringLiteral("minute_requests"), double(d.minuteRequests)},
        {QStringLiteral("rpd"), optionalJson(d.rpd, false)},
        {QStringLiteral("day_requests"), double(d.dayRequests)},
        {QStringLiteral("estimate"), Money::format(d.estimateMicros)}};
}

int check(Context& c)
{
    const auto consumer = c.args.option(QStringLiteral("consumer"));
    const auto provider = c.args.option(QStringLiteral("provider"));
    const auto user = c.args.option(QStringLiteral("user"));
    const auto estimate = c.args.option(QStringLiteral("estimate"));
    const auto model = c.args.option(QStringLiteral("model"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!consumer || !provider)
        return c.usage(
            tr("access check --consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]"));
    CallIntent intent;
    intent.consumer = *consumer;
    intent.provider = *provider;
    intent.user = user.value_or(QString());
    intent.model = model.value_or(QString());
    if (estimate) {
        const auto micros = Money::parse(*estimate);
        if (!micros)
            return c.usage(tr("--estimate takes an amount such as 0.05"));
        intent.estimateMicros = *micros;
    }
    const Decision d = PolicyEngine::check(c.db, intent, QDateTime::currentDateTimeUtc());
    c.report(decisionJson(d),
             (d.allowed ? tr("allow") : tr("deny (%1)").arg(PolicyEngine::reasonText(d.reason))) +
                 QStringLiteral(": ") + d.message);
    // 3: denied, so that a script can branch on the exit code alone.
    return d.allowed ? ExitOk : ExitNotConfirmed;
}

int list(Context& c)
{
    const auto consumer = c.args.option(QStringLiteral("consumer"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QList<AccessRule> rules =
        AccessRules::rules(c.db, QDateTime::currentDateTimeUtc(), consumer.value_or(QString()));
    using R = AccessRule;
    const auto money = [](qint64 micros) { return QJsonValue(Money::format(micros)); };
    const ListView<AccessRule> view({
        {tr("CONSUMER"), QStringLiteral("consumer"), &R::consumer},
        {tr("PROVIDER"), QStringLiteral("provider"), &R::provider},
        {tr("STATE"),
         {},
         [](const R& r) { return r.consumerKilled ? tr("stopped")
                                 : r.enabled      ? tr("on")
                                                  : tr("off"); }},
        {tr("THIS MONTH"),
         {},
         [](const R& r) {
             return QStringLiteral("%1 / %2 (%3)")
                 .arg(Money::display(r.monthSpent + r.monthReserved), limitText(r.monthlyBudget, true),
                      Money::percent(r.monthSpent + r.monthReserved, r.monthlyBudget));
         }},
        {tr("TODAY"),
         {},
         [](const R& r) {
             return QStringLiteral("%1 / %2 (%3)")
                 .arg(Money::display(r.daySpent + r.dayReserved), limitText(r.dailyBudget, true),
                      Money::percent(r.daySpent + r.dayReserved, r.dailyBudget));
         }},
        {tr("RPM"),
         {},
         [](const R& r) {
             return QStringLiteral("%1 / %2").arg(r.minuteRequests).arg(limitText(r.rpm, false));
         }},
        {tr("RPD"),
         {},
         [](const R& r) {
             return QStringLiteral("%1 / %2").arg(r.dayRequests).arg(limitText(r.rpd, false));
         }},
        // The table's cells combine these; a script gets them one by one.
        {{}, QStringLiteral("tenant"), {}, [](const R& r) { return QJsonValue(r.tenantSlug); }},
        {{}, QStringLiteral("enabled"), {}, [](const R& r) { return QJsonValue(r.enabled); }},
        {{}, QStringLiteral("consumer_killed"), {}, [](const R& r) { return QJsonValue(r.consumerKilled); }},
        {{},
         QStringLiteral("monthly_budget"),
         {},
         [](const R& r) { return optionalJson(r.monthlyBudget, true); }},
        {{}, QStringLiteral("month_spent"), {}, [money](const R& r) { return money(r.monthSpent); }},
        {{}, QStringLiteral("month_reserved"), {}, [money](const R& r) { return money(r.monthReserved); }},
        {{},
         QStringLiteral("daily_budget"),
         {},
         [](const R& r) { return optionalJson(r.dailyBudget, true); }},
        {{}, QStringLiteral("day_spent"), {}, [money](const R& r) { return money(r.daySpent); }},
        {{}, QStringLiteral("day_reserved"), {}, [money](const R& r) { return money(r.dayReserved); }},
        {{}, QStringLiteral("rpm"), {}, [](const R& r) { return optionalJson(r.rpm, false); }},
        {{}, QStringLiteral("rpd"), {}, [](const R& r) { return optionalJson(r.rpd, false); }},
        {{},
         QStringLiteral("minute_requests"),
         {},
         [](const R& r) { return QJsonValue(double(r.minuteRequests)); }},
        {{},
         QStringLiteral("day_requests"),
         {},
         [](const R& r) { return QJsonValue(double(r.dayRequests)); }},
        {{}, QStringLiteral("notes"), {}, [](const R& r) { return QJsonValue(r.notes); }},
    });
    view.print(
        c, rules,
        ListText().ifEmpty(
            tr("No access rules yet: \"fusionctl access set --consumer C --provider P ...\" adds one."),
            Stream::Err));
    return ExitOk;
}

// The rule options shared by `access set` and `access propose`; nothing (and *code) when they are wrong.
std::optional<RuleChange> ruleChange(Context& c, int* code, QString* reason = nullptr)
{
    RuleChange change;
    if (reason)
        *reason = c.args.option(QStringLiteral("reason")).value_or(QString());
    change.consumer = c.args.option(QStringLiteral("consumer")).value_or(QString());
    change.provider = c.args.option(QStringLiteral("provider")).value_or(QString());
    const bool enable = c.args.flag(QStringLiteral("enable"));
    const bool disable = c.args.flag(QStringLiteral("disable"));
    change.monthlyBudget = c.args.limitOption(QStringLiteral("monthly"), Args::Limit::Money);
    change.dailyBudget = c.args.limitOption(QStringLiteral("daily"), Args::Limit::Money);
    change.rpm = c.args.limitOption(QStringLiteral("rpm"), Args::Limit::Count);
    change.rpd = c.args.limitOption(QStringLiteral("rpd"), Args::Limit::Count);
    if (const auto notes = c.args.option(QStringLiteral("notes")))
        change.notes = *notes;
    *code = c.finishArgs();
    if (*code != ExitOk)
        return std::nullopt;
    if (change.consumer.isEmpty() || change.provider.isEmpty() || (enable && disable)) {
        *code = c.usage(
            tr("access set|propose --consumer C --provider P [--enable|--disable] [--monthly AMOUNT|none] "
               "[--daily AMOUNT|none] [--rpm N|none] [--rpd N|none] [--notes T]"));
        return std::nullopt;
    }
    if (enable || disable)
        change.enabled = enable;
    return change;
}

int set(Context& c)
{
    int code = ExitOk;
    const std::optional<RuleChange> change = ruleChange(c, &code);
    if (!change)
        return code;
    const QString consumer = change->consumer;
    const QString provider = change->provider;
    return c.confirmAndExecute(
        AccessRules::planSetRule(c.db, *change), [&c, consumer, provider](const QJsonObject& o) {
            c.report(o, tr("Saved the access rule of %1 at %2.").arg(consumer, provider));
        });
}

int propose(Context& c)
{
    int code = ExitOk;
    QString reason;
    const std::optional<RuleChange> change = ruleChange(c, &code, &reason);
    if (!change)
        return code;
    return c.confirmAndExecute(
        AccessProposals::planPropose(c.db, *change, reason), [&c](const QJsonObject& o) {
            c.report(o, tr("Proposed (proposal %1); an owner approves or rejects it with \"fusionctl access "
                           "approve|reject %1\".")
                            .arg(o.value(QStringLiteral("proposal")).toInteger()));
        });
}

int proposals(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using P = AccessProposal;
    const ListView<AccessProposal> view({
        {tr("ID"), QStringLiteral("id"), [](const P& p) { return QString::number(p.id); },
         [](const P& p) { return QJsonValue(double(p.id)); }},
        {tr("STATE"), QStringLiteral("state"), &P::state},
        {tr("CONSUMER"), QStringLiteral("consumer"), &P::consumer},
        {tr("PROVIDER"), QStringLiteral("provider"), &P::provider},
        {tr("CHANGE"), QStringLiteral("summary"), [](const P& p) { return p.summary(); }},
        {tr("REASON"), QStringLiteral("reason"), &P::reason},
        {tr("BY"), QStringLiteral("created_by"), &P::createdBy},
        {{},
         QStringLiteral("changes"),
         {},
         [](const P& p) { return QJsonValue(AccessProposals::toJson(p.change)); }},
        {{}, QStringLiteral("decided_by"), {}, [](const P& p) { return QJsonValue(p.decidedBy); }},
    });
    view.print(c, AccessProposals::list(c.db, !all),
               ListText().ifEmpty(all ? tr("No access proposals.") : tr("No pending access proposals."),
                                  Stream::Err));
    return ExitOk;
}

int decide(Context& c, bool approve)
{
    const qint64 id = c.args.idPositional(tr("proposal id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(AccessProposals::planDecide(c.db, id, approve),
                               [&c, approve](const QJsonObject& o) {
                                   c.report(o, approve ? tr("Approved and applied.") : tr("Rejected."));
                               });
}

int remove(Context& c)
{
    const auto consumer = c.args.option(QStringLiteral("consumer"));
    const auto provider = c.args.option(QStringLiteral("provider"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!consumer || !provider)
        return c.usage(tr("access remove --consumer C --provider P"));
    return c.confirmAndExecute(AccessRules::planDeleteRule(c.db, *consumer, *provider),
                               [&c](const QJsonObject& o) { c.report(o, tr("Removed the access rule.")); });
}

int user(Context& c)
{
    UserLimitChange change;
    change.user = c.args.requirePositional(tr("user name"));
    change.monthlyBudget = c.args.limitOption(QStringLiteral("monthly"), Args::Limit::Money);
    change.dailyRequests = c.args.limitOption(QStringLiteral("daily-requests"), Args::Limit::Count);
    const bool block = c.args.flag(QStringLiteral("block"));
    const bool unblock = c.args.flag(QStringLiteral("unblock"));
    if (const auto notes = c.args.option(QStringLiteral("notes")))
        change.notes = *notes;
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (block && unblock)
        return c.usage(tr("--block and --unblock together"));
    if (block || unblock)
        change.blocked = block;
    return c.confirmAndExecute(AccessRules::planSetUserLimit(c.db, change),
                               [&c, change](const QJsonObject& o) {
                                   c.report(o, tr("Saved the limits of user %1.").arg(change.user));
                               });
}

int users(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using L = UserLimit;
    const ListView<UserLimit> view({
        {tr("USER"), QStringLiteral("user"), &L::user},
        {tr("THIS MONTH"),
         {},
         [](const L& l) {
             return QStringLiteral("%1 / %2").arg(Money::display(l.monthSpent + l.monthReserved),
                                                  limitText(l.monthlyBudget, true));
         }},
        {tr("REQUESTS TODAY"),
         {},
         [](const L& l) {
             return QStringLiteral("%1 / %2").arg(l.dayRequests).arg(limitText(l.dailyRequests, false));
         }},
        {tr("BLOCKED"), QStringLiteral("blocked"),
         [](const L& l) { return l.blocked ? tr("blocked") : QString(); },
         [](const L& l) { return QJsonValue(l.blocked); }},
        // The table's cells combine these; a script gets them one by one.
        {{},
         QStringLiteral("monthly_budget"),
         {},
         [](const L& l) { return optionalJson(l.monthlyBudget, true); }},
        {{},
         QStringLiteral("month_spent"),
         {},
         [](const L& l) { return QJsonValue(Money::format(l.monthSpent)); }},
        {{},
         QStringLiteral("daily_requests"),
         {},
         [](const L& l) { return optionalJson(l.dailyRequests, false); }},
        {{},
         QStringLiteral("day_requests"),
         {},
         [](const L& l) { return QJsonValue(double(l.dayRequests)); }},
        {{}, QStringLiteral("notes"), {}, [](const L& l) { return QJsonValue(l.notes); }},
    });
    view.print(c, AccessRules::userLimits(c.db, QDateTime::currentDateTimeUtc()));
    return ExitOk;
}

int consumers(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using K = Consumer;
    const ListView<Consumer> view({
        {tr("CONSUMER"), QStringLiteral("consumer"), &K::code},
        {tr("TENANT"), QStringLiteral("tenant"), &K::tenantSlug},
        {tr("MODULE"), QStringLiteral("module"), &K::module},
        {tr("KILL SWITCH"), QStringLiteral("killed"),
         [](const K& k) { return k.killed ? tr("stopped: %1").arg(k.killReason) : QString(); },
         [](const K& k) { return QJsonValue(k.killed); }},
        {tr("FIRST SEEN"), QStringLiteral("first_seen_at"),
         [](const K& k) { return k.firstSeenAt.toUTC().toString(Qt::ISODate); }},
        {{}, QStringLiteral("kill_reason"), {}, [](const K& k) { return QJsonValue(k.killReason); }},
    });
    view.print(c, Consumers::all(c.db));
    return ExitOk;
}

int kill(Context& c, bool killed)
{
    const QString consumer = c.args.requirePositional(tr("consumer"));
    const QString reason = c.args.option(QStringLiteral("reason")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(Consumers::planKill(c.db, consumer, killed, reason),
                               [&c, consumer, killed](const QJsonObject& o) {
                                   c.report(o, killed ? tr("Consumer %1 is stopped.").arg(consumer)
                                                      : tr("Consumer %1 may call again.").arg(consumer));
                               });
}

int alerts(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using A = BudgetAlert;
    const auto time = [](const QDateTime& t) { return t.toUTC().toString(Qt::ISODate); };
    const ListView<BudgetAlert> view({
        {tr("ID"), QStringLiteral("id"), [](const A& x) { return QString::number(x.id); },
         [](const A& x) { return QJsonValue(double(x.id)); }},
        {tr("FIRED"), QStringLiteral("fired_at"), [time](const A& x) { return time(x.firedAt); }},
        {tr("ALERT"), QStringLiteral("text"), [](const A& x) { return x.text(); }},
        {tr("ACKNOWLEDGED"), QStringLiteral("acknowledged_by"),
         [](const A& x) {
             return x.acknowledgedBy.isEmpty() ? QString() : tr("seen by %1").arg(x.acknowledgedBy);
         },
         [](const A& x) { return QJsonValue(x.acknowledgedBy); }},
        // The alert's text says these for a person.
        {{}, QStringLiteral("consumer"), {}, [](const A& x) { return QJsonValue(x.consumer); }},
        {{}, QStringLiteral("provider"), {}, [](const A& x) { return QJsonValue(x.provider); }},
        {{}, QStringLiteral("user"), {}, [](const A& x) { return QJsonValue(x.user); }},
        {{}, QStringLiteral("budget"), {}, [](const A& x) { return QJsonValue(x.budget); }},
        {{}, QStringLiteral("threshold"), {}, [](const A& x) { return QJsonValue(x.threshold); }},
        {{},
         QStringLiteral("spent"),
         {},
         [](const A& x) { return QJsonValue(Money::format(x.spentMicros)); }},
        {{},
         QStringLiteral("budget_amount"),
         {},
         [](const A& x) { return QJsonValue(Money::format(x.budgetMicros)); }},
        {{},
         QStringLiteral("window_start"),
         {},
         [time](const A& x) { return QJsonValue(time(x.windowStart)); }},
    });
    view.print(c, BudgetAlerts::list(c.db, all),
               ListText().ifEmpty(all ? tr("No budget alerts.") : tr("No open budget alerts."), Stream::Err));
    return ExitOk;
}

int acknowledge(Context& c)
{
    QList<qint64> ids;
    const bool all = c.args.flag(QStringLiteral("all"));
    while (const auto word = c.args.positional()) {
        const auto id = Args::wholeNumber(*word, kPositive);
        if (!id)
            return c.usage(
                tr("access ack takes alert ids (positive whole numbers) or --all, not \"%1\"").arg(*word));
        ids << *id;
    }
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (all) {
        for (const BudgetAlert& x : BudgetAlerts::list(c.db, false, 100000))
            ids << x.id;
    }
    if (ids.isEmpty())
        return c.usage(tr("access ack ID... | --all"));
    return c.confirmAndExecute(BudgetAlerts::planAcknowledge(c.db, ids),
                               [&c](const QJsonObject& o) { c.report(o, tr("Acknowledged.")); });
}
} // namespace

void registerAccessCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("access check"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "--consumer C --provider P [--user U] [--model M] [--estimate AMOUNT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "exit 0 allow, 3 deny"),
           {},
           check});
    r.add({QStringLiteral("access list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--consumer C]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "access rules: who may call which provider, within which limits"),
           {},
           list});
    r.add({QStringLiteral("access consumers"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "consumers with their spend and state"),
           {},
           consumers});
    r.add({QStringLiteral("access users"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "user limits and this month's use"),
           {},
           users});
    r.add(
        {QStringLiteral("access alerts"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--all]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "budget alerts not yet acknowledged (--all: every one)"),
         {QStringLiteral("all")},
         alerts});
    r.add({QStringLiteral("access ack"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID...|--all"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "acknowledge budget alerts"),
           {QStringLiteral("all")},
           acknowledge});
    r.add({QStringLiteral("access set"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "--consumer C --provider P [--enable|--disable] [--monthly A|none] [--daily "
                             "A|none]\n[--rpm N|none] [--rpd N|none] [--notes T]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "create or change an access rule"),
           {QStringLiteral("enable"), QStringLiteral("disable")},
           set});
    r.add({QStringLiteral("access remove"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--consumer C --provider P"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "remove an access rule"),
           {},
           remove});
    r.add({QStringLiteral("access kill"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CONSUMER [--reason R]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "stop every call of a consumer at once"),
           {},
           [](Context& c) { return kill(c, true); }});
    r.add({QStringLiteral("access revive"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CONSUMER"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "let a stopped consumer call again"),
           {},
           [](Context& c) { return kill(c, false); }});
    r.add({QStringLiteral("access user"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "NAME [--monthly A|none] [--daily-requests N|none] [--block|--unblock] [--notes T]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "set a user's limits"),
           {QStringLiteral("block"), QStringLiteral("unblock")},
           user});
    r.add(
        {QStringLiteral("access propose"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "--consumer C --provider P [rule options] [--reason R]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "finance: an owner approves"),
         {QStringLiteral("enable"), QStringLiteral("disable")},
         propose});
    r.add({QStringLiteral("access proposals"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "proposed rule changes waiting for an owner (--all: decided ones too)"),
           {QStringLiteral("all")},
           proposals});
    r.add({QStringLiteral("access approve"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "approve a proposed rule change (owners)"),
           {},
           [](Context& c) { return decide(c, true); }});
    r.add({QStringLiteral("access reject"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "reject a proposed rule change (owners)"),
           {},
           [](Context& c) { return decide(c, false); }});
}

} // namespace fusion::cli
