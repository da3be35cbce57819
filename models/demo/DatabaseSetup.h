#pragma once

#include "models/core/WritePlan.h"

namespace fusion {

class Database;

// The first set-up of an empty database: its schema and, if asked, the demo data — one plan to confirm and
// one transaction, so the two come together or not at all.
class DatabaseSetup {
public:
    static PendingWrite plan(Database& db, bool withDemoData);
};

} // namespace fusion
