#pragma once

#include "models/policy/AccessProposals.h"
#include "models/policy/AccessRules.h"
#include "models/policy/BudgetAlerts.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageQuery.h"
#include "ui/common/Pane.h"

class QAbstractItemModel;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace fusion {

class AccessRuleModel;
class UserLimitModel;

// Who may call which provider, how much: the access rules with this month's and today's usage against their
// budgets and rate limits (live), per-user limits, budget alerts to acknowledge, the rule changes finance
// proposed, and the price table with the usage no price covers yet. Every change goes through the
// confirmation; finance proposes instead of changing.
class AccessPane : public Pane {
    Q_OBJECT

public:
    explicit AccessPane(AppContext* context, QWidget* parent = nullptr);
    void reload() override;
    void selectRule(const QString& consumer, const QString& provider);
    // The rules grid (or the user limits) as CSV, as the Export buttons write it after asking for a file.
    bool exportTable(bool users, const QString& path, QString* error) const;

Q_SIGNALS:
    void alertsChanged(int open); // open budget alerts, for the window's badge

private:
    struct Snapshot {
        QList<AccessRule> rules;
        QList<UserLimit> users;
        QList<BudgetAlert> alerts;
        QList<AccessProposal> proposals;
        QStringList consumers;
        QStringList providers;
        QList<ModelPrice> prices;
        QList<UsageQuery::Unpriced> unpriced;
    };
    void updateButtons();
    std::optional<AccessRule> selectedRule() const;
    void editRule(bool add);
    void removeRule();
    void toggleKill();
    void editUser(bool add);
    void acknowledge();
    void decide(bool approve);
    void testCall();
    void editPrice(bool add, const QString& suggestedModel = {});
    void askExport(QAbstractItemModel* model, const QString& name);
    void afterWrite(const Result<QJsonObject>& result, const QString& done);

    AccessRuleModel* m_rules;
    UserLimitModel* m_users;
    QTabWidget* m_tabs;
    QTableView* m_ruleTable;
    QTableView* m_userTable;
    QTableWidget* m_alertTable;
    QTableWidget* m_proposalTable;
    QTableWidget* m_priceTable;
    QTableWidget* m_unpricedTable;
    QPushButton* m_addPrice;
    QPushButton* m_editPrice;
    QPushButton* m_priceUnpriced;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_kill;
    QPushButton* m_test;
    QPushButton* m_addUser;
    QPushButton* m_editUser;
    QPushButton* m_ack;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QList<BudgetAlert> m_alerts;
    QList<AccessProposal> m_proposals;
    QList<ModelPrice> m_prices;
    QList<UsageQuery::Unpriced> m_unpriced;
    QStringList m_consumers;
    QStringList m_providers;
    QString m_wantConsumer;
    QString m_wantProvider;
};

} // namespace fusion
