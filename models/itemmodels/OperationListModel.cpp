#include "models/itemmodels/OperationListModel.h"

#include <QLocale>

namespace fusion {

int OperationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OperationListModel::same(const Operation& a, const Operation& b) const
{
    return a.status == b.status && a.finishedAt == b.finishedAt && a.startedAt == b.startedAt &&
           a.logsUrl == b.logsUrl;
}

QString OperationListModel::typeLabel(const QString& type)
{
    if (type == QLatin1String("provision"))
        return tr("Provision");
    if (type == QLatin1String("pause"))
        return tr("Pause");
    if (type == QLatin1String("resume"))
        return tr("Resume");
    if (type == QLatin1String("rebuild"))
        return tr("Rebuild");
    if (type == QLatin1String("decommission"))
        return tr("Decommission");
    if (type == QLatin1String("module_apply"))
        return tr("Apply modules");
    if (type == QLatin1String("upgrade_image"))
        return tr("Upgrade image");
    if (type == QLatin1String("backup"))
        return tr("Backup");
    return type;
}

QString OperationListModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString OperationListModel::sourceLabel(const QString& source)
{
    if (source == QLatin1String("ui"))
        return tr("App");
    if (source == QLatin1String("cli"))
        return tr("fusionctl");
    if (source == QLatin1String("n8n"))
        return tr("n8n");
    if (source == QLatin1String("ai"))
        return tr("AI agent");
    if (source == QLatin1String("api"))
        return tr("API");
    return source;
}

QVariant OperationListModel::data(const QModelIndex& index, int role) const
{
    const Operation* o = rowAt(index.row());
    if (!o || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case StatusRole:
        return o->status;
    case IdRole:
        return o->id;
    case TenantSlugRole:
        return o->tenantSlug;
    case LogsUrlRole:
        return o->logsUrl;
    case Qt::ToolTipRole:
        if (!o->logsUrl.isEmpty())
            return tr("Logs: %1").arg(o->logsUrl);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return o->id;
        case CreatedColumn:
            return QLocale().toString(o->createdAt.toLocalTime(), QLocale::ShortFormat);
        case TenantColumn:
            return o->tenantSlug;
        case TypeColumn:
            return typeLabel(o->type);
        case StatusColumn:
            return statusLabel(o->status);
        case SourceColumn:
            return sourceLabel(o->triggerSource);
        case ActorColumn:
            return o->actor;
        case FinishedColumn:
            return o->finishedAt.isValid()
                       ? QLocale().toString(o->finishedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OperationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case CreatedColumn:
        return tr("Created");
    case TenantColumn:
        return tr("Tenant");
    case TypeColumn:
        return tr("Operation");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case ActorColumn:
        return tr("Actor");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}

} // namespace fusion
