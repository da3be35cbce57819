#pragma once

#include "models/core/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fusion {

enum class Dialect { Sqlite, Postgres };

// One PostgreSQL server of a multi-host address: a host name, an IP address or a socket directory.
struct HostPort {
    QString host;
    int port = 0; // 0: libpq's default / PGPORT
    bool operator==(const HostPort&) const = default;
};

// Which store to open: a SQLite file, or a PostgreSQL server. Never carries a password: that comes from
// the keychain (a saved profile) or from libpq's own environment (PGPASSWORD, ~/.pgpass).
struct DatabaseTarget {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host; // host name, or a directory holding the server's unix socket
    int port = 0; // 0: libpq's default / PGPORT
    QString user;
    QString database;
    // libpq's multi-host form (postgresql://db1:5432,db2:5432/fusion): servers tried in order after the
    // first, so that a standby promoted in a failover is found without editing the profile.
    QList<HostPort> otherHosts;
    QString sslMode; // "", disable, allow, prefer, require, verify-ca, verify-full
    // libpq's target_session_attrs: "", any, read-write, read-only, primary, standby, prefer-standby.
    QString targetSessionAttrs;
    QString profileName; // set when the target came from a saved profile
    // A profile's choice, not part of the address: read-only panes (Dashboard, Usage) may read from a standby
    // (target_session_attrs=prefer-standby on the same servers). Only meaningful for PostgreSQL.
    bool standbyReads = false;

    // sqlite:///abs/path.db, sqlite://relative.db, postgresql://user@host:port/db?sslmode=...&host=/dir
    static Result<DatabaseTarget> parse(const QString& text);
    static QString defaultSqlitePath();
    static DatabaseTarget defaultSqlite();

    QList<HostPort> hosts() const; // the first host and the others, in the order libpq tries them
    bool isMultiHost() const { return !otherHosts.isEmpty(); }
    // The same servers with another target_session_attrs (a read-only pane's connection to a standby).
    DatabaseTarget withSessionAttrs(const QString& attrs) const;
    static const QStringList& sessionAttrValues();

    QString toUrl() const;       // round-trips through parse()
    QString displayName() const; // for title bars and status lines
    bool operator==(const DatabaseTarget&) const = default;
};

} // namespace fusion
