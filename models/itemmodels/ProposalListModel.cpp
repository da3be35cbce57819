#include "models/itemmodels/ProposalListModel.h"

#include <QLocale>

namespace fusion {

int ProposalListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProposalListModel::stateLabel(const QString& state)
{
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("executing"))
        return tr("Executing");
    if (state == QLatin1String("executed"))
        return tr("Executed");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    return state;
}

QVariant ProposalListModel::data(const QModelIndex& index, int role) const
{
    const Proposal* p = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!p || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == StateRole)
        return p->state;
    if (role == IdRole)
        return p->id;
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return p->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return p->id;
    case CreatedColumn:
        return QLocale().toString(p->createdAt.toLocalTime(), QLocale::ShortFormat);
    case TenantColumn:
        return p->slug;
    case CaseColumn:
        return p->caseId;
    case SummaryColumn:
        return p->summary;
    case StateColumn:
        return stateLabel(p->state);
    default:
        return {};
    }
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case CreatedColumn:
        return tr("Proposed");
    case TenantColumn:
        return tr("Tenant");
    case CaseColumn:
        return tr("Case");
    case SummaryColumn:
        return tr("Summary");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace fusion
