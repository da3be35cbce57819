// fusionctl billing: plans and subscriptions, invoices generated from the daily usage aggregates, and their
// states (issue, pay, void) and credit notes — each write confirmed and audited — and finance's proposals (a
// plan change, a credit, a discount) that an owner approves or rejects.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "app/cli/TimeText.h"
#include "models/billing/BillingPlans.h"
#include "models/billing/BillingProposals.h"
#include "models/billing/InvoicePdf.h"
#include "models/billing/Invoicing.h"
#include "models/usage/Money.h"

#include <QJsonArray>

namespace fusion::cli {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

int plans(Context& c)
{
    const bool csv = c.args.flag(QStringLiteral("csv"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (csv) {
        c.console.outPart(QString::fromUtf8(BillingPlans::csv(BillingPlans::list(c.db))));
        return ExitOk;
    }
    using P = BillingPlan;
    const ListView<BillingPlan> view({
        {tr("CODE"), QStringLiteral("code"), &P::code},
        {tr("NAME"), QStringLiteral("name"), &P::name},
        {tr("BILLED"), QStringLiteral("billing_period"),
         [](const P& p) { return BillingPlans::periodLabel(p.billingPeriod); },
         [](const P& p) { return QJsonValue(p.billingPeriod); }},
        {tr("PRICE"), QStringLiteral("price_micros"),
         [](const P& p) { return Money::display(p.priceMicros); },
         [](const P& p) { return QJsonValue(p.priceMicros); }},
        {tr("AI ALLOWANCE/MONTH"), QStringLiteral("ai_allowance_micros"),
         [](const P& p) { return Money::display(p.aiAllowanceMicros); },
         [](const P& p) { return QJsonValue(p.aiAllowanceMicros); }},
        {tr("CURRENCY"), QStringLiteral("currency"), &P::currency},
        {tr("TENANTS"), QStringLiteral("subscriptions"),
         [](const P& p) { return QString::number(p.subscriptions); },
         [](const P& p) { return QJsonValue(p.subscriptions); }},
    });
    view.print(
        c, BillingPlans::list(c.db),
        ListText().ifEmpty(tr("No plans yet. Create one with \"fusionctl billing plan set CODE --name N "
                              "--price X\".")));
    return ExitOk;
}

int planSet(Context& c)
{
    BillingPlan p;
    p.code = c.args.requirePositional(tr("plan code"));
    const auto name = c.args.option(QStringLiteral("name"));
    const auto price = c.args.moneyOption(QStringLiteral("price"));
    const auto allowance = c.args.moneyOption(QStringLiteral("allowance"));
    const auto period = c.args.option(QStringLiteral("period"));
    const auto description = c.args.option(QStringLiteral("description"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (const auto existing = BillingPlans::find(c.db, p.code))
        p = *existing;
    else if (!name || !price)
        return c.usage(tr("a new plan needs --name and --price"));
    if (name)
        p.name = *name;
    if (price)
        p.priceMicros = *price;
    if (allowance)
        p.aiAllowanceMicros = *allowance;
    if (period)
        p.billingPeriod = *period;
    if (description)
        p.description = *description;
    const QString planCode = p.code;
    return c.confirmAndExecute(BillingPlans::planSave(c.db, p), [&c, planCode](const QJsonObject& o) {
        c.report(o, tr("The plan %1 is saved.").arg(planCode));
    });
}

int subscriptions(Context& c)
{
    const bool csv = c.args.flag(QStringLiteral("csv"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (csv) {
        c.console.outPart(QString::fromUtf8(BillingPlans::csv(BillingPlans::subscriptions(c.db))));
        return ExitOk;
    }
    using S = BillingSubscription;
    const ListView<BillingSubscription> view({
        {tr("TENANT"), QStringLiteral("tenant"), &S::tenantSlug},
        {tr("PLAN"), QStringLiteral("plan"), &S::planCode},
        {tr("STATUS"), QStringLiteral("status"), &S::status},
        {tr("PRICING"), QStringLiteral("pricing_model"), &S::pricingModel},
        {tr("PERIOD START"), QStringLiteral("current_period_start"),
         [](const S& s) { return dateText(s.currentPeriodStart); },
         [](const S& s) { return dateJson(s.currentPeriodStart); }},
        {tr("PERIOD END"), QStringLiteral("current_period_end"),
         [](const S& s) { return dateText(s.currentPeriodEnd); },
         [](const S& s) { return dateJson(s.currentPeriodEnd); }},
        {tr("NEXT INVOICE"), QStringLiteral("next_invoice_date"),
         [](const S& s) { return dateText(s.nextInvoiceDate); },
         [](const S& s) { return dateJson(s.nextInvoiceDate); }},
    });
    view.print(c, BillingPlans::subscriptions(c.db), ListText().ifEmpty(tr("No subscriptions.")));
    return ExitOk;
}

QJsonObject invoiceJson(const Invoice& i)
{
    return QJsonObject{{QStringLiteral("id"), i.id},
                       {QStringLiteral("number"), i.number.isEmpty() ? QJsonValue() : QJsonValue(i.number)},
                       {QStringLiteral("tenant"), i.tenantSlug},
                       {QStringLiteral("plan"), i.planCode},
                       {QStringLiteral("period"), i.periodText()},
                       {QStringLiteral("period_start"), dateJson(i.periodStart)},
                       {QStringLiteral("period_end"), dateJson(i.periodEnd)},
                       {QStringLiteral("state"), i.state},
                       {QStringLiteral("currency"), i.currency},
                       {QStringLiteral("subtotal_micros"), i.subtotalMicros},
                       {QStringLiteral("total_micros"), i.totalMicros},
                       {QStringLiteral("credited_micros"), i.creditedMicros},
                       {QStringLiteral("balance_micros"), i.balanceMicros()},
                       {QStringLiteral("credit_of"), i.creditOf ? QJsonValue(*i.creditOf) : QJsonValue()},
                       {QStringLiteral("reason"), i.reason},
                       {QStringLiteral("issued_at"), timeJson(i.issuedAt)},
                       {QStringLiteral("paid_at"), timeJson(i.paidAt)},
                       {QStringLiteral("voided_at"), timeJson(i.voidedAt)}};
}

int invoices(Context& c)
{
    Invoicing::Filter f;
    const auto period = c.args.option(QStringLiteral("period"));
    f.state = c.args.option(QStringLiteral("state")).value_or(QString());
    f.tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const bool csv = c.args.flag(QStringLiteral("csv"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (period)
        f.period = Invoicing::parsePeriod(*period);
    const QList<Invoice> rows = Invoicing::list(c.db, f);
    if (csv) {
        c.console.outPart(QString::fromUtf8(Invoicing::csv(rows)));
        return ExitOk;
    }
    using I = Invoice;
    const ListView<Invoice> view(
        {
            {tr("ID"), {}, [](const I& i) { return QString::number(i.id); }},
            {tr("NUMBER"),
             {},
             [](const I& i) { return i.number.isEmpty() ? QStringLiteral("-") : i.number; }},
            {tr("TENANT"), {}, &I::tenantSlug},
            {tr("PERIOD"), {}, [](const I& i) { return i.periodText(); }},
            {tr("STATE"),
             {},
             [](const I& i) {
                 return i.isCreditNote() ? tr("%1 (credit note of %2)")
                                               .arg(Invoicing::stateLabel(i.state), i.creditOfNumber)
                                         : Invoicing::stateLabel(i.state);
             }},
            {tr("TOTAL"), {}, [](const I& i) { return Money::display(i.totalMicros); }},
            {tr("BALANCE"), {}, [](const I& i) { return Money::display(i.balanceMicros()); }},
        },
        [](const I& i) { return QJsonValue(invoiceJson(i)); });
    view.print(
        c, rows,
        ListText().ifEmpty(tr("No invoices%1. Generate a month's with \"fusionctl billing generate --period "
                              "YYYY-MM\".")
                               .arg(f.period.isValid()
                                        ? tr(" for %1").arg(f.period.toString(QStringLiteral("yyyy-MM")))
                                        : QString())));
    return ExitOk;
}

int invoiceShow(Context& c)
{
    const qint64 id = c.args.idPositional(tr("invoice id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const auto found = Invoicing::find(c.db, id);
    if (!found)
        return c.fail(Error::make(ErrorKind::NotFound, tr("There is no invoice %1.").arg(id)));
    const Invoice& i = *found;
    QJsonArray lines;
    for (const InvoiceLine& l : i.lines)
        lines.append(QJsonObject{{QStringLiteral("position"), l.position},
                                 {QStringLiteral("kind"), l.kind},
                                 {QStringLiteral("consumer"),
                                  l.consumerCode.isEmpty() ? QJsonValue() : QJsonValue(l.consumerCode)},
                                 {QStringLiteral("provider"),
                                  l.providerCode.isEmpty() ? QJsonValue() : QJsonValue(l.providerCode)},
                                 {QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_micros"), l.unitMicros},
                                 {QStringLiteral("amount_micros"), l.amountMicros}});
    Fields f(invoiceJson(i));
    f.text(tr("Invoice"), i.number.isEmpty() ? tr("draft %1").arg(i.id) : i.number)
        .text(tr("Tenant"), QStringLiteral("%1 (%2)").arg(i.tenantName, i.tenantSlug))
        .text(tr("Period"),
              QStringLiteral("%1 – %2").arg(dateText(i.periodStart), dateText(i.periodEnd.addDays(-1))))
        .text(tr("State"), Invoicing::stateLabel(i.state))
        .text(tr("Total"), QStringLiteral("%1 %2").arg(Money::display(i.totalMicros), i.currency));
    if (i.isCreditNote())
        f.text(tr("Credit note of"), i.creditOfNumber).text(tr("Reason"), i.reason);
    if (i.creditedMicros != 0)
        f.text(tr("Credited"), Money::display(i.creditedMicros));
    f.text(tr("Balance"), Money::display(i.balanceMicros())).json(QStringLiteral("lines"), lines);
    c.show(f, [&] {
        c.console.out(QString());
        QList<QStringList> rows;
        for (const InvoiceLine& l : i.lines)
            rows << QStringList{QString::number(l.position), l.description, QString::number(l.quantity),
                                Money::display(l.unitMicros), Money::display(l.amountMicros)};
        if (rows.isEmpty())
            c.console.out(tr("No lines."));
        else
            c.console.table({tr("#"), tr("DESCRIPTION"), tr("QTY"), tr("UNIT"), tr("AMOUNT")}, rows);
    });
    return ExitOk;
}

int invoicePdf(Context& c)
{
    const qint64 id = c.args.idPositional(tr("invoice id")).value_or(0);
    const auto out = c.args.option(QStringLiteral("out"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!out || out->isEmpty())
        return c.usage(tr("billing invoice pdf ID --out FILE"));
    InvoicePdf::write(c.db, id, *out);
    c.report(QJsonObject{{QStringLiteral("invoice_id"), id}, {QStringLiteral("file"), *out}},
             tr("Wrote %1.").arg(*out));
    return ExitOk;
}

int issuer(Context& c)
{
    const QString text = c.args.requirePositional(tr("issuer details"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(Invoicing::planSetIssuer(c.db, text), [&c](const QJsonObject& o) {
        c.report(o,
                 tr("Invoices are issued by:\n%1").arg(o.value(QStringLiteral("invoice_issuer")).toString()));
    });
}

int generate(Context& c)
{
    const auto period = c.args.option(QStringLiteral("period"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!period)
        return c.usage(tr("billing generate --period YYYY-MM"));
    const QDate start = Invoicing::parsePeriod(*period);
    return c.confirmAndExecute(Invoicing::planGenerate(c.db, start), [&c](const QJsonObject& o) {
        c.report(o, tr("Generated %n draft invoice(s) for %1, totalling %2.", nullptr,
                       o.value(QStringLiteral("invoices")).toInt())
                        .arg(o.value(QStringLiteral("period")).toString(),
                             Money::display(o.value(QStringLiteral("total_micros")).toInteger())));
    });
}

int moveInvoice(Context& c, PendingWrite (*plan)(Database&, qint64), const char* done)
{
    const qint64 id = c.args.idPositional(tr("invoice id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(plan(c.db, id), [&c, done](const QJsonObject& o) {
        c.report(o, tr(done).arg(o.value(QStringLiteral("number")).toString()));
    });
}

int issue(Context& c)
{
    return moveInvoice(c, &Invoicing::planIssue, QT_TRANSLATE_NOOP("fusion::cli", "Issued as %1."));
}

int pay(Context& c)
{
    return moveInvoice(c, &Invoicing::planPay, QT_TRANSLATE_NOOP("fusion::cli", "%1 is paid."));
}

int voidInvoice(Context& c)
{
    return moveInvoice(c, &Invoicing::planVoid, QT_TRANSLATE_NOOP("fusion::cli", "%1 is void."));
}

int credit(Context& c)
{
    const qint64 id = c.args.idPositional(tr("invoice id")).value_or(0);
    const auto amount = c.args.moneyOption(QStringLiteral("amount"));
    const auto reason = c.args.option(QStringLiteral("reason"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!amount || !reason)
        return c.usage(tr("billing credit ID --amount X --reason R"));
    return c.confirmAndExecute(Invoicing::planCredit(c.db, id, *amount, *reason), [&c](const QJsonObject& o) {
        c.report(o, tr("Credit note %1 issued against %2.")
                        .arg(o.value(QStringLiteral("number")).toString(),
                             o.value(QStringLiteral("credit_of")).toString()));
    });
}

int proposed(Context& c, const PendingWrite& plan)
{
    return c.confirmAndExecute(plan, [&c](const QJsonObject& o) {
        c.report(o, tr("Proposed (billing proposal %1); an owner approves or rejects it with \"fusionctl "
                       "billing approve|reject %1\".")
                        .arg(o.value(QStringLiteral("proposal")).toInteger()));
    });
}

int proposePlan(Context& c)
{
    const QString tenant = c.args.requirePositional(tr("tenant slug"));
    const auto plan = c.args.option(QStringLiteral("plan"));
    const auto reason = c.args.option(QStringLiteral("reason"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!plan || !reason)
        return c.usage(tr("billing propose plan TENANT --plan CODE --reason R"));
    return proposed(c, BillingProposals::planProposePlan(c.db, tenant, *plan, *reason));
}

int proposeAmount(Context& c, bool credit)
{
    const qint64 id = c.args.idPositional(tr("invoice id")).value_or(0);
    const auto amount = c.args.moneyOption(QStringLiteral("amount"));
    const auto reason = c.args.option(QStringLiteral("reason"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!amount || !reason)
        return c.usage(credit ? tr("billing propose credit INVOICE_ID --amount X --reason R")
                              : tr("billing propose discount DRAFT_ID --amount X --reason R"));
    return proposed(c, credit ? BillingProposals::planProposeCredit(c.db, id, *amount, *reason)
                              : BillingProposals::planProposeDiscount(c.db, id, *amount, *reason));
}

int billingProposals(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using P = BillingProposal;
    const ListView<BillingProposal> view({
        {tr("ID"), QStringLiteral("id"), [](const P& p) { return QString::number(p.id); },
         [](const P& p) { return QJsonValue(p.id); }},
        {tr("STATE"), QStringLiteral("state"),
         [](const P& p) { return BillingProposals::stateLabel(p.state); },
         [](const P& p) { return QJsonValue(p.state); }},
        {tr("TENANT"), QStringLiteral("tenant"), &P::tenantSlug},
        {tr("PROPOSAL"), QStringLiteral("summary"), [](const P& p) { return p.summary(); }},
        {tr("REASON"), QStringLiteral("reason"), &P::reason},
        {tr("BY"), QStringLiteral("created_by"), &P::createdBy},
        {tr("OUTCOME"), QStringLiteral("outcome"),
         [](const P& p) { return p.outcome.isEmpty() ? p.decisionReason : p.outcome; },
         [](const P& p) { return QJsonValue(p.outcome); }},
        {{}, QStringLiteral("kind"), {}, [](const P& p) { return QJsonValue(p.kind); }},
        {{}, QStringLiteral("plan"), {}, [](const P& p) { return QJsonValue(p.planCode); }},
        {{},
         QStringLiteral("invoice_id"),
         {},
         [](const P& p) { return p.invoiceId ? QJsonValue(p.invoiceId) : QJsonValue(); }},
        {{},
         QStringLiteral("amount_micros"),
         {},
         [](const P& p) {
             return p.kind == QLatin1String("plan") ? QJsonValue() : QJsonValue(p.amountMicros);
         }},
        {{}, QStringLiteral("decided_by"), {}, [](const P& p) { return QJsonValue(p.decidedBy); }},
        {{}, QStringLiteral("decision_reason"), {}, [](const P& p) { return QJsonValue(p.decisionReason); }},
    });
    view.print(c, BillingProposals::list(c.db, !all),
               ListText().ifEmpty(all ? tr("No billing proposals.")
                                      : tr("No pending billing proposals. Finance proposes with \"fusionctl "
                                           "billing propose plan|credit|discount\"."),
                                  Stream::Err));
    return ExitOk;
}

int approveProposal(Context& c)
{
    const qint64 id = c.args.idPositional(tr("proposal id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(BillingProposals::planApprove(c.db, id), [&c](const QJsonObject& o) {
        c.report(o, tr("Approved and applied: %1.").arg(o.value(QStringLiteral("outcome")).toString()));
    });
}

int rejectProposal(Context& c)
{
    const qint64 id = c.args.idPositional(tr("proposal id")).value_or(0);
    const auto reason = c.args.option(QStringLiteral("reason"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!reason)
        return c.usage(tr("billing reject ID --reason R"));
    return c.confirmAndExecute(BillingProposals::planReject(c.db, id, *reason),
                               [&c](const QJsonObject& o) { c.report(o, tr("Rejected.")); });
}

} // namespace

void registerBillingCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("billing plans"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--csv]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "plans with their price, billing period and AI allowance"),
           {QStringLiteral("csv")},
           plans});
    r.add({QStringLiteral("billing plan set"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "CODE [--name N] [--price X] [--period monthly|yearly] [--allowance X]\n"
                             "[--description D]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "create or edit a plan (amounts in dollars)"),
           {},
           planSet});
    r.add({QStringLiteral("billing subscriptions"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--csv]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "each tenant's plan, status and next invoice date"),
           {QStringLiteral("csv")},
           subscriptions});
    r.add(
        {QStringLiteral("billing invoices"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--period YYYY-MM] [--state S] [--tenant SLUG] [--csv]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "invoices and credit notes with what is still owed"),
         {QStringLiteral("csv")},
         invoices});
    r.add({QStringLiteral("billing invoice show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "one invoice with its lines"),
           {},
           invoiceShow});
    r.add({QStringLiteral("billing invoice pdf"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --out FILE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "the invoice as a PDF with the issuer, its lines and totals"),
           {},
           invoicePdf});
    r.add({QStringLiteral("billing issuer"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "TEXT"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "who issues the invoices: name, address, tax number, one per line (owners)"),
           {},
           issuer});
    r.add({QStringLiteral("billing generate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--period YYYY-MM"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "draft invoices of a month: plan price plus AI usage beyond the allowance"),
           {},
           generate});
    r.add({QStringLiteral("billing issue"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "issue a draft invoice (numbered; immutable from then on)"),
           {},
           issue});
    r.add({QStringLiteral("billing pay"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "mark an issued invoice as paid"),
           {},
           pay});
    r.add({QStringLiteral("billing void"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "void an issued invoice"),
           {},
           voidInvoice});
    r.add(
        {QStringLiteral("billing credit"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --amount X --reason R"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "issue a credit note against an issued or paid invoice"),
         {},
         credit});
    r.add({QStringLiteral("billing propose plan"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "TENANT --plan CODE --reason R"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "finance: propose moving a tenant to a plan"),
           {},
           proposePlan});
    r.add({QStringLiteral("billing propose credit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "INVOICE_ID --amount X --reason R"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "finance: propose a credit note against an issued or paid invoice"),
           {},
           [](Context& c) { return proposeAmount(c, true); }});
    r.add({QStringLiteral("billing propose discount"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "DRAFT_ID --amount X --reason R"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "finance: propose a discount line on a draft invoice"),
           {},
           [](Context& c) { return proposeAmount(c, false); }});
    r.add({QStringLiteral("billing proposals"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "billing proposals waiting for an owner (--all: decided ones too)"),
           {QStringLiteral("all")},
           billingProposals});
    r.add({QStringLiteral("billing approve"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "approve and apply a billing proposal (owners)"),
           {},
           approveProposal});
    r.add({QStringLiteral("billing reject"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID --reason R"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "reject a billing proposal (owners)"),
           {},
           rejectProposal});
}

} // namespace fusion::cli
