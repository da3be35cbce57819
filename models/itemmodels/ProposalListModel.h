#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/odoo/OdooProposals.h"

namespace fusion {

// Proposals, newest first: the Proposals pane's list.
class ProposalListModel : public RowTableModel<Proposal> {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CreatedColumn,
        TenantColumn,
        CaseColumn,
        SummaryColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { StateRole = Qt::UserRole + 1, IdRole };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateLabel(const QString& state);

protected:
    qint64 key(const Proposal& p) const override { return p.id; }
    bool same(const Proposal& a, const Proposal& b) const override
    {
        return a.id == b.id && a.rowVersion == b.rowVersion && a.state == b.state;
    }
};

} // namespace fusion
