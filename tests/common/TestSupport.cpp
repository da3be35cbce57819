#include "tests/common/TestSupport.h"

#include "models/audit/WriteExecutor.h"
#include "models/demo/DemoSeeder.h"
#include "models/storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace fusion::test {

QString fusionctlPath()
{
    return qEnvironmentVariable("FUSIONCTL");
}

QProcessEnvironment cliEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FUSION_DB"));
    for (const char* dir : {"data", "config", "cache"})
        QDir().mkpath(home + QLatin1Char('/') + QLatin1String(dir));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

CliResult runCli(const QString& home, const QStringList& args, const QByteArray& input,
                 const QProcessEnvironment& extra, int timeoutMs)
{
    QProcessEnvironment env = cliEnvironment(home);
    const QStringList keys = extra.keys();
    for (const QString& key : keys)
        env.insert(key, extra.value(key));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(fusionctlPath(), args);
    CliResult result;
    if (!process.waitForStarted()) {
        result.err = QStringLiteral("could not start %1: %2").arg(fusionctlPath(), process.errorString());
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("fusionctl timed out");
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString pgHost()
{
    return qEnvironmentVariable("FUSION_TEST_PGHOST");
}

namespace {
QString psqlError(QProcess& p)
{
    return QString::fromUtf8(p.readAllStandardError()).trimmed();
}

bool psql(const QString& database, const QString& sql, QString* error)
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), pgHost(), QStringLiteral("-U"),
             QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = psqlError(p);
        return false;
    }
    return true;
}
} // namespace

PgTestDatabase::PgTestDatabase(const QString& prefix)
{
    if (pgHost().isEmpty()) {
        m_error =
            QStringLiteral("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        return;
    }
    m_name = prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString error;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name), &error))
        m_error = QStringLiteral("cannot create test database: %1").arg(error);
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_name.isEmpty() || pgHost().isEmpty())
        return;
    psql(QStringLiteral("postgres"),
         QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name), nullptr);
    for (const QString& login : std::as_const(m_logins))
        psql(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login), nullptr);
}

DatabaseTarget PgTestDatabase::target(const QString& user) const
{
    DatabaseTarget t;
    t.dialect = Dialect::Postgres;
    t.host = pgHost();
    t.user = user;
    t.database = m_name;
    return t;
}

QString PgTestDatabase::url(const QString& user) const
{
    return target(user).toUrl();
}

QString PgTestDatabase::createLogin(const QString& shortName)
{
    const QString login = m_name + QLatin1Char('_') + shortName;
    QString error;
    if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login), &error))
        qWarning("cannot create login %s: %s", qPrintable(login), qPrintable(error));
    m_logins << login;
    return login;
}

bool PgTestDatabase::superuserExec(const QString& sql, QString* error) const
{
    return psql(m_name, sql, error);
}

int lockWaiters(Database& monitor)
{
    return monitor
        .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                               "pid <> pg_backend_pid() AND wait_event_type = 'Lock'"))
        .toInt();
}

bool waitForLockWaiters(Database& monitor, int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return lockWaiters(monitor) == count; }, timeoutMs);
}

namespace {
void migrateAndSeed(Database& db, const DatabaseTarget& target, int demoTenants)
{
    db.open(target);
    const PendingWrite migrate = Migrator::planUpgrade(db);
    WriteExecutor::execute(db, migrate);
    if (demoTenants > 0) {
        DemoOptions options;
        options.tenants = demoTenants;
        options.aiConsole = false;       // suites count AI providers and threads from zero
        options.supportRequests = false; // and support requests
        WriteExecutor::execute(db, DemoSeeder::plan(db, options));
    }
}

// This process's first new SQLite database of each demo size, kept closed (its write-ahead log folded into
// the file) so that the next ones are copies of it. Migrating and seeding 48 tenants takes seconds under the
// sanitizers, and many suites want a fresh database for every test function.
QString sqliteTemplate(int demoTenants)
{
    static QMutex mutex;
    static QTemporaryDir dir;
    static QHash<int, QString> made;
    const QMutexLocker lock(&mutex);
    if (const auto it = made.constFind(demoTenants); it != made.cend())
        return *it;
    DatabaseTarget target;
    target.dialect = Dialect::Sqlite;
    target.sqlitePath = dir.filePath(QStringLiteral("template-%1.db").arg(demoTenants));
    {
        Database db;
        migrateAndSeed(db, target, demoTenants);
    }
    made.insert(demoTenants, target.sqlitePath);
    return target.sqlitePath;
}
} // namespace

void prepare(Database& db, const DatabaseTarget& target, int demoTenants)
{
    if (target.dialect == Dialect::Sqlite && !QFileInfo::exists(target.sqlitePath) &&
        QFile::copy(sqliteTemplate(demoTenants), target.sqlitePath)) {
        db.open(target);
        return;
    }
    migrateAndSeed(db, target, demoTenants);
}

namespace {
// Every Fusion Console table, in a fixed order.
const QStringList& allTables()
{
    static const QStringList tables = {QStringLiteral("schema_version"),
                                       QStringLiteral("plans"),
                                       QStringLiteral("infra_templates"),
                                       QStringLiteral("tenants"),
                                       QStringLiteral("subscriptions"),
                                       QStringLiteral("modules"),
                                       QStringLiteral("bundles"),
                                       QStringLiteral("bundle_modules"),
                                       QStringLiteral("tenant_bundles"),
                                       QStringLiteral("operations"),
                                       QStringLiteral("tenant_module_states"),
                                       QStringLiteral("sso_configs"),
                                       QStringLiteral("analytics_configs"),
                                       QStringLiteral("tenant_admins"),
                                       QStringLiteral("odoo_proposals"),
                                       QStringLiteral("providers"),
                                       QStringLiteral("api_keys"),
                                       QStringLiteral("consumers"),
                                       QStringLiteral("access_rules"),
                                       QStringLiteral("user_limits"),
                                       QStringLiteral("model_prices"),
                                       QStringLiteral("api_usage"),
                                       QStringLiteral("usage_counters"),
                                       QStringLiteral("budget_reservations"),
                                       QStringLiteral("usage_daily"),
                                       QStringLiteral("usage_watermark"),
                                       QStringLiteral("budget_alerts"),
                                       QStringLiteral("access_proposals"),
                                       QStringLiteral("ai_settings"),
                                       QStringLiteral("ai_providers"),
                                       QStringLiteral("ai_threads"),
                                       QStringLiteral("ai_messages"),
                                       QStringLiteral("ai_citations"),
                                       QStringLiteral("ai_feedback"),
                                       QStringLiteral("ai_prompts"),
                                       QStringLiteral("ai_prompt_versions"),
                                       QStringLiteral("ai_audit"),
                                       QStringLiteral("ai_events"),
                                       QStringLiteral("workspaces"),
                                       QStringLiteral("workspace_members"),
                                       QStringLiteral("kb_chunks"),
                                       QStringLiteral("kb_sources"),
                                       QStringLiteral("invoice_numbers"),
                                       QStringLiteral("invoices"),
                                       QStringLiteral("invoice_lines"),
                                       QStringLiteral("audit_log"),
                                       QStringLiteral("audit_head")};
    return tables;
}
} // namespace

QString snapshot(Database& db)
{
    QString text;
    for (const QString& table : allTables()) {
        text += QStringLiteral("== ") + table + QLatin1Char('\n');
        QSqlQuery q = db.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2"));
        // The column count once per table: a record per row made this the slowest part of the GUI tests.
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                if (i > 0)
                    text += QLatin1Char('|');
                const QVariant v = q.value(i);
                text += v.isNull() ? QStringLiteral("NULL") : v.toString();
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

QString fingerprint(Database& db)
{
    if (!db.isPostgres())
        return snapshot(db);
    QString text;
    for (const QString& table : allTables()) {
        // Every row as PostgreSQL's own text form of the whole row, sorted, hashed on the server: the same
        // rows give the same line, any changed, added or removed row a different one.
        QSqlQuery q =
            db.exec(QStringLiteral("SELECT count(*), coalesce(md5(string_agg(r, E'\\n' ORDER BY r)), '') "
                                   "FROM (SELECT t::text AS r FROM %1 t) s")
                        .arg(table));
        q.next();
        text += QStringLiteral("%1 %2 %3\n").arg(table, q.value(0).toString(), q.value(1).toString());
    }
    return text;
}

bool sqliteExec(const QString& path, const QStringList& statements, QString* error)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-sqlite-exec-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString& s : statements) {
                if (!q.exec(s)) {
                    ok = false;
                    if (error)
                        *error = s + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

DatabaseTarget sqliteTarget(const QTemporaryDir& dir, const QString& file)
{
    DatabaseTarget t;
    t.dialect = Dialect::Sqlite;
    t.sqlitePath = dir.filePath(file);
    return t;
}

void FreshSqliteCopies::prepare(int demoTenants)
{
    if (!m_dir.isValid())
        throw Failure(ErrorKind::Internal,
                      QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()));
    const DatabaseTarget target = sqliteTarget(m_dir, QStringLiteral("template.db"));
    m_template = target.sqlitePath;
    Database db;
    test::prepare(db, target, demoTenants);
}

void FreshSqliteCopies::openCopy(Database& db)
{
    const QString file = QStringLiteral("copy-%1.db").arg(++m_copies);
    if (!QFile::copy(m_template, m_dir.filePath(file)))
        throw Failure(ErrorKind::Internal, QStringLiteral("could not copy %1").arg(m_template));
    db.close();
    db.open(sqliteTarget(m_dir, file));
}

QStringList sqliteBefore22()
{
    // 0022 re-creates the status, plan and agency indexes itself; the ones it adds go, and 0023's index.
    return {QStringLiteral("DROP INDEX operations_status_idx"),
            QStringLiteral("DROP INDEX tenants_region_idx"),
            QStringLiteral("DROP INDEX tenants_updated_id_idx"),
            QStringLiteral("DROP INDEX tenants_created_idx"),
            QStringLiteral("DROP INDEX tenant_module_states_installed_idx"),
            QStringLiteral("DELETE FROM schema_version WHERE version >= 22")};
}

QStringList sqliteBefore20()
{
    return sqliteBefore22() + QStringList{QStringLiteral("DROP TABLE status_links"),
                                          QStringLiteral("DELETE FROM schema_version WHERE version >= 20")};
}

QStringList sqliteBefore19()
{
    return sqliteBefore20() + QStringList{QStringLiteral("DROP TRIGGER support_requests_thread_answer"),
                                          QStringLiteral("DROP TABLE support_messages"),
                                          QStringLiteral("DELETE FROM schema_version WHERE version >= 19")};
}

QStringList sqliteBefore17()
{
    return sqliteBefore19() + QStringList{QStringLiteral("DROP TABLE billing_proposals"),
                                          QStringLiteral("DELETE FROM schema_version WHERE version >= 17")};
}

QStringList sqliteBefore16()
{
    return sqliteBefore17() + QStringList{QStringLiteral("DROP TABLE support_requests"),
                                          QStringLiteral("DROP TABLE runbooks"),
                                          QStringLiteral("DELETE FROM providers WHERE code = 'mattermost'"),
                                          QStringLiteral("DELETE FROM schema_version WHERE version >= 16")};
}

QStringList sqliteBefore15()
{
    return sqliteBefore16() +
           QStringList{QStringLiteral("DROP TABLE invoice_lines"),
                       QStringLiteral("DROP TABLE invoices"),
                       QStringLiteral("DROP TABLE invoice_numbers"),
                       QStringLiteral("ALTER TABLE plans DROP COLUMN billing_period"),
                       QStringLiteral("ALTER TABLE plans DROP COLUMN price_micros"),
                       QStringLiteral("ALTER TABLE plans DROP COLUMN ai_allowance_micros"),
                       QStringLiteral("ALTER TABLE platform_settings DROP COLUMN invoice_issuer"),
                       QStringLiteral("DELETE FROM schema_version WHERE version >= 15")};
}

QStringList sqliteBefore14()
{
    return sqliteBefore15() +
           QStringList{QStringLiteral("DROP TABLE sso_realm_templates"),
                       QStringLiteral("ALTER TABLE providers DROP COLUMN tls_sha256"),
                       QStringLiteral("ALTER TABLE analytics_configs DROP COLUMN etl_kind"),
                       QStringLiteral("ALTER TABLE analytics_configs DROP COLUMN etl_target"),
                       QStringLiteral("ALTER TABLE platform_settings DROP COLUMN runbook_base_url"),
                       QStringLiteral("DELETE FROM schema_version WHERE version >= 14")};
}

QStringList sqliteBefore13()
{
    QStringList out = sqliteBefore14();
    for (const char* trigger : {"operations_frozen_insert", "operations_frozen_start", "operations_final",
                                "operations_started", "operations_fixed_target", "operations_tested_tag",
                                "operations_tag_only_upgrades", "operations_in_window"})
        out << QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger));
    out << QStringLiteral("DROP INDEX operations_window_idx")
        << QStringLiteral("DROP INDEX operations_queued_idx");
    for (const char* column : {"scheduled_for", "maintenance_window_id", "wave", "tested_tag_id", "rerun_of",
                               "external_ref", "error_message"})
        out << QStringLiteral("ALTER TABLE operations DROP COLUMN %1").arg(QLatin1String(column));
    for (const char* table : {"operation_events", "maintenance_windows", "tested_image_tags",
                              "environment_limits", "platform_settings"})
        out << QStringLiteral("DROP TABLE %1").arg(QLatin1String(table));
    out << QStringLiteral("ALTER TABLE infra_templates DROP COLUMN retired_at")
        << QStringLiteral("ALTER TABLE infra_templates DROP COLUMN updated_by")
        << QStringLiteral(
               "DELETE FROM providers WHERE code IN ('keycloak', 'keycloak_admin_api', 'n8n', 'n8n_webhook', "
               "'superset', 'prometheus')")
        << QStringLiteral("DELETE FROM schema_version WHERE version >= 13");
    return out;
}

} // namespace fusion::test
