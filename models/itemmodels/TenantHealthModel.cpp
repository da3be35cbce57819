#include "models/itemmodels/TenantHealthModel.h"

#include <QLocale>

namespace fusion {

int TenantHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TenantHealthModel::same(const TenantHealth& a, const TenantHealth& b) const
{
    return a.severity == b.severity && a.status == b.status && a.failedOperations == b.failedOperations &&
           a.lastFailureAt == b.lastFailureAt && a.name == b.name;
}

QString TenantHealthModel::severityLabel(TenantHealth::Severity severity)
{
    switch (severity) {
    case TenantHealth::Critical:
        return tr("Critical");
    case TenantHealth::Warning:
        return tr("Warning");
    case TenantHealth::Paused:
        return tr("Paused");
    case TenantHealth::Healthy:
        break;
    }
    return tr("Healthy");
}

QVariant TenantHealthModel::data(const QModelIndex& index, int role) const
{
    const TenantHealth* h = rowAt(index.row());
    if (!h || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case SeverityRole:
        return int(h->severity);
    case StatusRole:
        return h->status;
    case IdRole:
        return h->tenantId;
    case SlugRole:
        return h->slug;
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(h->severity);
        case SlugColumn:
            return h->slug;
        case NameColumn:
            return h->name;
        case StatusColumn:
            return TenantStatus::label(h->status);
        case ReasonColumn:
            return h->reason();
        case LastFailureColumn:
            return h->lastFailureAt.isValid()
                       ? QLocale().toString(h->lastFailureAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TenantHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Health");
    case SlugColumn:
        return tr("Slug");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    case LastFailureColumn:
        return tr("Last failure");
    default:
        return {};
    }
}

} // namespace fusion
