#pragma once
// Billing proposals' behaviour, the same on SQLite and PostgreSQL (migration 0017): each kind proposed
// changes nothing, approved applies exactly what was proposed once (with its audit row), rejected applies
// nothing, and a decided proposal never changes — the database refuses it, not only the model.
#include "models/billing/BillingProposals.h"
#include "tests/billing/BillingChecks.h"

namespace fusion::test {

inline qint64 proposalsAudited(Database& db, const QString& action)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
        .toLongLong();
}

inline QString proposalsPlanOf(Database& db, qint64 tenant)
{
    return db
        .scalar(QStringLiteral("SELECT p.code FROM subscriptions s JOIN plans p ON p.id = s.plan_id WHERE "
                               "s.tenant_id = ?"),
                {tenant})
        .toString();
}

// The fixture's October invoices generated; A's issued (to be credited), D's left a draft (to be discounted).
inline void proposalsPrepareInvoices(Database& owner, const BillingFixture& fx)
{
    if (billingInvoiceOf(owner, fx.a, fx.period).id == 0)
        WriteExecutor::execute(owner, Invoicing::planGenerate(owner, fx.period));
    const Invoice a = billingInvoiceOf(owner, fx.a, fx.period);
    if (a.state == QLatin1String("draft"))
        WriteExecutor::execute(owner, Invoicing::planIssue(owner, a.id));
}

// A plan change: proposing changes nothing; approving moves the subscription and the tenant, once.
inline void checkPlanProposal(Database& proposer, Database& owner, const BillingFixture& fx,
                              const QString& tag)
{
    const QString basic = tag + QStringLiteral("basic"), pro = tag + QStringLiteral("pro");
    const QString slugB =
        owner.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {fx.b}).toString();
    QCOMPARE(proposalsPlanOf(owner, fx.b), basic);
    QCOMPARE(failureOf([&] {
                 BillingProposals::planProposePlan(proposer, slugB, basic, QStringLiteral("x"));
             })->kind,
             ErrorKind::InvalidInput); // already on it
    QCOMPARE(failureOf([&] {
                 BillingProposals::planProposePlan(proposer, slugB, pro, QStringLiteral(" "));
             })->kind,
             ErrorKind::InvalidInput); // no reason
    const qint64 id =
        WriteExecutor::execute(proposer, BillingProposals::planProposePlan(
                                             proposer, slugB, pro, QStringLiteral("Grew to 40 users")))
            .value(QStringLiteral("proposal"))
            .toInteger();
    QVERIFY(id > 0);
    QCOMPARE(proposalsPlanOf(owner, fx.b), basic);
    const BillingProposal p = *BillingProposals::find(owner, id);
    QCOMPARE(p.state, QStringLiteral("pending"));
    QCOMPARE(p.kind, QStringLiteral("plan"));
    QCOMPARE(p.planCode, pro);
    QCOMPARE(p.summary(), QStringLiteral("plan → %1").arg(pro));
    QVERIFY(BillingProposals::list(owner, true).size() >= 1);

    const qint64 approvals = proposalsAudited(owner, QStringLiteral("billing_proposal.approve"));
    const QJsonObject out = WriteExecutor::execute(owner, BillingProposals::planApprove(owner, id));
    QCOMPARE(out.value(QStringLiteral("proposal")).toInteger(), id);
    QCOMPARE(proposalsPlanOf(owner, fx.b), pro);
    QCOMPARE(owner
                 .scalar(QStringLiteral("SELECT p.code FROM tenants t JOIN plans p ON p.id = t.plan_id WHERE "
                                        "t.id = ?"),
                         {fx.b})
                 .toString(),
             pro);
    QCOMPARE(proposalsAudited(owner, QStringLiteral("billing_proposal.approve")), approvals + 1);
    const BillingProposal decided = *BillingProposals::find(owner, id);
    QCOMPARE(decided.state, QStringLiteral("approved"));
    QVERIFY(!decided.decidedBy.isEmpty());
    QVERIFY(decided.decidedAt.isValid());
    // Once: approving or rejecting again is refused and changes nothing.
    QCOMPARE(failureOf([&] { BillingProposals::planApprove(owner, id); })->kind, ErrorKind::Conflict);
    QCOMPARE(failureOf([&] { BillingProposals::planReject(owner, id, QStringLiteral("late")); })->kind,
             ErrorKind::Conflict);
    // Back to basic through a second proposal, so the fixture stays as BillingChecks expect it.
    const qint64 back =
        WriteExecutor::execute(proposer, BillingProposals::planProposePlan(proposer, slugB, basic,
                                                                           QStringLiteral("Shrank again")))
            .value(QStringLiteral("proposal"))
            .toInteger();
    WriteExecutor::execute(owner, BillingProposals::planApprove(owner, back));
    QCOMPARE(proposalsPlanOf(owner, fx.b), basic);
}

// A credit: approved, a credit note of exactly the amount against the invoice, issued at once.
inline void checkCreditProposal(Database& proposer, Database& owner, const BillingFixture& fx)
{
    const Invoice a = billingInvoiceOf(owner, fx.a, fx.period);
    QCOMPARE(a.state, QStringLiteral("issued"));
    QCOMPARE(failureOf([&] {
                 BillingProposals::planProposeCredit(proposer, a.id, a.creditableMicros() + 1,
                                                     QStringLiteral("too much"));
             })->kind,
             ErrorKind::InvalidInput);
    const qint64 notesBefore =
        owner.scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE credit_of = ?"), {a.id})
            .toLongLong();
    const qint64 id =
        WriteExecutor::execute(
            proposer, BillingProposals::planProposeCredit(proposer, a.id, 12500000, QStringLiteral("Outage")))
            .value(QStringLiteral("proposal"))
            .toInteger();
    QCOMPARE(billingInvoiceOf(owner, fx.a, fx.period).creditedMicros, a.creditedMicros);
    const QJsonObject out = WriteExecutor::execute(owner, BillingProposals::planApprove(owner, id));
    const QString number = out.value(QStringLiteral("number")).toString();
    QVERIFY2(number.startsWith(QStringLiteral("INV-")), qPrintable(number));
    const Invoice after = billingInvoiceOf(owner, fx.a, fx.period);
    QCOMPARE(after.creditedMicros, a.creditedMicros - 12500000);
    QCOMPARE(after.state, QStringLiteral("issued")); // the original stays as issued
    QCOMPARE(after.totalMicros, a.totalMicros);
    QCOMPARE(owner.scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE credit_of = ?"), {a.id})
                 .toLongLong(),
             notesBefore + 1);
    const BillingProposal decided = *BillingProposals::find(owner, id);
    QCOMPARE(decided.state, QStringLiteral("approved"));
    QCOMPARE(decided.outcome, QStringLiteral("credit note %1").arg(number));
}

// A discount: a discount line on the draft, its total lowered by exactly the amount; the draft still issues
// (its total is the sum of its lines).
inline void checkDiscountProposal(Database& proposer, Database& owner, const BillingFixture& fx)
{
    const Invoice d = billingInvoiceOf(owner, fx.d, fx.period);
    QCOMPARE(d.state, QStringLiteral("draft"));
    QCOMPARE(d.totalMicros, BillingFixture::kTotalD);
    const Invoice a = billingInvoiceOf(owner, fx.a, fx.period);
    QCOMPARE(failureOf([&] {
                 BillingProposals::planProposeDiscount(proposer, a.id, 1000000, QStringLiteral("on issued"));
             })->kind,
             ErrorKind::Conflict);
    QCOMPARE(failureOf([&] {
                 BillingProposals::planProposeDiscount(proposer, d.id, d.totalMicros + 1,
                                                       QStringLiteral("x"));
             })->kind,
             ErrorKind::InvalidInput);
    const qint64 id =
        WriteExecutor::execute(proposer, BillingProposals::planProposeDiscount(proposer, d.id, 1250000,
                                                                               QStringLiteral("Loyalty")))
            .value(QStringLiteral("proposal"))
            .toInteger();
    QCOMPARE(billingInvoiceOf(owner, fx.d, fx.period).totalMicros, BillingFixture::kTotalD);
    WriteExecutor::execute(owner, BillingProposals::planApprove(owner, id));
    const Invoice after = billingInvoiceOf(owner, fx.d, fx.period);
    QCOMPARE(after.totalMicros, BillingFixture::kTotalD - 1250000);
    QCOMPARE(after.lines.size(), d.lines.size() + 1);
    QCOMPARE(after.lines.last().kind, QStringLiteral("discount"));
    QCOMPARE(after.lines.last().amountMicros, qint64(-1250000));
    QCOMPARE(after.lines.last().description, QStringLiteral("Discount: Loyalty"));
    qint64 sum = 0;
    for (const InvoiceLine& l : after.lines)
        sum += l.amountMicros;
    QCOMPARE(sum, after.totalMicros);
}

// Rejected: nothing of it applied, the reason kept; a decided proposal is frozen by the database itself.
inline void checkRejectedAndFrozen(Database& proposer, Database& owner, Database& superuser,
                                   const BillingFixture& fx, const QString& tag)
{
    const QString slugE =
        owner.scalar(QStringLiteral("SELECT slug FROM tenants WHERE id = ?"), {fx.e}).toString();
    const QString before = proposalsPlanOf(owner, fx.e);
    const qint64 id =
        WriteExecutor::execute(proposer,
                               BillingProposals::planProposePlan(proposer, slugE, tag + QStringLiteral("pro"),
                                                                 QStringLiteral("Cheaper monthly")))
            .value(QStringLiteral("proposal"))
            .toInteger();
    QCOMPARE(failureOf([&] { BillingProposals::planReject(owner, id, QString()); })->kind,
             ErrorKind::InvalidInput);
    WriteExecutor::execute(owner,
                           BillingProposals::planReject(owner, id, QStringLiteral("Yearly is cheaper")));
    QCOMPARE(proposalsPlanOf(owner, fx.e), before);
    const BillingProposal p = *BillingProposals::find(owner, id);
    QCOMPARE(p.state, QStringLiteral("rejected"));
    QCOMPARE(p.decisionReason, QStringLiteral("Yearly is cheaper"));
    QCOMPARE(failureOf([&] { BillingProposals::planApprove(owner, id); })->kind, ErrorKind::Conflict);
    // Behind the model's back, even as the superuser: no edit of a decided proposal, no deletion, no proposal
    // born decided.
    const QList<QPair<QString, QVariantList>> refused{
        {QStringLiteral("UPDATE billing_proposals SET state = 'approved' WHERE id = ?"), {id}},
        {QStringLiteral("UPDATE billing_proposals SET reason = 'edited' WHERE id = ?"), {id}},
        {QStringLiteral("DELETE FROM billing_proposals WHERE id = ?"), {id}},
        {QStringLiteral(
             "INSERT INTO billing_proposals (kind, tenant_id, plan_id, reason, state) SELECT 'plan', "
             "?, plan_id, 'sneaky', 'approved' FROM subscriptions WHERE tenant_id = ?"),
         {fx.e, fx.e}},
    };
    for (const auto& [sql, params] : refused) {
        const auto e = failureOf([&] { superuser.exec(sql, params); });
        QVERIFY2(e, qPrintable(QStringLiteral("accepted: %1").arg(sql)));
    }
    QCOMPARE(BillingProposals::find(owner, id)->state, QStringLiteral("rejected"));
    QCOMPARE(BillingProposals::find(owner, id)->reason, QStringLiteral("Cheaper monthly"));
}

} // namespace fusion::test
