#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fusion {

// A budget crossing 50, 80 or 100 %: fired once per budget, threshold and window, listed until acknowledged.
struct BudgetAlert {
    qint64 id = 0;
    QString scopeKey; // rule:<id> or user:<name>
    QString consumer; // the rule's consumer and provider, or empty for a user's budget
    QString provider;
    QString user;
    QString budget; // monthly or daily
    int threshold = 0;
    QDateTime windowStart;
    qint64 spentMicros = 0;
    qint64 budgetMicros = 0;
    QDateTime firedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QString text() const; // "acme/ai at OpenAI: 80 % of the monthly budget ($8.00 of $10.00)"
};

class BudgetAlerts {
    Q_DECLARE_TR_FUNCTIONS(fusion::BudgetAlerts)

public:
    // Fires the alerts the pair's rule and the user's limit now cross in the windows `at` falls in. Runs in
    // the caller's transaction (the one that added the spending); an alert already fired is not fired again.
    static void evaluate(Database& db, qint64 consumerId, qint64 providerId, const QString& user,
                         const QDateTime& at);
    // The same checks for many windows of one write, with the rules' and users' budgets read once: an import
    // touching 100,000 pair-days asks the database again only about those that have a budget.
    class Batch {
    public:
        explicit Batch(Database& db);
        void evaluatePair(qint64 consumerId, qint64 providerId, const QDateTime& at);
        void evaluateUser(const QString& user, const QDateTime& at);

    private:
        struct RuleBudget {
            qint64 ruleId = 0;
            std::optional<qint64> monthly;
            std::optional<qint64> daily;
        };
        Database& m_db;
        QHash<QPair<qint64, qint64>, RuleBudget> m_rules;
        QHash<QString, qint64> m_userMonthly;
    };
    static QList<BudgetAlert> list(Database& db, bool includeAcknowledged, int limit = 500);
    // Marks open alerts as seen by the person: confirmed and audited like any write, each alert's text in the
    // plan. Alerts someone else acknowledged meanwhile are left as they are.
    static PendingWrite planAcknowledge(Database& db, const QList<qint64>& ids);
};

} // namespace fusion
