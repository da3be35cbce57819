// Billing proposals on SQLite (migration 0017, models/billing/BillingProposals): a plan change, a credit and
// a discount each change nothing when proposed and exactly what was proposed, once, when approved; a
// rejection applies nothing; the triggers freeze a decided proposal — and the real fusionctl end to end
// (propose, proposals, approve, reject, --json, exit codes).
#include "tests/billing/BillingProposalChecks.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace fusion;

class TestBillingProposals : public QObject {
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
            test::proposalsPrepareInvoices(m_db, m_fx);
        });
    }

    void aPlanChangeIsAppliedOnceWhenApproved()
    {
        test::guarded([&] { test::checkPlanProposal(m_db, m_db, m_fx, QStringLiteral("b")); });
    }

    void anApprovedCreditIsACreditNote()
    {
        test::guarded([&] { test::checkCreditProposal(m_db, m_db, m_fx); });
    }

    void anApprovedDiscountIsALineOnTheDraft()
    {
        test::guarded([&] { test::checkDiscountProposal(m_db, m_db, m_fx); });
    }

    void aRejectedProposalAppliesNothingAndADecidedOneIsFrozen()
    {
        test::guarded([&] { test::checkRejectedAndFrozen(m_db, m_db, m_db, m_fx, QStringLiteral("b")); });
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
                test::proposalsPrepareInvoices(db, fx);
            });
        }
        const QStringList base{QStringLiteral("--db"), target.toUrl()};
        const auto run = [&](const QStringList& args) { return test::runCli(dir.path(), base + args); };
        const auto describe = [](const test::CliResult& r) {
            return QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err);
        };
        const QString b = QStringLiteral("c-bravo");

        const test::CliResult none = run({QStringLiteral("billing"), QStringLiteral("proposals")});
        QVERIFY2(none.code == 0 && none.err.contains(QStringLiteral("No pending billing proposals")),
                 qPrintable(describe(none)));
        // Unconfirmed: exit 3, nothing proposed.
        const QStringList planArgs{QStringLiteral("billing"),  QStringLiteral("propose"),
                                   QStringLiteral("plan"),     b,
                                   QStringLiteral("--plan"),   QStringLiteral("cpro"),
                                   QStringLiteral("--reason"), QStringLiteral("Grew")};
        QCOMPARE(run(planArgs).code, 3);
        QCOMPARE(run({QStringLiteral("billing"), QStringLiteral("propose"), QStringLiteral("plan"), b,
                      QStringLiteral("--plan"), QStringLiteral("cpro"), QStringLiteral("--yes")})
                     .code,
                 2); // no reason
        const test::CliResult proposed =
            run(QStringList{QStringLiteral("--json")} + planArgs + QStringList{QStringLiteral("--yes")});
        QVERIFY2(proposed.code == 0, qPrintable(describe(proposed)));
        const qint64 id = proposed.json().object().value(QStringLiteral("proposal")).toInteger();
        QVERIFY(id > 0);
        const test::CliResult list =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("proposals")});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        const QJsonObject row = list.json().array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("plan"));
        QCOMPARE(row.value(QStringLiteral("plan")).toString(), QStringLiteral("cpro"));
        QCOMPARE(row.value(QStringLiteral("tenant")).toString(), b);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));

        const test::CliResult approved = run({QStringLiteral("billing"), QStringLiteral("approve"),
                                              QString::number(id), QStringLiteral("--yes")});
        QVERIFY2(approved.code == 0 &&
                     approved.out.contains(QStringLiteral("Approved and applied: plan changed.")),
                 qPrintable(describe(approved)));
        const test::CliResult subs =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("subscriptions")});
        bool moved = false;
        for (const QJsonValue& s : subs.json().array())
            moved =
                moved || (s.toObject().value(QStringLiteral("tenant")).toString() == b &&
                          s.toObject().value(QStringLiteral("plan")).toString() == QStringLiteral("cpro"));
        QVERIFY2(moved, qPrintable(describe(subs)));
        // Twice: a conflict (exit 1), saying it was already approved.
        const test::CliResult twice = run({QStringLiteral("billing"), QStringLiteral("approve"),
                                           QString::number(id), QStringLiteral("--yes")});
        QVERIFY2(twice.code == 1 &&
                     QString(twice.out + twice.err).contains(QStringLiteral("already approved")),
                 qPrintable(describe(twice)));

        // A credit proposal rejected: no credit note.
        const test::CliResult invoices =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("invoices"),
                 QStringLiteral("--tenant"), QStringLiteral("c-alpha")});
        const QJsonObject issued = invoices.json().array().at(0).toObject();
        QCOMPARE(issued.value(QStringLiteral("state")).toString(), QStringLiteral("issued"));
        const test::CliResult credit =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("propose"),
                 QStringLiteral("credit"), QString::number(issued.value(QStringLiteral("id")).toInteger()),
                 QStringLiteral("--amount"), QStringLiteral("5"), QStringLiteral("--reason"),
                 QStringLiteral("Outage"), QStringLiteral("--yes")});
        QVERIFY2(credit.code == 0, qPrintable(describe(credit)));
        const QString creditId =
            QString::number(credit.json().object().value(QStringLiteral("proposal")).toInteger());
        QCOMPARE(run({QStringLiteral("billing"), QStringLiteral("reject"), creditId, QStringLiteral("--yes")})
                     .code,
                 2); // no reason
        const test::CliResult rejected =
            run({QStringLiteral("billing"), QStringLiteral("reject"), creditId, QStringLiteral("--reason"),
                 QStringLiteral("SLA not breached"), QStringLiteral("--yes")});
        QVERIFY2(rejected.code == 0, qPrintable(describe(rejected)));
        const test::CliResult after =
            run({QStringLiteral("--json"), QStringLiteral("billing"), QStringLiteral("invoices"),
                 QStringLiteral("--tenant"), QStringLiteral("c-alpha")});
        QCOMPARE(after.json().array().size(), invoices.json().array().size());
        const test::CliResult all =
            run({QStringLiteral("billing"), QStringLiteral("proposals"), QStringLiteral("--all")});
        QVERIFY2(all.out.contains(QStringLiteral("SLA not breached")), qPrintable(describe(all)));
        QCOMPARE(run({QStringLiteral("billing"), QStringLiteral("approve"), QStringLiteral("999"),
                      QStringLiteral("--yes")})
                     .code,
                 5);
    }
};

QTEST_GUILESS_MAIN(TestBillingProposals)
#include "tst_billing_proposals.moc"
