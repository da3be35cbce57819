// Optimistic locking between real sessions: two admins who opened the same tenant never silently overwrite
// each other. The one who saves second gets a conflict that shows the current values, and nothing of theirs
// is written — also when the two writes really overlap in time (one waits on the other's row lock).
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/DbWorker.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

QVariantMap values(std::initializer_list<std::pair<QString, QVariant>> list)
{
    QVariantMap map;
    for (const auto& [key, value] : list)
        map.insert(key, value);
    return map;
}

// Sessions of this database (other than the asking one) that wait for a lock.
} // namespace

class TestPgLocking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY(m_home.isValid());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("lock"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_a, m_pg->target(), 48);
            m_b.open(m_pg->target());
            m_monitor.open(m_pg->target());
            QSqlQuery r = m_a.exec(
                QStringLiteral("SELECT slug FROM tenants WHERE status = 'active' ORDER BY slug LIMIT 6"));
            while (r.next())
                m_active << r.value(0).toString();
        });
        QCOMPARE(m_active.size(), 6);
    }

    void secondEditorGetsAConflictWithTheFirstEdit()
    {
        test::guarded([&] {
            const Tenant t = TenantRepository(m_a).requireBySlug(m_active[0]);
            const QString original = t.name;
            const qint64 editsBefore = editAuditRows();
            const PendingWrite first =
                TenantService(m_a, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Edited by A")},
                                            {QStringLiteral("region"), QStringLiteral("ams3")}}));
            const PendingWrite second =
                TenantService(m_b, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Edited by B")}}));
            QCOMPARE(second.plan.changes.size(), 1);
            QCOMPARE(second.plan.changes.first().before.toString(), original);

            const QJsonObject outcome = WriteExecutor::execute(m_a, first);
            QCOMPARE(outcome.value(QStringLiteral("row_version")).toInt(), t.rowVersion + 1);

            const QString afterFirst = test::fingerprint(m_a);
            const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_b, second); });
            QVERIFY2(conflict, "the second editor silently overwrote the first one's change");
            QCOMPARE(conflict->kind, ErrorKind::Conflict);
            QVERIFY2(conflict->message.contains(QStringLiteral("Someone else changed this record")),
                     qPrintable(conflict->message));
            // The loser sees what is there now: the first editor's values and the new version.
            QCOMPARE(conflict->current.value(QStringLiteral("Name")).toString(),
                     QStringLiteral("Edited by A"));
            QCOMPARE(conflict->current.value(QStringLiteral("Region")).toString(), QStringLiteral("ams3"));
            QCOMPARE(conflict->current.value(QStringLiteral("_row_version")).toInt(), t.rowVersion + 1);

            // Nothing of the second edit was written, not even an audit row.
            QCOMPARE(test::fingerprint(m_a), afterFirst);
            const Tenant now = TenantRepository(m_b).requireBySlug(m_active[0]);
            QCOMPARE(now.name, QStringLiteral("Edited by A"));
            QCOMPARE(now.region, QStringLiteral("ams3"));
            QCOMPARE(now.rowVersion, t.rowVersion + 1);
            QCOMPARE(editAuditRows(), editsBefore + 1);

            // Planning again from what is there now works, and shows the first edit as "before".
            const PendingWrite retry =
                TenantService(m_b, QStringLiteral("ui"))
                    .planEditTenant(now.id, now.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Edited by B")}}));
            QCOMPARE(retry.plan.changes.first().before.toString(), QStringLiteral("Edited by A"));
            WriteExecutor::execute(m_b, retry);
            QCOMPARE(TenantRepository(m_a).requireBySlug(m_active[0]).name, QStringLiteral("Edited by B"));
            QVERIFY(AuditLog::verify(m_a).ok);
        });
    }

    void planningWithAStaleVersionIsAConflictToo()
    {
        test::guarded([&] {
            const Tenant t = TenantRepository(m_a).requireBySlug(m_active[1]);
            WriteExecutor::execute(
                m_a, TenantService(m_a, QStringLiteral("ui"))
                         .planEditTenant(t.id, t.rowVersion,
                                         values({{QStringLiteral("region"), QStringLiteral("lon1")}})));
            const auto conflict = test::failureOf([&] {
                TenantService(m_b, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("region"), QStringLiteral("tor1")}}));
            });
            QVERIFY(conflict);
            QCOMPARE(conflict->kind, ErrorKind::Conflict);
            QCOMPARE(conflict->current.value(QStringLiteral("Region")).toString(), QStringLiteral("lon1"));
        });
    }

    void twoBundleChangesFromTheSameViewOneWins()
    {
        test::guarded([&] {
            const Tenant t = TenantRepository(m_a).requireBySlug(m_active[5]);
            QStringList all;
            for (const Bundle& b : TenantRepository(m_a).bundles())
                all << b.code;
            // Both looked at the same bundles; A assigns them all, B removes them all.
            const PendingWrite fromA = TenantService(m_a, QStringLiteral("ui")).planSetBundles(t.id, all);
            const PendingWrite fromB = TenantService(m_b, QStringLiteral("ui")).planSetBundles(t.id, {});
            QVERIFY(fromA.plan.hasChanges());
            QVERIFY(fromB.plan.hasChanges());
            WriteExecutor::execute(m_a, fromA);
            const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_b, fromB); });
            QVERIFY(conflict);
            QCOMPARE(conflict->kind, ErrorKind::Conflict);
            QCOMPARE(TenantRepository(m_a).detail(t.id, false).bundles.size(), all.size());
        });
    }

    void pauseRacingAnEditLosesWithTheCurrentValues()
    {
        test::guarded([&] {
            const QString slug = m_active[2];
            const Tenant t = TenantRepository(m_a).requireBySlug(slug);
            const PendingWrite pause =
                TenantService(m_a, QStringLiteral("ui")).planAction(slug, TenantAction::Pause);
            WriteExecutor::execute(
                m_b,
                TenantService(m_b, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Renamed meanwhile")}})));
            const QString before = test::fingerprint(m_a);
            const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_a, pause); });
            QVERIFY2(conflict, "a pause planned on a stale version went through");
            QCOMPARE(conflict->kind, ErrorKind::Conflict);
            QCOMPARE(conflict->current.value(QStringLiteral("Name")).toString(),
                     QStringLiteral("Renamed meanwhile"));
            QCOMPARE(conflict->current.value(QStringLiteral("Status")).toString(),
                     TenantStatus::label(TenantStatus::Active));
            // Not paused, and no operation queued for the automation.
            QCOMPARE(test::fingerprint(m_a), before);
            QCOMPARE(TenantRepository(m_a).requireBySlug(slug).status, TenantStatus::Active);
        });
    }

    void editRacingAPauseLosesWithTheCurrentValues()
    {
        test::guarded([&] {
            const QString slug = m_active[3];
            const Tenant t = TenantRepository(m_a).requireBySlug(slug);
            const PendingWrite edit =
                TenantService(m_b, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Too late")}}));
            WriteExecutor::execute(
                m_a, TenantService(m_a, QStringLiteral("ui")).planAction(slug, TenantAction::Pause));
            const QString before = test::fingerprint(m_a);
            const auto conflict = test::failureOf([&] { WriteExecutor::execute(m_b, edit); });
            QVERIFY2(conflict, "an edit planned before a pause overwrote the paused row");
            QCOMPARE(conflict->kind, ErrorKind::Conflict);
            QCOMPARE(conflict->current.value(QStringLiteral("Name")).toString(), t.name);
            QCOMPARE(conflict->current.value(QStringLiteral("_row_version")).toInt(), t.rowVersion + 1);
            QCOMPARE(test::fingerprint(m_a), before);
            const Tenant now = TenantRepository(m_a).requireBySlug(slug);
            QCOMPARE(now.status, TenantStatus::Paused);
            QCOMPARE(now.name, t.name);
        });
    }

    void overlappingPauseWaitsForTheEditAndThenConflicts()
    {
        test::guarded([&] {
            // Session A edits and holds its transaction open; a DbWorker session pauses the same tenant
            // meanwhile, planned from the last committed version, and has to wait for A's row lock.
            const QString slug = m_active[4];
            const Tenant t = TenantRepository(m_a).requireBySlug(slug);
            const PendingWrite edit =
                TenantService(m_a, QStringLiteral("ui"))
                    .planEditTenant(t.id, t.rowVersion,
                                    values({{QStringLiteral("name"), QStringLiteral("Held by A")}}));
            const qint64 operationsBefore =
                m_a.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong();

            DbWorker worker;
            std::optional<Result<Unit>> opened;
            const DatabaseTarget target = m_pg->target();
            worker.run<Unit>(
                this,
                [target](Database& db) {
                    db.open(target);
                    return Unit{};
                },
                [&opened](Result<Unit> r) { opened = std::move(r); });
            QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
            QVERIFY2(opened->ok(), qPrintable(opened->ok() ? QString() : opened->error().message));

            std::optional<Result<QJsonObject>> paused;
            {
                Transaction tx(m_a);
                const QJsonObject outcome = edit.apply(m_a);
                worker.run<QJsonObject>(
                    this,
                    [slug](Database& db) {
                        const PendingWrite pause =
                            TenantService(db, QStringLiteral("ui")).planAction(slug, TenantAction::Pause);
                        return WriteExecutor::execute(db, pause);
                    },
                    [&paused](Result<QJsonObject> r) { paused = std::move(r); });
                QTRY_VERIFY_WITH_TIMEOUT(test::lockWaiters(m_monitor) == 1, 15000);
                QVERIFY(!paused.has_value());
                AuditLog::append(m_a, edit.plan, outcome);
                tx.commit();
            }
            QTRY_VERIFY_WITH_TIMEOUT(paused.has_value(), 15000);
            QVERIFY2(!paused->ok(), "the waiting pause overwrote the edit that was committed meanwhile");
            QCOMPARE(paused->error().kind, ErrorKind::Conflict);
            QCOMPARE(paused->error().current.value(QStringLiteral("Name")).toString(),
                     QStringLiteral("Held by A"));
            const Tenant now = TenantRepository(m_a).requireBySlug(slug);
            QCOMPARE(now.name, QStringLiteral("Held by A"));
            QCOMPARE(now.status, TenantStatus::Active);
            QCOMPARE(now.rowVersion, t.rowVersion + 1);
            QCOMPARE(m_a.scalar(QStringLiteral("SELECT count(*) FROM operations")).toLongLong(),
                     operationsBefore);
        });
    }

    void fusionctlEditWaitingOnAnotherSessionReportsTheConflict()
    {
        test::guarded([&] {
            const QString slug = m_active[5];
            const Tenant t = TenantRepository(m_a).requireBySlug(slug);
            const PendingWrite pause =
                TenantService(m_a, QStringLiteral("ui")).planAction(slug, TenantAction::Pause);

            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("FUSION_DB"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            cli.setProcessEnvironment(env);
            {
                Transaction tx(m_a);
                const QJsonObject outcome = pause.apply(m_a);
                cli.start(test::fusionctlPath(),
                          {QStringLiteral("--db"), m_pg->url(), QStringLiteral("tenants"),
                           QStringLiteral("edit"), slug, QStringLiteral("--set"),
                           QStringLiteral("name=Edited from the CLI"), QStringLiteral("--yes")});
                QVERIFY(cli.waitForStarted());
                QTRY_VERIFY_WITH_TIMEOUT(test::lockWaiters(m_monitor) == 1, 15000);
                QCOMPARE(cli.state(), QProcess::Running);
                AuditLog::append(m_a, pause.plan, outcome);
                tx.commit();
            }
            QVERIFY(cli.waitForFinished(15000));
            const QString err = QString::fromUtf8(cli.readAllStandardError());
            QCOMPARE(cli.exitCode(), 1);
            QVERIFY2(err.contains(QStringLiteral("Someone else changed this record")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("Current values:")), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("Name: ") + t.name), qPrintable(err));
            const Tenant now = TenantRepository(m_a).requireBySlug(slug);
            QCOMPARE(now.name, t.name);
            QCOMPARE(now.status, TenantStatus::Paused);
            QCOMPARE(now.rowVersion, t.rowVersion + 1);
        });
    }

private:
    qint64 editAuditRows()
    {
        AuditQuery q;
        q.action = QStringLiteral("tenant.edit");
        return AuditLog::count(m_a, q);
    }

    QTemporaryDir m_home;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_a;
    Database m_b;
    Database m_monitor;
    QStringList m_active;
};

QTEST_GUILESS_MAIN(TestPgLocking)
#include "tst_pg_locking.moc"
