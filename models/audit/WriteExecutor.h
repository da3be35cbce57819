#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QJsonObject>

namespace fusion {

// Runs a confirmed write: the work and its audit row in one transaction. Never retries: if anything
// fails, everything is rolled back and the Failure goes back to the person who confirmed.
class WriteExecutor {
public:
    static QJsonObject execute(Database& db, const PendingWrite& write);
};

} // namespace fusion
