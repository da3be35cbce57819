// Sixteen consumer processes making 200 chat calls each against one monthly cap on a real PostgreSQL, through
// the real service layer (keys from a real Secret Service, calls to the Python provider server): the settled
// total never exceeds the cap, the cap is actually used up, every denial names the right reason, and the
// counters agree with the log afterwards.
#include "models/storage/Database.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/TestSupport.h"

#include <QProcess>
#include <QTest>

#include <memory>

using namespace fusion;

class TestUsageConcurrency : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<test::FakeProviders> m_server;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_db;
    QString m_caller;

    test::CliResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_pg->url()} + args, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: this test needs the PostgreSQL fixture");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QStringLiteral("sk-concurrency-0123456789")});
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("conc"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::prepare(m_db, m_pg->target());
        // The callers log in as an API user (the consumers' own role), not as the owner.
        m_caller = m_pg->createLogin(QStringLiteral("caller"));
        QVERIFY(m_pg->superuserExec(QStringLiteral("GRANT fusion_api_user TO \"%1\"").arg(m_caller)));

        auto r = cli({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                      QStringLiteral("openai"), QStringLiteral("--base-url"), m_server->url().toString(),
                      QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                 QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                "sk-concurrency-0123456789");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // $0.10 a month; a gpt-4o call here costs 55 micro-dollars and is estimated at 580.
        r = cli({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
                 QStringLiteral("conc/ai"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--monthly"), QStringLiteral("0.10"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("access"), QStringLiteral("user"), QStringLiteral("alice"),
                 QStringLiteral("--daily-requests"), QStringLiteral("300"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void sixteenProcessesNeverOverspend()
    {
        const QString worker = QCoreApplication::applicationDirPath() + QStringLiteral("/budget_worker");
        QList<QProcess*> processes;
        for (int i = 0; i < 16; ++i) {
            auto* p = new QProcess(this);
            p->setProgram(worker);
            p->setArguments({m_pg->url(m_caller), QStringLiteral("openai"), QStringLiteral("conc/ai"),
                             i % 2 ? QStringLiteral("alice") : QStringLiteral("bob%1").arg(i),
                             QStringLiteral("gpt-4o"), QStringLiteral("200")});
            p->start();
            processes << p;
        }
        int ok = 0;
        for (QProcess* p : processes) {
            QVERIFY(p->waitForFinished(280000));
            const QByteArray err = p->readAllStandardError();
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
            ok += QJsonDocument::fromJson(p->readAllStandardOutput())
                      .object()
                      .value(QStringLiteral("ok"))
                      .toInt();
        }
        qDeleteAll(processes);

        const qint64 cap = 100000;
        const qint64 spent =
            m_db.scalar(
                    QStringLiteral("SELECT coalesce(sum(cost_micros), 0) FROM api_usage WHERE status = 'ok'"))
                .toLongLong();
        const qint64 rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM api_usage")).toLongLong();
        const qint64 okRows =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE status = 'ok'")).toLongLong();
        qInfo("%d calls allowed and made, %lld micro-dollars spent of a %lld cap", ok, spent, cap);
        QCOMPARE(rows, qint64(3200));
        QCOMPARE(okRows, qint64(ok));
        QVERIFY2(spent <= cap, qPrintable(QStringLiteral("overspent: %1 > %2").arg(spent).arg(cap)));
        // The cap binds, and is used up to within what the calls still in flight had reserved.
        QVERIFY2(spent >= cap - 16 * 580, qPrintable(QStringLiteral("only %1 spent").arg(spent)));
        QCOMPARE(m_server->chatCalls(), ok);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE status IN ('error', 'expired')"))
                .toLongLong(),
            qint64(0));

        // Every refusal names why: the budget, or alice's 300 requests a day — nothing else.
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT user_name, split_part(error, ':', 1), count(*) FROM api_usage "
                                     "WHERE status = 'denied' GROUP BY 1, 2 ORDER BY 1, 2"));
        qint64 budgetDenials = 0;
        while (q.next()) {
            const QString user = q.value(0).toString();
            const QString reason = q.value(1).toString();
            if (reason == QLatin1String("monthly_budget"))
                budgetDenials += q.value(2).toLongLong();
            else
                QVERIFY2(user == QLatin1String("alice") && reason == QLatin1String("user_daily_requests"),
                         qPrintable(QStringLiteral("%1 denied for %2").arg(user, reason)));
        }
        QVERIFY(budgetDenials > 0);
        QVERIFY(m_db.scalar(QStringLiteral(
                                "SELECT count(*) FROM api_usage WHERE user_name = 'alice' AND status = 'ok'"))
                    .toLongLong() <= 300);

        // The live counters agree with the log, and nothing is left reserved.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM budget_reservations")).toLongLong(),
                 qint64(0));
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT spent_micros FROM usage_counters WHERE user_name = '' AND period = "
                                 "'month'"))
                     .toLongLong(),
                 spent);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT sum(reserved_micros) FROM usage_counters")).toLongLong(),
                 qint64(0));
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT requests FROM usage_counters WHERE user_name = '' AND period = "
                                 "'month'"))
                     .toLongLong(),
                 okRows);
        // 50, 80 and 100 % of the monthly budget each fired once.
        QCOMPARE(
            m_db.scalar(QStringLiteral(
                            "SELECT count(*) FROM budget_alerts WHERE budget = 'monthly' AND scope_key LIKE "
                            "'rule:%'"))
                .toLongLong(),
            spent >= cap ? qint64(3) : qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestUsageConcurrency)
#include "tst_usage_concurrency.moc"
