// fusionctl bundles apply killed with SIGKILL at seeded random instants (FUSION_CRASH_SEED, printed) while it
// installs a bundle's modules in the Odoo stand-in (tests/fixtures/fake_odoo.py, whose install takes a
// while), with the tenant's Odoo password in a real private keychain. After every kill the apply is one of
// three things a person can tell apart: not started (no operation, nothing sent to Odoo), done whole (the
// operation succeeded and the modules are recorded as installed), or an operation left "running" — and then
// it is listed among the running ones, closing it as failed works and sends nothing. No later command runs
// the install again by itself: the writes Odoo received (update_list, button_immediate_install) are counted
// after the kill and stay the same; applying again while it is left running is refused before Odoo hears of
// it. The database passes SQLite's integrity check and `audit verify`.
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;
using test::crash::count;
using test::crash::sqliteAt;

namespace {
constexpr int kRuns = 10;
constexpr int kInstallSeconds = 2; // how long the stand-in's button_immediate_install takes
// How late the stand-in answers every call: the login and the reads before the operation is recorded too,
// so that kills land before it as well as during the install.
constexpr double kCallSeconds = 0.15;
const QString kTenant = QStringLiteral("acme-finance-ph");
const QString kBundle = QStringLiteral("crash-people"); // hr and web_responsive, both on the stand-in
} // namespace

class TestCrashBundlesApply : public QObject {
    Q_OBJECT

    test::crash::CrashStores m_stores;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    qint64 m_lastOperation = 0; // operations up to this one came with the demo data
    QRandomGenerator m_random;

    static QStringList apply()
    {
        return {QStringLiteral("bundles"), QStringLiteral("apply"), kBundle, kTenant,
                QStringLiteral("--yes")};
    }
    // What Odoo was asked to change: module list updates and installs.
    int writes()
    {
        return m_odoo->countCalls(QStringLiteral("update_list")) +
               m_odoo->countCalls(QStringLiteral("button_immediate_install"));
    }
    // The operations this test's applies made: id → status.
    QMap<qint64, QString> operations(const QString& db) const
    {
        Database d;
        d.open(sqliteAt(db));
        QMap<qint64, QString> out;
        QSqlQuery q =
            d.exec(QStringLiteral("SELECT id, status FROM operations WHERE type = 'module_apply' AND id > ?"),
                   {m_lastOperation});
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
        return out;
    }
    QList<qint64> listedRunning(const QString& db)
    {
        const test::CliResult r = m_stores.run(db, {QStringLiteral("operations"), QStringLiteral("list"),
                                                    QStringLiteral("--status"), QStringLiteral("running"),
                                                    QStringLiteral("--json")});
        QList<qint64> ids;
        const QJsonArray items = r.json().array();
        for (const QJsonValue& item : items)
            ids << item.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    QJsonArray missing(const QString& db)
    {
        const test::CliResult r =
            m_stores.run(db, {QStringLiteral("bundles"), QStringLiteral("drift"), kTenant,
                              QStringLiteral("--bundle"), kBundle, QStringLiteral("--json")});
        const QJsonArray rows = r.json().array();
        return rows.size() == 1 ? rows.first().toObject().value(QStringLiteral("missing")).toArray()
                                : QJsonArray{QStringLiteral("(no row)")};
    }
    // A fresh Odoo for the next run: the modules not installed, no calls recorded. An install a kill cut off
    // still runs on the stand-in: wait for it first.
    void freshOdoo()
    {
        QTest::qWait(kInstallSeconds * 1000 + 200);
        m_odoo->reset(); // which also ends the misbehaviour
        m_odoo->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), kCallSeconds}});
        m_odoo->clearCalls();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stores.valid());
        m_random.seed(test::crash::seed());
        test::FakeOdoo::Options options;
        options.installSeconds = kInstallSeconds;
        m_odoo = std::make_unique<test::FakeOdoo>(options);
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        const QString prepared = m_stores.prepareOdooTemplate(m_odoo->url(), kTenant);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        // What the tenant's Odoo has installed, as the drift reads it.
        const test::CliResult synced =
            m_stores.run(m_stores.templatePath(), {QStringLiteral("odoo"), QStringLiteral("modules"), kTenant,
                                                   QStringLiteral("--yes")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const test::CliResult created = m_stores.run(
            m_stores.templatePath(),
            {QStringLiteral("bundles"), QStringLiteral("create"), kBundle, QStringLiteral("--name"),
             QStringLiteral("Crash people"), QStringLiteral("--type"), QStringLiteral("hr"),
             QStringLiteral("--modules"), QStringLiteral("hr,web_responsive"), QStringLiteral("--yes")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        Database d;
        d.open(sqliteAt(m_stores.templatePath()));
        m_lastOperation = count(d, QStringLiteral("SELECT coalesce(max(id), 0) FROM operations"));
        m_odoo->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), kCallSeconds}});
    }

    void killedApplyIsWholeNotStartedOrListedAndNeverRunAgain()
    {
        // Uninterrupted: one update, one install, the operation succeeded, nothing missing any more.
        qint64 full = 0;
        {
            const QString db = m_stores.copy();
            m_odoo->clearCalls();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = m_stores.run(db, apply());
            full = t.elapsed();
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QCOMPARE(writes(), 2);
            QCOMPARE(operations(db).values(), QStringList{QStringLiteral("succeeded")});
            QCOMPARE(missing(db), QJsonArray{});
            freshOdoo();
        }
        QMap<QString, int> outcomes;
        int killed = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = m_stores.copy();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("apply killed after %1 ms").arg(after);
            killed += test::crash::killAfter(m_stores.env(db), apply(), after) ? 1 : 0;
            const int sent = writes(); // a call is recorded as it arrives
            m_stores.checkDatabase(db, what);
            const QMap<qint64, QString> ops = operations(db);
            QVERIFY2(ops.size() <= 1, qPrintable(what));
            const QString outcome = ops.isEmpty() ? QStringLiteral("not started") : ops.first();
            ++outcomes[outcome];
            if (ops.isEmpty()) {
                // Not started: nothing reached Odoo; applying now (a person's choice) runs it once, whole.
                QVERIFY2(
                    sent == 0,
                    qPrintable(QStringLiteral("%1: no operation after %2 write(s)").arg(what).arg(sent)));
                QVERIFY(!missing(db).isEmpty());
                const test::CliResult now = m_stores.run(db, apply());
                QVERIFY2(now.code == 0, qPrintable(what + QStringLiteral(": ") + now.err));
                QCOMPARE(writes(), 2);
                QCOMPARE(operations(db).values(), QStringList{QStringLiteral("succeeded")});
                freshOdoo();
                continue;
            }
            const qint64 id = ops.firstKey();
            if (outcome == QLatin1String("succeeded")) {
                QVERIFY2(sent == 2,
                         qPrintable(QStringLiteral("%1: succeeded after %2 write(s)").arg(what).arg(sent)));
                QCOMPARE(missing(db), QJsonArray{});
                QVERIFY(!listedRunning(db).contains(id));
            } else {
                QVERIFY2(outcome == QLatin1String("running"),
                         qPrintable(what + QStringLiteral(": ") + outcome));
                QVERIFY2(sent <= 2, qPrintable(QStringLiteral("%1: %2 writes").arg(what).arg(sent)));
                // Listed for "close as failed".
                QVERIFY2(listedRunning(db).contains(id), qPrintable(what));
            }
            // Later commands that read (the drift, the operations, the tenant's modules from Odoo) send Odoo
            // nothing: the install is not run again by itself.
            missing(db);
            listedRunning(db);
            const test::CliResult synced = m_stores.run(
                db, {QStringLiteral("odoo"), QStringLiteral("modules"), kTenant, QStringLiteral("--yes")});
            QVERIFY2(synced.code == 0, qPrintable(what + QStringLiteral(": ") + synced.err));
            QCOMPARE(writes(), sent);
            if (outcome == QLatin1String("running")) {
                // Applying again while it is left running is refused before anything reaches Odoo, naming
                // the operation and how to close it.
                const test::CliResult again = m_stores.run(db, apply());
                QVERIFY2(again.code != 0, qPrintable(what + QStringLiteral(": applied again: ") + again.out));
                QVERIFY2(again.err.contains(QStringLiteral("operations abandon %1").arg(id)),
                         qPrintable(what + QStringLiteral(": ") + again.err));
                QCOMPARE(writes(), sent);
                const test::CliResult closed =
                    m_stores.run(db, {QStringLiteral("operations"), QStringLiteral("abandon"),
                                      QString::number(id), QStringLiteral("--yes")});
                QVERIFY2(closed.code == 0, qPrintable(what + QStringLiteral(": ") + closed.err));
                QCOMPARE(operations(db).value(id), QStringLiteral("failed"));
                QVERIFY(!listedRunning(db).contains(id));
                Database d;
                d.open(sqliteAt(db));
                QCOMPARE(count(d, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                 "'tenant.bundle.apply.abandon'")),
                         qint64(1));
            }
            QCOMPARE(writes(), sent); // closing it sent nothing either
            m_stores.checkDatabase(db, what + QStringLiteral(", afterwards"));
            freshOdoo();
        }
        qInfo("bundles apply: %d of %d runs killed mid-way; %d not started, %d left running, %d succeeded (a "
              "full run takes %lld ms)",
              killed, kRuns, outcomes.value(QStringLiteral("not started")),
              outcomes.value(QStringLiteral("running")), outcomes.value(QStringLiteral("succeeded")), full);
        QVERIFY(killed > 0);
    }

    // An apply of the bundle to the tenant still recorded as running (another person's, under way): a second
    // `bundles apply` exits non-zero before anything is sent to Odoo — not even the login — and says which
    // operation runs, since when, by whom, and how to close it. Closed as failed, the bundle applies again.
    void aSecondApplyWhileOneRunsIsRefusedBeforeOdoo()
    {
        const QString db = m_stores.copy();
        qint64 running = 0;
        {
            Database d;
            d.open(sqliteAt(db));
            running = d.insertReturningId(
                QStringLiteral("INSERT INTO operations (tenant_id, type, status, payload, trigger_source, "
                               "actor, started_at) SELECT id, 'module_apply', 'running', ?, 'ui', 'dana', ? "
                               "FROM tenants WHERE slug = ?"),
                {QStringLiteral("{\"bundle\":\"%1\",\"modules\":[\"hr\"]}").arg(kBundle),
                 QStringLiteral("2026-03-04T05:06:07Z"), kTenant});
        }
        m_odoo->clearCalls();
        const test::CliResult refused = m_stores.run(db, apply());
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        QVERIFY2(
            refused.err.contains(QStringLiteral("operation %1 has been running since 2026-03-04 05:06 UTC, "
                                                "started by dana (from ui)")
                                     .arg(running)),
            qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("fusionctl operations abandon %1").arg(running)),
                 qPrintable(refused.err));
        QCOMPARE(m_odoo->calls().size(), 0);                     // Odoo heard nothing, not even a login
        QCOMPARE(operations(db).keys(), QList<qint64>{running}); // and no second operation is recorded
        m_stores.checkDatabase(db, QStringLiteral("after the refused apply"));

        const test::CliResult closed =
            m_stores.run(db, {QStringLiteral("operations"), QStringLiteral("abandon"),
                              QString::number(running), QStringLiteral("--yes")});
        QVERIFY2(closed.code == 0, qPrintable(closed.err));
        const test::CliResult applied = m_stores.run(db, apply());
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        QCOMPARE(writes(), 2);
        QMap<qint64, QString> ops = operations(db);
        QCOMPARE(ops.take(running), QStringLiteral("failed"));
        QCOMPARE(ops.values(), QStringList{QStringLiteral("succeeded")});
        freshOdoo();
    }
};

QTEST_GUILESS_MAIN(TestCrashBundlesApply)
#include "tst_crash_bundles_apply.moc"
