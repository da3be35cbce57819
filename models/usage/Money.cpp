#include "models/usage/Money.h"

#include <QLocale>

namespace fusion::Money {

namespace {
// Groups after the first must be of three digits for a separator to be a thousands separator.
bool thousandsGroups(const QStringList& groups)
{
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return !groups.isEmpty() && !groups.first().isEmpty() && groups.first().size() <= 3;
}
} // namespace

std::optional<qint64> parse(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t = t.mid(1).trimmed();
    t.remove(QLatin1Char(' '));
    if (t.isEmpty() || t.size() > 32)
        return std::nullopt;
    // Either mark may be the decimal one ("12.50" and "12,50"); with both, the last one is ("1,000.50",
    // "1.000,50"); a mark repeated, or followed by exactly three digits alone ("1,000"), separates thousands.
    const qsizetype comma = t.count(QLatin1Char(','));
    const qsizetype dot = t.count(QLatin1Char('.'));
    QChar decimal;
    if (comma > 0 && dot > 0) {
        decimal = t.lastIndexOf(QLatin1Char(',')) > t.lastIndexOf(QLatin1Char('.')) ? QLatin1Char(',')
                                                                                    : QLatin1Char('.');
    } else if (comma == 1 || dot == 1) {
        const QChar mark = comma == 1 ? QLatin1Char(',') : QLatin1Char('.');
        const QString after = t.mid(t.indexOf(mark) + 1);
        decimal = after.size() == 3 && mark == QLatin1Char(',') ? QChar() : mark;
    }
    QString whole = decimal.isNull() ? t : t.left(t.lastIndexOf(decimal));
    QString fraction = decimal.isNull() ? QString() : t.mid(t.lastIndexOf(decimal) + 1);
    const QChar thousands = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    const QChar grouping = decimal.isNull() ? (comma > 0 ? QLatin1Char(',') : QLatin1Char('.')) : thousands;
    if (whole.contains(grouping)) {
        if (!thousandsGroups(whole.split(grouping)))
            return std::nullopt;
        whole.remove(grouping);
    }
    if ((whole.isEmpty() && fraction.isEmpty()) || fraction.size() > 6)
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    if (whole.size() > 10)
        return std::nullopt;
    while (fraction.size() < 6)
        fraction += QLatin1Char('0');
    const qint64 micros = (whole.isEmpty() ? 0 : whole.toLongLong()) * kMicrosPerUnit + fraction.toLongLong();
    if (micros > kMaxMicros)
        return std::nullopt;
    return micros;
}

QString format(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(-(micros + 1)) + 1 : quint64(micros);
    QString fraction = QStringLiteral("%1").arg(magnitude % kMicrosPerUnit, 6, 10, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / kMicrosPerUnit) +
           QLatin1Char('.') + fraction;
}

QString display(qint64 micros)
{
    // People read cents; amounts under a cent keep their digits, so a call's cost never shows as $0.00.
    const qint64 magnitude = micros < 0 ? -micros : micros;
    if (magnitude < 10000)
        return QStringLiteral("$") + format(micros);
    const qint64 cents = (magnitude + 5000) / 10000;
    const QString text = QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    return (micros < 0 ? QStringLiteral("-$") : QStringLiteral("$")) + text;
}

QString percent(qint64 spent, std::optional<qint64> budget)
{
    if (!budget)
        return QStringLiteral("—");
    if (*budget == 0)
        return spent > 0 ? QStringLiteral("∞ %") : QStringLiteral("0 %");
    const double p = 100.0 * double(spent) / double(*budget);
    return QStringLiteral("%1 %").arg(p, 0, 'f', p < 10.0 ? 1 : 0);
}

} // namespace fusion::Money
