#pragma once
// fusionctl as the CLI suites run it, as a user would: the real binary, with a home of its own (so settings
// never leak) on an embedded store of its own chosen through FUSION_DB. A suite inherits it beside QObject,
// sets m_db (usually a file in m_dir) and keeps its own stand-in servers. Header-only, so that only those
// suites see it.
#include "tests/common/TestSupport.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace fusion::test {

class CliStore {
protected:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db; // the SQLite file fusionctl works on

    CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_db);
        return runCli(m_home.path(), args, input, env);
    }
    // What a run did, for a failed test's message.
    static QString describe(const CliResult& r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
};

} // namespace fusion::test
