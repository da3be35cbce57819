#pragma once

#include "models/core/Error.h"
#include "models/storage/DatabaseTarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <optional>

namespace fusion {

// One open connection to the store, owned by one thread (Qt SQL connections are per thread). Every query
// helper throws fusion::Failure with a person-readable message on error; callers catch it at their
// boundary (DbWorker, the CLI, tests).
class Database {
    Q_DECLARE_TR_FUNCTIONS(fusion::Database)

public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the target. The password (may be empty) is handed to the driver and not kept by this class.
    void open(const DatabaseTarget& target, const QByteArray& password = {});
    void close();
    bool isOpen() const;

    const DatabaseTarget& target() const { return m_target; }
    Dialect dialect() const { return m_target.dialect; }
    bool isPostgres() const { return m_target.dialect == Dialect::Postgres; }
    bool isSqlite() const { return m_target.dialect == Dialect::Sqlite; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase handle() const;

    // Who writes: the PostgreSQL session user, or the local OS user on SQLite (who is the owner).
    const QString& actor() const { return m_actor; }

    // Prepared statement with positional '?' parameters; forward-only for cheap iteration.
    QSqlQuery exec(const QString& sql, const QVariantList& params = {}) const;
    // Runs a statement without preparing it (DDL, several statements are not allowed).
    void execRaw(const QString& sql) const;
    QVariant scalar(const QString& sql, const QVariantList& params = {}) const;
    qint64 insertReturningId(const QString& sql, const QVariantList& params = {}) const;

    // Case-insensitive LIKE pattern for a user's search text with %, _ and \ escaped: use with
    // "... LIKE ? ESCAPE '\'" on lower(column).
    static QString containsPattern(const QString& text);
    // Timestamps are stored as UTC; this reads them back from either dialect.
    static QDateTime toDateTime(const QVariant& value);
    // A nullable integer column: nullopt for NULL.
    static std::optional<qint64> toOptionalInt(const QVariant& value);
    static QString nowText(); // UTC ISO-8601 with milliseconds, the text form stored on both dialects
    static QString timeText(const QDateTime& time); // `time` in that same form

    // Maps a driver error to a Failure a person understands; `what` names the operation.
    Failure failure(const QSqlError& error, const QString& what = {}) const;

    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    friend class Transaction;
    void openSqlite();
    void openPostgres(const QByteArray& password);
    QString inlineParameters(const QString& sql, const QVariantList& params) const;
    void begin();
    void commit();
    void rollback() noexcept;

    QString m_connectionName;
    DatabaseTarget m_target;
    QString m_actor;
    int m_transactionDepth = 0;
};

// One transaction; rolls back unless commit() was called. Writers on SQLite take the write lock at BEGIN
// (BEGIN IMMEDIATE) so two processes never interleave a read-then-write.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace fusion
