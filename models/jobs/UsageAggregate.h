#pragma once

#include "models/jobs/Job.h"
#include "models/usage/UsageAggregator.h"

#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace fusion {

// Folding the usage log into the daily aggregates (or rebuilding them) as a long job: on the host's long-job
// worker, so panes keep answering; progress in rows; cancellable between batches, keeping what was folded.
// A rebuild is one transaction and runs to its end. Derived data, idempotent: nothing to confirm, nothing to
// audit.
class UsageAggregate : public Job {
    Q_OBJECT

public:
    struct Outcome {
        UsageAggregator::Result counts;
        qint64 ms = 0;
        bool cancelled = false; // stopped between batches; what was folded stays folded
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit UsageAggregate(JobHost host, QObject* parent = nullptr);
    ~UsageAggregate() override;

    void start(bool rebuild, Done done);
    void cancel() override;
    // Ids per transaction: tests make batches small to see progress and cancellation between them.
    void setBatchIds(qint64 ids) { m_batchIds = ids; }

private:
    struct Shared {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> stop{false};
    };
    void publish();
    void finish(const Result<Outcome>& result);

    std::shared_ptr<Shared> m_shared;
    QTimer m_poll;
    qint64 m_batchIds = UsageAggregator::kDefaultBatch;
    qint64 m_shown = -1;
    Done m_done;
};

} // namespace fusion
