#include "models/storage/SqliteStatement.h"

#include "models/storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace fusion {

SqliteStatement::SqliteStatement(Database& db, const QString& sql)
    : m_db(db)
{
    const QVariant handle = db.handle().driver()->handle();
    if (!db.isSqlite() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw Failure(ErrorKind::Internal, QStringLiteral("SqliteStatement needs an open SQLite connection"));
    m_handle = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_handle)
        throw Failure(ErrorKind::Connection, tr("The database connection is closed."));
    const QByteArray text = sql.toUtf8();
    check(sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                             &m_statement, nullptr),
          "prepare");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int code, const char* what)
{
    if (code == SQLITE_OK || code == SQLITE_DONE || code == SQLITE_ROW)
        return;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    const int extended = sqlite3_extended_errcode(m_handle);
    if (m_statement)
        sqlite3_reset(m_statement);
    // Worded as any other statement's error: Database maps SQLite's codes to what a person is told.
    throw m_db.failure(
        QSqlError(QString::fromLatin1(what), message, QSqlError::StatementError, QString::number(extended)));
}

void SqliteStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value), "bind");
}

void SqliteStatement::bind(int index, const QString& text)
{
    if (text.contains(QChar(0)))
        throw Failure(ErrorKind::InvalidInput, Database::tr("Text with a NUL character cannot be stored."));
    check(sqlite3_bind_text16(m_statement, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC), "bind");
}

void SqliteStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index), "bind");
}

int SqliteStatement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        check(code, "step");
    const int changed = sqlite3_changes(m_handle);
    check(sqlite3_reset(m_statement), "reset");
    return changed;
}

} // namespace fusion
