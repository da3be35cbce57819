#include "app/cli/CliJobs.h"

#include "models/jobs/Job.h"
#include "models/jobs/PlannedWrite.h"

namespace fusion::cli {

JobHost jobHost(Context& c)
{
    JobHost host;
    host.database = [&c](QObject*, const std::function<void(Database&)>& work,
                         const std::function<void(std::optional<Error>)>& done) {
        const auto ran = capture([&] {
            work(c.db);
            return Unit{};
        });
        done(ran ? std::nullopt : std::optional<Error>(ran.error()));
    };
    host.confirm = [&c](const WritePlan& plan, QObject*, const std::function<void(bool)>& answer) {
        answer(c.confirm(plan) == ExitOk);
    };
    host.secrets = c.secrets;
    host.source = QStringLiteral("cli");
    host.remedy = [](const QString& what) {
        if (what == QLatin1String("odoo-connection"))
            return QCoreApplication::translate("fusion::cli", "set it with \"fusionctl odoo connect\"");
        if (what == QLatin1String("odoo-secret"))
            return QCoreApplication::translate("fusion::cli", "store one with \"fusionctl odoo connect\"");
        if (what == QLatin1String("key-check"))
            return QCoreApplication::translate("fusion::cli",
                                               "add --skip-validation to rotate without the check");
        return QString();
    };
    return host;
}

void showProgress(Context& c, Job* job)
{
    QObject::connect(job, &Job::progress, job, [&c](int, int, const QString& text) { c.console.err(text); });
}

void printUnchanged(Context& c, const WritePlan& plan)
{
    c.console.err(plan.title);
    for (const QString& effect : plan.effects)
        c.console.err(QStringLiteral("  • ") + effect);
    c.console.err(QCoreApplication::translate("fusion::cli::Cli", "Nothing to change."));
    c.report(QJsonObject{{QStringLiteral("changed"), false}}, std::nullopt);
}

int jobFailed(Context& c, const Error& error)
{
    // Context::confirm has said "not confirmed" and why; saying it again would only repeat it.
    if (error.kind == ErrorKind::NotConfirmed)
        return ExitNotConfirmed;
    return c.fail(error);
}

int Context::confirmAndExecute(const PendingWrite& write,
                               const std::function<void(const QJsonObject&)>& onDone)
{
    int exit = ExitPending;
    PlannedWrite job(jobHost(*this));
    // fusionctl's host runs every step at once, so the job is over when start() returns.
    job.start([write](Database&) { return write; },
              [this, &exit, &onDone](const Result<PlannedWrite::Outcome>& result) {
                  if (!result) {
                      exit = jobFailed(*this, result.error());
                      return;
                  }
                  const PlannedWrite::Outcome& o = result.value();
                  if (o.unchanged) {
                      printUnchanged(*this, o.plan);
                  } else {
                      onDone(o.written);
                  }
                  exit = ExitOk;
              });
    Q_ASSERT(exit != ExitPending);
    return exit;
}

} // namespace fusion::cli
