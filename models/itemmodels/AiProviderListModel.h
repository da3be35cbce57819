#pragma once

#include "models/ai/AiProviders.h"
#include "models/itemmodels/RowTableModel.h"

namespace fusion {

// The AI pane's providers: each with its scope, type, model, whether it is the default and active, and its
// statistics from the usage log.
class AiProviderListModel : public RowTableModel<AiProvider> {
    Q_OBJECT

public:
    enum Column {
        ScopeColumn,
        NameColumn,
        TypeColumn,
        ModelColumn,
        DefaultColumn,
        RequestsColumn,
        TokensColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 id) const; // -1 when not listed

protected:
    qint64 key(const AiProvider& p) const override { return p.id; }
    bool same(const AiProvider& a, const AiProvider& b) const override
    {
        return a.id == b.id && a.rowVersion == b.rowVersion && a.requests == b.requests &&
               a.tokens == b.tokens && a.errors == b.errors && a.threads == b.threads &&
               a.averageLatencyMs == b.averageLatencyMs;
    }
};

} // namespace fusion
