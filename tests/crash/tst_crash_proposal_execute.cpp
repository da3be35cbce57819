// fusionctl odoo proposal execute killed with SIGKILL at seeded random instants (FUSION_CRASH_SEED, printed)
// while it creates a proposal's tasks in the Odoo stand-in (tests/fixtures/fake_odoo.py, every call answered
// late so that kills land between them), with the tenant's Odoo password in a real private keychain. After
// every kill the proposal is one of three things a person can tell apart: not started (pending, not one
// write reached Odoo), done whole (executed, every task created), or left "executing" — and then it is
// listed among the executing ones for "close as failed", refuses to run again, and closing it sends nothing.
// Whatever the state, no later command runs it again by itself: the writes Odoo received are counted after
// the kill and stay the same. The database passes SQLite's integrity check and `audit verify`.
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fusion;
using test::crash::count;
using test::crash::sqliteAt;

namespace {
constexpr int kRuns = 12;
constexpr int kTasks = 8; // one Odoo create each
// How late the stand-in answers every call (the login and each create), so that kills land between them.
constexpr double kCallSeconds = 0.15;
const QString kTenant = QStringLiteral("acme-finance-ph");
} // namespace

class TestCrashProposalExecute : public QObject {
    Q_OBJECT

    test::crash::CrashStores m_stores;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    qint64 m_proposal = 0;
    QRandomGenerator m_random;

    QStringList execute() const
    {
        return {QStringLiteral("odoo"), QStringLiteral("proposal"), QStringLiteral("execute"),
                QString::number(m_proposal), QStringLiteral("--yes")};
    }
    QString state(const QString& db) const
    {
        Database d;
        d.open(sqliteAt(db));
        return d.scalar(QStringLiteral("SELECT state FROM odoo_proposals WHERE id = ?"), {m_proposal})
            .toString();
    }
    // The ids `odoo proposals --state S` lists.
    QList<qint64> listed(const QString& db, const QString& state)
    {
        const test::CliResult r =
            m_stores.run(db, {QStringLiteral("odoo"), QStringLiteral("proposals"), QStringLiteral("--state"),
                              state, QStringLiteral("--json")});
        QList<qint64> ids;
        const QJsonArray items = r.json().object().value(QStringLiteral("items")).toArray();
        for (const QJsonValue& item : items)
            ids << item.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    int writes() { return m_odoo->countCalls(QStringLiteral("create")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stores.valid());
        m_random.seed(test::crash::seed());
        m_odoo = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        const QString prepared = m_stores.prepareOdooTemplate(m_odoo->url(), kTenant);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QStringList propose{QStringLiteral("odoo"),      QStringLiteral("propose"),
                            QStringLiteral("tasks"),     kTenant,
                            QStringLiteral("--case"),    QStringLiteral("crash-1"),
                            QStringLiteral("--project"), QStringLiteral("1")};
        for (int i = 1; i <= kTasks; ++i)
            propose << QStringLiteral("--task") << QStringLiteral("Crash task %1").arg(i);
        propose << QStringLiteral("--yes") << QStringLiteral("--json");
        const test::CliResult proposed = m_stores.run(m_stores.templatePath(), propose);
        QVERIFY2(proposed.code == 0, qPrintable(proposed.err));
        m_proposal = proposed.json().object().value(QStringLiteral("proposal_id")).toInteger();
        QVERIFY(m_proposal > 0);
        m_odoo->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), kCallSeconds}});
    }

    void killedExecutionIsWholeNotStartedOrListedAndNeverRunAgain()
    {
        // Uninterrupted: every task created, once.
        qint64 full = 0;
        {
            const QString db = m_stores.copy();
            m_odoo->clearCalls();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = m_stores.run(db, execute());
            full = t.elapsed();
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(writes(), kTasks);
            QCOMPARE(state(db), QStringLiteral("executed"));
        }
        QMap<QString, int> states;
        int killed = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = m_stores.copy();
            m_odoo->clearCalls();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("execution killed after %1 ms").arg(after);
            killed += test::crash::killAfter(m_stores.env(db), execute(), after) ? 1 : 0;
            // A create already sent is recorded as it arrives; give the late answers time to finish anyway.
            QTest::qWait(int(kCallSeconds * 1000) + 100);
            const int sent = writes();
            const QString s = state(db);
            ++states[s];
            m_stores.checkDatabase(db, what);
            const QList<qint64> executing = listed(db, QStringLiteral("executing"));
            const QList<qint64> pending = listed(db, QStringLiteral("pending"));
            if (s == QLatin1String("pending")) {
                // Not started: nothing reached Odoo, and it waits to be executed like any proposal.
                QVERIFY2(sent == 0,
                         qPrintable(QStringLiteral("%1: pending after %2 create(s)").arg(what).arg(sent)));
                QVERIFY(pending.contains(m_proposal) && !executing.contains(m_proposal));
                // Executing it now (a person's choice) runs it once, whole.
                const test::CliResult now = m_stores.run(db, execute());
                QVERIFY2(now.code == 0, qPrintable(what + QStringLiteral(": ") + now.err));
                QCOMPARE(writes(), kTasks);
                QCOMPARE(state(db), QStringLiteral("executed"));
                continue;
            }
            if (s == QLatin1String("executed")) {
                QVERIFY2(sent == kTasks,
                         qPrintable(QStringLiteral("%1: executed after %2 create(s)").arg(what).arg(sent)));
            } else {
                QVERIFY2(s == QLatin1String("executing"), qPrintable(what + QStringLiteral(": ") + s));
                QVERIFY2(sent <= kTasks, qPrintable(QStringLiteral("%1: %2 creates").arg(what).arg(sent)));
                // Listed for "close as failed", not among those waiting to run.
                QVERIFY2(executing.contains(m_proposal), qPrintable(what));
                QVERIFY(!pending.contains(m_proposal));
            }
            // Executing it again is refused, and nothing more reaches Odoo.
            const test::CliResult again = m_stores.run(db, execute());
            QVERIFY2(again.code != 0, qPrintable(what + QStringLiteral(": ran again: ") + again.out));
            QCOMPARE(writes(), sent);
            if (s == QLatin1String("executing")) {
                const test::CliResult closed = m_stores.run(
                    db, {QStringLiteral("odoo"), QStringLiteral("proposal"), QStringLiteral("abandon"),
                         QString::number(m_proposal), QStringLiteral("--yes")});
                QVERIFY2(closed.code == 0, qPrintable(what + QStringLiteral(": ") + closed.err));
                QCOMPARE(state(db), QStringLiteral("failed"));
                QVERIFY(!listed(db, QStringLiteral("executing")).contains(m_proposal));
                QVERIFY(m_stores.run(db, execute()).code != 0);
                Database d;
                d.open(sqliteAt(db));
                QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'odoo.proposal.abandon'")),
                         qint64(1));
            }
            QCOMPARE(writes(), sent); // closing it sent nothing either
            m_stores.checkDatabase(db, what + QStringLiteral(", afterwards"));
        }
        qInfo(
            "odoo proposal execute: %d of %d runs killed mid-way; left %d pending, %d executing, %d executed "
            "(a full run takes %lld ms)",
            killed, kRuns, states.value(QStringLiteral("pending")), states.value(QStringLiteral("executing")),
            states.value(QStringLiteral("executed")), full);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashProposalExecute)
#include "tst_crash_proposal_execute.moc"
