#pragma once
// The invoicing checks both stores must pass (tst_billing on SQLite, tst_pg_billing as a real owner login on
// PostgreSQL), on the fixture of BillingFixture.h. Each is a void function so QCOMPARE may return from it.
#include "models/audit/WriteExecutor.h"
#include "models/billing/Invoicing.h"
#include "tests/billing/BillingFixture.h"
#include "tests/common/Failures.h"

#include <QSet>
#include <QTest>

namespace fusion::test {

inline Invoice billingInvoiceOf(Database& db, qint64 tenant, const QDate& period)
{
    for (const Invoice& i : Invoicing::list(db, {period, {}, {}}))
        if (i.tenantId == tenant && !i.isCreditNote())
            return *Invoicing::find(db, i.id);
    return {};
}

// Invoices equal the hand computation: plan price (yearly only in its month) plus usage beyond the allowance,
// one line per consumer and provider, the allowance as a discount; nothing for cancelled or trialing ones.
inline void checkGeneratedInvoices(Database& db, const BillingFixture& fx)
{
    const qint64 before = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    const QJsonObject out = WriteExecutor::execute(db, Invoicing::planGenerate(db, fx.period));
    QVERIFY(out.value(QStringLiteral("invoices")).toInt() >= 4);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.generate'"))
                 .toLongLong(),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before + 1);

    const Invoice a = billingInvoiceOf(db, fx.a, fx.period);
    QCOMPARE(a.state, QStringLiteral("draft"));
    QVERIFY(a.number.isEmpty());
    QCOMPARE(a.totalMicros, BillingFixture::kTotalA);
    QCOMPARE(a.subtotalMicros, 113750000);
    QCOMPARE(a.periodStart, QDate(2025, 10, 1));
    QCOMPARE(a.periodEnd, QDate(2025, 11, 1));
    QCOMPARE(a.lines.size(), 5);
    QCOMPARE(a.lines[0].kind, QStringLiteral("plan"));
    QCOMPARE(a.lines[0].amountMicros, 100 * BillingFixture::kM);
    // Per consumer and provider, ordered by consumer then provider.
    QCOMPARE(a.lines[1].kind, QStringLiteral("ai_overage"));
    QCOMPARE(a.lines[1].consumerId, fx.a1);
    QCOMPARE(a.lines[1].providerId, fx.anthropic);
    QCOMPARE(a.lines[1].amountMicros, 3500000);
    QCOMPARE(a.lines[2].consumerId, fx.a1);
    QCOMPARE(a.lines[2].providerId, fx.openai);
    QCOMPARE(a.lines[2].amountMicros, 6000000);
    QVERIFY2(a.lines[2].description.contains(QStringLiteral("15 requests")),
             qPrintable(a.lines[2].description));
    QCOMPARE(a.lines[3].consumerId, fx.a2);
    QCOMPARE(a.lines[3].amountMicros, 4250000);
    QCOMPARE(a.lines[4].kind, QStringLiteral("discount"));
    QCOMPARE(a.lines[4].amountMicros, -10 * BillingFixture::kM);
    qint64 sum = 0;
    for (const InvoiceLine& l : a.lines)
        sum += l.amountMicros;
    QCOMPARE(sum, a.totalMicros);

    const Invoice b = billingInvoiceOf(db, fx.b, fx.period);
    QCOMPARE(b.totalMicros, BillingFixture::kTotalB);
    QCOMPARE(b.lines.size(), 3);
    QCOMPARE(b.lines[2].amountMicros, -7000001);

    const Invoice d = billingInvoiceOf(db, fx.d, fx.period);
    QCOMPARE(d.totalMicros, BillingFixture::kTotalD);
    QCOMPARE(d.lines.size(), 2); // not its month: no plan line
    QCOMPARE(d.lines[0].kind, QStringLiteral("ai_overage"));

    const Invoice e = billingInvoiceOf(db, fx.e, fx.period);
    QCOMPARE(e.totalMicros, BillingFixture::kTotalE);
    QCOMPARE(e.lines.size(), 1);

    QCOMPARE(billingInvoiceOf(db, fx.c, fx.period).id, 0);
    QCOMPARE(billingInvoiceOf(db, fx.f, fx.period).id, 0);

    // October invoiced: the invoiced subscriptions' next invoice is November's, generated from December 1st;
    // the ones not invoiced keep theirs.
    const auto nextInvoice = [&db](qint64 tenant) {
        return db
            .scalar(QStringLiteral("SELECT next_invoice_date FROM subscriptions WHERE tenant_id = ?"),
                    {tenant})
            .toString()
            .left(10);
    };
    for (const qint64 t : {fx.a, fx.b, fx.d, fx.e})
        QCOMPARE(nextInvoice(t), QStringLiteral("2025-12-01"));
    for (const qint64 t : {fx.c, fx.f})
        QVERIFY2(nextInvoice(t) != QLatin1String("2025-12-01"), qPrintable(nextInvoice(t)));
}

// A second run for the month creates nothing and says so; nothing changes.
inline void checkSecondGenerationCreatesNothing(Database& db, const BillingFixture& fx)
{
    const qint64 before = db.scalar(QStringLiteral("SELECT count(*) FROM invoices")).toLongLong();
    const qint64 lines = db.scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).toLongLong();
    const PendingWrite again = Invoicing::planGenerate(db, fx.period);
    QVERIFY(!again.plan.hasChanges());
    QVERIFY2(again.plan.title.startsWith(QStringLiteral("Nothing to generate: ")) &&
                 again.plan.title.contains(QStringLiteral("already exist")),
             qPrintable(again.plan.title));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM invoices")).toLongLong(), before);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).toLongLong(), lines);
}

// Usage of the month past the watermark: refused, naming the aggregation; once aggregated, generated.
inline void checkUnaggregatedPeriodRefused(Database& db, const BillingFixture& fx)
{
    const QDate november(2025, 11, 1);
    if (db.isPostgres())
        db.scalar(QStringLiteral("SELECT fusion_usage_partition(CAST(? AS date))"),
                  {november.toString(Qt::ISODate)});
    db.exec(QStringLiteral(
                "INSERT INTO api_usage (occurred_at, consumer_id, provider_id, status, source, cost_micros) "
                "VALUES (?, ?, ?, 'ok', 'record', 0)"),
            {QStringLiteral("2025-11-15T10:00:00.000Z"), fx.a1, fx.openai});
    const auto refused = failureOf([&] { Invoicing::planGenerate(db, november); });
    QVERIFY(refused);
    QCOMPARE(refused->kind, ErrorKind::Conflict);
    QVERIFY2(refused->message.contains(QStringLiteral("not fully aggregated")), qPrintable(refused->message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE period_start = ?"),
                       {november.toString(Qt::ISODate)})
                 .toLongLong(),
             0);
    // A month not over yet is refused too.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QCOMPARE(failureOf([&] { Invoicing::planGenerate(db, thisMonth); })->kind, ErrorKind::InvalidInput);
}

// Issued: numbered in sequence; then only paid or voided; credit notes are negative invoices naming the
// original, which stays as issued; the balances add up; more than is owed is refused.
inline void checkStatesAndCredits(Database& db, const BillingFixture& fx)
{
    const Invoice a = billingInvoiceOf(db, fx.a, fx.period);
    const Invoice b = billingInvoiceOf(db, fx.b, fx.period);
    const QString first =
        WriteExecutor::execute(db, Invoicing::planIssue(db, a.id)).value(QStringLiteral("number")).toString();
    const QString second =
        WriteExecutor::execute(db, Invoicing::planIssue(db, b.id)).value(QStringLiteral("number")).toString();
    QVERIFY2(first.startsWith(QStringLiteral("INV-")), qPrintable(first));
    QCOMPARE(second.mid(9).toInt(), first.mid(9).toInt() + 1);
    QCOMPARE(failureOf([&] { Invoicing::planIssue(db, a.id); })->kind, ErrorKind::Conflict);
    // Draft → paid directly is not a move.
    const Invoice d = billingInvoiceOf(db, fx.d, fx.period);
    QCOMPARE(failureOf([&] { Invoicing::planPay(db, d.id); })->kind, ErrorKind::Conflict);

    const QJsonObject c1 = WriteExecutor::execute(
        db, Invoicing::planCredit(db, a.id, 30 * BillingFixture::kM, QStringLiteral("Outage on the 3rd")));
    WriteExecutor::execute(
        db, Invoicing::planCredit(db, a.id, 20 * BillingFixture::kM, QStringLiteral("Goodwill")));
    const Invoice after = *Invoicing::find(db, a.id);
    QCOMPARE(after.totalMicros, BillingFixture::kTotalA); // the original stays
    QCOMPARE(after.lines.size(), a.lines.size());
    QCOMPARE(after.creditedMicros, -50 * BillingFixture::kM);
    QCOMPARE(after.balanceMicros(), BillingFixture::kTotalA - 50 * BillingFixture::kM);
    const Invoice note = *Invoicing::find(db, c1.value(QStringLiteral("credit_note_id")).toInteger());
    QCOMPARE(note.creditOf, a.id);
    QCOMPARE(note.totalMicros, -30 * BillingFixture::kM);
    QCOMPARE(note.state, QStringLiteral("issued"));
    QCOMPARE(note.lines.size(), 1);
    QCOMPARE(note.lines[0].kind, QStringLiteral("credit"));
    QCOMPARE(note.number.mid(9).toInt(), second.mid(9).toInt() + 1);
    // What the tenant owes, over every document of the month: the invoice less its credit notes.
    QCOMPARE(db.scalar(QStringLiteral(
                           "SELECT sum(total_micros) FROM invoices WHERE tenant_id = ? AND period_start = ?"),
                       {fx.a, fx.period.toString(Qt::ISODate)})
                 .toLongLong(),
             after.balanceMicros());
    QCOMPARE(failureOf([&] {
                 Invoicing::planCredit(db, a.id, after.creditableMicros() + 1, QStringLiteral("too much"));
             })->kind,
             ErrorKind::InvalidInput);
    QCOMPARE(failureOf([&] { Invoicing::planCredit(db, note.id, 1, QStringLiteral("x")); })->kind,
             ErrorKind::InvalidInput);

    WriteExecutor::execute(db, Invoicing::planPay(db, a.id));
    QCOMPARE(Invoicing::find(db, a.id)->state, QStringLiteral("paid"));
    QCOMPARE(Invoicing::find(db, a.id)->balanceMicros(), 0);
    QCOMPARE(Invoicing::find(db, a.id)->creditableMicros(), after.creditableMicros());
    QCOMPARE(failureOf([&] { Invoicing::planVoid(db, a.id); })->kind, ErrorKind::Conflict);
    WriteExecutor::execute(db, Invoicing::planVoid(db, b.id));
    QCOMPARE(Invoicing::find(db, b.id)->state, QStringLiteral("void"));
    QCOMPARE(Invoicing::find(db, b.id)->balanceMicros(), 0);
    for (const char* action : {"invoice.issue", "invoice.credit", "invoice.pay", "invoice.void"})
        QVERIFY2(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                           {QLatin1String(action)})
                         .toLongLong() >= 1,
                 action);
}

// Statements that must fail on an issued (or paid, or void) invoice, whoever runs them.
inline QList<QPair<QString, QVariantList>> frozenInvoiceStatements(qint64 invoice)
{
    return {
        {QStringLiteral("UPDATE invoices SET total_micros = total_micros + 1 WHERE id = ?"), {invoice}},
        {QStringLiteral("UPDATE invoices SET state = 'draft' WHERE id = ?"), {invoice}},
        {QStringLiteral("UPDATE invoices SET number = 'INV-2000-99999' WHERE id = ?"), {invoice}},
        {QStringLiteral("UPDATE invoices SET reason = 'edited afterwards' WHERE id = ?"), {invoice}},
        {QStringLiteral("DELETE FROM invoices WHERE id = ?"), {invoice}},
        {QStringLiteral("UPDATE invoice_lines SET amount_micros = 0 WHERE invoice_id = ?"), {invoice}},
        {QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?"), {invoice}},
        {QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, kind, description, amount_micros) "
                        "VALUES (?, 99, 'discount', 'x', -1)"),
         {invoice}},
    };
}

} // namespace fusion::test
