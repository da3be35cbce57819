#pragma once

#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace fusion::test {

// fusionctl run as a user runs it: a separate process, its exit code, what it printed.
struct CliResult {
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QString fusionctlPath(); // $FUSIONCTL, set by CTest
// The environment fusionctl runs in: this process's, without FUSION_DB, with its XDG directories in `home`
// (created) and a C.UTF-8 locale, so that settings never leak between tests or into the developer's own.
QProcessEnvironment cliEnvironment(const QString& home);
// Runs fusionctl with `args`; `env` adds to (or overrides) a clean environment whose XDG directories point
// into `home` so that settings never leak between tests or into the developer's own.
CliResult runCli(const QString& home, const QStringList& args, const QByteArray& input = {},
                 const QProcessEnvironment& extra = {}, int timeoutMs = 120000);

// The unix socket directory of the throwaway PostgreSQL server (fixture "pg"), or empty if not set.
QString pgHost();

// A database of its own on the fixture server, created on construction and dropped (with the logins made
// for it) on destruction. Logins are cluster-wide, so their names carry the database's name.
class PgTestDatabase {
public:
    explicit PgTestDatabase(const QString& prefix = QStringLiteral("t"));
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    DatabaseTarget target(const QString& user = QStringLiteral("postgres")) const;
    QString url(const QString& user = QStringLiteral("postgres")) const;
    // Creates a login role, returns its full name (prefixed with this database's name).
    QString createLogin(const QString& shortName);
    // Runs SQL as the superuser on this database (setup and tampering, never the code under test).
    bool superuserExec(const QString& sql, QString* error = nullptr) const;

private:
    QString m_name;
    QString m_error;
    QStringList m_logins;
};

// How many sessions of `monitor`'s database, other than itself, wait on a lock: a race test holds one
// transaction open and waits until the second session waits on it, so the race is a race.
int lockWaiters(Database& monitor);
// Waits (processing events) until `count` sessions wait on a lock; false after `timeoutMs`.
bool waitForLockWaiters(Database& monitor, int count = 1, int timeoutMs = 15000);

// Opens `target`, migrates it to the latest schema (with its audit row) and optionally loads demo data. A new
// SQLite file is a copy of the first one this process prepared with as many demo tenants.
void prepare(Database& db, const DatabaseTarget& target, int demoTenants = 0);

// Every row of every Fusion Console table, as text: two equal snapshots mean nothing was written.
QString snapshot(Database& db);
// The same comparison, quicker on PostgreSQL: each table's row count and a hash of all its rows, computed by
// the server (two equal fingerprints mean nothing was written). Not the rows' text: to check that a value
// was stored nowhere, search snapshot(). On SQLite, the snapshot itself.
QString fingerprint(Database& db);

// Runs SQL on a SQLite file through a connection of its own, as another program would (set-up and
// tampering, never the code under test). False, with the failing statement in `error`, when one fails.
bool sqliteExec(const QString& path, const QStringList& statements, QString* error = nullptr);
// SQLite statements that take a file back to before migration 0013 (the control plane), for tests of what an
// older release's file becomes: 0013 cannot simply run twice.
QStringList sqliteBefore13();
// The same for migration 0014 (trusted certificates, realm templates, ETL checks, the runbook address).
QStringList sqliteBefore14();
// The same for migration 0015 (billing: plan periods and allowances, invoices and their lines).
QStringList sqliteBefore15();
// The same for migration 0016 (runbooks, support requests, the mattermost provider); those above include
// it.
QStringList sqliteBefore16();
// The same for migration 0017 (billing proposals); those above include it.
QStringList sqliteBefore17();
// The same for migration 0019 (support threads: messages and the answer's guard); those above include it.
QStringList sqliteBefore19();
// The same for migration 0020 (status links); those above include it.
QStringList sqliteBefore20();
// The same for migration 0022 (the indexes of keyset paging and fleet drift); those above include it.
QStringList sqliteBefore22();

// A file's bytes (empty if it cannot be read), and writing them (false if it cannot be written).
QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

// A fresh SQLite target in `dir`.
DatabaseTarget sqliteTarget(const QTemporaryDir& dir, const QString& file = QStringLiteral("fusion.db"));

// A SQLite database prepared once per test program (migrated, with `demoTenants` demo tenants) and copied
// afresh for every test function: what one function writes never reaches the next, and the slow preparation
// runs once. prepare() in initTestCase, openCopy() in init.
class FreshSqliteCopies {
public:
    void prepare(int demoTenants);
    // Closes `db` and opens it on a new copy of the prepared file; throws like Database::open.
    void openCopy(Database& db);
    const QTemporaryDir& dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;
};

} // namespace fusion::test
