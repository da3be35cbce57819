#pragma once
// How fusionctl shows a moment: minutes in UTC for people ("-" when there is none), ISO 8601 for --json.
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace fusion::cli {

inline QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

inline QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace fusion::cli
