#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/tenants/Tenant.h"

namespace fusion {

// The dashboard's health table, worst first (the order comes from TenantRepository::health).
class TenantHealthModel : public RowTableModel<TenantHealth> {
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        SlugColumn,
        NameColumn,
        StatusColumn,
        ReasonColumn,
        LastFailureColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1, StatusRole, IdRole, SlugRole };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString severityLabel(TenantHealth::Severity severity);

protected:
    qint64 key(const TenantHealth& h) const override { return h.tenantId; }
    bool same(const TenantHealth& a, const TenantHealth& b) const override;
};

} // namespace fusion
