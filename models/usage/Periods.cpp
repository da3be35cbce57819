#include "models/usage/Periods.h"

namespace fusion::Periods {

namespace {
QDateTime utc(const QDate& day, const QTime& time = QTime(0, 0))
{
    return QDateTime(day, time, Qt::UTC);
}
} // namespace

QDateTime minuteStart(const QDateTime& t)
{
    const QDateTime u = t.toUTC();
    return utc(u.date(), QTime(u.time().hour(), u.time().minute()));
}

QDateTime dayStart(const QDateTime& t)
{
    return utc(t.toUTC().date());
}

QDateTime monthStart(const QDateTime& t)
{
    const QDate d = t.toUTC().date();
    return utc(QDate(d.year(), d.month(), 1));
}

QDateTime nextMonthStart(const QDateTime& t)
{
    return utc(monthStart(t).date().addMonths(1));
}

QString key(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

double monthElapsed(const QDateTime& t)
{
    const qint64 start = monthStart(t).toMSecsSinceEpoch();
    const qint64 end = nextMonthStart(t).toMSecsSinceEpoch();
    const double f = double(t.toMSecsSinceEpoch() - start) / double(end - start);
    return f <= 0.0 ? 1.0 / double(end - start) : (f > 1.0 ? 1.0 : f);
}

} // namespace fusion::Periods
