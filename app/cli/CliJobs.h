#pragma once

#include "app/cli/Cli.h"
#include "models/jobs/JobHost.h"

namespace fusion {
class Job;
}

namespace fusion::cli {

// How fusionctl hosts a job: database work at once on the command's own connection, the confirmation asked
// on the terminal (or taken from --yes), the keychain, remedies named as commands.
JobHost jobHost(Context& c);
// Prints a job's progress lines on standard error, as they come.
void showProgress(Context& c, Job* job);
// Says that `plan` has nothing to change (its title and effects on standard error; in JSON, "changed":
// false).
void printUnchanged(Context& c, const WritePlan& plan);
// The exit code for a job that ended with `error`: a declined confirmation was already said by the prompt.
int jobFailed(Context& c, const Error& error);

} // namespace fusion::cli
