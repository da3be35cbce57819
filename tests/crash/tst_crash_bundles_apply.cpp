// fusionctl bundles apply killed with SIGKILL at seeded random instants (FUSION_CRASH_SEED, printed) while it
// installs a bundle's modules in the Odoo stand-in (tests/fixtures/fake_odoo.py, whose install takes a
// while), with the tenant's Odoo password in a real private keychain. After every kill the apply is one of
// three things a person can tell apart: not started (no operation, nothing sent to Odoo), done whole (the
// operation succeeded and the modules are recorded as installed), or an operation left "running" — and then
// it is listed among the running ones, closing it as failed works and sends nothing. No later command runs
// the install again by itself: the writes Odoo received (update_list, button_immediate_install) are counted
// after the kill and stay the same. The database passes SQLite's integrity check and `audit verify`.
#include "tests/common/FakeOdoo.h"
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
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

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    QString m_template;         // seeded, connected to the stand-in, the bundle created
    qint64 m_lastOperation = 0; // operations up to this one came with the demo data
    QRandomGenerator m_random;
    int m_copies = 0;

    QProcessEnvironment env(const QString& db) const
    {
        QProcessEnvironment e = test::cliEnvironment(m_home.path());
        e.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + db);
        return e;
    }
    test::CliResult run(const QString& db, const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + db);
        return test::runCli(m_home.path(), args, input, e);
    }
    QString copy()
    {
        const QString path = m_dir.filePath(QStringLiteral("run-%1.db").arg(++m_copies));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the prepared store");
        return path;
    }
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
        const test::CliResult r =
            run(db, {QStringLiteral("operations"), QStringLiteral("list"), QStringLiteral("--status"),
                     QStringLiteral("running"), QStringLiteral("--json")});
        QList<qint64> ids;
        const QJsonArray items = r.json().array();
        for (const QJsonValue& item : items)
            ids << item.toObject().value(QStringLiteral("id")).toInteger();
        return ids;
    }
    QJsonArray missing(const QString& db)
    {
        const test::CliResult r = run(db, {QStringLiteral("bundles"), QStringLiteral("drift"), kTenant,
                                           QStringLiteral("--bundle"), kBundle, QStringLiteral("--json")});
        const QJsonArray rows = r.json().array();
        return rows.size() == 1 ? rows.first().toObject().value(QStringLiteral("missing")).toArray()
                                : QJsonArray{QStringLiteral("(no row)")};
    }
    void checkDatabase(const QString& db, const QString& what)
    {
        {
            Database d;
            d.open(sqliteAt(db));
            QCOMPARE(d.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        const test::CliResult verify = run(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(what + QStringLiteral(": ") + verify.out + verify.err));
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
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_random.seed(test::crash::seed());
        test::FakeOdoo::Options options;
        options.installSeconds = kInstallSeconds;
        m_odoo = std::make_unique<test::FakeOdoo>(options);
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        QCOMPARE(
            run(m_template, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code,
            0);
        QCOMPARE(
            run(m_template, {QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code,
            0);
        const test::CliResult connected =
            run(m_template,
                {QStringLiteral("odoo"), QStringLiteral("connect"), kTenant, QStringLiteral("--url"),
                 m_odoo->url().toString(), QStringLiteral("--db"), QStringLiteral("odoopeer"),
                 QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--yes")},
                "admin\n");
        QVERIFY2(connected.code == 0, qPrintable(connected.err));
        // What the tenant's Odoo has installed, as the drift reads it.
        const test::CliResult synced = run(m_template, {QStringLiteral("odoo"), QStringLiteral("modules"),
                                                        kTenant, QStringLiteral("--yes")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const test::CliResult created =
            run(m_template,
                {QStringLiteral("bundles"), QStringLiteral("create"), kBundle, QStringLiteral("--name"),
                 QStringLiteral("Crash people"), QStringLiteral("--type"), QStringLiteral("hr"),
                 QStringLiteral("--modules"), QStringLiteral("hr,web_responsive"), QStringLiteral("--yes")});
        QVERIFY2(created.code == 0, qPrintable(created.err));
        Database d;
        d.open(sqliteAt(m_template));
        m_lastOperation = count(d, QStringLiteral("SELECT coalesce(max(id), 0) FROM operations"));
        m_odoo->misbehave(QStringLiteral("slow"), {{QStringLiteral("seconds"), kCallSeconds}});
    }

    void killedApplyIsWholeNotStartedOrListedAndNeverRunAgain()
    {
        // Uninterrupted: one update, one install, the operation succeeded, nothing missing any more.
        qint64 full = 0;
        {
            const QString db = copy();
            m_odoo->clearCalls();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = run(db, apply());
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
            const QString db = copy();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("apply killed after %1 ms").arg(after);
            killed += test::crash::killAfter(env(db), apply(), after) ? 1 : 0;
            const int sent = writes(); // a call is recorded as it arrives
            checkDatabase(db, what);
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
                const test::CliResult now = run(db, apply());
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
            const test::CliResult synced = run(
                db, {QStringLiteral("odoo"), QStringLiteral("modules"), kTenant, QStringLiteral("--yes")});
            QVERIFY2(synced.code == 0, qPrintable(what + QStringLiteral(": ") + synced.err));
            QCOMPARE(writes(), sent);
            if (outcome == QLatin1String("running")) {
                const test::CliResult closed =
                    run(db, {QStringLiteral("operations"), QStringLiteral("abandon"), QString::number(id),
                             QStringLiteral("--yes")});
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
            checkDatabase(db, what + QStringLiteral(", afterwards"));
            freshOdoo();
        }
        qInfo("bundles apply: %d of %d runs killed mid-way; %d not started, %d left running, %d succeeded (a "
              "full run takes %lld ms)",
              killed, kRuns, outcomes.value(QStringLiteral("not started")),
              outcomes.value(QStringLiteral("running")), outcomes.value(QStringLiteral("succeeded")), full);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashBundlesApply)
#include "tst_crash_bundles_apply.moc"
