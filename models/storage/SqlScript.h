#pragma once

#include <QString>
#include <QStringList>

namespace fusion {

// Splits a migration script into statements at top-level semicolons, respecting quoted strings,
// quoted identifiers, dollar-quoted bodies ($$ ... $$, $tag$ ... $tag$), comments and SQLite trigger
// bodies (BEGIN ... END;). QSQLITE runs only the first statement of a string, hence this.
QStringList splitSqlScript(const QString& script);

} // namespace fusion
