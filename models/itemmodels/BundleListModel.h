#pragma once

#include "models/bundles/BundleCatalog.h"
#include "models/itemmodels/RowTableModel.h"

namespace fusion {

// The Bundles pane's list: each bundle with its type, version, module count and how many tenants have it.
class BundleListModel : public RowTableModel<BundleInfo> {
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TypeColumn,
        VersionColumn,
        ModulesColumn,
        TenantsColumn,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& code) const; // -1 when not listed

protected:
    qint64 key(const BundleInfo& b) const override { return b.bundle.id; }
    bool same(const BundleInfo& a, const BundleInfo& b) const override
    {
        return a.bundle.id == b.bundle.id && a.rowVersion == b.rowVersion && a.tenantCount == b.tenantCount;
    }
};

} // namespace fusion
