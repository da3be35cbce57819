#include "models/policy/AccessProposals.h"

#include "models/policy/Consumers.h"
#include "models/storage/Database.h"
#include "models/usage/Money.h"

#include <QJsonDocument>

namespace fusion {

namespace {
void putLimit(QJsonObject& o, const char* key, const std::optional<std::optional<qint64>>& v)
{
    if (!v)
        return;
    o.insert(QLatin1String(key), *v ? QJsonValue(QString::number(**v)) : QJsonValue(QJsonValue::Null));
}

std::optional<std::optional<qint64>> takeLimit(const QJsonObject& o, const char* key)
{
    const QString name = QLatin1String(key);
    if (!o.contains(name))
        return std::nullopt;
    const QJsonValue v = o.value(name);
    if (v.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(v.toString().toLongLong());
}

QString limitText(const std::optional<qint64>& v, bool money)
{
    if (!v)
        return AccessProposals::tr("none");
    return money ? Money::display(*v) : QString::number(*v);
}
} // namespace

QString AccessProposal::summary() const
{
    QStringList parts;
    if (change.enabled)
        parts << (*change.enabled ? AccessProposals::tr("enable") : AccessProposals::tr("disable"));
    if (change.monthlyBudget)
        parts << AccessProposals::tr("monthly budget → %1").arg(limitText(*change.monthlyBudget, true));
    if (change.dailyBudget)
        parts << AccessProposals::tr("daily budget → %1").arg(limitText(*change.dailyBudget, true));
    if (change.rpm)
        parts << AccessProposals::tr("RPM → %1").arg(limitText(*change.rpm, false));
    if (change.rpd)
        parts << AccessProposals::tr("RPD → %1").arg(limitText(*change.rpd, false));
    if (change.notes)
        parts << AccessProposals::tr("notes");
    return parts.join(QStringLiteral(", "));
}

QJsonObject AccessProposals::toJson(const RuleChange& change)
{
    QJsonObject o;
    if (change.enabled)
        o.insert(QStringLiteral("enabled"), *change.enabled);
    putLimit(o, "monthly_budget_micros", change.monthlyBudget);
    putLimit(o, "daily_budget_micros", change.dailyBudget);
    putLimit(o, "rpm", change.rpm);
    putLimit(o, "rpd", change.rpd);
    if (change.notes)
        o.insert(QStringLiteral("notes"), *change.notes);
    return o;
}

RuleChange AccessProposals::fromJson(const QString& consumer, const QString& provider,
                                     const QJsonObject& json)
{
    RuleChange c;
    c.consumer = consumer;
    c.provider = provider;
    if (json.contains(QStringLiteral("enabled")))
        c.enabled = json.value(QStringLiteral("enabled")).toBool();
    c.monthlyBudget = takeLimit(json, "monthly_budget_micros");
    c.dailyBudget = takeLimit(json, "daily_budget_micros");
    c.rpm = takeLimit(json, "rpm");
    c.rpd = takeLimit(json, "rpd");
    if (json.contains(QStringLiteral("notes")))
        c.notes = json.value(QStringLiteral("notes")).toString();
    return c;
}

QList<AccessProposal> AccessProposals::list(Database& db, bool pendingOnly)
{
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT a.id, c.code, p.code, a.changes, a.reason, a.state, a.created_by, a.created_at, "
            "a.decided_by, a.decided_at, a.row_version FROM access_proposals a JOIN consumers c ON c.id = "
            "a.consumer_id JOIN providers p ON p.id = a.provider_id %1 ORDER BY a.created_at DESC, a.id DESC "
            "LIMIT 500")
            .arg(pendingOnly ? QStringLiteral("WHERE a.state = 'pending'") : QString()));
    QList<AccessProposal> out;
    while (q.next()) {
        AccessProposal a;
        a.id = q.value(0).toLongLong();
        a.consumer = q.value(1).toString();
        a.provider = q.value(2).toString();
        a.change = fromJson(a.consumer, a.provider,
                            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
        a.reason = q.value(4).toString();
        a.state = q.value(5).toString();
        a.createdBy = q.value(6).toString();
        a.createdAt = Database::toDateTime(q.value(7));
        a.decidedBy = q.value(8).toString();
        a.decidedAt = Database::toDateTime(q.value(9));
        a.rowVersion = q.value(10).toInt();
        out << a;
    }
    return out;
}

PendingWrite AccessProposals::planPropose(Database& db, const RuleChange& change, const QString& reason)
{
    if (change.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("The proposal changes nothing."));
    if (reason.size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("The reason is too long (at most 500 characters)."));
    const std::optional<Consumer> consumer = Consumers::find(db, change.consumer);
    if (!consumer)
        throw Failure(ErrorKind::NotFound, tr("There is no consumer \"%1\".").arg(change.consumer));
    // The same checks and the same before → after as the direct edit, so the person sees what they propose.
    PendingWrite edit = AccessRules::planSetRule(db, change);
    const QVariant providerId =
        db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = ?"), {change.provider});
    PendingWrite w;
    w.plan = edit.plan;
    w.plan.action = QStringLiteral("access_proposal.create");
    w.plan.title =
        tr("Propose a change to the access rule of %1 at %2").arg(change.consumer, change.provider);
    w.plan.verb = tr("Propose");
    w.plan.effects = {tr("Nothing changes until an owner approves the proposal.")};
    if (w.plan.changes.isEmpty())
        return w;
    const QString json = QString::fromUtf8(QJsonDocument(toJson(change)).toJson(QJsonDocument::Compact));
    const qint64 cid = consumer->id;
    const qint64 pid = providerId.toLongLong();
    w.apply = [cid, pid, json, reason](Database& target) {
        const qint64 id =
            target.insertReturningId(QStringLiteral("INSERT INTO access_proposals (target, consumer_id, "
                                                    "provider_id, changes, reason, created_by) "
                                                    "VALUES ('rule', ?, ?, ?, ?, ?)"),
                                     {cid, pid, json, reason, target.actor()});
        return QJsonObject{{QStringLiteral("proposal"), double(id)}};
    };
    return w;
}

PendingWrite AccessProposals::planDecide(Database& db, qint64 id, bool approve)
{
    std::optional<AccessProposal> found;
    for (const AccessProposal& a : list(db, false)) {
        if (a.id == id)
            found = a;
    }
    if (!found)
        throw Failure(ErrorKind::NotFound, tr("There is no access proposal %1.").arg(id));
    if (found->state != QLatin1String("pending"))
        throw Failure(ErrorKind::Conflict, tr("Proposal %1 is already %2.").arg(id).arg(found->state));
    const int version = found->rowVersion;
    PendingWrite w;
    if (approve) {
        w = AccessRules::planSetRule(db, found->change);
        w.plan.title = tr("Approve proposal %1 by %2: %3").arg(id).arg(found->createdBy, w.plan.title);
        w.plan.verb = tr("Approve");
        if (w.plan.changes.isEmpty())
            w.plan.effects << tr("The rule already is as proposed; only the proposal is closed.");
        w.plan.rowsAffected = 1;
    } else {
        w.plan.title = tr("Reject proposal %1 by %2 (%3 at %4: %5)")
                           .arg(id)
                           .arg(found->createdBy, found->consumer, found->provider, found->summary());
        w.plan.verb = tr("Reject");
        w.plan.rowsAffected = 1;
    }
    w.plan.action =
        approve ? QStringLiteral("access_proposal.approve") : QStringLiteral("access_proposal.reject");
    w.plan.targetType = QStringLiteral("access_proposal");
    w.plan.target = QString::number(id);
    if (!found->reason.isEmpty())
        w.plan.effects << tr("Reason given: %1").arg(found->reason);
    const auto applyRule = w.apply;
    const QString state = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    w.apply = [applyRule, id, version, state](Database& target) {
        QJsonObject facts = applyRule ? applyRule(target) : QJsonObject();
        const int n =
            target
                .exec(QStringLiteral("UPDATE access_proposals SET state = ?, decided_by = ?, decided_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND "
                                     "state = 'pending'"),
                      {state, target.actor(), Database::nowText(), id, version})
                .numRowsAffected();
        if (n != 1)
            throw Failure(ErrorKind::Conflict, tr("Someone decided this proposal meanwhile; look again."));
        facts.insert(QStringLiteral("proposal"), double(id));
        return facts;
    };
    return w;
}

} // namespace fusion
