#pragma once
// What the fusionctl tests of the integrations share (tst_cli_sso, tst_cli_automation, tst_cli_insights): a
// migrated store with the demo tenants, the real fusionctl run against it in a home of its own (so the
// private keychain of with-keychain.sh is the one it uses), a provider pointed at a stand-in and vault keys
// added the way a person adds them. Every run is checked: no secret the test registered ever appears in its
// output.
#include "models/storage/Database.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace fusion::test {

class IntegrationCli {
public:
    QTemporaryDir home;
    QTemporaryDir dir;
    QString dbPath;
    Database store;
    QStringList secrets; // never in any output, nor in the database file

    CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + dbPath);
        const CliResult r = runCli(home.path(), args, input, env);
        for (const QString& s : secrets)
            if (r.out.contains(s) || r.err.contains(s))
                qFatal("fusionctl printed a secret: %s", qPrintable(args.join(QLatin1Char(' '))));
        return r;
    }
    static QString describe(const CliResult& r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
    // Migrated and seeded with the demo tenants; `store` open on it.
    bool setUp()
    {
        if (!home.isValid() || !dir.isValid())
            return false;
        dbPath = dir.filePath(QStringLiteral("fusion.db"));
        if (run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code != 0 ||
            run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code != 0)
            return false;
        bool opened = false;
        guarded([&] {
            store.open(sqliteTarget(dir));
            opened = true;
        });
        return opened;
    }
    bool pointAt(const QString& provider, const QUrl& url)
    {
        const CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"), provider,
                 QStringLiteral("--base-url"), url.toString(), QStringLiteral("--yes")});
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return r.code == 0;
    }
    bool addKey(const QString& provider, const QString& label, const QString& secret,
                const QString& clientId = {})
    {
        secrets << secret;
        QStringList args{QStringLiteral("keys"),
                         QStringLiteral("add"),
                         provider,
                         QStringLiteral("--label"),
                         label,
                         QStringLiteral("--secret-stdin"),
                         QStringLiteral("--yes")};
        if (!clientId.isEmpty())
            args << QStringLiteral("--client-id") << clientId;
        const CliResult r = run(args, secret.toUtf8() + '\n');
        if (r.code != 0)
            qWarning("%s", qPrintable(describe(r)));
        return r.code == 0;
    }
    bool dbHoldsASecret()
    {
        QFile f(dbPath);
        if (!f.open(QIODevice::ReadOnly))
            return true;
        const QByteArray bytes = f.readAll();
        for (const QString& s : secrets)
            if (bytes.contains(s.toUtf8()))
                return true;
        return false;
    }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        qint64 n = -1;
        guarded([&] { n = store.scalar(sql, params).toLongLong(); });
        return n;
    }
};

} // namespace fusion::test
