#pragma once

#include "models/audit/AuditLog.h"
#include "models/itemmodels/RowTableModel.h"

namespace fusion {

// Audit rows, newest first.
class AuditListModel : public RowTableModel<AuditEntry> {
    Q_OBJECT

public:
    enum Column { IdColumn, AtColumn, ActorColumn, ActionColumn, TargetColumn, ChangesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // "status: active → paused; name: A → B" from a row's before/after JSON.
    static QString changesSummary(const AuditEntry& entry);

protected:
    qint64 key(const AuditEntry& e) const override { return e.id; }
    bool same(const AuditEntry& a, const AuditEntry& b) const override { return a.hash == b.hash; }
};

} // namespace fusion
