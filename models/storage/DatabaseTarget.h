#pragma once

#include "models/core/Error.h"

#include <QString>

namespace fusion {

enum class Dialect { Sqlite, Postgres };

// Which store to open: a SQLite file, or a PostgreSQL server. Never carries a password: that comes from
// the keychain (a saved profile) or from libpq's own environment (PGPASSWORD, ~/.pgpass).
struct DatabaseTarget {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host; // host name, or a directory holding the server's unix socket
    int port = 0; // 0: libpq's default / PGPORT
    QString user;
    QString database;
    QString sslMode;     // "", disable, allow, prefer, require, verify-ca, verify-full
    QString profileName; // set when the target came from a saved profile

    // sqlite:///abs/path.db, sqlite://relative.db, postgresql://user@host:port/db?sslmode=...&host=/dir
    static Result<DatabaseTarget> parse(const QString& text);
    static QString defaultSqlitePath();
    static DatabaseTarget defaultSqlite();

    QString toUrl() const;       // round-trips through parse()
    QString displayName() const; // for title bars and status lines
    bool operator==(const DatabaseTarget&) const = default;
};

} // namespace fusion
