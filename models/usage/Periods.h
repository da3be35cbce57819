#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace fusion {

// The windows budgets and rate limits count in: the calendar minute, the UTC day and the UTC month. Their
// starts are keys in the database, written as UTC ISO-8601 text with milliseconds on both stores.
namespace Periods {
QDateTime minuteStart(const QDateTime& t);
QDateTime dayStart(const QDateTime& t);
QDateTime monthStart(const QDateTime& t);
QDateTime nextMonthStart(const QDateTime& t);
// "2026-11-29T17:20:00.000Z": the one text form of a timestamp the store compares and sorts.
QString key(const QDateTime& t);
// The fraction of the month `t` falls in that has passed (for a forecast to the month's end), in (0, 1].
double monthElapsed(const QDateTime& t);
} // namespace Periods

} // namespace fusion
