// One application directory: a database that earlier versions kept in the doubled folder
// (<data>/fusion-console/fusion-console/fusion.db) moves once to <data>/fusion-console/fusion.db when the
// real fusionctl starts, with everything SQLite had not yet written into the file, and is never moved over
// one that is already there.
#include "models/storage/Database.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;

namespace {
const QString kOnlyInTheLog = QStringLiteral("Only In The Log");

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// The tenant names `tenants list --json` shows, and how many there are in all.
QStringList tenantNames(const test::CliResult& r, qint64* total)
{
    const QJsonObject o = r.json().object();
    *total = o.value(QStringLiteral("total")).toInteger(-1);
    QStringList names;
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    for (const QJsonValue& item : items)
        names << item.toObject().value(QStringLiteral("name")).toString();
    return names;
}
} // namespace

class TestAppDir : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_scratch;
    int m_files = 0;

    static QString legacyPath(const QTemporaryDir& home)
    {
        return home.filePath(QStringLiteral("data/fusion-console/fusion-console/fusion.db"));
    }
    static QString currentPath(const QTemporaryDir& home)
    {
        return home.filePath(QStringLiteral("data/fusion-console/fusion.db"));
    }

    QString m_seeded; // migrated, with 3 demo tenants; copied for every test

    // A copy of the seeded database at `path`.
    void copyDatabase(const QString& path)
    {
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(QFile::copy(m_seeded, path));
    }

    // The first tenant renamed. With `leaveInLog`, what a program that stopped without closing the
    // database leaves behind is copied to `path`: the file, and a write-ahead log holding the rename that is
    // not in the file yet. Otherwise the copy at `path` is changed in place.
    void renameFirstTenant(const QString& path, const QString& name, bool leaveInLog)
    {
        const QString file =
            leaveInLog ? m_scratch.filePath(QStringLiteral("crashed-%1.db").arg(++m_files)) : path;
        if (leaveInLog)
            copyDatabase(file);
        const QString connection = QStringLiteral("rename");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE tenants SET name = '%1' WHERE id = (SELECT min(id) FROM tenants)")
                    .arg(name)));
            if (leaveInLog) {
                QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
                QVERIFY(QFile::copy(file, path));
                QVERIFY(QFile::copy(file + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (leaveInLog)
            QVERIFY2(!fileBytes(path).contains(name.toUtf8()), "the change must be in the log only");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY2(QFileInfo(test::fusionctlPath()).isExecutable(), "FUSIONCTL must point to fusionctl");
        m_seeded = m_scratch.filePath(QStringLiteral("seeded.db"));
        Database db;
        DatabaseTarget target;
        target.sqlitePath = m_seeded;
        test::prepare(db, target, 3);
    }

    void anOldDatabaseMovesOnceWithEverythingInIt()
    {
        QTemporaryDir home;
        renameFirstTenant(legacyPath(home), kOnlyInTheLog, true);
        QVERIFY(!QTest::currentTestFailed());

        const test::CliResult first = test::runCli(
            home.path(), {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        // Said once, on one line of standard error, naming both places; standard output stays pure JSON.
        QCOMPARE(
            first.err,
            QStringLiteral("Moved the database from %1 to %2.\n").arg(legacyPath(home), currentPath(home)));
        qint64 total = 0;
        QStringList names = tenantNames(first, &total);
        QCOMPARE(total, qint64(3));
        QVERIFY2(names.contains(kOnlyInTheLog), qPrintable(names.join(QLatin1String(", "))));

        QVERIFY(QFile::exists(currentPath(home)));
        QVERIFY(fileBytes(currentPath(home)).contains(kOnlyInTheLog.toUtf8()));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QVERIFY2(!QFile::exists(legacyPath(home) + suffix), qPrintable(legacyPath(home) + suffix));
        QVERIFY2(!QFileInfo::exists(QFileInfo(legacyPath(home)).absolutePath()), "the empty old folder goes");

        const QByteArray moved = fileBytes(currentPath(home));
        const test::CliResult second = test::runCli(
            home.path(), {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        QCOMPARE(second.err, QString());
        names = tenantNames(second, &total);
        QCOMPARE(total, qint64(3));
        QVERIFY(names.contains(kOnlyInTheLog));
        QCOMPARE(fileBytes(currentPath(home)), moved);
    }

    void aDatabaseInTheNewFolderIsNeverOverwritten()
    {
        QTemporaryDir home;
        copyDatabase(legacyPath(home));
        copyDatabase(currentPath(home));
        const QString kept = QStringLiteral("In The New Folder");
        renameFirstTenant(currentPath(home), kept, false);
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray old = fileBytes(legacyPath(home));

        const test::CliResult r = test::runCli(
            home.path(), {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.err, QString());
        qint64 total = 0;
        QVERIFY(tenantNames(r, &total).contains(kept));
        QCOMPARE(fileBytes(legacyPath(home)), old);
    }

    void aMoveThatCannotHappenKeepsUsingTheOldFileAndSaysWhy()
    {
        QTemporaryDir home;
        copyDatabase(legacyPath(home));
        // A stray log in the new folder would be replayed into a database moved next to it.
        const QString stray = currentPath(home) + QStringLiteral("-wal");
        QFile junk(stray);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a log of this database");
        junk.close();
        const QByteArray old = fileBytes(legacyPath(home));

        const test::CliResult r = test::runCli(
            home.path(), {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(
            r.err.startsWith(QStringLiteral("Could not move the database from %1 to %2: %3 is already there.")
                                 .arg(legacyPath(home), currentPath(home), stray)),
            qPrintable(r.err));
        qint64 total = 0;
        tenantNames(r, &total);
        QCOMPARE(total, qint64(3));
        QVERIFY(!QFile::exists(currentPath(home)));
        QCOMPARE(fileBytes(stray), QByteArray("not a log of this database"));
        QCOMPARE(fileBytes(legacyPath(home)), old);
    }

    void aDatabaseAnotherProgramHasOpenStaysWhereItIs()
    {
        QTemporaryDir home;
        copyDatabase(legacyPath(home));
        const QString connection = QStringLiteral("other-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            other.setDatabaseName(legacyPath(home));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tenants")));
            q.finish();

            const test::CliResult r = test::runCli(
                home.path(), {QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QVERIFY2(r.err.contains(QStringLiteral("another program has it open")), qPrintable(r.err));
            qint64 total = 0;
            tenantNames(r, &total);
            QCOMPARE(total, qint64(3));
            QVERIFY(QFile::exists(legacyPath(home)));
            QVERIFY(!QFile::exists(currentPath(home)));
            other.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    void aSavedProfileNamingTheOldFileFollowsIt()
    {
        QTemporaryDir home;
        copyDatabase(legacyPath(home));
        const QString conf = home.filePath(QStringLiteral("config/fusion-console/fusion-console.conf"));
        {
            QSettings settings(conf, QSettings::IniFormat);
            settings.setValue(QStringLiteral("profiles/old/url"),
                              QString(QStringLiteral("sqlite://") + legacyPath(home)));
            settings.setValue(QStringLiteral("profiles/old/hasPassword"), false);
        }

        const test::CliResult r = test::runCli(
            home.path(), {QStringLiteral("--profile"), QStringLiteral("old"), QStringLiteral("tenants"),
                          QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        qint64 total = 0;
        tenantNames(r, &total);
        QCOMPARE(total, qint64(3));
        QVERIFY(QFile::exists(currentPath(home)));
        const QSettings settings(conf, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("profiles/old/url")).toString(),
                 QStringLiteral("sqlite://") + currentPath(home));
    }
};

QTEST_GUILESS_MAIN(TestAppDir)
#include "tst_appdir.moc"
