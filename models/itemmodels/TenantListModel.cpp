#include "models/itemmodels/TenantListModel.h"

#include <QLocale>

namespace fusion {

int TenantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TenantListModel::same(const Tenant& a, const Tenant& b) const
{
    return a.rowVersion == b.rowVersion && a.status == b.status && a.name == b.name &&
           a.planName == b.planName && a.updatedAt == b.updatedAt;
}

QVariant TenantListModel::data(const QModelIndex& index, int role) const
{
    const Tenant* t = rowAt(index.row());
    if (!t || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case StatusRole:
        return t->status;
    case IdRole:
        return t->id;
    case SlugRole:
        return t->slug;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return TenantStatus::label(t->status);
        if (index.column() == UpdatedColumn)
            return QLocale().toString(t->updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case SlugColumn:
            return t->slug;
        case NameColumn:
            return t->name;
        case StatusColumn:
            return TenantStatus::label(t->status);
        case PlanColumn:
            return t->planName;
        case AgencyColumn:
            return t->agencyGroup;
        case RegionColumn:
            return t->region;
        case UpdatedColumn:
            return QLocale().toString(t->updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SlugColumn:
        return tr("Slug");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case PlanColumn:
        return tr("Plan");
    case AgencyColumn:
        return tr("Agency group");
    case RegionColumn:
        return tr("Region");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

TenantSort TenantListModel::sortFor(int column)
{
    switch (column) {
    case SlugColumn:
        return TenantSort::Slug;
    case StatusColumn:
        return TenantSort::Status;
    case PlanColumn:
        return TenantSort::Plan;
    case AgencyColumn:
        return TenantSort::AgencyGroup;
    case RegionColumn:
        return TenantSort::Region;
    case UpdatedColumn:
        return TenantSort::Updated;
    default:
        return TenantSort::Name;
    }
}

int TenantListModel::columnFor(TenantSort sort)
{
    switch (sort) {
    case TenantSort::Slug:
        return SlugColumn;
    case TenantSort::Status:
        return StatusColumn;
    case TenantSort::Plan:
        return PlanColumn;
    case TenantSort::AgencyGroup:
        return AgencyColumn;
    case TenantSort::Region:
        return RegionColumn;
    case TenantSort::Updated:
    case TenantSort::Created:
        return UpdatedColumn;
    case TenantSort::Name:
        break;
    }
    return NameColumn;
}

} // namespace fusion
