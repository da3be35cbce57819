#include "models/itemmodels/TenantKpiModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace fusion {

void TenantKpiModel::setRows(const QList<TenantKpiHealth>& rows)
{
    // Updated in place, keyed by slug, never reset: the figures refresh every 30 s and a reset would drop the
    // row a person selected and scroll the table back to the top under them.
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < rows.size(); ++i)
        incoming.insert(rows.at(i).slug, i);
    for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
        if (incoming.contains(m_rows.at(r).slug))
            continue;
        beginRemoveRows({}, int(r), int(r));
        m_rows.removeAt(r);
        endRemoveRows();
    }
    QSet<QString> kept;
    for (TenantKpiHealth& row : m_rows) {
        kept.insert(row.slug);
        row = rows.at(incoming.value(row.slug));
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<TenantKpiHealth> added;
    for (const TenantKpiHealth& row : rows)
        if (!kept.contains(row.slug))
            added << row;
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows += added;
    endInsertRows();
}

QString TenantKpiModel::stateKey(TenantKpiHealth::State state)
{
    switch (state) {
    case TenantKpiHealth::Healthy:
        return QStringLiteral("healthy");
    case TenantKpiHealth::Degraded:
        return QStringLiteral("degraded");
    case TenantKpiHealth::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString TenantKpiModel::stateLabel(TenantKpiHealth::State state)
{
    switch (state) {
    case TenantKpiHealth::Healthy:
        return tr("Healthy");
    case TenantKpiHealth::Degraded:
        return tr("Degraded");
    case TenantKpiHealth::Unknown:
        break;
    }
    return tr("Unknown");
}

double TenantKpiModel::storagePercent(const NamespaceKpis& kpis)
{
    if (kpis.storageCapacityBytes <= 0)
        return -1;
    return 100.0 * kpis.storageUsedBytes / kpis.storageCapacityBytes;
}

int TenantKpiModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantKpiModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantKpiModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TenantKpiHealth& h = m_rows.at(index.row());
    // Figures of a tenant whose state is unknown are old or absent: shown as a dash, sorted last.
    const bool known = h.state != TenantKpiHealth::Unknown;
    const QLocale locale;
    if (role == SlugRole)
        return h.slug;
    if (role == StateRole)
        return stateKey(h.state);
    if (role == SortRole) {
        switch (index.column()) {
        case StateColumn:
            // Degraded first, then unknown, then healthy: what needs a look comes first.
            return h.state == TenantKpiHealth::Degraded ? 0 : h.state == TenantKpiHealth::Unknown ? 1 : 2;
        case SlugColumn:
            return h.slug;
        case CpuColumn:
            return known ? h.kpis.cpuCores : -1.0;
        case MemoryColumn:
            return known ? h.kpis.memoryBytes : -1.0;
        case StorageColumn:
            return known ? storagePercent(h.kpis) : -1.0;
        case PodsColumn:
            return known ? h.kpis.podsRunning : -1;
        case ReasonColumn:
            return h.reason;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= CpuColumn && index.column() <= PodsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return h.reason;
    if (role == Qt::ToolTipRole && index.column() == SlugColumn)
        return tr("Namespace %1. Double-click to open the tenant.").arg(h.ns);
    if (role != Qt::DisplayRole)
        return {};
    const QString dash = QStringLiteral("–");
    switch (index.column()) {
    case StateColumn:
        return stateLabel(h.state);
    case SlugColumn:
        return h.slug;
    case CpuColumn:
        return known ? tr("%1 cores").arg(locale.toString(h.kpis.cpuCores, 'f', 2)) : dash;
    case MemoryColumn:
        return known ? locale.formattedDataSize(qint64(h.kpis.memoryBytes), 1) : dash;
    case StorageColumn: {
        const double percent = storagePercent(h.kpis);
        if (!known)
            return dash;
        return percent < 0 ? tr("no volume") : tr("%1 %").arg(int(std::floor(percent)));
    }
    case PodsColumn:
        return known ? locale.toString(h.kpis.podsRunning) : dash;
    case ReasonColumn:
        return h.reason;
    default:
        return {};
    }
}

QVariant TenantKpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case SlugColumn:
        return tr("Tenant");
    case CpuColumn:
        return tr("CPU");
    case MemoryColumn:
        return tr("Memory");
    case StorageColumn:
        return tr("Storage");
    case PodsColumn:
        return tr("Pods");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace fusion
