#pragma once

#include "models/itemmodels/RowTableModel.h"
#include "models/policy/AccessRules.h"

namespace fusion {

// The Access pane's grid: one access rule per row with this month's and today's usage against its budgets and
// the current minute's and day's requests against its rate limits.
class AccessRuleModel : public RowTableModel<AccessRule> {
    Q_OBJECT

public:
    enum Column {
        ConsumerColumn,
        TenantColumn,
        ProviderColumn,
        StateColumn,
        MonthColumn,
        MonthPercentColumn,
        TodayColumn,
        TodayPercentColumn,
        RpmColumn,
        RpdColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PercentRole, // a budget column's use in percent (double), or invalid without a budget
        ConsumerRole,
        ProviderRole,
    };

    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& consumer, const QString& provider) const; // -1 when not listed
    static std::optional<double> percent(qint64 used, const std::optional<qint64>& budget);

protected:
    qint64 key(const AccessRule& r) const override { return r.id; }
    bool same(const AccessRule& a, const AccessRule& b) const override
    {
        return a.id == b.id && a.rowVersion == b.rowVersion && a.consumerKilled == b.consumerKilled &&
               a.monthSpent == b.monthSpent && a.monthReserved == b.monthReserved &&
               a.daySpent == b.daySpent && a.dayReserved == b.dayReserved &&
               a.minuteRequests == b.minuteRequests && a.dayRequests == b.dayRequests;
    }
};

// Per-user limits with the user's usage this month and today.
class UserLimitModel : public RowTableModel<UserLimit> {
    Q_OBJECT

public:
    enum Column {
        UserColumn,
        MonthColumn,
        MonthPercentColumn,
        RequestsColumn,
        BlockedColumn,
        NotesColumn,
        ColumnCount
    };
    using RowTableModel::RowTableModel;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 key(const UserLimit& l) const override { return l.id; }
    bool same(const UserLimit& a, const UserLimit& b) const override
    {
        return a.id == b.id && a.rowVersion == b.rowVersion && a.monthSpent == b.monthSpent &&
               a.monthReserved == b.monthReserved && a.dayRequests == b.dayRequests;
    }
};

} // namespace fusion
