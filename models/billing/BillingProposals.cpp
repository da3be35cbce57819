#include "models/billing/BillingProposals.h"

#include "models/billing/BillingPlans.h"
#include "models/billing/Invoicing.h"
#include "models/tenants/TenantRepository.h"
#include "models/usage/Money.h"

#include <QJsonObject>

namespace fusion {

namespace {

const QVariant kProposalNullId = QVariant(QMetaType::fromType<qint64>());

QString proposalInvoiceText(const QString& number, qint64 id)
{
    return number.isEmpty() ? BillingProposals::tr("draft %1").arg(id) : number;
}

BillingProposal proposalFromRow(const QSqlQuery& q)
{
    BillingProposal p;
    p.id = q.value(0).toLongLong();
    p.kind = q.value(1).toString();
    p.tenantId = q.value(2).toLongLong();
    p.tenantSlug = q.value(3).toString();
    p.planCode = q.value(4).toString();
    p.invoiceId = q.value(5).toLongLong();
    if (p.invoiceId != 0)
        p.invoiceText = proposalInvoiceText(q.value(6).toString(), p.invoiceId);
    p.amountMicros = q.value(7).toLongLong();
    p.reason = q.value(8).toString();
    p.state = q.value(9).toString();
    p.createdBy = q.value(10).toString();
    p.createdAt = Database::toDateTime(q.value(11));
    p.decidedBy = q.value(12).toString();
    p.decidedAt = Database::toDateTime(q.value(13));
    p.decisionReason = q.value(14).toString();
    p.outcome = q.value(15).toString();
    p.rowVersion = q.value(16).toInt();
    return p;
}

const QString kProposalSelect = QStringLiteral(
    "SELECT bp.id, bp.kind, bp.tenant_id, t.slug, pl.code, bp.invoice_id, i.number, bp.amount_micros, "
    "bp.reason, "
    "bp.state, bp.created_by, bp.created_at, bp.decided_by, bp.decided_at, bp.decision_reason, bp.outcome, "
    "bp.row_version FROM billing_proposals bp JOIN tenants t ON t.id = bp.tenant_id LEFT JOIN plans pl ON "
    "pl.id "
    "= bp.plan_id LEFT JOIN invoices i ON i.id = bp.invoice_id ");

QString proposalReason(const QString& reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 500)
        throw Failure(ErrorKind::InvalidInput,
                      BillingProposals::tr("Say why you propose it (1 to 500 characters)."));
    return why;
}

// The proposal's insert, confirmed and audited like every write; nothing else changes.
PendingWrite proposalInsert(const QString& title, const QString& kind, qint64 tenantId,
                            const QVariant& planId, const QVariant& invoiceId, const QVariant& amount,
                            const QString& reason)
{
    PendingWrite w;
    w.plan.action = QStringLiteral("billing_proposal.create");
    w.plan.title = title;
    w.plan.verb = BillingProposals::tr("Propose");
    w.plan.targetType = QStringLiteral("billing_proposal");
    w.plan.tenantId = tenantId;
    w.plan.changes << FieldChange{QStringLiteral("kind"), BillingProposals::tr("Proposal"), QVariant(),
                                  BillingProposals::kindLabel(kind)}
                   << FieldChange{QStringLiteral("reason"), BillingProposals::tr("Reason"), QVariant(),
                                  reason};
    w.plan.effects << BillingProposals::tr("Nothing changes until an owner approves the proposal.");
    w.plan.rowsAffected = 1;
    w.apply = [kind, tenantId, planId, invoiceId, amount, reason](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO billing_proposals (kind, tenant_id, plan_id, invoice_id, amount_micros, "
                "reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {kind, tenantId, planId, invoiceId, amount, reason, d.actor(), Database::nowText()});
        return QJsonObject{{QStringLiteral("proposal"), id}, {QStringLiteral("kind"), kind}};
    };
    return w;
}

BillingProposal proposalRequirePending(Database& db, qint64 id)
{
    const auto p = BillingProposals::find(db, id);
    if (!p)
        throw Failure(ErrorKind::NotFound, BillingProposals::tr("There is no billing proposal %1.").arg(id));
    if (p->state != QLatin1String("pending"))
        throw Failure(ErrorKind::Conflict, BillingProposals::tr("Billing proposal %1 was already %2 by %3.")
                                               .arg(id)
                                               .arg(BillingProposals::stateLabel(p->state), p->decidedBy));
    return *p;
}

// Claims the proposal: the row moves from pending once, so a second decision (another owner at the same
// moment, whose transaction waits for this row) finds it decided and rolls back whatever it applied.
void proposalClaim(Database& d, const BillingProposal& p, const QString& state, const QString& decisionReason,
                   const QString& outcome)
{
    const int n =
        d.exec(QStringLiteral(
                   "UPDATE billing_proposals SET state = ?, decided_by = ?, decided_at = ?, "
                   "decision_reason = ?, outcome = ?, row_version = row_version + 1 WHERE id = ? AND "
                   "state = 'pending' AND row_version = ?"),
               {state, d.actor(), Database::nowText(), decisionReason, outcome, p.id, p.rowVersion})
            .numRowsAffected();
    if (n == 1)
        return;
    const auto now = BillingProposals::find(d, p.id);
    if (now && now->state != QLatin1String("pending"))
        throw Failure(ErrorKind::Conflict,
                      BillingProposals::tr("Billing proposal %1 was already %2 by %3 meanwhile; nothing was "
                                           "applied.")
                          .arg(p.id)
                          .arg(BillingProposals::stateLabel(now->state), now->decidedBy));
    throw Failure(ErrorKind::Conflict,
                  BillingProposals::tr("Billing proposal %1 changed meanwhile; look again.").arg(p.id));
}

Invoice proposalDraftToDiscount(Database& db, qint64 invoiceId, qint64 amountMicros)
{
    const auto i = Invoicing::find(db, invoiceId);
    if (!i)
        throw Failure(ErrorKind::NotFound, BillingProposals::tr("There is no invoice %1.").arg(invoiceId));
    if (i->isCreditNote() || i->state != QLatin1String("draft"))
        throw Failure(ErrorKind::Conflict,
                      BillingProposals::tr("A discount goes on a draft invoice; invoice %1 is %2. Propose a "
                                           "credit instead.")
                          .arg(proposalInvoiceText(i->number, i->id), Invoicing::stateLabel(i->state)));
    if (amountMicros <= 0)
        throw Failure(ErrorKind::InvalidInput, BillingProposals::tr("A discount is an amount above zero."));
    if (amountMicros > i->totalMicros)
        throw Failure(ErrorKind::InvalidInput,
                      BillingProposals::tr("The discount %1 is more than the draft's "
                                           "total %2.")
                          .arg(Money::display(amountMicros), Money::display(i->totalMicros)));
    return *i;
}

} // namespace

QString BillingProposal::summary() const
{
    if (kind == QLatin1String("plan"))
        return BillingProposals::tr("plan → %1").arg(planCode);
    if (kind == QLatin1String("credit"))
        return BillingProposals::tr("credit %1 on %2").arg(Money::display(amountMicros), invoiceText);
    return BillingProposals::tr("discount %1 on %2").arg(Money::display(amountMicros), invoiceText);
}

QString BillingProposals::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("plan"))
        return tr("Plan change");
    if (kind == QLatin1String("credit"))
        return tr("Credit");
    if (kind == QLatin1String("discount"))
        return tr("Discount");
    return kind;
}

QString BillingProposals::stateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("pending");
    if (state == QLatin1String("approved"))
        return tr("approved");
    if (state == QLatin1String("rejected"))
        return tr("rejected");
    return state;
}

QList<BillingProposal> BillingProposals::list(Database& db, bool pendingOnly)
{
    QSqlQuery q =
        db.exec(kProposalSelect + (pendingOnly ? QStringLiteral("WHERE bp.state = 'pending' ") : QString()) +
                QStringLiteral("ORDER BY bp.created_at DESC, bp.id DESC LIMIT 500"));
    QList<BillingProposal> out;
    while (q.next())
        out << proposalFromRow(q);
    return out;
}

std::optional<BillingProposal> BillingProposals::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(kProposalSelect + QStringLiteral("WHERE bp.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return proposalFromRow(q);
}

PendingWrite BillingProposals::planProposePlan(Database& db, const QString& tenantSlug,
                                               const QString& planCode, const QString& reason)
{
    const QString why = proposalReason(reason);
    const auto tenant = TenantRepository(db).findBySlug(tenantSlug);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("There is no tenant \"%1\".").arg(tenantSlug));
    const auto plan = BillingPlans::find(db, planCode);
    if (!plan)
        throw Failure(ErrorKind::NotFound, tr("There is no plan \"%1\".").arg(planCode));
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT coalesce(p.code, '') FROM subscriptions s LEFT JOIN plans p ON "
                               "p.id = s.plan_id WHERE s.tenant_id = ?"),
                {tenant->id});
    if (!q.next())
        throw Failure(ErrorKind::Conflict, tr("Tenant %1 has no subscription to change.").arg(tenant->slug));
    const QString current = q.value(0).toString();
    if (current == plan->code)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Tenant %1 is already on %2.").arg(tenant->slug, plan->code));
    PendingWrite w =
        proposalInsert(tr("Propose moving tenant %1 to plan %2").arg(tenant->slug, plan->code),
                       QStringLiteral("plan"), tenant->id, plan->id, kProposalNullId, kProposalNullId, why);
    w.plan.target = tenant->slug;
    w.plan.changes.insert(1, FieldChange{QStringLiteral("plan"), tr("Plan"),
                                         current.isEmpty() ? QVariant() : QVariant(current), plan->code});
    return w;
}

PendingWrite BillingProposals::planProposeCredit(Database& db, qint64 invoiceId, qint64 amountMicros,
                                                 const QString& reason)
{
    const QString why = proposalReason(reason);
    // The credit's own checks (issued or paid, at most what can still be credited), without applying it.
    const PendingWrite credit = Invoicing::planCredit(db, invoiceId, amountMicros, why);
    const Invoice i = *Invoicing::find(db, invoiceId);
    PendingWrite w = proposalInsert(
        tr("Propose a credit of %1 on %2 (%3)").arg(Money::display(amountMicros), i.number, i.tenantSlug),
        QStringLiteral("credit"), i.tenantId, kProposalNullId, invoiceId, amountMicros, why);
    w.plan.target = i.number;
    FieldChange amount{QStringLiteral("amount_micros"), tr("Credit"), QVariant(), amountMicros};
    amount.afterText = Money::display(amountMicros);
    w.plan.changes.insert(1, amount);
    w.plan.effects << tr("When approved: %1").arg(credit.plan.title);
    return w;
}

PendingWrite BillingProposals::planProposeDiscount(Database& db, qint64 invoiceId, qint64 amountMicros,
                                                   const QString& reason)
{
    const QString why = proposalReason(reason);
    const Invoice i = proposalDraftToDiscount(db, invoiceId, amountMicros);
    PendingWrite w =
        proposalInsert(tr("Propose a discount of %1 on draft %2 (%3, %4)")
                           .arg(Money::display(amountMicros))
                           .arg(i.id)
                           .arg(i.tenantSlug, i.periodText()),
                       QStringLiteral("discount"), i.tenantId, kProposalNullId, invoiceId, amountMicros, why);
    w.plan.target = QString::number(i.id);
    FieldChange amount{QStringLiteral("amount_micros"), tr("Discount"), QVariant(), amountMicros};
    amount.afterText = Money::display(amountMicros);
    w.plan.changes.insert(1, amount);
    w.plan.effects << tr("When approved: a discount line on the draft; its total becomes %1.")
                          .arg(Money::display(i.totalMicros - amountMicros));
    return w;
}

PendingWrite BillingProposals::planApprove(Database& db, qint64 id)
{
    const BillingProposal p = proposalRequirePending(db, id);
    PendingWrite w;
    std::function<QJsonObject(Database&)> change;
    if (p.kind == QLatin1String("plan")) {
        const auto plan = BillingPlans::find(db, p.planCode);
        if (!plan)
            throw Failure(ErrorKind::NotFound, tr("The proposed plan no longer exists."));
        const QString current =
            db.scalar(QStringLiteral("SELECT coalesce(p.code, '') FROM subscriptions s LEFT JOIN plans p ON "
                                     "p.id = s.plan_id WHERE s.tenant_id = ?"),
                      {p.tenantId})
                .toString();
        w.plan.changes << FieldChange{QStringLiteral("plan"), tr("Plan"),
                                      current.isEmpty() ? QVariant() : QVariant(current), p.planCode};
        w.plan.effects
            << tr("Tenant %1's subscription and the tenant move to plan %2.").arg(p.tenantSlug, p.planCode);
        const qint64 planId = plan->id;
        const qint64 tenantId = p.tenantId;
        change = [planId, tenantId](Database& d) {
            const QString now = Database::nowText();
            if (d.exec(QStringLiteral("UPDATE subscriptions SET plan_id = ?, updated_at = ?, row_version = "
                                      "row_version + 1 WHERE tenant_id = ?"),
                       {planId, now, tenantId})
                    .numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict, tr("The tenant's subscription no longer exists."));
            d.exec(
                QStringLiteral("UPDATE tenants SET plan_id = ?, updated_at = ?, row_version = row_version + "
                               "1 WHERE id = ?"),
                {planId, now, tenantId});
            return QJsonObject{{QStringLiteral("outcome"), tr("plan changed")}};
        };
    } else if (p.kind == QLatin1String("credit")) {
        PendingWrite credit = Invoicing::planCredit(db, p.invoiceId, p.amountMicros, p.reason);
        w.plan.changes = credit.plan.changes;
        w.plan.effects = credit.plan.effects;
        const auto apply = credit.apply;
        change = [apply](Database& d) {
            QJsonObject o = apply(d);
            o.insert(QStringLiteral("outcome"),
                     tr("credit note %1").arg(o.value(QStringLiteral("number")).toString()));
            return o;
        };
    } else {
        const Invoice i = proposalDraftToDiscount(db, p.invoiceId, p.amountMicros);
        FieldChange total{QStringLiteral("total_micros"), tr("Draft total"), i.totalMicros,
                          i.totalMicros - p.amountMicros};
        total.beforeText = Money::display(i.totalMicros);
        total.afterText = Money::display(i.totalMicros - p.amountMicros);
        w.plan.changes << total;
        w.plan.effects << tr("Adds a discount line of %1 to draft %2 of %3.")
                              .arg(Money::display(-p.amountMicros))
                              .arg(i.id)
                              .arg(i.tenantSlug);
        const QString line = tr("Discount: %1").arg(p.reason).left(300);
        const qint64 amount = p.amountMicros;
        change = [i, amount, line](Database& d) {
            const int n =
                d.exec(QStringLiteral("UPDATE invoices SET total_micros = total_micros - ?, row_version "
                                      "= row_version + 1 WHERE id = ? AND state = 'draft' AND "
                                      "row_version = ? AND total_micros >= ?"),
                       {amount, i.id, i.rowVersion, amount})
                    .numRowsAffected();
            if (n != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("Draft %1 was changed or issued meanwhile; look again.").arg(i.id));
            d.exec(QStringLiteral(
                       "INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, "
                       "unit_micros, amount_micros) SELECT ?, coalesce(max(position), 0) + 1, "
                       "'discount', ?, 1, ?, ? FROM invoice_lines WHERE invoice_id = ?"),
                   {i.id, line, -amount, -amount, i.id});
            return QJsonObject{{QStringLiteral("invoice_id"), i.id},
                               {QStringLiteral("outcome"), tr("discount on draft %1").arg(i.id)}};
        };
    }
    w.plan.action = QStringLiteral("billing_proposal.approve");
    w.plan.title = tr("Approve billing proposal %1 by %2: %3 for %4")
                       .arg(p.id)
                       .arg(p.createdBy, p.summary(), p.tenantSlug);
    w.plan.verb = tr("Approve");
    w.plan.targetType = QStringLiteral("billing_proposal");
    w.plan.target = QString::number(p.id);
    w.plan.tenantId = p.tenantId;
    w.plan.effects << tr("Reason given: %1").arg(p.reason);
    w.plan.rowsAffected = 1;
    w.apply = [p, change](Database& d) {
        QJsonObject facts = change(d);
        proposalClaim(d, p, QStringLiteral("approved"), QString(),
                      facts.value(QStringLiteral("outcome")).toString());
        facts.insert(QStringLiteral("proposal"), p.id);
        return facts;
    };
    return w;
}

PendingWrite BillingProposals::planReject(Database& db, qint64 id, const QString& reason)
{
    const BillingProposal p = proposalRequirePending(db, id);
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > 500)
        throw Failure(ErrorKind::InvalidInput, tr("Say why you reject it (1 to 500 characters)."));
    PendingWrite w;
    w.plan.action = QStringLiteral("billing_proposal.reject");
    w.plan.title = tr("Reject billing proposal %1 by %2: %3 for %4")
                       .arg(p.id)
                       .arg(p.createdBy, p.summary(), p.tenantSlug);
    w.plan.verb = tr("Reject");
    w.plan.targetType = QStringLiteral("billing_proposal");
    w.plan.target = QString::number(p.id);
    w.plan.tenantId = p.tenantId;
    FieldChange state{QStringLiteral("state"), tr("State"), p.state, QStringLiteral("rejected")};
    state.beforeText = stateLabel(p.state);
    state.afterText = stateLabel(QStringLiteral("rejected"));
    w.plan.changes << state << FieldChange{QStringLiteral("decision_reason"), tr("Why"), QVariant(), why};
    w.plan.effects << tr("Nothing of the proposal is applied.");
    w.plan.rowsAffected = 1;
    w.apply = [p, why](Database& d) {
        proposalClaim(d, p, QStringLiteral("rejected"), why, QString());
        return QJsonObject{{QStringLiteral("proposal"), p.id}};
    };
    return w;
}

} // namespace fusion
