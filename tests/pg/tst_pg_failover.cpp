// A PostgreSQL failover under load: a primary and a synchronous streaming standby
// (tests/fixtures/pg-pair.sh), 16 writers creating tenants (confirmed writes, each with its audit row) and
// reserving budget, the standby promoted midway and the old primary stopped. Everything is reached through
// libpq's multi-host address with target_session_attrs=read-write, as a profile would name it.
//
// After the failover: every write confirmed before it is on the new primary; none is there twice; the budget
// is not overspent; every writer carried on by itself on the new primary and was told so; a write caught
// in flight said that its outcome must be checked, and was not repeated; fusionctl, waiting at its prompt
// across the failover, reconnected by itself and said so; the app's window reloaded on the new primary and
// said so in its status bar, without showing the "connection lost" page.
//
// It prints the seconds from the old primary's stop to the first confirmed write on the new one.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/TenantListModel.h"
#include "models/policy/AccessRules.h"
#include "models/policy/BudgetCounters.h"
#include "models/policy/PolicyEngine.h"
#include "models/tenants/TenantService.h"
#include "tests/common/PgPair.h"
#include "tests/common/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/connection/Connector.h"
#include "ui/tenants/TenantsPane.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLabel>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

using namespace fusion;

namespace {
constexpr int kWriters = 16;
constexpr qint64 kBudgetMicros = 3000000; // the consumer's monthly budget: 3.00
constexpr qint64 kEstimateMicros = 7000;  // each reservation: at most 428 fit
const QString kConsumer = QStringLiteral("failover/ai");

// What one writer saw, written only by its own thread and read after it finished.
struct WriterLog {
    QStringList confirmed;        // tenants whose creation was confirmed
    QStringList unknownOutcome;   // COMMIT was in flight when the connection went: "check its outcome"
    QStringList notSaved;         // the connection went before COMMIT: nothing of it was saved
    QList<qint64> reservations;   // reservations confirmed
    int reservationsUnknown = 0;  // a reservation's COMMIT in flight
    int reservationsNotSaved = 0; // a reservation lost before its COMMIT
    QStringList unexpected;       // any other error: none is expected
    QStringList notices;          // what the reconnect handler said
    int confirmedAfterFailover = 0;
    qint64 firstConfirmedAfterFailoverMs = -1; // on the shared clock
};

class Writer : public QThread {
public:
    Writer(int number, DatabaseTarget target, const QElapsedTimer& clock,
           const std::atomic<qint64>& failedOverAt, const std::atomic<bool>& stop)
        : m_number(number)
        , m_target(std::move(target))
        , m_clock(clock)
        , m_failedOverAt(failedOverAt)
        , m_stop(stop)
    {
    }
    WriterLog log;

protected:
    void run() override
    {
        Database db;
        db.setReconnectHandler([this](const QString& notice) { log.notices << notice; });
        if (const auto opened = capture([&] {
                db.open(m_target);
                return Unit{};
            });
            !opened) {
            log.unexpected << opened.error().message;
            return;
        }
        for (int i = 1; !(m_stop && log.confirmedAfterFailover >= 3); ++i) {
            if (m_clock.elapsed() > 120000) {
                log.unexpected << QStringLiteral("still writing after 120 s");
                return;
            }
            createTenant(db, i);
            reserve(db);
        }
    }

private:
    void createTenant(Database& db, int i)
    {
        const QString slug = QStringLiteral("w%1-%2").arg(m_number, 2, 10, QLatin1Char('0')).arg(i);
        const auto created = capture([&] {
            NewTenant t;
            t.slug = slug;
            t.name = QStringLiteral("Writer %1 tenant %2").arg(m_number).arg(i);
            t.planCode = QStringLiteral("growth");
            WriteExecutor::execute(db, TenantService(db, QStringLiteral("cli")).planCreate(t));
            return Unit{};
        });
        if (created) {
            log.confirmed << slug;
            noteConfirmed();
            return;
        }
        classify(created.error(), slug);
    }

    void reserve(Database& db)
    {
        CallIntent intent;
        intent.consumer = kConsumer;
        intent.provider = QStringLiteral("openai");
        intent.model = QStringLiteral("gpt-4o");
        intent.estimateMicros = kEstimateMicros;
        const auto decided =
            capture([&] { return PolicyEngine::reserve(db, intent, QDateTime::currentDateTimeUtc(), 3600); });
        if (!decided) {
            classify(decided.error(), QString());
            return;
        }
        if (decided.value().allowed)
            log.reservations << decided.value().reservationId;
        else if (decided.value().reasonCode() != QLatin1String("monthly_budget"))
            log.unexpected << decided.value().message;
    }

    void classify(const Error& error, const QString& slug)
    {
        if (error.kind == ErrorKind::Connection &&
            error.message.contains(QLatin1String("Check its outcome"))) {
            if (!slug.isEmpty())
                log.unknownOutcome << slug;
            return;
        }
        if (error.kind == ErrorKind::Connection &&
            error.message.contains(QLatin1String("nothing of it was saved"))) {
            if (!slug.isEmpty())
                log.notSaved << slug;
            return;
        }
        log.unexpected << error.message + QStringLiteral(" | ") + error.detail;
    }

    void noteConfirmed()
    {
        const qint64 failedOver = m_failedOverAt.load();
        if (failedOver < 0)
            return;
        ++log.confirmedAfterFailover;
        if (log.firstConfirmedAfterFailoverMs < 0)
            log.firstConfirmedAfterFailoverMs = m_clock.elapsed();
    }

    const int m_number;
    const DatabaseTarget m_target;
    const QElapsedTimer& m_clock;
    const std::atomic<qint64>& m_failedOverAt;
    const std::atomic<bool>& m_stop;
};

} // namespace

class TestPgFailover : public QObject {
    Q_OBJECT

    QString m_dir;
    bool m_started = false;
    QString m_error;
    QTemporaryDir m_home;
    DatabaseTarget m_target;

    bool pair(const QString& action) { return test::pgPair(action, m_dir, &m_error); }

    bool psql(const QString& host, const QString& sql) { return test::pgPairSql(host, sql, &m_error); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!test::fusionctlPath().isEmpty(), "FUSIONCTL is not set: run this test through CTest");
        QVERIFY(m_home.isValid());
        // A short path: both servers' unix sockets live under it.
        m_dir = QStringLiteral("/tmp/fusion-failover-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY2(pair(QStringLiteral("start")), qPrintable(m_error));
        m_started = true;
        QVERIFY2(psql(m_dir + QStringLiteral("/a"), QStringLiteral("CREATE DATABASE fusion")),
                 qPrintable(m_error));
        const auto parsed = DatabaseTarget::parse(
            QStringLiteral("postgresql://postgres@/fusion?host=%1/a,%1/b&target_session_attrs=read-write")
                .arg(m_dir));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        m_target = parsed.value();
        Database db;
        test::prepare(db, m_target, 6);
        RuleChange rule;
        rule.consumer = kConsumer;
        rule.provider = QStringLiteral("openai");
        rule.monthlyBudget = std::optional<qint64>(kBudgetMicros);
        WriteExecutor::execute(db, AccessRules::planSetRule(db, rule));
        QVERIFY(!db.isStandby());
        QVERIFY2(db.server().startsWith(m_dir + QStringLiteral("/a")), qPrintable(db.server()));
    }

    void cleanupTestCase()
    {
        if (m_started)
            pair(QStringLiteral("stop"));
    }

    void confirmedWritesSurviveAFailover()
    {
        // The app, connected through the same address, on the Tenants pane.
        AppContext context;
        MainWindow window(&context);
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(window.connector(), &Connector::ready);
        window.connector()->open(m_target);
        QVERIFY(ready.wait(20000));
        window.showPane(MainWindow::PaneId::Tenants);
        QTRY_COMPARE_WITH_TIMEOUT(window.tenantsPane()->model()->rowCount(), 6, 15000);
        QSignalSpy appReconnected(&context, &AppContext::reconnected);

        // fusionctl at its confirmation prompt (a terminal: `script` gives it one) across the failover.
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        cli.setProcessEnvironment(env);
        const QString command = QStringLiteral("'%1' --db '%2' tenants create --slug across-failover --name "
                                               "'Across failover' --plan growth")
                                    .arg(test::fusionctlPath(), m_target.toUrl());
        cli.start(QStringLiteral("script"), {QStringLiteral("-qfec"), command, QStringLiteral("/dev/null")});
        QVERIFY(cli.waitForStarted(10000));
        QString cliOutput;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         cliOutput += QString::fromUtf8(cli.readAll());
                         return cliOutput.contains(QStringLiteral("[y/N]"));
                     },
                     30000),
                 qPrintable(cliOutput));

        // 16 writers on the primary.
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> failedOverAt{-1};
        std::atomic<bool> stop{false};
        std::vector<std::unique_ptr<Writer>> writers;
        for (int w = 1; w <= kWriters; ++w) {
            writers.push_back(std::make_unique<Writer>(w, m_target, clock, failedOverAt, stop));
            writers.back()->start();
        }
        QTest::qWait(3000);

        // The failover: the standby becomes the primary; writes the old primary takes from now on wait for a
        // standby that no longer listens (synchronous replication), so none of them is confirmed; then the
        // old primary is stopped, ending its sessions.
        QVERIFY2(pair(QStringLiteral("promote")), qPrintable(m_error));
        QTest::qWait(1000);
        const qint64 stopping = clock.elapsed();
        QVERIFY2(pair(QStringLiteral("stop-primary")), qPrintable(m_error));
        const qint64 stopped = clock.elapsed();
        failedOverAt = stopped;
        stop = true;

        cli.write("y\n");
        QVERIFY(cli.waitForFinished(60000));
        cliOutput += QString::fromUtf8(cli.readAll());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(cliOutput.contains(QStringLiteral("reconnected to %1/b").arg(m_dir)), qPrintable(cliOutput));
        QVERIFY2(cliOutput.contains(QStringLiteral("Created tenant across-failover")), qPrintable(cliOutput));

        for (auto& writer : writers)
            QVERIFY(writer->wait(150000));

        // The window: a reload after the failover finds the new primary by itself and says so.
        window.findChild<QAction*>(QStringLiteral("actionRefresh"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!appReconnected.isEmpty(), 20000);
        QVERIFY2(appReconnected.first().first().toString().contains(m_dir + QStringLiteral("/b")),
                 qPrintable(appReconnected.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("reconnected")),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.tenantsPane()->model()->rowCount() > 6, 15000);
        QVERIFY(context.isReady());
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("problemTitleLabel"))->isVisible());

        // What the new primary holds.
        Database db;
        db.open(m_target);
        QVERIFY2(db.server().startsWith(m_dir + QStringLiteral("/b")), qPrintable(db.server()));
        QVERIFY(!db.isStandby());
        QHash<QString, int> audited;
        {
            QSqlQuery q = db.exec(QStringLiteral("SELECT target, count(*) FROM audit_log WHERE action = "
                                                 "'tenant.create' GROUP BY target"));
            while (q.next())
                audited.insert(q.value(0).toString(), q.value(1).toInt());
        }
        QSet<qint64> reservationsHeld;
        {
            QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM budget_reservations"));
            while (q.next())
                reservationsHeld.insert(q.value(0).toLongLong());
        }

        int confirmed = 0;
        int unknown = 0;
        int tenantsConfirmed = 0;
        int tenantsUnknown = 0;
        int notSaved = 0;
        int reserved = 0;
        qint64 firstAfter = -1;
        for (const auto& writer : writers) {
            const WriterLog& log = writer->log;
            QVERIFY2(log.unexpected.isEmpty(), qPrintable(log.unexpected.join(QLatin1Char('\n'))));
            // Every confirmed write is there once; none is there twice.
            for (const QString& slug : log.confirmed)
                QVERIFY2(audited.value(slug) == 1, qPrintable(slug));
            // A write caught in flight is there at most once — never repeated behind the person's back.
            for (const QString& slug : log.unknownOutcome)
                QVERIFY2(audited.value(slug) <= 1, qPrintable(slug));
            // One that failed before COMMIT left nothing.
            for (const QString& slug : log.notSaved)
                QVERIFY2(audited.value(slug) == 0, qPrintable(slug));
            for (qint64 id : log.reservations)
                QVERIFY2(reservationsHeld.contains(id), qPrintable(QString::number(id)));
            // It carried on by itself on the new primary, and was told.
            QVERIFY(log.confirmedAfterFailover >= 3);
            QVERIFY2(!log.notices.isEmpty() && log.notices.last().contains(m_dir + QStringLiteral("/b")),
                     qPrintable(log.notices.join(QLatin1Char('\n'))));
            confirmed += int(log.confirmed.size());
            unknown += int(log.unknownOutcome.size());
            tenantsConfirmed += int(log.confirmed.size());
            tenantsUnknown += int(log.unknownOutcome.size());
            notSaved += int(log.notSaved.size());
            reserved += int(log.reservations.size());
            unknown += log.reservationsUnknown;
            notSaved += log.reservationsNotSaved;
            if (log.firstConfirmedAfterFailoverMs >= 0 &&
                (firstAfter < 0 || log.firstConfirmedAfterFailoverMs < firstAfter))
                firstAfter = log.firstConfirmedAfterFailoverMs;
        }
        // Nothing was created that no writer attempted.
        int attemptedAudited = 0;
        for (auto it = audited.cbegin(); it != audited.cend(); ++it)
            if (it.key().startsWith(QLatin1Char('w')) && it.key().contains(QLatin1Char('-')))
                attemptedAudited += it.value();
        QVERIFY(attemptedAudited >= tenantsConfirmed &&
                attemptedAudited <= tenantsConfirmed + tenantsUnknown);
        // A write was in flight when the old primary went, and said its outcome must be checked.
        QVERIFY2(unknown + notSaved > 0, "no write was caught by the failover: it did not happen under load");

        // The budget: never more reserved and spent than the cap, with the reservations the writers were told
        // of all counted.
        const qint64 consumerId =
            db.scalar(QStringLiteral("SELECT id FROM consumers WHERE code = ?"), {kConsumer}).toLongLong();
        const qint64 providerId =
            db.scalar(QStringLiteral("SELECT id FROM providers WHERE code = 'openai'")).toLongLong();
        const auto windows =
            BudgetCounters::pair(db, consumerId, providerId, QDateTime::currentDateTimeUtc());
        QVERIFY2(windows.month.reserved + windows.month.spent <= kBudgetMicros,
                 qPrintable(QString::number(windows.month.reserved + windows.month.spent)));
        QVERIFY(windows.month.reserved >= qint64(reserved) * kEstimateMicros);
        QVERIFY(AuditLog::verify(db).ok);

        qInfo("failover: 16 writers; %d tenants created, %d reservations confirmed; %d writes caught in "
              "flight (outcome to check), %d failed before commit; old primary stopped in %.2f s; first "
              "confirmed write on the "
              "new primary %.2f s after it was gone",
              confirmed, reserved, unknown, notSaved, double(stopped - stopping) / 1000.0,
              double(firstAfter - stopped) / 1000.0);
    }
};

QTEST_MAIN(TestPgFailover)
#include "tst_pg_failover.moc"
