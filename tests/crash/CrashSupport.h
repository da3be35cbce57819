#pragma once
// What the crash tests (tests/crash) share: the seed their kill instants come from, and fusionctl started and
// killed with SIGKILL part-way.
#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace fusion::test::crash {

// FUSION_CRASH_SEED when set, else the time; printed, so that a failing run can be replayed exactly.
quint32 seed();

// Starts fusionctl with `args` in `env`, gives it `input` on standard input, and kills it with SIGKILL — no
// handler, no cleanup, as a power cut or the OOM killer would leave it — after `afterMs`. True when it was
// killed, false when it had finished by then.
bool killAfter(const QProcessEnvironment& env, const QStringList& args, qint64 afterMs,
               const QByteArray& input = {});

// The kill instant of run `run` of `runs`, drawn from `random`: the time a run takes (`fullMs`) and a fifth
// more is cut into `runs` equal slices and the instant drawn in slice `run`, so that the kills are spread
// from the first milliseconds (the command not started yet) to after its end, whatever the seed.
qint64 killInstant(QRandomGenerator& random, qint64 fullMs, int run, int runs);

DatabaseTarget sqliteAt(const QString& path);
qint64 count(Database& db, const QString& sql, const QVariantList& params = {});

} // namespace fusion::test::crash
