#include "usage/Money.h"

#include <QLocale>

namespace fusion::Money {

std::optional<qint64> parse(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t = t.mid(1).trimmed();
    t.remove(QLatin1Char(','));
    if (t.isEmpty() || t.size() > 32)
        return std::nullopt;
    const qsizetype dot = t.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
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
    return QStringLiteral("$") + format(micros);
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
