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
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime time = u.time();
    if (!d.isValid() || d.year() < 1000 || d.year() > 9999 || !time.isValid())
        return u.toString(Qt::ISODateWithMs);
    // What toString(Qt::ISODateWithMs) writes, "2026-10-01T09:15:00.250Z", without its general formatter:
    // every usage row stored is keyed by this, a million of them in a large import.
    char16_t text[24];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'.';
    put(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 24);
}

double monthElapsed(const QDateTime& t)
{
    const qint64 start = monthStart(t).toMSecsSinceEpoch();
    const qint64 end = nextMonthStart(t).toMSecsSinceEpoch();
    const double f = double(t.toMSecsSinceEpoch() - start) / double(end - start);
    return f <= 0.0 ? 1.0 / double(end - start) : (f > 1.0 ? 1.0 : f);
}

} // namespace fusion::Periods
