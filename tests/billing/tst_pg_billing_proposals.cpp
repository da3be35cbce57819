// Billing proposals on PostgreSQL as real logins (migration 0017): finance proposes a plan change, a credit
// and a discount, and an owner's approval applies exactly each, once; finance cannot decide (refused by the
// database, exit 4 from the real fusionctl) nor write subscriptions or invoices; operators and tenant admins
// see no proposals; a decided proposal is frozen even for the superuser; and two owners approving the same
// proposal at once — two real connections, the second waiting on the first's locks — apply it once, the
// second told it was already approved.
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/storage/DbWorker.h"
#include "tests/billing/BillingProposalChecks.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fusion;

class TestPgBillingProposals : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_finance, m_owner2;
    QTemporaryDir m_home;
    test::BillingFixture m_fx;
    std::unique_ptr<Database> m_ownerDb, m_financeDb;

    qint64 proposeCredit(qint64 micros, const QString& reason)
    {
        const Invoice a = test::billingInvoiceOf(m_admin, m_fx.a, m_fx.period);
        return WriteExecutor::execute(*m_financeDb,
                                      BillingProposals::planProposeCredit(*m_financeDb, a.id, micros, reason))
            .value(QStringLiteral("proposal"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("bprop"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        QVERIFY(m_home.isValid());
        test::guarded([&] {
            m_finance = m_pg->createLogin(QStringLiteral("finance"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_finance, Roles::Finance));
            m_owner2 = m_pg->createLogin(QStringLiteral("owner2"));
            WriteExecutor::execute(m_admin, RoleService(m_admin).planGrant(m_owner2, Roles::Owner));
            m_fx.seed(m_admin, QStringLiteral("p"));
            m_ownerDb = as(m_owner);
            m_financeDb = as(m_finance);
            test::proposalsPrepareInvoices(*m_ownerDb, m_fx);
        });
    }

    void financeProposesAPlanChangeTheOwnerApproves()
    {
        test::guarded([&] { test::checkPlanProposal(*m_financeDb, *m_ownerDb, m_fx, QStringLiteral("p")); });
        QCOMPARE(m_admin
                     .scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = "
                                            "'billing_proposal.create' ORDER BY id LIMIT 1"))
                     .toString(),
                 m_finance);
        QCOMPARE(
            m_admin
                .scalar(QStringLiteral("SELECT decided_by FROM billing_proposals WHERE state = 'approved' "
                                       "ORDER BY id LIMIT 1"))
                .toString(),
            m_owner);
    }

    void financeProposesACreditTheOwnerApproves()
    {
        test::guarded([&] { test::checkCreditProposal(*m_financeDb, *m_ownerDb, m_fx); });
    }

    void financeProposesADiscountTheOwnerApproves()
    {
        test::guarded([&] { test::checkDiscountProposal(*m_financeDb, *m_ownerDb, m_fx); });
    }

    void aRejectedProposalAppliesNothingAndADecidedOneIsFrozen()
    {
        test::guarded([&] {
            test::checkRejectedAndFrozen(*m_financeDb, *m_ownerDb, m_admin, m_fx, QStringLiteral("p"));
        });
    }

    // Finance proposes and nothing more: deciding, or writing what a proposal would, is refused by the
    // database.
    void financeCannotDecideNorWriteDirectly()
    {
        qint64 id = 0;
        test::guarded([&] { id = proposeCredit(1000000, QStringLiteral("Goodwill")); });
        const QString before = test::fingerprint(m_admin);
        const auto approve = test::failureOf(
            [&] { WriteExecutor::execute(*m_financeDb, BillingProposals::planApprove(*m_financeDb, id)); });
        QVERIFY2(approve && approve->kind == ErrorKind::PermissionDenied, qPrintable(messageOf(approve)));
        const auto reject = test::failureOf([&] {
            WriteExecutor::execute(*m_financeDb,
                                   BillingProposals::planReject(*m_financeDb, id, QStringLiteral("mine")));
        });
        QVERIFY2(reject && reject->kind == ErrorKind::PermissionDenied, qPrintable(messageOf(reject)));
        for (const QString& sql :
             {QStringLiteral("UPDATE billing_proposals SET state = 'approved' WHERE id = ?"),
              QStringLiteral("DELETE FROM billing_proposals WHERE id = ?"),
              QStringLiteral(
                  "UPDATE subscriptions SET plan_id = NULL WHERE tenant_id = (SELECT tenant_id FROM "
                  "billing_proposals WHERE id = ?)"),
              QStringLiteral("UPDATE invoices SET total_micros = 0 WHERE id = (SELECT invoice_id FROM "
                             "billing_proposals WHERE id = ?)")}) {
            const auto e = test::failureOf([&] { m_financeDb->exec(sql, {id}); });
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(sql + QLatin1Char(' ') + messageOf(e)));
        }
        // The real fusionctl as finance: exit 4 for approve and reject; the list and proposing work.
        const auto run = [&](const QStringList& args) {
            return test::runCli(m_home.path(),
                                QStringList{QStringLiteral("--db"), m_pg->url(m_finance)} + args);
        };
        const test::CliResult approved = run({QStringLiteral("billing"), QStringLiteral("approve"),
                                              QString::number(id), QStringLiteral("--yes")});
        QVERIFY2(approved.code == 4,
                 qPrintable(QStringLiteral("exit %1: %2").arg(approved.code).arg(approved.err)));
        const test::CliResult rejected =
            run({QStringLiteral("billing"), QStringLiteral("reject"), QString::number(id),
                 QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--yes")});
        QVERIFY2(rejected.code == 4,
                 qPrintable(QStringLiteral("exit %1: %2").arg(rejected.code).arg(rejected.err)));
        QCOMPARE(test::fingerprint(m_admin), before);
        const test::CliResult list =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("proposals")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY(list.json().array().size() >= 1);
        QCOMPARE(BillingProposals::find(m_admin, id)->state, QStringLiteral("pending"));
        // Tidy: the owner rejects it, so later tests start from no pending credit.
        test::guarded([&] {
            WriteExecutor::execute(*m_ownerDb,
                                   BillingProposals::planReject(*m_ownerDb, id, QStringLiteral("tidy up")));
        });
    }

    // Proposals carry amounts: operators (who see no money) and tenant admins read none.
    void operatorsAndTenantAdminsSeeNoProposals()
    {
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM billing_proposals")) > 0);
        for (const QString& login : {m_operator, m_tadminA, m_apiUser}) {
            auto db = as(login);
            const auto e = test::failureOf(
                [&] { db->scalar(QStringLiteral("SELECT count(*) FROM billing_proposals")); });
            QVERIFY2(e && e->kind == ErrorKind::PermissionDenied,
                     qPrintable(login + QLatin1Char(' ') + messageOf(e)));
        }
    }

    // Two owners approve the same credit at the same moment: the second's transaction waits for the first's
    // locks, then finds the proposal approved and rolls back — one credit note, the second told why.
    void twoOwnersApprovingAtOnceApplyItOnce()
    {
        test::guarded([&] {
            const qint64 id = proposeCredit(2000000, QStringLiteral("Double-approval race"));
            const qint64 a = test::billingInvoiceOf(m_admin, m_fx.a, m_fx.period).id;
            const qint64 notesBefore =
                count(QStringLiteral("SELECT count(*) FROM invoices WHERE credit_of = ?"), {a});
            const qint64 auditBefore = count(
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'billing_proposal.approve'"));
            std::optional<Result<QJsonObject>> theirs;
            DbWorker worker;
            const DatabaseTarget second = m_pg->target(m_owner2);
            {
                Transaction tx(*m_ownerDb);
                WriteExecutor::execute(*m_ownerDb, BillingProposals::planApprove(*m_ownerDb, id));
                worker.run<QJsonObject>(
                    this,
                    [second, id](Database& db) {
                        db.open(second);
                        return WriteExecutor::execute(db, BillingProposals::planApprove(db, id));
                    },
                    [&theirs](Result<QJsonObject> r) { theirs = std::move(r); });
                QVERIFY2(test::waitForLockWaiters(m_admin),
                         "the second owner's approval did not wait for the first");
                tx.commit();
            }
            QVERIFY(QTest::qWaitFor([&] { return theirs.has_value(); }, 15000));
            QVERIFY2(!theirs->ok(), "both owners applied the credit");
            QCOMPARE(theirs->error().kind, ErrorKind::Conflict);
            QVERIFY2(theirs->error().message.contains(QStringLiteral("already approved by %1").arg(m_owner)),
                     qPrintable(theirs->error().message));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices WHERE credit_of = ?"), {a}),
                     notesBefore + 1);
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'billing_proposal.approve'")),
                     auditBefore + 1);
            QCOMPARE(BillingProposals::find(m_admin, id)->decidedBy, m_owner);
        });
    }
};

QTEST_GUILESS_MAIN(TestPgBillingProposals)
#include "tst_pg_billing_proposals.moc"
