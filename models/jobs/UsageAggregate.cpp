#include "models/jobs/UsageAggregate.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

namespace fusion {

UsageAggregate::UsageAggregate(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
    // The database thread only writes counters; this thread reads them on a timer and reports. Neither waits
    // for the other, and nothing on the database thread touches this object.
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &UsageAggregate::publish);
    connect(this, &Job::finished, &m_poll, &QTimer::stop);
}

UsageAggregate::~UsageAggregate()
{
    if (m_shared)
        m_shared->stop = true;
}

void UsageAggregate::start(bool rebuild, Done done)
{
    begin();
    m_done = std::move(done);
    m_shared = std::make_shared<Shared>();
    m_shown = -1;
    m_poll.start();
    auto shared = m_shared;
    QThread* home = thread();
    // Run at once (fusionctl) the progress can be said as it comes; on a worker it is left for the timer.
    QPointer<UsageAggregate> self(this);
    const UsageAggregator::Progress progress = [shared, home, self](qint64 rows, qint64 total) {
        shared->done = rows;
        shared->total = total;
        if (QThread::currentThread() == home) {
            if (UsageAggregate* const alive = self.data())
                alive->publish();
        }
        return !shared->stop.load();
    };
    const qint64 batch = m_batchIds;
    onDatabase<Outcome>(
        [rebuild, progress, batch, shared](Database& db) {
            QElapsedTimer clock;
            clock.start();
            Outcome o;
            // A rebuild forgets every aggregate and folds the whole log again in one transaction, so that
            // stopping half-way can never leave half the aggregates; it is not cancellable.
            o.counts = rebuild ? UsageAggregator::rebuild(db) : UsageAggregator::run(db, progress, batch);
            o.ms = clock.elapsed();
            o.cancelled = shared->stop.load();
            return o;
        },
        [this](const Result<Outcome>& r) {
            publish();
            finish(r);
        },
        true);
}

void UsageAggregate::cancel()
{
    Job::cancel();
    // Read by the database thread between batches.
    if (m_shared)
        m_shared->stop = true;
}

void UsageAggregate::publish()
{
    if (!m_shared)
        return;
    const qint64 done = m_shared->done.load();
    const qint64 total = m_shared->total.load();
    if (total <= 0 || done == m_shown)
        return;
    m_shown = done;
    const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
    report(percent, 100, tr("%1 of %2 rows").arg(done).arg(total));
}

void UsageAggregate::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
