#pragma once

// A PostgreSQL primary with a synchronous streaming standby for the failover tests
// (tests/fixtures/pg-pair.sh): start, promote, stop-primary, stop-standby and stop, each on the pair in
// `dir`.

#include <QProcess>
#include <QString>

namespace fusion::test {

// Runs one pg-pair.sh action; false with the script's own words in `error` when it failed.
inline bool pgPair(const QString& action, const QString& dir, QString* error)
{
    QProcess p;
    p.start(QStringLiteral(FUSION_FIXTURES_DIR "/pg-pair.sh"), {action, dir});
    if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("pg-pair.sh %1 failed: %2")
                     .arg(action, QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

// Runs `sql` through psql as the superuser on the server whose socket directory is `host`; false with psql's
// own words in `error` when it failed.
inline bool pgPairSql(const QString& host, const QString& sql, QString* error,
                      const QString& database = QStringLiteral("postgres"))
{
    QProcess p;
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-h"), host, QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-d"), database, QStringLiteral("-XAtqc"), sql});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace fusion::test
