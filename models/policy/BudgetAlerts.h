#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

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
    static QList<BudgetAlert> list(Database& db, bool includeAcknowledged, int limit = 500);
    // Marks open alerts as seen by the person: confirmed and audited like any write, each alert's text in the
    // plan. Alerts someone else acknowledged meanwhile are left as they are.
    static PendingWrite planAcknowledge(Database& db, const QList<qint64>& ids);
};

} // namespace fusion
