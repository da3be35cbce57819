#pragma once

#include "models/bundles/BundleCatalog.h"
#include "models/itemmodels/RowTableModel.h"

namespace fusion {

// Tenants against their bundles: what is missing, what no bundle wants, or "not synced yet".
class TenantDriftModel : public RowTableModel<TenantDrift> {
    Q_OBJECT

public:
    enum Column { TenantColumn, BundlesColumn, MissingColumn, UnwantedColumn, ColumnCount };
    enum Role { SlugRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& slug) const; // -1 when not listed

protected:
    qint64 key(const TenantDrift& d) const override { return d.tenantId; }
    bool same(const TenantDrift& a, const TenantDrift& b) const override
    {
        return a.tenantId == b.tenantId && a.bundles == b.bundles && a.missing == b.missing &&
               a.unwanted == b.unwanted && a.installedCount == b.installedCount;
    }
};

} // namespace fusion
