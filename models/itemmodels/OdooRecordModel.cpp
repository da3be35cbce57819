#include "models/itemmodels/OdooRecordModel.h"

#include <QCoreApplication>
#include <QHash>

namespace fusion {

void OdooRecordModel::setRecords(const QStringList& fields, const QVariantList& records)
{
    beginResetModel();
    m_fields = fields;
    m_records = records;
    endResetModel();
}

int OdooRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int OdooRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString OdooRecordModel::display(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : QString(); // Odoo's False is also "empty"
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        const int first = list.value(0).typeId();
        if (list.size() == 2 && (first == QMetaType::Int || first == QMetaType::LongLong) &&
            list.at(1).typeId() == QMetaType::QString)
            return list.at(1).toString(); // many2one [id, "Name"]
        QStringList parts;
        for (const QVariant& item : list)
            parts << display(item);
        return parts.join(QStringLiteral(", "));
    }
    default:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    }
}

QString OdooRecordModel::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("email_from"), QT_TR_NOOP("Email")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("website"), QT_TR_NOOP("Website")},
        {QStringLiteral("is_company"), QT_TR_NOOP("Company")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Works for")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("country_id"), QT_TR_NOOP("Country")},
        {QStringLiteral("partner_id"), QT_TR_NOOP("Partner")},
        {QStringLiteral("stage_id"), QT_TR_NOOP("Stage")},
        {QStringLiteral("expected_revenue"), QT_TR_NOOP("Expected revenue")},
        {QStringLiteral("probability"), QT_TR_NOOP("Probability")},
        {QStringLiteral("date_deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("user_id"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("user_ids"), QT_TR_NOOP("Assignees")},
        {QStringLiteral("date_start"), QT_TR_NOOP("Start")},
        {QStringLiteral("task_count"), QT_TR_NOOP("Tasks")},
        {QStringLiteral("project_id"), QT_TR_NOOP("Project")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("res_model"), QT_TR_NOOP("Document model")},
        {QStringLiteral("res_id"), QT_TR_NOOP("Document id")},
        {QStringLiteral("res_name"), QT_TR_NOOP("Document")},
        {QStringLiteral("activity_type_id"), QT_TR_NOOP("Type")},
        {QStringLiteral("summary"), QT_TR_NOOP("Summary")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("stop"), QT_TR_NOOP("End")},
        {QStringLiteral("allday"), QT_TR_NOOP("All day")},
        {QStringLiteral("partner_ids"), QT_TR_NOOP("Attendees")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")}};
    const char* label = labels.value(field);
    return label ? tr(label) : field;
}

QVariant OdooRecordModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size() || index.column() >= m_fields.size())
        return {};
    const QVariantMap rec = m_records.at(index.row()).toMap();
    const QVariant value = rec.value(m_fields.at(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return display(value);
    case Qt::ToolTipRole:
        return value.typeId() == QMetaType::QString ? value : QVariant();
    case IdRole:
        return rec.value(QStringLiteral("id"));
    case RawRole:
        return value;
    case SortRole:
        // Numbers sort as numbers; everything else as its displayed text.
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double ||
            value.typeId() == QMetaType::LongLong)
            return value;
        return display(value).toLower();
    default:
        return {};
    }
}

QVariant OdooRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_fields.size())
        return {};
    return fieldLabel(m_fields.at(section));
}

} // namespace fusion
