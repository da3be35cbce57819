// Invoicing on PostgreSQL as real logins (migration 0015): the owner generates, issues and credits with the
// same results as the hand computation; an issued invoice cannot be edited or deleted by any role, the owner
// included; finance reads but cannot insert or change invoices or subscriptions (refused by the database,
// exit 4 from the real fusionctl); operators read no invoices; a tenant admin reads only its own tenants'
// issued invoices and their lines.
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/storage/DbWorker.h"
#include "models/usage/UsageAggregator.h"
#include "tests/billing/BillingChecks.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fusion;

class TestPgBilling : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance, m_owner2;
    QTemporaryDir m_home;
    test::BillingFixture m_fx;
    std::unique_ptr<Database> m_ownerDb;

    std::optional<Error> sqlAs(const QString& login, const QString& sql, const QVariantList& params = {})
    {
        auto db = as(login);
        return test::failureOf([&] { db->exec(sql, params); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("billing"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        QVERIFY(m_home.isValid());
        test::guarded([&] {
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
            m_owner2 = m_pg->createLogin(QStringLiteral("owner2"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_owner2, Roles::Owner));
            m_fx.seed(m_admin, QStringLiteral("b"));
            // The tenant admins' tenant A is invoiced too (its demo subscription made active on a fixture
            // plan).
            m_admin.exec(
                QStringLiteral("UPDATE subscriptions SET status = 'active', plan_id = (SELECT id FROM plans "
                               "WHERE code = 'bpro') WHERE tenant_id = ?"),
                {m_tenantA});
            m_ownerDb = as(m_owner);
        });
    }

    void invoicesEqualTheHandComputation()
    {
        test::guarded([&] { test::checkGeneratedInvoices(*m_ownerDb, m_fx); });
        QCOMPARE(
            m_admin.scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'invoice.generate'"))
                .toString(),
            m_owner);
    }

    void aSecondGenerationCreatesNothing()
    {
        test::guarded([&] { test::checkSecondGenerationCreatesNothing(*m_ownerDb, m_fx); });
    }

    void aMonthNotFullyAggregatedIsRefused()
    {
        test::guarded([&] { test::checkUnaggregatedPeriodRefused(*m_ownerDb, m_fx); });
    }

    void statesAndCreditNotesBalance()
    {
        test::guarded([&] { test::checkStatesAndCredits(*m_ownerDb, m_fx); });
    }

    // Paid, void and issued (a credit note) invoices: every role is refused every edit, the owner too.
    void anIssuedInvoiceCannotBeEditedByAnyRole()
    {
        const Invoice paid = test::billingInvoiceOf(m_admin, m_fx.a, m_fx.period);
        const Invoice voided = test::billingInvoiceOf(m_admin, m_fx.b, m_fx.period);
        QCOMPARE(paid.state, QStringLiteral("paid"));
        QCOMPARE(voided.state, QStringLiteral("void"));
        const qint64 note =
            m_admin.scalar(QStringLiteral("SELECT id FROM invoices WHERE credit_of = ? LIMIT 1"), {paid.id})
                .toLongLong();
        const QString before = test::fingerprint(m_admin);
        for (const QString& login : {m_owner, m_finance, m_operator, m_tadminA, m_apiUser}) {
            auto db = as(login);
            for (const qint64 id : {paid.id, voided.id, note}) {
                for (const auto& [sql, params] : test::frozenInvoiceStatements(id)) {
                    const auto e = test::failureOf([&] {
                        // Zero rows is not a refusal: for roles that cannot see the row, the test is that it
                        // stays (the fingerprint below); for the owner, the trigger must raise.
                        const int n = db->exec(sql, params).numRowsAffected();
                        if (login == m_owner && n == 0 && !sql.startsWith(QLatin1String("INSERT")))
                            throw Failure(ErrorKind::Internal, QStringLiteral("no row matched"));
                    });
                    if (login == m_owner)
                        QVERIFY2(e && e->kind != ErrorKind::Internal,
                                 qPrintable(QStringLiteral("the owner was allowed on invoice %1: %2 %3")
                                                .arg(id)
                                                .arg(sql, messageOf(e))));
                }
            }
        }
        // The owner's refusal comes from the guard, with the reason.
        const auto e =
            sqlAs(m_owner, QStringLiteral("UPDATE invoices SET total_micros = 1 WHERE id = ?"), {paid.id});
        QVERIFY2(e && messageOf(e).contains(QStringLiteral("cannot change")), qPrintable(messageOf(e)));
        // Even the superuser meets the guard.
        QVERIFY(test::failureOf(
            [&] { m_admin.exec(QStringLiteral("DELETE FROM invoices WHERE id = ?"), {note}); }));
        QCOMPARE(test::fingerprint(m_admin), before);
    }

    // Finance reads invoices and subscriptions and writes neither; through the model too.
    void financeCannotWriteInvoicesOrSubscriptions()
    {
        auto fin = as(m_finance);
        QVERIFY(fin->scalar(QStringLiteral("SELECT count(*) FROM invoices")).toLongLong() > 0);
        const qint64 draft = test::billingInvoiceOf(m_admin, m_fx.d, m_fx.period).id;
        QVERIFY(draft > 0);
        const QList<QPair<QString, QVariantList>> refused{
            {QStringLiteral(
                 "INSERT INTO invoices (tenant_id, period_start, period_end) VALUES (?, '2024-01-01', "
                 "'2024-02-01')"),
             {m_fx.a}},
            {QStringLiteral("UPDATE invoices SET total_micros = 0 WHERE id = ?"), {draft}},
            {QStringLiteral("DELETE FROM invoices WHERE id = ?"), {draft}},
            {QStringLiteral(
                 "INSERT INTO invoice_lines (invoice_id, position, kind, description, amount_micros) "
                 "VALUES (?, 50, 'discount', 'x', -1)"),
             {draft}},
            {QStringLiteral("UPDATE subscriptions SET status = 'cancelled' WHERE tenant_id = ?"), {m_fx.a}},
            {QStringLiteral("INSERT INTO subscriptions (tenant_id, status) VALUES (?, 'active')"), {m_fx.f}},
            {QStringLiteral("UPDATE plans SET ai_allowance_micros = 0"), {}},
        };
        for (const auto& [sql, params] : refused) {
            const auto e = sqlAs(m_finance, sql, params);
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(QStringLiteral("finance: %1 → %2")
                                    .arg(sql, e ? messageOf(e) : QStringLiteral("accepted"))));
        }
        QCOMPARE(
            test::failureOf([&] { WriteExecutor::execute(*fin, Invoicing::planIssue(*fin, draft)); })->kind,
            ErrorKind::PermissionDenied);
        QCOMPARE(test::billingInvoiceOf(m_admin, m_fx.d, m_fx.period).state, QStringLiteral("draft"));
    }

    // The real fusionctl as finance: reads work, writes exit 4 and change nothing.
    void fusionctlAsFinanceExitsFour()
    {
        const auto run = [&](const QStringList& args) {
            return test::runCli(m_home.path(),
                                QStringList{QStringLiteral("--db"), m_pg->url(m_finance)} + args);
        };
        const test::CliResult list =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("invoices"),
                 QStringLiteral("--period"), QStringLiteral("2025-10")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY(list.json().array().size() >= 4);
        const QString before = test::fingerprint(m_admin);
        const qint64 draft = test::billingInvoiceOf(m_admin, m_fx.d, m_fx.period).id;
        const test::CliResult gen =
            run({QStringLiteral("billing"), QStringLiteral("generate"), QStringLiteral("--period"),
                 QStringLiteral("2025-12"), QStringLiteral("--yes")});
        QVERIFY2(gen.code == 4, qPrintable(QStringLiteral("exit %1: %2").arg(gen.code).arg(gen.err)));
        const test::CliResult issue = run({QStringLiteral("billing"), QStringLiteral("issue"),
                                           QString::number(draft), QStringLiteral("--yes")});
        QVERIFY2(issue.code == 4, qPrintable(QStringLiteral("exit %1: %2").arg(issue.code).arg(issue.err)));
        const test::CliResult plan = run(
            {QStringLiteral("billing"), QStringLiteral("plan"), QStringLiteral("set"), QStringLiteral("bpro"),
             QStringLiteral("--allowance"), QStringLiteral("0"), QStringLiteral("--yes")});
        QVERIFY2(plan.code == 4, qPrintable(QStringLiteral("exit %1: %2").arg(plan.code).arg(plan.err)));
        QCOMPARE(test::fingerprint(m_admin), before);
    }

    // Operators read no money; a tenant admin reads its own tenants' issued invoices and their lines only.
    void whoSeesWhichInvoices()
    {
        QVERIFY(sqlAs(m_operator, QStringLiteral("SELECT count(*) FROM invoices")));
        QVERIFY(sqlAs(m_operator, QStringLiteral("SELECT count(*) FROM invoice_lines")));
        test::guarded([&] {
            // Tenant A's invoice issued by the owner, so its admin has something to see.
            const Invoice mine = test::billingInvoiceOf(m_admin, m_tenantA, m_fx.period);
            QVERIFY(mine.id > 0);
            WriteExecutor::execute(*m_ownerDb, Invoicing::planIssue(*m_ownerDb, mine.id));
            auto ta = as(m_tadminA);
            const QList<Invoice> seen = Invoicing::list(*ta);
            QVERIFY(!seen.isEmpty());
            for (const Invoice& i : seen) {
                QCOMPARE(i.tenantId, m_tenantA);
                QVERIFY(i.state != QLatin1String("draft"));
            }
            QCOMPARE(qint64(seen.size()),
                     count(QStringLiteral(
                               "SELECT count(*) FROM invoices WHERE tenant_id = ? AND state <> 'draft'"),
                           {m_tenantA}));
            QCOMPARE(ta->scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).toLongLong(),
                     count(QStringLiteral(
                               "SELECT count(*) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id "
                               "WHERE i.tenant_id = ? AND i.state <> 'draft'"),
                           {m_tenantA}));
            auto tb = as(m_tadminB);
            QCOMPARE(
                tb->scalar(QStringLiteral("SELECT count(*) FROM invoices WHERE tenant_id = ?"), {m_tenantA})
                    .toLongLong(),
                0);
        });
        QVERIFY(sqlAs(m_tadminA, QStringLiteral("UPDATE invoices SET reason = 'x' WHERE tenant_id = ?"),
                      {m_tenantA}));
    }

    // Two owners generate the same month at the same moment: the second waits for the first to commit, then
    // is told someone else generated it — one invoice per tenant, one audit row, nothing half-written.
    void twoGenerationsOfOneMonthAtOnceCreateItOnce()
    {
        test::guarded([&] {
            const QDate month(2026, 1, 1);
            const auto invoicesOf = [&] {
                return count(QStringLiteral("SELECT count(*) FROM invoices WHERE period_start = ?"),
                             {month.toString(Qt::ISODate)});
            };
            QCOMPARE(invoicesOf(), 0);
            // Both plans are made before either runs, as two people looking at the same screen would.
            const PendingWrite mine = Invoicing::planGenerate(*m_ownerDb, month);
            QVERIFY(mine.plan.hasChanges());
            const qint64 auditBefore =
                count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.generate'"));
            std::optional<Result<QJsonObject>> theirs;
            DbWorker worker;
            const DatabaseTarget second = m_pg->target(m_owner2);
            {
                Transaction tx(*m_ownerDb);
                const qint64 made =
                    WriteExecutor::execute(*m_ownerDb, mine).value(QStringLiteral("invoices")).toInteger();
                QVERIFY(made > 0);
                worker.run<QJsonObject>(
                    this,
                    [second, month](Database& db) {
                        db.open(second);
                        return WriteExecutor::execute(db, Invoicing::planGenerate(db, month));
                    },
                    [&theirs](Result<QJsonObject> r) { theirs = std::move(r); });
                QVERIFY2(test::waitForLockWaiters(m_admin),
                         "the second generation did not wait for the first");
                tx.commit();
                QCOMPARE(invoicesOf(), made);
            }
            QVERIFY(QTest::qWaitFor([&] { return theirs.has_value(); }, 15000));
            QVERIFY2(!theirs->ok(), "both generations created invoices");
            QCOMPARE(theirs->error().kind, ErrorKind::Conflict);
            QVERIFY2(theirs->error().message.contains(QStringLiteral("generated by someone else meanwhile")),
                     qPrintable(theirs->error().message));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM (SELECT tenant_id FROM invoices WHERE "
                                          "period_start = ? GROUP BY tenant_id HAVING count(*) > 1) x"),
                           {month.toString(Qt::ISODate)}),
                     0);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'invoice.generate'")),
                auditBefore + 1);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgBilling)
#include "tst_pg_billing.moc"
