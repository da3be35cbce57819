// LISTEN/NOTIFY on a real server: a change committed in one session reaches every other session that
// listens on fusion_changes, named by its table, so open panes refresh without a manual reload. Changes
// that are rolled back announce nothing.
#include "models/audit/WriteExecutor.h"
#include "models/storage/DbWorker.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

QStringList payloads(const QSignalSpy& spy, int payloadArgument)
{
    QStringList list;
    for (const QList<QVariant>& args : spy)
        list << args.value(payloadArgument).toString();
    return list;
}

} // namespace

class TestPgNotify : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("notify"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_writer, m_pg->target(), 12);
            QSqlQuery r = m_writer.exec(
                QStringLiteral("SELECT slug FROM tenants WHERE status = 'active' ORDER BY slug LIMIT 3"));
            while (r.next())
                m_active << r.value(0).toString();
        });
        QCOMPARE(m_active.size(), 3);
    }

    void anotherSessionsPauseIsAnnounced()
    {
        test::guarded([&] {
            Database listener;
            listener.open(m_pg->target());
            QSqlDriver* driver = listener.handle().driver();
            QSignalSpy spy(driver, &QSqlDriver::notification);
            QVERIFY(spy.isValid());
            QVERIFY(driver->subscribeToNotification(QStringLiteral("fusion_changes")));
            QVERIFY(driver->subscribedToNotifications().contains(QStringLiteral("fusion_changes")));

            WriteExecutor::execute(
                m_writer,
                TenantService(m_writer, QStringLiteral("ui")).planAction(m_active[0], TenantAction::Pause));
            QTRY_VERIFY_WITH_TIMEOUT(payloads(spy, 2).contains(QStringLiteral("operations")), 10000);
            const QStringList seen = payloads(spy, 2);
            QVERIFY2(seen.contains(QStringLiteral("tenants")), qPrintable(seen.join(QLatin1Char(','))));
            QVERIFY2(seen.contains(QStringLiteral("audit_log")), qPrintable(seen.join(QLatin1Char(','))));
            for (const QList<QVariant>& args : std::as_const(spy)) {
                QCOMPARE(args.value(0).toString(), QStringLiteral("fusion_changes"));
                QCOMPARE(args.value(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
            }
            // One notification per table and transaction: PostgreSQL folds duplicates.
            QCOMPARE(seen.count(QStringLiteral("tenants")), 1);

            // And the listener reads the change it was told about.
            QCOMPARE(TenantRepository(listener).requireBySlug(m_active[0]).status, TenantStatus::Paused);
        });
    }

    void rolledBackChangesAreNotAnnounced()
    {
        test::guarded([&] {
            Database listener;
            listener.open(m_pg->target());
            QSqlDriver* driver = listener.handle().driver();
            QSignalSpy spy(driver, &QSqlDriver::notification);
            QVERIFY(driver->subscribeToNotification(QStringLiteral("fusion_changes")));

            // A write that fails after its update is rolled back whole, and so is its notification.
            PendingWrite failing =
                TenantService(m_writer, QStringLiteral("ui")).planAction(m_active[1], TenantAction::Pause);
            const auto apply = failing.apply;
            failing.apply = [apply](Database& db) {
                QJsonObject outcome = apply(db);
                throw Failure(ErrorKind::Internal, QStringLiteral("simulated failure after the update"));
                return outcome;
            };
            bool threw = false;
            try {
                WriteExecutor::execute(m_writer, failing);
            } catch (const Failure&) {
                threw = true;
            }
            QVERIFY(threw);
            // A committed change made afterwards is the first thing the listener hears about.
            WriteExecutor::execute(
                m_writer,
                TenantService(m_writer, QStringLiteral("ui")).planAction(m_active[2], TenantAction::Pause));
            QTRY_VERIFY_WITH_TIMEOUT(payloads(spy, 2).contains(QStringLiteral("audit_log")), 10000);
            QTest::qWait(200);
            QCOMPARE(payloads(spy, 2).count(QStringLiteral("tenants")), 1);
            QCOMPARE(TenantRepository(listener).requireBySlug(m_active[1]).status, TenantStatus::Active);
        });
    }

    void dbWorkerSignalsChangesMadeElsewhere()
    {
        test::guarded([&] {
            DbWorker worker;
            QSignalSpy changed(&worker, &DbWorker::changed);
            std::optional<Result<Unit>> opened;
            const DatabaseTarget target = m_pg->target();
            worker.run<Unit>(
                this,
                [target](Database& db) {
                    db.open(target);
                    return Unit{};
                },
                [&opened](Result<Unit> r) { opened = std::move(r); });
            worker.listenForChanges();
            // Jobs run in order: once this one is done, the worker listens.
            std::optional<Result<bool>> listening;
            worker.run<bool>(
                this,
                [](Database& db) {
                    return db.handle().driver()->subscribedToNotifications().contains(
                        QStringLiteral("fusion_changes"));
                },
                [&listening](Result<bool> r) { listening = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(listening.has_value(), 15000);
            QVERIFY(opened.has_value() && opened->ok());
            QVERIFY(listening->ok());
            QVERIFY(listening->value());
            QCOMPARE(changed.count(), 0);

            // Another session (another admin) edits a tenant.
            const Tenant t = TenantRepository(m_writer).requireBySlug(m_active[0]);
            QVariantMap values;
            values.insert(QStringLiteral("name"), QStringLiteral("Renamed elsewhere"));
            WriteExecutor::execute(
                m_writer,
                TenantService(m_writer, QStringLiteral("ui")).planEditTenant(t.id, t.rowVersion, values));
            QTRY_VERIFY_WITH_TIMEOUT(payloads(changed, 0).contains(QStringLiteral("tenants")), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(payloads(changed, 0).contains(QStringLiteral("audit_log")), 10000);
            QVERIFY(!payloads(changed, 0).contains(QStringLiteral("operations"))); // an edit queues nothing

            // Listening twice does not double the signals.
            worker.listenForChanges();
            changed.clear();
            const bool paused =
                TenantRepository(m_writer).requireBySlug(m_active[0]).status == TenantStatus::Paused;
            WriteExecutor::execute(
                m_writer, TenantService(m_writer, QStringLiteral("ui"))
                              .planAction(m_active[0], paused ? TenantAction::Resume : TenantAction::Pause));
            QTRY_VERIFY_WITH_TIMEOUT(payloads(changed, 0).contains(QStringLiteral("audit_log")), 10000);
            QTest::qWait(200);
            QCOMPARE(payloads(changed, 0).count(QStringLiteral("tenants")), 1);
            QCOMPARE(payloads(changed, 0).count(QStringLiteral("operations")), 1);
        });
    }

private:
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_writer;
    QStringList m_active;
};

QTEST_GUILESS_MAIN(TestPgNotify)
#include "tst_pg_notify.moc"
