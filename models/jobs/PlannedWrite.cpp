#include "models/jobs/PlannedWrite.h"

namespace fusion {

PlannedWrite::PlannedWrite(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void PlannedWrite::start(Planner planner, Done done)
{
    start(std::move(planner), BeforeWrite(), std::move(done));
}

void PlannedWrite::start(Planner planner, BeforeWrite before, Done done)
{
    begin();
    m_done = std::move(done);
    // On a standby nothing can be written: say so before the person reads and confirms a plan.
    auto onWritable = [planner = std::move(planner)](Database& db) {
        db.requireWritable();
        return planner(db);
    };
    onDatabase<PendingWrite>(std::move(onWritable), [this, before](const Result<PendingWrite>& planned) {
        if (!planned)
            return finish(planned.error());
        const PendingWrite pending = planned.value();
        if (!pending.apply || !pending.plan.hasChanges())
            return finish(Outcome{true, pending.plan, {}});
        confirm(pending.plan, [this, before, pending](bool yes) {
            if (!yes)
                return finish(notConfirmedError());
            const auto execute = [this, pending](const Result<Unit>& ready) {
                if (!ready)
                    return finish(ready.error());
                write(pending, [this, pending](const Result<QJsonObject>& written) {
                    if (!written)
                        return finish(written.error());
                    finish(Outcome{false, pending.plan, written.value()});
                });
            };
            if (before)
                before(execute);
            else
                execute(Unit{});
        });
    });
}

void PlannedWrite::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
