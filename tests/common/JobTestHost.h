#pragma once

#include "models/jobs/JobHost.h"

#include <functional>

namespace fusion {
class Database;
class SecretStore;
} // namespace fusion

namespace fusion::test {

// The person a job asks, played by a test: what they answer, and how often and about what they were asked.
struct TestPerson {
    bool answer = true;
    int asked = 0;
    WritePlan lastPlan;
    // Runs while the person is being asked (before the answer): what happens meanwhile elsewhere.
    std::function<void()> onAsk;
};

// A job host like fusionctl's: database work at once on `db`, the confirmation answered by `person`, the
// keychain `secrets` (may be null), and remedies named "remedy for WHAT" so tests can see which was given.
JobHost syncJobHost(Database& db, TestPerson& person, SecretStore* secrets = nullptr);

} // namespace fusion::test
