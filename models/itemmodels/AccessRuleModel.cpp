#include "models/itemmodels/AccessRuleModel.h"

#include "models/usage/Money.h"

namespace fusion {

namespace {
QString usedOf(qint64 used, const std::optional<qint64>& budget)
{
    return budget ? AccessRuleModel::tr("%1 of %2").arg(Money::display(used), Money::display(*budget))
                  : Money::display(used);
}

QString requestsOf(qint64 n, const std::optional<qint64>& limit)
{
    return limit ? AccessRuleModel::tr("%1 of %2").arg(n).arg(*limit) : QString::number(n);
}
} // namespace

std::optional<double> AccessRuleModel::percent(qint64 used, const std::optional<qint64>& budget)
{
    if (!budget)
        return std::nullopt;
    if (*budget == 0)
        return used > 0 ? 100.0 : 0.0;
    return 100.0 * double(used) / double(*budget);
}

int AccessRuleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessRuleModel::data(const QModelIndex& index, int role) const
{
    const AccessRule* r = rowAt(index.row());
    if (!r)
        return {};
    const qint64 month = r->monthSpent + r->monthReserved;
    const qint64 today = r->daySpent + r->dayReserved;
    switch (role) {
    case IdRole:
        return r->id;
    case ConsumerRole:
        return r->consumer;
    case ProviderRole:
        return r->provider;
    case PercentRole:
        if (index.column() == MonthPercentColumn) {
            const auto p = percent(month, r->monthlyBudget);
            return p ? QVariant(*p) : QVariant();
        }
        if (index.column() == TodayPercentColumn) {
            const auto p = percent(today, r->dailyBudget);
            return p ? QVariant(*p) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MonthColumn || index.column() == TodayColumn) {
            const qint64 reserved = index.column() == MonthColumn ? r->monthReserved : r->dayReserved;
            return reserved > 0 ? tr("Includes %1 reserved by calls in flight.").arg(Money::display(reserved))
                                : QVariant();
        }
        if (index.column() == StateColumn && r->consumerKilled)
            return tr("The consumer is stopped by its kill switch: every call is refused.");
        return r->notes.isEmpty() ? QVariant() : QVariant(r->notes);
    case Qt::TextAlignmentRole:
        if (index.column() >= MonthColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConsumerColumn:
            return r->consumer;
        case TenantColumn:
            return r->tenantSlug;
        case ProviderColumn:
            return r->providerName;
        case StateColumn:
            return r->consumerKilled ? tr("stopped") : r->enabled ? tr("enabled") : tr("disabled");
        case MonthColumn:
            return usedOf(month, r->monthlyBudget);
        case MonthPercentColumn:
            return Money::percent(month, r->monthlyBudget);
        case TodayColumn:
            return usedOf(today, r->dailyBudget);
        case TodayPercentColumn:
            return Money::percent(today, r->dailyBudget);
        case RpmColumn:
            return requestsOf(r->minuteRequests, r->rpm);
        case RpdColumn:
            return requestsOf(r->dayRequests, r->rpd);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AccessRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ConsumerColumn:
        return tr("Consumer");
    case TenantColumn:
        return tr("Tenant");
    case ProviderColumn:
        return tr("Provider");
    case StateColumn:
        return tr("State");
    case MonthColumn:
        return tr("This month");
    case MonthPercentColumn:
        return tr("Monthly budget");
    case TodayColumn:
        return tr("Today (UTC)");
    case TodayPercentColumn:
        return tr("Daily budget");
    case RpmColumn:
        return tr("This minute");
    case RpdColumn:
        return tr("Calls today");
    default:
        return {};
    }
}

int AccessRuleModel::rowOf(const QString& consumer, const QString& provider) const
{
    for (int i = 0; i < rows().size(); ++i) {
        if (rows()[i].consumer == consumer && rows()[i].provider == provider)
            return i;
    }
    return -1;
}

int UserLimitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserLimitModel::data(const QModelIndex& index, int role) const
{
    const UserLimit* l = rowAt(index.row());
    if (!l)
        return {};
    const qint64 month = l->monthSpent + l->monthReserved;
    if (role == AccessRuleModel::PercentRole && index.column() == MonthPercentColumn) {
        const auto p = AccessRuleModel::percent(month, l->monthlyBudget);
        return p ? QVariant(*p) : QVariant();
    }
    if (role == Qt::TextAlignmentRole && (index.column() == MonthColumn || index.column() == RequestsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return l->user;
    case MonthColumn:
        return usedOf(month, l->monthlyBudget);
    case MonthPercentColumn:
        return Money::percent(month, l->monthlyBudget);
    case RequestsColumn:
        return requestsOf(l->dayRequests, l->dailyRequests);
    case BlockedColumn:
        return l->blocked ? tr("blocked") : QString();
    case NotesColumn:
        return l->notes;
    default:
        return {};
    }
}

QVariant UserLimitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case MonthColumn:
        return tr("This month");
    case MonthPercentColumn:
        return tr("Monthly budget");
    case RequestsColumn:
        return tr("Requests today");
    case BlockedColumn:
        return tr("Blocked");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace fusion
