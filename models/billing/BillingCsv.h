#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace fusion {

// Rows as CSV (RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF line ends),
// UTF-8, for the billing lists a spreadsheet opens.
inline QByteArray billingCsv(const QList<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& v : row) {
            const bool quote = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) ||
                               v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
            cells << (quote
                          ? QLatin1Char('"') + QString(v).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                                QLatin1Char('"')
                          : v);
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace fusion
