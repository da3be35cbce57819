#include "models/itemmodels/AiProviderListModel.h"

#include <QLocale>

namespace fusion {

int AiProviderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AiProviderListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rows().at(row).id == id)
            return row;
    }
    return -1;
}

QVariant AiProviderListModel::data(const QModelIndex& index, int role) const
{
    const AiProvider* p = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return p->id;
    if (role == Qt::ToolTipRole) {
        if (!p->active)
            return tr("Inactive: no new question goes to it; its threads and statistics stay.");
        if (index.column() == RequestsColumn)
            return tr("Failed: %1 · your threads using it: %2").arg(p->errors).arg(p->threads);
        return p->baseUrl.isEmpty() ? p->apiKeyLabel : p->baseUrl;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= RequestsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ScopeColumn:
        return p->tenantId ? p->tenantSlug : tr("Platform");
    case NameColumn:
        return p->active ? p->name : tr("%1 (inactive)").arg(p->name);
    case TypeColumn:
        return p->type;
    case ModelColumn:
        return p->model;
    case DefaultColumn:
        return p->isDefault ? tr("Default") : QString();
    case RequestsColumn:
        return QLocale().toString(p->requests);
    case TokensColumn:
        return QLocale().toString(p->tokens);
    case LatencyColumn:
        return p->averageLatencyMs ? tr("%1 ms").arg(qRound64(*p->averageLatencyMs)) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant AiProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScopeColumn:
        return tr("Scope");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ModelColumn:
        return tr("Model");
    case DefaultColumn:
        return tr("Default");
    case RequestsColumn:
        return tr("Requests");
    case TokensColumn:
        return tr("Tokens");
    case LatencyColumn:
        return tr("Avg latency");
    default:
        return {};
    }
}

} // namespace fusion
