#include "tests/crash/CrashSupport.h"

#include "tests/common/KeychainControl.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

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

QString usageCsv(int rows, int daysAgo, int denyEvery)
{
    QString csv =
        QStringLiteral("occurred_at,consumer,provider,user,feature,model,tokens_in,tokens_out,status,"
                       "request_id\n");
    const QDateTime start(QDateTime::currentDateTimeUtc().date().addDays(-daysAgo), QTime(0, 0), Qt::UTC);
    for (int g = 1; g <= rows; ++g)
        csv += QStringLiteral("%1,tenant-%2/ai,openai,user%3@example.com,chat,gpt-4o-mini,%4,%5,%6,req-%7\n")
                   .arg(start.addSecs(qint64(g) * 97).toString(Qt::ISODate))
                   .arg(g % 40)
                   .arg(g % 13)
                   .arg(100 + g % 900)
                   .arg(10 + g % 90)
                   .arg(g % denyEvery == 0 ? QStringLiteral("denied") : QStringLiteral("ok"))
                   .arg(g);
    return csv;
}

QSet<QString> vaultItems()
{
    static const QRegularExpression re(QStringLiteral("attribute\\.user = (vault/[0-9a-f-]+)"));
    QSet<QString> out;
    auto it = re.globalMatch(test::keychainItems());
    while (it.hasNext())
        out.insert(it.next().captured(1));
    return out;
}

QSet<QString> journalled(const QString& home)
{
    QSet<QString> out;
    const QDir dir(QDir(home).filePath(QStringLiteral("data/fusion-console/keychain-journal")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString& name : files) {
        const QJsonObject o = QJsonDocument::fromJson(test::readFile(dir.filePath(name))).object();
        for (const char* list : {"stored", "retired"}) {
            const QJsonArray a = o.value(QLatin1String(list)).toArray();
            for (const QJsonValue& v : a)
                out.insert(v.toString());
        }
    }
    return out;
}

QProcessEnvironment CrashStores::env(const QString& db) const
{
    QProcessEnvironment e = test::cliEnvironment(m_home.path());
    e.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + db);
    return e;
}

test::CliResult CrashStores::run(const QString& db, const QStringList& args, const QByteArray& input) const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + db);
    return test::runCli(m_home.path(), args, input, e);
}

QString CrashStores::copy()
{
    const QString path = m_dir.filePath(QStringLiteral("run-%1.db").arg(++m_copies));
    if (!QFile::copy(templatePath(), path))
        qFatal("cannot copy the prepared store");
    return path;
}

QString CrashStores::prepareOdooTemplate(const QUrl& odoo, const QString& tenant) const
{
    const QString db = templatePath();
    const QList<QPair<QStringList, QByteArray>> steps{
        {{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}, {}},
        {{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}, {}},
        {{QStringLiteral("odoo"), QStringLiteral("connect"), tenant, QStringLiteral("--url"), odoo.toString(),
          QStringLiteral("--db"), QStringLiteral("odoopeer"), QStringLiteral("--login"),
          QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("--yes")},
         QByteArrayLiteral("admin\n")},
    };
    for (const auto& [args, input] : steps) {
        const test::CliResult r = run(db, args, input);
        if (r.code != 0)
            return args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
    }
    return {};
}

void CrashStores::checkDatabase(const QString& db, const QString& what) const
{
    {
        Database d;
        d.open(sqliteAt(db));
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }
    const test::CliResult verify = run(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.code == 0, qPrintable(what + QStringLiteral(": ") + verify.out + verify.err));
}

} // namespace fusion::test::crash
