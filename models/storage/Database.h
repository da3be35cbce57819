#pragma once

#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"
#include "models/storage/DatabaseTarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

class CommitMark;

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

    // Opens the target. The password (may be empty) is kept in scrubbed memory only while the connection is
    // open, to reconnect after a failover (libpq keeps its own copy for the same reason); close() drops it.
    void open(const DatabaseTarget& target, const QByteArray& password = {});
    void close();
    bool isOpen() const;

    // Before a job or a transaction: if a statement found the connection gone, or it has been idle long
    // enough for a failover to have happened unseen, checks it and opens it again on the same servers —
    // libpq's host list finds the promoted standby. Says so through the reconnect handler. Never called
    // inside a transaction: a statement that failed there is reported, not run again. Throws a Connection
    // failure when no listed server answers.
    //
    // A connection opened with target_session_attrs=prefer-standby that found no standby reads on the
    // primary; once that has lasted the standby retry interval, ensureConnected() opens it once more so that
    // a standby back in service takes the reads again (libpq itself never moves an open connection).
    void ensureConnected();
    // How long a prefer-standby connection stays on the primary before it first looks for a standby again:
    // 30 s unless a test shortens it, then twice as long after each look that found none (up to 16 times).
    static void setStandbyRetryInterval(qint64 ms);
    // Told once per reconnection, in words for a person ("…was lost; reconnected to db2:5432").
    void setReconnectHandler(std::function<void(const QString&)> handler)
    {
        m_onReconnected = std::move(handler);
    }
    // Told when a lost connection starts being reopened (up to the reconnect window, 8 s), so that a person
    // sees "reconnecting…" instead of a frozen view.
    void setReconnectingHandler(std::function<void(const QString&)> handler)
    {
        m_onReconnecting = std::move(handler);
    }
    // After each commit on a primary, keeps its WAL position in `mark`, so that a read on a standby can tell
    // whether it has this session's writes yet (StandbyReads). Kept across close() and open().
    void trackCommits(std::shared_ptr<CommitMark> mark) { m_commitMark = std::move(mark); }
    // The server that answered ("db2.example.com:5432", or a socket directory and port) and whether it is a
    // standby; empty and false on SQLite.
    const QString& server() const { return m_server; }
    bool isStandby() const { return m_standby; }
    // Throws PermissionDenied, naming the server and what to change, on a standby (a read-only connection).
    void requireWritable() const;

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
    void openPostgres(const QByteArray& password, int connectTimeoutS = 10);
    void closeConnection();
    void reconnect();
    void reviveIfLost() const;
    QString standbyRefusal() const;
    QString inlineParameters(const QString& sql, const QVariantList& params) const;
    void begin();
    void commit();
    void rollback() noexcept;

    QString m_connectionName;
    DatabaseTarget m_target;
    QString m_actor;
    int m_transactionDepth = 0;
    SecretBytes m_password;
    QString m_server;
    bool m_standby = false;
    std::function<void(const QString&)> m_onReconnected;
    std::function<void(const QString&)> m_onReconnecting;
    std::shared_ptr<CommitMark> m_commitMark;
    // Set by the const query helpers as they run: a statement that failed for want of a connection, and
    // when one last succeeded.
    bool m_reconnectable = false; // opened by open() and not closed since: ensureConnected() may reopen
    mutable bool m_lost = false;
    // A reconnect window ran out: the statements that follow fail at once instead of each opening another
    // window (a job would otherwise wait twice as long to say so); the next ensureConnected() tries again.
    bool m_gaveUp = false;
    mutable QElapsedTimer m_lastUse;
    QElapsedTimer m_onPrimarySince; // valid while a prefer-standby connection reads on the primary
    int m_standbyLooks = 0;         // looks for a standby since one last answered
    bool lookForStandby();
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
