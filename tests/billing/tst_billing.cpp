// Invoicing on SQLite (migration 0015, models/billing): invoices equal a hand computation from a small usage
// fixture, a second generation creates nothing, a month with usage not yet aggregated is refused, states and
// credit notes balance, the triggers keep an issued invoice as it was issued — and the real fusionctl end to
// end (generate, issue, pay, void, credit, --json, --csv, exit codes).
#include "models/billing/BillingPlans.h"
#include "models/billing/InvoicePdf.h"
#include "models/usage/UsageAggregator.h"
#include "tests/billing/BillingChecks.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace fusion;

namespace {

// The text a PDF shows (its uncompressed "(…) Tj" strings), and whether its cross-reference table points at
// every object: what a viewer needs to open it.
QStringList billingPdfText(const QByteArray& pdf)
{
    QStringList out;
    static const QRegularExpression shown(QStringLiteral("\\((.*?)\\) Tj"));
    for (auto it = shown.globalMatch(QString::fromLatin1(pdf)); it.hasNext();)
        out << it.next()
                   .captured(1)
                   .replace(QStringLiteral("\\("), QStringLiteral("("))
                   .replace(QStringLiteral("\\)"), QStringLiteral(")"));
    return out;
}

bool billingPdfXrefHolds(const QByteArray& pdf)
{
    const qsizetype at = pdf.lastIndexOf("startxref");
    const qsizetype xref = pdf.mid(at + 10).split('\n').value(0).toLongLong();
    if (at < 0 || pdf.mid(xref, 4) != "xref")
        return false;
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    const int count = lines.value(1).split(' ').value(1).toInt();
    for (int i = 1; i < count; ++i) {
        if (!pdf.mid(lines.value(2 + i).left(10).toLongLong())
                 .startsWith(QByteArray(QByteArray::number(i) + " 0 obj")))
            return false;
    }
    return count > 4 && pdf.trimmed().endsWith("%%EOF");
}

} // namespace

class TestBilling : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    test::BillingFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::guarded([&] {
            test::prepare(m_db, test::sqliteTarget(m_dir));
            m_fx.seed(m_db, QStringLiteral("b"));
        });
    }

    void invoicesEqualTheHandComputation()
    {
        test::guarded([&] { test::checkGeneratedInvoices(m_db, m_fx); });
    }

    void aSecondGenerationCreatesNothing()
    {
        test::guarded([&] { test::checkSecondGenerationCreatesNothing(m_db, m_fx); });
    }

    void aMonthNotFullyAggregatedIsRefused()
    {
        test::guarded([&] {
            test::checkUnaggregatedPeriodRefused(m_db, m_fx);
            if (QTest::currentTestFailed())
                return;
            // Once the aggregation has run, the month is invoiced.
            UsageAggregator::run(m_db);
            const QJsonObject out =
                WriteExecutor::execute(m_db, Invoicing::planGenerate(m_db, QDate(2025, 11, 1)));
            QCOMPARE(out.value(QStringLiteral("invoices")).toInt(), 4);
        });
    }

    void statesAndCreditNotesBalance()
    {
        test::guarded([&] { test::checkStatesAndCredits(m_db, m_fx); });
    }

    // The database refuses every change to an issued, paid or void invoice or its lines; a draft stays free.
    void theTriggersKeepIssuedInvoices()
    {
        const Invoice paid = test::billingInvoiceOf(m_db, m_fx.a, m_fx.period);
        const Invoice voided = test::billingInvoiceOf(m_db, m_fx.b, m_fx.period);
        QCOMPARE(paid.state, QStringLiteral("paid"));
        QCOMPARE(voided.state, QStringLiteral("void"));
        const qint64 issued =
            m_db.scalar(QStringLiteral("SELECT id FROM invoices WHERE credit_of = ? LIMIT 1"), {paid.id})
                .toLongLong();
        const QString before = test::snapshot(m_db);
        for (const qint64 id : {paid.id, voided.id, issued}) {
            for (const auto& [sql, params] : test::frozenInvoiceStatements(id)) {
                const auto e = test::failureOf([&] { m_db.exec(sql, params); });
                QVERIFY2(e, qPrintable(QStringLiteral("accepted on invoice %1: %2").arg(id).arg(sql)));
            }
        }
        // issued → paid is the one move an issued credit note may make, and nothing else with it.
        QVERIFY(test::failureOf([&] {
            m_db.exec(QStringLiteral("UPDATE invoices SET state = 'paid', total_micros = 0 WHERE id = ?"),
                      {issued});
        }));
        QCOMPARE(test::snapshot(m_db), before);
        // A draft is still a draft: its lines may change, and it may be deleted.
        const Invoice draft = test::billingInvoiceOf(m_db, m_fx.d, m_fx.period);
        QCOMPARE(draft.state, QStringLiteral("draft"));
        test::guarded([&] {
            m_db.exec(QStringLiteral("UPDATE invoice_lines SET description = 'checked' WHERE invoice_id = ?"),
                      {draft.id});
        });
        // Issuing checks the total is the sum of the lines.
        m_db.exec(
            QStringLiteral("UPDATE invoice_lines SET amount_micros = amount_micros + 1 WHERE invoice_id = ? "
                           "AND position = 2"),
            {draft.id});
        const auto wrong =
            test::failureOf([&] { WriteExecutor::execute(m_db, Invoicing::planIssue(m_db, draft.id)); });
        QVERIFY(wrong);
        QVERIFY2(wrong->message.contains(QStringLiteral("sum of its lines")) ||
                     wrong->detail.contains(QStringLiteral("sum of its lines")),
                 qPrintable(wrong->message + wrong->detail));
        test::guarded([&] { m_db.exec(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {draft.id}); });
        QCOMPARE(test::billingInvoiceOf(m_db, m_fx.d, m_fx.period).id, 0);
    }

    void csvListsEveryInvoice()
    {
        const QList<Invoice> rows = Invoicing::list(m_db, {m_fx.period, {}, {}});
        const QStringList lines =
            QString::fromUtf8(Invoicing::csv(rows)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows.size() + 1);
        QVERIFY(lines[0].startsWith(QStringLiteral("id,number,tenant,period,state")));
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral(",103.75,")));
    }

    // The PDF of a paid invoice with a credit note: the issuer, the number, every line, the totals.
    void invoicePdfHasTheIssuerLinesAndTotals()
    {
        test::guarded([&] {
            WriteExecutor::execute(
                m_db, Invoicing::planSetIssuer(m_db, QStringLiteral("Fusion SaaS Inc.\nTIN 123-456")));
            const Invoice a = *Invoicing::find(m_db, test::billingInvoiceOf(m_db, m_fx.a, m_fx.period).id);
            const QByteArray pdf = InvoicePdf::render(a, Invoicing::issuer(m_db));
            QVERIFY(pdf.startsWith("%PDF-1.4"));
            QVERIFY(billingPdfXrefHolds(pdf));
            const QStringList text = billingPdfText(pdf);
            QVERIFY2(text.contains(a.number), qPrintable(text.join(QLatin1Char('|'))));
            QVERIFY(text.contains(QStringLiteral("Fusion SaaS Inc.")));
            QVERIFY(text.contains(QStringLiteral("TIN 123-456")));
            QVERIFY(text.contains(QStringLiteral("$103.75 USD"))); // the total
            QVERIFY(text.contains(QStringLiteral("-$50.00 USD"))); // the credit notes
            QVERIFY(text.contains(QStringLiteral("Balance due")));
            QVERIFY(text.contains(QStringLiteral("$0.00 USD"))); // paid: nothing more is owed
            QVERIFY(text.contains(QStringLiteral("-$10.00")));   // the allowance line
            QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
            // A long invoice runs onto further pages, each numbered.
            Invoice many = a;
            for (int i = 0; i < 120; ++i)
                many.lines << a.lines[1];
            const QStringList paged = billingPdfText(InvoicePdf::render(many, {}));
            const QStringList footers = paged.filter(QStringLiteral("Page "));
            QVERIFY2(footers.size() >= 3, qPrintable(footers.join(QLatin1Char('|'))));
            for (int page = 1; page <= footers.size(); ++page)
                QCOMPARE(footers[page - 1], QStringLiteral("Page %1 of %2").arg(page).arg(footers.size()));
            QVERIFY(paged.contains(QStringLiteral("Balance due")) ||
                    paged.contains(QStringLiteral("Balance (paid)")));
            QVERIFY(billingPdfXrefHolds(InvoicePdf::render(many, {})));
        });
    }

    void plansAreCreatedAndEditedWithTheirAllowance()
    {
        test::guarded([&] {
            BillingPlan p;
            p.code = QStringLiteral("scale");
            p.name = QStringLiteral("Scale");
            p.billingPeriod = QStringLiteral("yearly");
            p.priceMicros = 2400 * test::BillingFixture::kM;
            p.aiAllowanceMicros = 40 * test::BillingFixture::kM;
            WriteExecutor::execute(m_db, BillingPlans::planSave(m_db, p));
            auto saved = BillingPlans::find(m_db, QStringLiteral("scale"));
            QVERIFY(saved);
            QCOMPARE(saved->aiAllowanceMicros, 40 * test::BillingFixture::kM);
            // The monthly equivalent the tenant screens show: a twelfth, in cents.
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT monthly_price_cents FROM plans WHERE code = 'scale'"))
                         .toInt(),
                     20000);
            saved->aiAllowanceMicros = 0;
            const PendingWrite edit = BillingPlans::planSave(m_db, *saved);
            QCOMPARE(edit.plan.changes.size(), 1);
            WriteExecutor::execute(m_db, edit);
            QCOMPARE(BillingPlans::find(m_db, QStringLiteral("scale"))->aiAllowanceMicros, 0);
            QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'plan.%'"))
                         .toInt(),
                     2);
        });
    }

    // The real fusionctl on a file of its own.
    void fusionctlEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatabaseTarget target = test::sqliteTarget(dir);
        test::BillingFixture fx;
        {
            Database db;
            test::guarded([&] {
                test::prepare(db, target);
                fx.seed(db, QStringLiteral("c"));
            });
        }
        const QStringList base{QStringLiteral("--db"), target.toUrl()};
        const auto run = [&](const QStringList& args) { return test::runCli(dir.path(), base + args); };
        const auto describe = [](const test::CliResult& r) {
            return QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err);
        };
        const QString period = QStringLiteral("2025-10");

        const test::CliResult unconfirmed =
            run({QStringLiteral("billing"), QStringLiteral("generate"), QStringLiteral("--period"), period});
        QCOMPARE(unconfirmed.code, 3);
        const test::CliResult gen =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("generate"),
                 QStringLiteral("--period"), period, QStringLiteral("--yes")});
        QVERIFY2(gen.code == 0, qPrintable(describe(gen)));
        QCOMPARE(gen.json().object().value(QStringLiteral("invoices")).toInt(), 4);
        QCOMPARE(gen.json().object().value(QStringLiteral("total_micros")).toInteger(),
                 test::BillingFixture::kTotalA + test::BillingFixture::kTotalB +
                     test::BillingFixture::kTotalD + test::BillingFixture::kTotalE);
        const test::CliResult again = run({QStringLiteral("billing"), QStringLiteral("generate"),
                                           QStringLiteral("--period"), period, QStringLiteral("--yes")});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("Nothing to generate: 4 invoice")),
                 qPrintable(describe(again)));
        const test::CliResult notOver =
            run({QStringLiteral("billing"), QStringLiteral("generate"), QStringLiteral("--period"),
                 QStringLiteral("2099-01"), QStringLiteral("--yes")});
        QCOMPARE(notOver.code, 1);

        const test::CliResult list = run({QStringLiteral("--json"), QStringLiteral("billing"),
                                          QStringLiteral("invoices"), QStringLiteral("--period"), period});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        const QJsonArray rows = list.json().array();
        QCOMPARE(rows.size(), 4);
        qint64 alpha = 0;
        for (const QJsonValue v : rows) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"id", "number", "tenant", "period", "state", "total_micros",
                                    "balance_micros", "credit_of", "currency"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            if (o.value(QStringLiteral("tenant")).toString() == QLatin1String("c-alpha"))
                alpha = o.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(alpha > 0);
        const QString id = QString::number(alpha);
        const test::CliResult show = run({QStringLiteral("--json"), QStringLiteral("billing"),
                                          QStringLiteral("invoice"), QStringLiteral("show"), id});
        QVERIFY2(show.code == 0, qPrintable(describe(show)));
        QCOMPARE(show.json().object().value(QStringLiteral("total_micros")).toInteger(),
                 test::BillingFixture::kTotalA);
        QCOMPARE(show.json().object().value(QStringLiteral("lines")).toArray().size(), 5);

        const test::CliResult issued = run({QStringLiteral("--json"), QStringLiteral("billing"),
                                            QStringLiteral("issue"), id, QStringLiteral("--yes")});
        QVERIFY2(issued.code == 0, qPrintable(describe(issued)));
        const QString number = issued.json().object().value(QStringLiteral("number")).toString();
        QVERIFY2(number.startsWith(QStringLiteral("INV-")), qPrintable(describe(issued)));
        const test::CliResult credit =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("credit"), id,
                 QStringLiteral("--amount"), QStringLiteral("3.75"), QStringLiteral("--reason"),
                 QStringLiteral("Overage waived"), QStringLiteral("--yes")});
        QVERIFY2(credit.code == 0, qPrintable(describe(credit)));
        QCOMPARE(credit.json().object().value(QStringLiteral("amount_micros")).toInteger(), -3750000);
        QCOMPARE(run({QStringLiteral("billing"), QStringLiteral("pay"), id, QStringLiteral("--yes")}).code,
                 0);
        const test::CliResult voidPaid =
            run({QStringLiteral("billing"), QStringLiteral("void"), id, QStringLiteral("--yes")});
        QCOMPARE(voidPaid.code, 1);
        QVERIFY2(voidPaid.err.contains(QStringLiteral("already paid")), qPrintable(describe(voidPaid)));
        const test::CliResult after = run({QStringLiteral("--json"), QStringLiteral("billing"),
                                           QStringLiteral("invoice"), QStringLiteral("show"), id});
        QCOMPARE(after.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
        QCOMPARE(after.json().object().value(QStringLiteral("balance_micros")).toInteger(), 0); // settled
        QCOMPARE(after.json().object().value(QStringLiteral("number")).toString(), number);
        QCOMPARE(run({QStringLiteral("billing"), QStringLiteral("invoice"), QStringLiteral("show"),
                      QStringLiteral("99999")})
                     .code,
                 5);
        const test::CliResult csv =
            run({QStringLiteral("billing"), QStringLiteral("invoices"), QStringLiteral("--csv")});
        QVERIFY2(csv.code == 0 && csv.out.startsWith(QStringLiteral("id,number,tenant")),
                 qPrintable(describe(csv)));
        QVERIFY(csv.out.contains(number));
        const test::CliResult plansCsv =
            run({QStringLiteral("billing"), QStringLiteral("plans"), QStringLiteral("--csv")});
        QVERIFY2(plansCsv.code == 0 &&
                     plansCsv.out.startsWith(QStringLiteral("code,name,billing_period,price,ai_allowance")),
                 qPrintable(describe(plansCsv)));
        QVERIFY(plansCsv.out.contains(QStringLiteral("cpro,PRO,monthly,100.00,10.00,USD,")));
        const test::CliResult subsCsv =
            run({QStringLiteral("billing"), QStringLiteral("subscriptions"), QStringLiteral("--csv")});
        QVERIFY2(subsCsv.code == 0 && subsCsv.out.contains(QStringLiteral("c-bravo,cbasic,past_due,")),
                 qPrintable(describe(subsCsv)));
        const test::CliResult plans =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("plans")});
        QVERIFY2(plans.code == 0, qPrintable(describe(plans)));
        bool sawAllowance = false;
        for (const QJsonValue v : plans.json().array())
            sawAllowance |= v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("cpro") &&
                            v.toObject().value(QStringLiteral("ai_allowance_micros")).toInteger() ==
                                10 * test::BillingFixture::kM;
        QVERIFY(sawAllowance);
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
