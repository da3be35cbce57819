#pragma once

#include "models/jobs/Job.h"

#include <functional>

namespace fusion {

// The one confirmation path for a single write, in the app and in fusionctl alike: plan it on the database,
// show the plan and ask, optionally do one step between the confirmation and the write (storing a secret in
// the keychain), then write it with its audit row in one transaction. A plan with nothing to change is not
// asked about and writes nothing.
class PlannedWrite : public Job {
    Q_OBJECT

public:
    using Planner = std::function<PendingWrite(Database&)>;
    // After the confirmation, before the write; the write happens only if it calls `proceed` with success.
    using BeforeWrite = std::function<void(const std::function<void(Result<Unit>)>& proceed)>;
    struct Outcome {
        bool unchanged = false; // nothing to change: nothing was asked or written
        WritePlan plan;
        QJsonObject written; // the write's facts as audited (new ids, …)
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit PlannedWrite(JobHost host, QObject* parent = nullptr);

    void start(Planner planner, Done done);
    void start(Planner planner, BeforeWrite before, Done done);

private:
    void finish(const Result<Outcome>& result);

    Done m_done;
};

} // namespace fusion
