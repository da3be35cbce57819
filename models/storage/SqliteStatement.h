#pragma once

#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace fusion {

class Database;

// One statement prepared once on a Database's own SQLite connection and run many times with values bound
// through SQLite's C interface. For the few writes where Qt's per-value binding is most of the cost — a
// bulk import binds millions of values — and only there: everything else goes through Database::exec.
// Runs in the caller's transaction; errors become a Failure like Database's own.
class SqliteStatement {
    Q_DECLARE_TR_FUNCTIONS(fusion::SqliteStatement)

public:
    SqliteStatement(Database& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Parameters are 1-based, as in SQLite. Text is bound without a copy: it must outlive step().
    void bind(int index, qint64 value);
    void bind(int index, const QString& text);
    void bindNull(int index);
    // Runs the statement to its end and makes it ready to run again; the number of rows it changed.
    int step();

private:
    void check(int code, const char* what);

    Database& m_db;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace fusion
