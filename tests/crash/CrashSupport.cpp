#include "tests/crash/CrashSupport.h"

#include "tests/common/TestSupport.h"

#include <QDateTime>
#include <QProcess>

namespace fusion::test::crash {

quint32 seed()
{
    const quint32 s = qEnvironmentVariableIsSet("FUSION_CRASH_SEED")
                          ? qEnvironmentVariable("FUSION_CRASH_SEED").toUInt()
                          : quint32(QDateTime::currentSecsSinceEpoch());
    qInfo("FUSION_CRASH_SEED=%u (set it to run these kills again)", s);
    return s;
}

bool killAfter(const QProcessEnvironment& env, const QStringList& args, qint64 afterMs,
               const QByteArray& input)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(fusionctlPath(), args);
    if (!p.waitForStarted())
        qFatal("cannot start fusionctl");
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(int(afterMs));
    if (!finished)
        p.kill(); // SIGKILL
    p.waitForFinished(-1);
    return !finished;
}

qint64 killInstant(QRandomGenerator& random, qint64 fullMs, int run, int runs)
{
    const qint64 slice = fullMs * 12 / 10 / runs + 1;
    return run * slice + qint64(random.bounded(quint32(slice)));
}

DatabaseTarget sqliteAt(const QString& path)
{
    DatabaseTarget t;
    t.dialect = Dialect::Sqlite;
    t.sqlitePath = path;
    return t;
}

qint64 count(Database& db, const QString& sql, const QVariantList& params)
{
    return db.scalar(sql, params).toLongLong();
}

} // namespace fusion::test::crash
