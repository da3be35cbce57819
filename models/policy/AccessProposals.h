#pragma once

#include "models/core/WritePlan.h"
#include "models/policy/AccessRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace fusion {

class Database;

// A change to an access rule that finance proposed: it changes nothing until an owner (or an API manager)
// approves it, and approving applies it through the same confirmed, audited path as editing the rule.
struct AccessProposal {
    qint64 id = 0;
    QString consumer;
    QString provider;
    RuleChange change;
    QString reason;
    QString state; // pending, approved, rejected
    QString createdBy;
    QDateTime createdAt;
    QString decidedBy;
    QDateTime decidedAt;
    int rowVersion = 0;
    QString summary() const; // "monthly budget → $50.00, RPM → none"
};

class AccessProposals {
    Q_DECLARE_TR_FUNCTIONS(fusion::AccessProposals)

public:
    static QJsonObject toJson(const RuleChange& change);
    static RuleChange fromJson(const QString& consumer, const QString& provider, const QJsonObject& json);

    static QList<AccessProposal> list(Database& db, bool pendingOnly);
    // The rule's consumer must exist (a proposal cannot register one). Confirmed, audited.
    static PendingWrite planPropose(Database& db, const RuleChange& change, const QString& reason);
    // Approving applies the change to the rule as it is now (a rule changed since is shown as it is).
    static PendingWrite planDecide(Database& db, qint64 id, bool approve);
};

} // namespace fusion
