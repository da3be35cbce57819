#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace fusion {

namespace {
QJsonValue toJson(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return QJsonValue::fromVariant(value);
}
} // namespace

QString WritePlanText::display(const QVariant& value)
{
    if (!value.isValid() || value.isNull() ||
        (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return QCoreApplication::translate("fusion::WritePlan", "(empty)");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QCoreApplication::translate("fusion::WritePlan", "yes")
                              : QCoreApplication::translate("fusion::WritePlan", "no");
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        // Odoo's "replace with these" command, [[6, 0, [ids]]]: show the ids.
        if (list.size() == 1 && list.first().toList().size() == 3 && list.first().toList().at(0).toInt() == 6)
            return display(list.first().toList().at(2));
        if (list.isEmpty())
            return QCoreApplication::translate("fusion::WritePlan", "(empty)");
        QStringList parts;
        for (const QVariant& item : list)
            parts << display(item);
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

QString WritePlan::summaryText() const
{
    QStringList lines;
    lines << title;
    if (!changes.isEmpty()) {
        qsizetype width = 0;
        for (const auto& c : changes)
            width = std::max(width, c.label.size());
        for (const auto& c : changes) {
            lines << QStringLiteral("  %1  %2 → %3")
                         .arg(c.label.leftJustified(width), c.beforeDisplay(), c.afterDisplay());
        }
    }
    for (const auto& effect : effects)
        lines << QStringLiteral("  • ") + effect;
    return lines.join(QLatin1Char('\n'));
}

QJsonObject WritePlan::beforeJson() const
{
    QJsonObject o;
    for (const auto& c : changes)
        o.insert(c.field, toJson(c.before));
    return o;
}

QJsonObject WritePlan::afterJson() const
{
    QJsonObject o;
    for (const auto& c : changes)
        o.insert(c.field, toJson(c.after));
    return o;
}

} // namespace fusion
