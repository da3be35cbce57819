#include "models/storage/Migrator.h"

#include "models/storage/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace fusion {

namespace {
QString dialectDir(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
}

bool schemaVersionTableExists(Database& db)
{
    if (db.isSqlite())
        return db
                   .scalar(QStringLiteral(
                       "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
                   .toInt() > 0;
    return !db.scalar(QStringLiteral("SELECT to_regclass('schema_version')::text")).toString().isEmpty();
}

int otherTableCount(Database& db)
{
    if (db.isSqlite())
        return db
            .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT "
                                   "LIKE 'sqlite\\_%' ESCAPE '\\'"))
            .toInt();
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                               "current_schema() AND table_type = 'BASE TABLE'"))
        .toInt();
}

void createSchemaVersionTable(Database& db)
{
    db.execRaw(
        db.isSqlite()
            ? QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                             "applied_at TEXT NOT NULL, applied_by TEXT NOT NULL)")
            : QStringLiteral("CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, "
                             "applied_at text NOT NULL, applied_by text NOT NULL)"));
}

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(ErrorKind::Internal, QStringLiteral("Missing built-in migration %1").arg(path));
    return QString::fromUtf8(file.readAll());
}
} // namespace

QList<Migration> Migrator::available(Dialect dialect)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(dialectDir(dialect));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto m = nameRe.match(file);
        if (!m.hasMatch())
            continue;
        Migration migration;
        migration.version = m.captured(1).toInt();
        migration.name = m.captured(2).replace(QLatin1Char('_'), QLatin1Char(' '));
        migration.resource = dir.filePath(file);
        list << migration;
    }
    return list;
}

int Migrator::latestVersion(Dialect dialect)
{
    const auto list = available(dialect);
    return list.isEmpty() ? 0 : list.last().version;
}

SchemaStatus Migrator::status(Database& db)
{
    SchemaStatus status;
    const auto all = available(db.dialect());
    status.latest = all.isEmpty() ? 0 : all.last().version;
    if (schemaVersionTableExists(db)) {
        status.current =
            db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).toInt();
    } else if (otherTableCount(db) > 0) {
        throw Failure(
            ErrorKind::NotFusionDatabase,
            tr("%1 already holds tables that do not belong to Fusion Console (there is no schema_version "
               "table). Nothing was changed; choose an empty database or an existing Fusion Console one.")
                .arg(db.target().displayName()));
    }
    for (const Migration& m : all) {
        if (m.version > status.current)
            status.pending << m;
    }
    return status;
}

Failure Migrator::tooNewFailure(const SchemaStatus& status)
{
    return Failure(ErrorKind::SchemaTooNew,
                   tr("This database was written by a newer Fusion Console (schema version %1; this version "
                      "knows up to %2). Nothing was changed. Update Fusion Console to open it.")
                       .arg(status.current)
                       .arg(status.latest));
}

void Migrator::requireCurrent(Database& db)
{
    const SchemaStatus s = status(db);
    if (s.tooNew())
        throw tooNewFailure(s);
    if (s.current == 0)
        throw Failure(
            ErrorKind::SchemaMissing,
            tr("%1 has no Fusion Console schema yet. Create it with \"fusionctl db migrate\" (or open it in "
               "the app, which offers to).")
                .arg(db.target().displayName()));
    if (!s.pending.isEmpty())
        throw Failure(ErrorKind::SchemaMissing,
                      tr("The database schema is at version %1 and needs upgrading to %2. Run \"fusionctl db "
                         "migrate\" (or open it in the app, which offers to).")
                          .arg(s.current)
                          .arg(s.latest));
}

PendingWrite Migrator::planUpgrade(Database& db)
{
    const SchemaStatus s = status(db);
    if (s.tooNew())
        throw tooNewFailure(s);

    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("database.migrate");
    plan.targetType = QStringLiteral("database");
    plan.target = db.target().displayName();
    if (s.current == 0) {
        plan.title = tr("Create the Fusion Console schema in %1").arg(plan.target);
        plan.verb = tr("Create");
    } else {
        plan.title = tr("Upgrade the database schema of %1 from version %2 to %3")
                         .arg(plan.target)
                         .arg(s.current)
                         .arg(s.latest);
        plan.verb = tr("Upgrade");
    }
    if (s.pending.isEmpty())
        return write; // nothing to do: no changes, no effects
    plan.changes << FieldChange{QStringLiteral("schema_version"), tr("Schema version"), s.current, s.latest};
    for (const Migration& m : s.pending)
        plan.effects << tr("Apply migration %1: %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    plan.rowsAffected = s.pending.size();

    const int from = s.current;
    write.apply = [from](Database& target) {
        if (target.isPostgres())
            target.scalar(QStringLiteral("SELECT pg_advisory_xact_lock(4711001)"));
        const SchemaStatus now = status(target);
        if (now.current != from)
            throw Failure(
                ErrorKind::Conflict,
                tr("Another session changed the schema meanwhile (now version %1); nothing was applied.")
                    .arg(now.current));
        if (now.current == 0 && !schemaVersionTableExists(target))
            createSchemaVersionTable(target);
        QJsonArray applied;
        for (const Migration& m : now.pending) {
            const QStringList statements = splitSqlScript(readResource(m.resource));
            for (const QString& statement : statements)
                target.execRaw(statement);
            target.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at, applied_by) "
                                       "VALUES (?, ?, ?, ?)"),
                        {m.version, m.name, Database::nowText(), target.actor()});
            applied.append(m.version);
        }
        return QJsonObject{{QStringLiteral("applied"), applied}};
    };
    return write;
}

} // namespace fusion
