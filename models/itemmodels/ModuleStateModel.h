#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/tenants/Tenant.h"

namespace fusion {

// The modules of one tenant and their install state (Tenant detail → Modules).
class ModuleStateModel : public RowTableModel<ModuleState> {
    Q_OBJECT

public:
    enum Column { NameColumn, SourceColumn, StateColumn, UpdatedColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 key(const ModuleState& m) const override { return m.id; }
    bool same(const ModuleState& a, const ModuleState& b) const override
    {
        return a.state == b.state && a.updatedAt == b.updatedAt && a.source == b.source;
    }
};

} // namespace fusion
