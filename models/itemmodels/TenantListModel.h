#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/tenants/Tenant.h"

namespace fusion {

// One page of the tenants list. Sorting and filtering happen in SQL (TenantRepository::list); the view's
// header asks for a sort by column through sortFor().
class TenantListModel : public RowTableModel<Tenant> {
    Q_OBJECT

public:
    enum Column {
        SlugColumn,
        NameColumn,
        StatusColumn,
        PlanColumn,
        AgencyColumn,
        RegionColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, IdRole, SlugRole };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static TenantSort sortFor(int column);
    static int columnFor(TenantSort sort);

protected:
    qint64 key(const Tenant& t) const override { return t.id; }
    bool same(const Tenant& a, const Tenant& b) const override;
};

} // namespace fusion
