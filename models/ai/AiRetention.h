#pragma once
// How long the AI platform keeps what it records: AI audit rows are pruned after their retention (90 days by
// default) and threads without a message for the idle period are closed. The settings are a confirmed write;
// the prune is one too, run by `fusionctl ai prune --yes` from the systemd user timer.
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace fusion {

class Database;

struct AiSettings {
    int auditRetentionDays = 90;
    int threadIdleDays = 30;
    QString updatedBy;
    QDateTime updatedAt;
    int rowVersion = 0;
};

struct AiPruneCounts {
    qint64 auditRows = 0;   // older than the retention
    qint64 idleThreads = 0; // active, without a message for the idle period
};

class AiRetention {
    Q_DECLARE_TR_FUNCTIONS(fusion::AiRetention)
public:
    static AiSettings settings(Database& db);
    static PendingWrite planSettings(Database& db, std::optional<int> auditRetentionDays,
                                     std::optional<int> threadIdleDays);
    // What a prune at `asOf` would remove and close (every login's rows, whoever asks).
    static AiPruneCounts preview(Database& db, const QDateTime& asOf);
    // Nothing to change gives a plan without changes (and no audit row).
    static PendingWrite planPrune(Database& db, const QDateTime& asOf);
};

} // namespace fusion
