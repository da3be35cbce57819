#include "models/itemmodels/BundleListModel.h"

namespace fusion {

int BundleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BundleListModel::rowOf(const QString& code) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).bundle.code == code)
            return row;
    }
    return -1;
}

QVariant BundleListModel::data(const QModelIndex& index, int role) const
{
    const BundleInfo* b = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!b || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == CodeRole)
        return b->bundle.code;
    if (role == Qt::ToolTipRole)
        return b->bundle.description.isEmpty() ? b->bundle.modules.join(QStringLiteral(", "))
                                               : b->bundle.description;
    if (role == Qt::TextAlignmentRole && (index.column() == ModulesColumn || index.column() == TenantsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return b->bundle.code;
    case NameColumn:
        return b->bundle.name;
    case TypeColumn:
        return b->bundle.type;
    case VersionColumn:
        return b->bundle.version;
    case ModulesColumn:
        return int(b->bundle.modules.size());
    case TenantsColumn:
        return b->tenantCount;
    default:
        return {};
    }
}

QVariant BundleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case VersionColumn:
        return tr("Version");
    case ModulesColumn:
        return tr("Modules");
    case TenantsColumn:
        return tr("Tenants");
    default:
        return {};
    }
}

} // namespace fusion
