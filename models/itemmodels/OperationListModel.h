#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/tenants/Tenant.h"

namespace fusion {

// Operations, newest first: the dashboard timeline, a tenant's Logs tab and the Operations pane.
class OperationListModel : public RowTableModel<Operation> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CreatedColumn,
        TenantColumn,
        TypeColumn,
        StatusColumn,
        SourceColumn,
        ActorColumn,
        FinishedColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, IdRole, TenantSlugRole, LogsUrlRole };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString typeLabel(const QString& type);
    static QString statusLabel(const QString& status);
    static QString sourceLabel(const QString& source);

protected:
    qint64 key(const Operation& o) const override { return o.id; }
    bool same(const Operation& a, const Operation& b) const override;
};

} // namespace fusion
