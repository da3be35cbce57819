#include "ui/common/WriteRunner.h"

#include "models/jobs/PlannedWrite.h"
#include "ui/common/AppJobs.h"

#include <QWidget>

namespace fusion {

void WriteRunner::run(AppContext* context, QWidget* parent, Planner planner, const Done& done)
{
    run(context, parent, std::move(planner), BeforeWrite(), done);
}

void WriteRunner::run(AppContext* context, QWidget* parent, Planner planner, const BeforeWrite& before,
                      const Done& done)
{
    // The job lives with the widget that asked: closing it drops whatever would have followed.
    auto* job = new PlannedWrite(AppJobs::host(context, parent), parent);
    QObject::connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start(std::move(planner), before, [done](const Result<PlannedWrite::Outcome>& result) {
        if (!result)
            return done(result.error());
        if (result.value().unchanged)
            return done(QJsonObject{{QStringLiteral("_unchanged"), true}});
        done(result.value().written);
    });
}

} // namespace fusion
