#include "models/itemmodels/TenantDriftModel.h"

namespace fusion {

namespace {
QString driftNames(const QStringList& list)
{
    return list.isEmpty() ? QString()
                          : QStringLiteral("%1 — %2").arg(list.size()).arg(list.join(QStringLiteral(", ")));
}
} // namespace

int TenantDriftModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TenantDriftModel::rowOf(const QString& slug) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).slug == slug)
            return row;
    }
    return -1;
}

QVariant TenantDriftModel::data(const QModelIndex& index, int role) const
{
    const TenantDrift* d = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!d || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == SlugRole)
        return d->slug;
    if (role == Qt::ToolTipRole) {
        if (index.column() == TenantColumn)
            return d->name;
        if (index.column() == MissingColumn && d->installedCount == 0)
            return tr("No installed modules are recorded for this tenant yet: sync its modules from its Odoo "
                      "first.");
        if (index.column() == MissingColumn)
            return d->missing.join(QLatin1Char('\n'));
        if (index.column() == UnwantedColumn)
            return d->unwanted.join(QLatin1Char('\n'));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TenantColumn:
        return d->slug;
    case BundlesColumn:
        return d->bundles.join(QStringLiteral(", "));
    case MissingColumn:
        if (d->installedCount == 0)
            return tr("not synced yet");
        return d->missing.isEmpty() ? tr("none") : driftNames(d->missing);
    case UnwantedColumn:
        return d->unwanted.isEmpty() ? tr("none") : driftNames(d->unwanted);
    default:
        return {};
    }
}

QVariant TenantDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case BundlesColumn:
        return tr("Bundles");
    case MissingColumn:
        return tr("Missing (wanted, not installed)");
    case UnwantedColumn:
        return tr("Not wanted by any bundle");
    default:
        return {};
    }
}

} // namespace fusion
