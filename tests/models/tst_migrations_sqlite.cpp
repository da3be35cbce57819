// Migrations on an embedded SQLite file: created from nothing with its audit row, idempotent, upgraded from
// an older version, and never applied to a newer or a foreign database (which stay byte-identical).
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/Migrator.h"
#include "tests/common/TestSupport.h"

#include <QTest>

using namespace fusion;

namespace {
// Runs SQL on the file through a connection of its own, as another program would.
qint64 auditRows(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
}

template <typename F>
ErrorKind failureKind(F&& f, QString* message = nullptr)
{
    try {
        f();
    } catch (const Failure& failure) {
        if (message)
            *message = failure.error().message;
        return failure.error().kind;
    }
    return ErrorKind::Internal;
}
} // namespace

class TestMigrationsSqlite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bothDialectsHaveTheSameVersions()
    {
        const QList<Migration> sqlite = Migrator::available(Dialect::Sqlite);
        const QList<Migration> postgres = Migrator::available(Dialect::Postgres);
        QVERIFY(!sqlite.isEmpty());
        QCOMPARE(sqlite.size(), postgres.size());
        for (qsizetype i = 0; i < sqlite.size(); ++i) {
            QCOMPARE(sqlite[i].version, int(i + 1)); // numbered 1, 2, 3, ... without gaps
            QCOMPARE(postgres[i].version, sqlite[i].version);
            QCOMPARE(postgres[i].name, sqlite[i].name);
        }
        QCOMPARE(Migrator::latestVersion(Dialect::Sqlite), Migrator::latestVersion(Dialect::Postgres));
        QVERIFY(Migrator::latestVersion(Dialect::Sqlite) >= 3);
    }

    void emptyFileIsCreatedWithLatestSchemaAndOneAuditRow()
    {
        QTemporaryDir dir;
        Database db;
        db.open(test::sqliteTarget(dir));
        const SchemaStatus before = Migrator::status(db);
        QCOMPARE(before.current, 0);
        QCOMPARE(before.pending.size(), Migrator::available(Dialect::Sqlite).size());
        QCOMPARE(failureKind([&] { Migrator::requireCurrent(db); }), ErrorKind::SchemaMissing);

        const PendingWrite write = Migrator::planUpgrade(db);
        QVERIFY(write.apply);
        QVERIFY(write.plan.hasChanges());
        QCOMPARE(write.plan.action, QStringLiteral("database.migrate"));
        WriteExecutor::execute(db, write);

        const int latest = Migrator::latestVersion(Dialect::Sqlite);
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(), latest);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), latest);
        const SchemaStatus after = Migrator::status(db);
        QVERIFY(after.upToDate());
        QVERIFY(after.pending.isEmpty());
        Migrator::requireCurrent(db); // does not throw

        QCOMPARE(auditRows(db), 1);
        const QList<AuditEntry> audit = AuditLog::list(db, AuditQuery{});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit[0].action, QStringLiteral("database.migrate"));
        QCOMPARE(audit[0].actor, db.actor());
        QVERIFY(AuditLog::verify(db).ok);
    }

    void rerunningPlansNothingAndWritesNothing()
    {
        QTemporaryDir dir;
        Database db;
        test::prepare(db, test::sqliteTarget(dir));
        const QString before = test::snapshot(db);
        const PendingWrite again = Migrator::planUpgrade(db);
        QVERIFY(!again.apply);
        QVERIFY(!again.plan.hasChanges());
        QVERIFY(WriteExecutor::execute(db, again).isEmpty());
        QCOMPARE(auditRows(db), 1);
        QCOMPARE(test::snapshot(db), before);
    }

    void olderSchemaIsUpgradedToLatestOnly()
    {
        QTemporaryDir dir;
        const DatabaseTarget target = test::sqliteTarget(dir);
        {
            Database db;
            test::prepare(db, target);
        }
        // Turn the file back into what the release before the Odoo work wrote: migrations 1–3 (migration 4
        // added columns to tenants, migration 5 the proposals table, migration 6 the key vault, migration 7
        // usage and budgets, migration 9 the AI platform, migration 10 the knowledge sources).
        QString error;
        QVERIFY2(test::sqliteExec(
                     target.sqlitePath,
                     test::sqliteBefore13() +
                         QStringList{QStringLiteral("DELETE FROM schema_version WHERE version > 3"),
                                     QStringLiteral("DROP TABLE kb_sources"),
                                     QStringLiteral("DROP TABLE kb_chunks_fts"),
                                     QStringLiteral("DROP TABLE kb_chunks"),
                                     QStringLiteral("DROP TABLE workspace_members"),
                                     QStringLiteral("DROP TABLE workspaces"),
                                     QStringLiteral("DROP TABLE ai_events"),
                                     QStringLiteral("DROP TABLE ai_audit"),
                                     QStringLiteral("DROP TABLE ai_prompt_versions"),
                                     QStringLiteral("DROP TABLE ai_prompts"),
                                     QStringLiteral("DROP TABLE ai_feedback"),
                                     QStringLiteral("DROP TABLE ai_citations"),
                                     QStringLiteral("DROP TABLE ai_messages"),
                                     QStringLiteral("DROP TABLE ai_threads"),
                                     QStringLiteral("DROP TABLE ai_providers"),
                                     QStringLiteral("DROP TABLE ai_settings"),
                                     QStringLiteral("ALTER TABLE tenants DROP COLUMN odoo_tls_sha256"),
                                     QStringLiteral("ALTER TABLE tenants DROP COLUMN odoo_reads_per_minute"),
                                     QStringLiteral("ALTER TABLE tenants DROP COLUMN odoo_writes_per_minute"),
                                     QStringLiteral("DROP TABLE odoo_proposals"),
                                     QStringLiteral("DROP TABLE budget_alerts"),
                                     QStringLiteral("DROP TABLE access_proposals"),
                                     QStringLiteral("DROP TABLE usage_daily"),
                                     QStringLiteral("DROP TABLE usage_watermark"),
                                     QStringLiteral("DROP TABLE budget_reservations"),
                                     QStringLiteral("DROP TABLE usage_counters"),
                                     QStringLiteral("DROP TABLE api_usage"),
                                     QStringLiteral("DROP TABLE model_prices"),
                                     QStringLiteral("DROP TABLE user_limits"),
                                     QStringLiteral("DROP TABLE access_rules"),
                                     QStringLiteral("DROP TABLE consumers"),
                                     QStringLiteral("DROP TABLE api_keys"),
                                     QStringLiteral("DROP TABLE providers")},
                     &error),
                 qPrintable(error));
        Database db;
        db.open(target);
        const SchemaStatus s = Migrator::status(db);
        QCOMPARE(s.current, 3);
        QCOMPARE(s.pending.size(), Migrator::available(Dialect::Sqlite).size() - 3);
        QCOMPARE(s.pending.first().version, 4);
        QCOMPARE(failureKind([&] { Migrator::requireCurrent(db); }), ErrorKind::SchemaMissing);

        const PendingWrite write = Migrator::planUpgrade(db);
        QVERIFY(write.apply);
        QVERIFY2(write.plan.title.contains(QStringLiteral("3")), qPrintable(write.plan.title));
        WriteExecutor::execute(db, write);
        QVERIFY(Migrator::status(db).upToDate());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Migrator::latestVersion(Dialect::Sqlite));
        QCOMPARE(auditRows(db), 2);
        QVERIFY(AuditLog::verify(db).ok);
    }

    void twoSessionsMigratingAtOnceApplyOnce()
    {
        QTemporaryDir dir;
        const DatabaseTarget target = test::sqliteTarget(dir);
        Database first;
        Database second;
        first.open(target);
        second.open(target);
        const PendingWrite a = Migrator::planUpgrade(first);
        const PendingWrite b = Migrator::planUpgrade(second);
        QVERIFY(a.apply && b.apply);
        WriteExecutor::execute(second, b);
        QCOMPARE(failureKind([&] { WriteExecutor::execute(first, a); }), ErrorKind::Conflict);
        QCOMPARE(first.scalar(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Migrator::latestVersion(Dialect::Sqlite));
        QCOMPARE(auditRows(first), 1);
        QVERIFY(AuditLog::verify(first).ok);
    }

    void newerSchemaIsRefusedAndTheFileStaysByteIdentical()
    {
        QTemporaryDir dir;
        const DatabaseTarget target = test::sqliteTarget(dir);
        {
            Database db;
            test::prepare(db, target, 3);
        }
        const int future = Migrator::latestVersion(Dialect::Sqlite) + 1;
        QString error;
        QVERIFY2(test::sqliteExec(
                     target.sqlitePath,
                     {QStringLiteral("INSERT INTO schema_version (version, name, applied_at, applied_by) "
                                     "VALUES (%1, 'from the future', '2030-01-01T00:00:00.000Z', 'x')")
                          .arg(future)},
                     &error),
                 qPrintable(error));
        const QByteArray bytes = test::readFile(target.sqlitePath);
        QVERIFY(!bytes.isEmpty());
        {
            Database db;
            db.open(target);
            const SchemaStatus s = Migrator::status(db);
            QVERIFY(s.tooNew());
            QString message;
            QCOMPARE(failureKind([&] { Migrator::requireCurrent(db); }, &message), ErrorKind::SchemaTooNew);
            QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
            QCOMPARE(failureKind([&] { Migrator::planUpgrade(db); }), ErrorKind::SchemaTooNew);
        }
        QCOMPARE(test::readFile(target.sqlitePath), bytes);
    }

    void foreignDatabaseIsRefusedAndTheFileStaysByteIdentical()
    {
        QTemporaryDir dir;
        const DatabaseTarget target = test::sqliteTarget(dir, QStringLiteral("shop.db"));
        QString error;
        QVERIFY2(
            test::sqliteExec(target.sqlitePath,
                             {QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"),
                              QStringLiteral("INSERT INTO customers (name) VALUES ('Ana'), ('Ben')")},
                             &error),
            qPrintable(error));
        const QByteArray bytes = test::readFile(target.sqlitePath);
        QVERIFY(!bytes.isEmpty());
        {
            Database db;
            db.open(target);
            QString message;
            QCOMPARE(failureKind([&] { Migrator::status(db); }, &message), ErrorKind::NotFusionDatabase);
            QVERIFY2(message.contains(target.sqlitePath), qPrintable(message));
            QCOMPARE(failureKind([&] { Migrator::requireCurrent(db); }), ErrorKind::NotFusionDatabase);
            QCOMPARE(failureKind([&] { Migrator::planUpgrade(db); }), ErrorKind::NotFusionDatabase);
        }
        QCOMPARE(test::readFile(target.sqlitePath), bytes);
    }
};

QTEST_GUILESS_MAIN(TestMigrationsSqlite)
#include "tst_migrations_sqlite.moc"
