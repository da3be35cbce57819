#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

namespace fusion {

struct DemoOptions {
    int tenants = 48;        // the built-in names; more get numbered suffixes
    quint32 seed = 20261124; // the same seed gives the same data
    bool aiConsole = true; // a local AI provider and a sample console thread (tests that count AI rows: off)
    bool supportRequests = true; // a few support requests with threads (tests that count them: off)
};

// Fills an empty database with a living-looking platform: plans, infra templates, a module catalog,
// bundles, tenants in every status with subscriptions, SSO and analytics settings, module states and a
// history of operations. One transaction; refuses a database that already has tenants.
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(fusion::DemoSeeder)

public:
    static PendingWrite plan(Database& db, const DemoOptions& options);
    // What loading demo data adds, in words (for a plan shown before the schema even exists).
    static QStringList describe(const DemoOptions& options);
};

} // namespace fusion
