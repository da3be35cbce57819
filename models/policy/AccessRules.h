#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// An access rule with what its consumer used in the current windows.
struct AccessRule {
    qint64 id = 0;
    qint64 consumerId = 0;
    QString consumer;
    QString tenantSlug;
    qint64 providerId = 0;
    QString provider; // code
    QString providerName;
    bool enabled = true;
    bool consumerKilled = false;
    std::optional<qint64> monthlyBudget, dailyBudget; // micro-units; none: no cap
    std::optional<qint64> rpm, rpd;
    QString notes;
    int rowVersion = 0;
    // Live, from the budget counters.
    qint64 monthSpent = 0, monthReserved = 0, daySpent = 0, dayReserved = 0;
    qint64 minuteRequests = 0, dayRequests = 0;
};

struct UserLimit {
    qint64 id = 0;
    QString user;
    std::optional<qint64> monthlyBudget;
    std::optional<qint64> dailyRequests;
    bool blocked = false;
    QString notes;
    int rowVersion = 0;
    qint64 monthSpent = 0, monthReserved = 0, dayRequests = 0;
};

// A change to a rule: each field that is set is changed; an inner nullopt clears a limit ("no cap").
struct RuleChange {
    QString consumer;
    QString provider;
    std::optional<bool> enabled;
    std::optional<std::optional<qint64>> monthlyBudget, dailyBudget, rpm, rpd;
    std::optional<QString> notes;
    bool isEmpty() const { return !enabled && !monthlyBudget && !dailyBudget && !rpm && !rpd && !notes; }
};

struct UserLimitChange {
    QString user;
    std::optional<std::optional<qint64>> monthlyBudget, dailyRequests;
    std::optional<bool> blocked;
    std::optional<QString> notes;
    bool isEmpty() const { return !monthlyBudget && !dailyRequests && !blocked && !notes; }
};

// Access rules and user limits: listed with their live usage, changed through the confirmation path.
class AccessRules {
    Q_DECLARE_TR_FUNCTIONS(fusion::AccessRules)

public:
    static QList<AccessRule> rules(Database& db, const QDateTime& now, const QString& consumer = {});
    static std::optional<AccessRule> rule(Database& db, const QString& consumer, const QString& provider,
                                          const QDateTime& now);
    static QList<UserLimit> userLimits(Database& db, const QDateTime& now);

    // Adds the rule (registering the consumer if it never called yet) or changes it.
    static PendingWrite planSetRule(Database& db, const RuleChange& change);
    static PendingWrite planDeleteRule(Database& db, const QString& consumer, const QString& provider);
    static PendingWrite planSetUserLimit(Database& db, const UserLimitChange& change);
};

} // namespace fusion
