// Schema migrations on a real PostgreSQL server: an empty database gets the whole schema, the group roles
// and row-level security; a second run changes nothing; other databases of the same cluster (whose roles
// already exist) and several processes at once migrate too; a database written by a newer version, or
// holding someone else's tables, is refused with nothing written.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/Migrator.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace fusion;

namespace {

// fusionctl started in the background (runCli waits for it; concurrency needs several at once).
std::unique_ptr<QProcess> startCli(const QString& home, const QStringList& args)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUSION_DB"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process->setProcessEnvironment(env);
    process->start(test::fusionctlPath(), args);
    return process;
}

// A PostgreSQL cluster of this test's own (tests/fixtures/pg.sh), for what must start from a cluster where
// the Fusion Console roles do not exist yet.
class PrivateServer {
public:
    PrivateServer()
        : m_dir(QStringLiteral("/tmp/fusion-mig-") + QUuid::createUuid().toString(QUuid::Id128).left(8))
    {
        m_ok = pgsh(QStringLiteral("start"));
    }
    ~PrivateServer() { pgsh(QStringLiteral("stop")); }
    PrivateServer(const PrivateServer&) = delete;
    PrivateServer& operator=(const PrivateServer&) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    DatabaseTarget target(const QString& database) const
    {
        DatabaseTarget t;
        t.dialect = Dialect::Postgres;
        t.host = m_dir;
        t.user = QStringLiteral("postgres");
        t.database = database;
        return t;
    }

private:
    bool pgsh(const QString& action)
    {
        QProcess p;
        p.start(QStringLiteral(FUSION_FIXTURES_DIR "/pg.sh"), {action, m_dir});
        const bool finished = p.waitForFinished(60000);
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("pg.sh %1 %2 failed: %3")
                          .arg(action, m_dir, QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    }
    QString m_dir;
    QString m_error;
    bool m_ok = false;
};

int schemaVersion(Database& db)
{
    return db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).toInt();
}

int groupRoleCount(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE NOT rolcanlogin AND rolname IN ('"
                               "fusion_owner', 'fusion_operator', 'fusion_finance', 'fusion_tenant_admin', "
                               "'fusion_api_user', 'fusion_api_manager', 'fusion_api_admin')"))
        .toInt();
}

// The roles fusion_owner may grant to logins (it holds them WITH ADMIN OPTION).
int ownerAdminOptions(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                               "JOIN pg_roles o ON o.oid = m.member WHERE o.rolname = 'fusion_owner' AND "
                               "m.admin_option AND g.rolname LIKE 'fusion\\_%' ESCAPE '\\'"))
        .toInt();
}

qint64 auditRows(Database& db, const QString& action)
{
    AuditQuery q;
    q.action = action;
    return AuditLog::count(db, q);
}

} // namespace

class TestPgMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::guarded([&] {
            if (test::pgHost().isEmpty())
                QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
            QVERIFY2(!test::fusionctlPath().isEmpty(), "FUSIONCTL is not set: run this test through CTest");
            QVERIFY(m_home.isValid());
            m_latest = Migrator::latestVersion(Dialect::Postgres);
            QVERIFY2(m_latest >= 3, "the PostgreSQL migrations are missing from the resources");
        });
    }

    void emptyDatabaseGetsTheWholeSchema()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("mig"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            Database db;
            db.open(pg.target());

            const SchemaStatus before = Migrator::status(db);
            QCOMPARE(before.current, 0);
            QCOMPARE(before.latest, m_latest);
            QCOMPARE(before.pending.size(), Migrator::available(Dialect::Postgres).size());

            const PendingWrite write = Migrator::planUpgrade(db);
            QVERIFY(write.apply);
            QVERIFY(write.plan.hasChanges());
            QCOMPARE(write.plan.rowsAffected, qint64(before.pending.size()));
            WriteExecutor::execute(db, write);

            QCOMPARE(schemaVersion(db), m_latest);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                     int(before.pending.size()));
            QCOMPARE(groupRoleCount(db), 7);
            QCOMPARE(ownerAdminOptions(db), 8); // six of 0002, the intake (0009), the automation (0013)
            QVERIFY(db.scalar(QStringLiteral(
                                  "SELECT relrowsecurity FROM pg_class WHERE oid = 'tenants'::regclass"))
                        .toBool());
            QVERIFY(db.scalar(QStringLiteral(
                                  "SELECT relrowsecurity FROM pg_class WHERE oid = 'audit_log'::regclass"))
                        .toBool());
            Migrator::requireCurrent(db); // throws if anything were missing

            // The migration is itself a confirmed write: one audit row, by the login that ran it.
            const auto audit = AuditLog::list(db, AuditQuery{});
            QCOMPARE(audit.size(), 1);
            QCOMPARE(audit.first().action, QStringLiteral("database.migrate"));
            QCOMPARE(audit.first().actor, QStringLiteral("postgres"));
            QVERIFY(AuditLog::verify(db).ok);

            // Running it again plans nothing and writes nothing.
            const QString snapshot = test::snapshot(db);
            const PendingWrite again = Migrator::planUpgrade(db);
            QVERIFY(!again.apply);
            QVERIFY(!again.plan.hasChanges());
            WriteExecutor::execute(db, again);
            QCOMPARE(test::snapshot(db), snapshot);

            // And so does fusionctl.
            const auto cli =
                test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                             QStringLiteral("migrate"), QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(QStringLiteral("up to date")), qPrintable(cli.out));
            QCOMPARE(test::snapshot(db), snapshot);
        });
    }

    void statusReportsPendingMigrations()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("mig"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            const QStringList status = {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                        QStringLiteral("status")};
            auto cli = test::runCli(m_home.path(), status);
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(QStringLiteral("Pending: 0001 core schema")), qPrintable(cli.out));
            QVERIFY2(cli.out.contains(QStringLiteral("Pending: 0002 roles and row security")),
                     qPrintable(cli.out));
            QVERIFY2(cli.out.contains(QStringLiteral("Pending: %1").arg(m_latest, 4, 10, QLatin1Char('0'))),
                     qPrintable(cli.out));

            cli = test::runCli(m_home.path(), QStringList(status) << QStringLiteral("--json"));
            QCOMPARE(cli.code, 0);
            const QJsonObject json = cli.json().object();
            QCOMPARE(json.value(QStringLiteral("current")).toInt(), 0);
            QCOMPARE(json.value(QStringLiteral("latest")).toInt(), m_latest);
            QCOMPARE(json.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
            QCOMPARE(json.value(QStringLiteral("too_new")).toBool(), false);
            QCOMPARE(json.value(QStringLiteral("pending")).toArray().size(),
                     Migrator::available(Dialect::Postgres).size());

            // Asking the status wrote nothing: the database is still empty.
            Database db;
            db.open(pg.target());
            QCOMPARE(
                db.scalar(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                         "c.relnamespace WHERE n.nspname = 'public'"))
                    .toInt(),
                0);

            // Once migrated, the status says so.
            test::prepare(db, pg.target());
            cli = test::runCli(m_home.path(), status);
            QCOMPARE(cli.code, 0);
            QVERIFY2(cli.out.contains(QStringLiteral("Up to date.")), qPrintable(cli.out));
            QVERIFY2(!cli.out.contains(QStringLiteral("Pending")), qPrintable(cli.out));
        });
    }

    void secondDatabaseOfTheClusterMigratesToo()
    {
        test::guarded([&] {
            test::PgTestDatabase first(QStringLiteral("mig"));
            test::PgTestDatabase second(QStringLiteral("mig"));
            QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
            Database a;
            test::prepare(a, first.target());
            QCOMPARE(groupRoleCount(a), 7);

            // The roles are cluster-wide and exist now; the second database's migration must cope.
            Database b;
            test::prepare(b, second.target(), 5);
            QCOMPARE(schemaVersion(b), m_latest);
            QCOMPARE(groupRoleCount(b), 7);
            QCOMPARE(ownerAdminOptions(b), 8);
            QVERIFY(b.scalar(QStringLiteral(
                                 "SELECT relrowsecurity FROM pg_class WHERE oid = 'tenants'::regclass"))
                        .toBool());
            QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt(), 5);
            // The first database did not get the second one's data.
            QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt(), 0);
        });
    }

    void twoProcessesMigrateTwoDatabasesAtOnce()
    {
        test::guarded([&] {
            test::PgTestDatabase first(QStringLiteral("mig"));
            test::PgTestDatabase second(QStringLiteral("mig"));
            QVERIFY2(first.ok() && second.ok(), qPrintable(first.error() + second.error()));
            auto p1 = startCli(m_home.path(), {QStringLiteral("--db"), first.url(), QStringLiteral("db"),
                                               QStringLiteral("migrate"), QStringLiteral("--yes")});
            auto p2 = startCli(m_home.path(), {QStringLiteral("--db"), second.url(), QStringLiteral("db"),
                                               QStringLiteral("migrate"), QStringLiteral("--yes")});
            QVERIFY(p1->waitForFinished(60000));
            QVERIFY(p2->waitForFinished(60000));
            QVERIFY2(p1->exitStatus() == QProcess::NormalExit && p1->exitCode() == 0,
                     p1->readAllStandardError().constData());
            QVERIFY2(p2->exitStatus() == QProcess::NormalExit && p2->exitCode() == 0,
                     p2->readAllStandardError().constData());
            for (const test::PgTestDatabase* pg : {&first, &second}) {
                Database db;
                db.open(pg->target());
                QCOMPARE(schemaVersion(db), m_latest);
                QCOMPARE(auditRows(db, QStringLiteral("database.migrate")), qint64(1));
                QVERIFY(AuditLog::verify(db).ok);
            }
        });
    }

    void processesMigrateDatabasesOfAFreshClusterAtOnce()
    {
        test::guarded([&] {
            // On a cluster where no Fusion Console role exists yet, every migration races to create them.
            PrivateServer server;
            QVERIFY2(server.ok(), qPrintable(server.error()));
            const QStringList names = {QStringLiteral("fresh_a"), QStringLiteral("fresh_b"),
                                       QStringLiteral("fresh_c")};
            {
                Database admin;
                admin.open(server.target(QStringLiteral("postgres")));
                QCOMPARE(groupRoleCount(admin), 0);
                for (const QString& name : names)
                    admin.execRaw(QStringLiteral("CREATE DATABASE ") + name);
            }
            std::vector<std::unique_ptr<QProcess>> processes;
            for (const QString& name : names)
                processes.push_back(startCli(
                    m_home.path(), {QStringLiteral("--db"), server.target(name).toUrl(), QStringLiteral("db"),
                                    QStringLiteral("migrate"), QStringLiteral("--yes")}));
            for (const auto& p : processes) {
                QVERIFY(p->waitForFinished(60000));
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         p->readAllStandardError().constData());
            }
            for (const QString& name : names) {
                Database db;
                db.open(server.target(name));
                QCOMPARE(schemaVersion(db), m_latest);
                QCOMPARE(groupRoleCount(db), 7);
                QCOMPARE(ownerAdminOptions(db), 8); // six of 0002, the intake (0009), the automation (0013)
                QCOMPARE(auditRows(db, QStringLiteral("database.migrate")), qint64(1));
            }
        });
    }

    void sameDatabaseMigratedByTwoProcessesAtOnceAppliesOnce()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("mig"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            const QStringList args = {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                      QStringLiteral("migrate"), QStringLiteral("--yes")};
            auto p1 = startCli(m_home.path(), args);
            auto p2 = startCli(m_home.path(), args);
            QVERIFY(p1->waitForFinished(60000));
            QVERIFY(p2->waitForFinished(60000));
            const int c1 = p1->exitCode();
            const int c2 = p2->exitCode();
            const QString err1 = QString::fromUtf8(p1->readAllStandardError());
            const QString err2 = QString::fromUtf8(p2->readAllStandardError());
            // One of them applies the migrations; the other either found nothing left to do or was told that
            // another session migrated meanwhile. Never an error from half-applied DDL.
            QVERIFY2(c1 == 0 || c2 == 0, qPrintable(err1 + err2));
            for (const auto& [code, err] : {std::pair{c1, err1}, std::pair{c2, err2}}) {
                if (code != 0) {
                    QCOMPARE(code, 1);
                    QVERIFY2(err.contains(QStringLiteral("Another session changed the schema")),
                             qPrintable(err));
                }
            }
            Database db;
            db.open(pg.target());
            QCOMPARE(schemaVersion(db), m_latest);
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                     int(Migrator::available(Dialect::Postgres).size()));
            QCOMPARE(auditRows(db, QStringLiteral("database.migrate")), qint64(1));
        });
    }

    void newerSchemaIsRefusedAndNothingWritten()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("mig"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            Database db;
            test::prepare(db, pg.target(), 3);
            QString error;
            QVERIFY2(pg.superuserExec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at, "
                                                     "applied_by) VALUES (%1, 'from the future', "
                                                     "'2031-01-01T00:00:00.000Z', 'someone')")
                                          .arg(m_latest + 1),
                                      &error),
                     qPrintable(error));
            const QString before = test::snapshot(db);

            const SchemaStatus status = Migrator::status(db);
            QVERIFY(status.tooNew());
            QCOMPARE(status.current, m_latest + 1);
            try {
                Migrator::planUpgrade(db);
                QFAIL("planUpgrade accepted a schema newer than this build knows");
            } catch (const Failure& f) {
                QCOMPARE(f.error().kind, ErrorKind::SchemaTooNew);
                QVERIFY2(f.error().message.contains(QString::number(m_latest + 1)),
                         qPrintable(f.error().message));
                QVERIFY2(f.error().message.contains(QStringLiteral("Nothing was changed")),
                         qPrintable(f.error().message));
            }
            try {
                Migrator::requireCurrent(db);
                QFAIL("requireCurrent accepted a schema newer than this build knows");
            } catch (const Failure& f) {
                QCOMPARE(f.error().kind, ErrorKind::SchemaTooNew);
            }
            QCOMPARE(test::snapshot(db), before);

            // fusionctl refuses every command on it, writes nothing, and says why.
            auto cli = test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                                    QStringLiteral("migrate"), QStringLiteral("--yes")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("newer Fusion Console")), qPrintable(cli.err));
            cli = test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("tenants"),
                                               QStringLiteral("pause"), QStringLiteral("--yes"),
                                               QStringLiteral("x-does-not-matter")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("newer Fusion Console")), qPrintable(cli.err));
            cli = test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                               QStringLiteral("status"), QStringLiteral("--json")});
            QCOMPARE(cli.code, 1);
            QCOMPARE(cli.json().object().value(QStringLiteral("too_new")).toBool(), true);
            QCOMPARE(test::snapshot(db), before);
        });
    }

    void foreignTablesAreNeverMigratedInto()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("mig"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            QString error;
            QVERIFY2(
                pg.superuserExec(QStringLiteral("CREATE TABLE customers (id int PRIMARY KEY, name text); "
                                                "INSERT INTO customers VALUES (1, 'kept')"),
                                 &error),
                qPrintable(error));
            Database db;
            db.open(pg.target());
            try {
                Migrator::planUpgrade(db);
                QFAIL("planUpgrade accepted a database holding someone else's tables");
            } catch (const Failure& f) {
                QCOMPARE(f.error().kind, ErrorKind::NotFusionDatabase);
            }
            const auto cli =
                test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("db"),
                                             QStringLiteral("migrate"), QStringLiteral("--yes")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("do not belong to Fusion Console")),
                     qPrintable(cli.err));
            QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('schema_version')::text")).toString(),
                     QString());
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                         .toInt(),
                     1);
            QCOMPARE(db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = 1")).toString(),
                     QStringLiteral("kept"));
        });
    }

private:
    QTemporaryDir m_home;
    int m_latest = 0;
};

QTEST_GUILESS_MAIN(TestPgMigrations)
#include "tst_pg_migrations.moc"
