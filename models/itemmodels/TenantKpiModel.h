#pragma once

#include "models/integrations/ResourceKpis.h"

#include <QAbstractTableModel>
#include <QList>

namespace fusion {

// The dashboard's live resources table (issue 13): each tenant's state from Prometheus (healthy, degraded or
// unknown, with the reason), its CPU, memory, storage use and running pods. SortRole holds numbers (and the
// state's rank, degraded first) so that a sort proxy orders the columns by value, not by their text.
class TenantKpiModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StateColumn,
        SlugColumn,
        CpuColumn,
        MemoryColumn,
        StorageColumn,
        PodsColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SlugRole, StateRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<TenantKpiHealth>& rows);
    const QList<TenantKpiHealth>& rows() const { return m_rows; }
    // "healthy", "degraded" or "unknown": the badge's colour key and the word a person reads.
    static QString stateKey(TenantKpiHealth::State state);
    static QString stateLabel(TenantKpiHealth::State state);
    // Storage used of capacity in %, or -1 when the namespace has no volume.
    static double storagePercent(const NamespaceKpis& kpis);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TenantKpiHealth> m_rows;
};

} // namespace fusion
