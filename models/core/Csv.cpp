#include "models/core/Csv.h"

#include <QRegularExpression>

namespace fusion::Csv {

namespace {

// A cell a spreadsheet would evaluate rather than show. "-12.5" is an amount, not a formula; anything else
// after a minus sign could be ("-2+3+cmd|' /C calc'!A0").
bool csvLooksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    if (first != QLatin1Char('-'))
        return false;
    static const QRegularExpression plainNegative(
        QStringLiteral("^-([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]+)?$"));
    return !plainNegative.match(text).hasMatch();
}

} // namespace

QString field(const QString& text)
{
    QString out = csvLooksLikeFormula(text) ? QLatin1Char('\'') + text : text;
    const bool quote = out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
                       out.contains(QLatin1Char('\r')) || out.contains(QLatin1Char('\n'));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QByteArray document(const QList<QStringList>& records, bool byteOrderMark)
{
    QString text;
    for (const QStringList& record : records) {
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += field(record[i]);
        }
        text += QLatin1String("\r\n");
    }
    QByteArray out = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    return out + text.toUtf8();
}

} // namespace fusion::Csv
