#include "models/itemmodels/ModuleStateModel.h"

#include <QLocale>

namespace fusion {

int ModuleStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModuleStateModel::data(const QModelIndex& index, int role) const
{
    const ModuleState* m = rowAt(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == StateRole)
        return m->state;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m->moduleName;
    case SourceColumn:
        if (m->source == QLatin1String("core"))
            return tr("Odoo core");
        if (m->source == QLatin1String("oca"))
            return tr("OCA");
        if (m->source == QLatin1String("ipai"))
            return tr("ipai");
        return m->source;
    case StateColumn:
        if (m->state == QLatin1String("installed"))
            return tr("Installed");
        if (m->state == QLatin1String("pending"))
            return tr("Pending");
        if (m->state == QLatin1String("removed"))
            return tr("Removed");
        return m->state;
    case UpdatedColumn:
        return QLocale().toString(m->updatedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ModuleStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Module");
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace fusion
