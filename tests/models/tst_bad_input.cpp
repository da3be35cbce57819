// Files and servers that are not what they should be: a damaged SQLite file is refused by name and left
// byte-identical (in the library and through fusionctl); a folder, a missing folder and an unreachable
// PostgreSQL server give clear connection errors.
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace fusion;

namespace {
QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char(rng.bounded(256u));
    return bytes;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}
} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_validFile; // a complete, migrated database with demo data

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DatabaseTarget t = test::sqliteTarget(m_dir, QStringLiteral("valid.db"));
        {
            Database db;
            test::prepare(db, t, 5);
        }
        m_validFile = test::readFile(t.sqlitePath);
        QVERIFY(m_validFile.size() > 4096);
    }

    void damagedFilesAreRefusedByNameAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random bytes") << randomBytes(8192, 7);
        QByteArray magic = m_validFile;
        magic[0] = char(magic[0] ^ 0x20); // "SQLite format 3" → "sQLite format 3"
        magic[6] = char(magic[6] ^ 0x01);
        QTest::newRow("header magic flipped") << magic;
        QByteArray header = m_validFile;
        for (int i : {16, 17, 21, 22, 23}) // page size and the fixed payload fractions
            header[i] = char(header[i] ^ 0x5a);
        QTest::newRow("header fields flipped") << header;
        QTest::newRow("text file") << QByteArray("tenants:\n  - acme\n  - globex\n");
    }
    void damagedFilesAreRefusedByNameAndLeftUntouched()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const DatabaseTarget target = test::sqliteTarget(dir, QStringLiteral("damaged file.db"));
        QVERIFY(test::writeFile(target.sqlitePath, bytes));
        const QStringList filesBefore = entries(dir.path());

        Database db;
        const auto error = test::failureOf([&] { db.open(target); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::CorruptDatabase);
        QVERIFY2(error->message.contains(target.sqlitePath), qPrintable(error->message));
        QVERIFY(!db.isOpen());
        db.close();
        QCOMPARE(test::readFile(target.sqlitePath), bytes);
        QCOMPARE(entries(dir.path()), filesBefore); // no journal or WAL left beside it
    }

    void damagedFileThroughFusionctl()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        const QByteArray bytes = randomBytes(4096, 99);
        QVERIFY(test::writeFile(path, bytes));
        const QString url = QString(QStringLiteral("sqlite://") + path);
        for (const QStringList& command :
             {QStringList{QStringLiteral("tenants"), QStringLiteral("list")},
              QStringList{QStringLiteral("db"), QStringLiteral("status")},
              QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}}) {
            const test::CliResult r =
                test::runCli(home.path(), QStringList{QStringLiteral("--db"), url} + command);
            QVERIFY2(r.code == 1, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                             QString::number(r.code) + QStringLiteral(" ") + r.err));
            QVERIFY2(r.err.contains(path), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
            QCOMPARE(test::readFile(path), bytes);
        }
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("broken.db")});
    }

    void aFolderIsNotADatabaseFile()
    {
        QTemporaryDir dir;
        DatabaseTarget target;
        target.sqlitePath = dir.path();
        Database db;
        const auto error = test::failureOf([&] { db.open(target); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Connection);
        QVERIFY2(error->message.contains(dir.path()), qPrintable(error->message));
        QVERIFY(entries(dir.path()).isEmpty());

        QTemporaryDir home;
        const test::CliResult r = test::runCli(
            home.path(), {QStringLiteral("--db"), QString(QStringLiteral("sqlite://") + dir.path()),
                          QStringLiteral("tenants"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(dir.path()), qPrintable(r.err));
    }

    void aMissingFolderIsReportedAndNotCreated()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
        DatabaseTarget target;
        target.sqlitePath = missing + QStringLiteral("/fusion.db");
        Database db;
        const auto error = test::failureOf([&] { db.open(target); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Connection);
        QVERIFY2(error->message.contains(missing), qPrintable(error->message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));

        QTemporaryDir home;
        const test::CliResult r =
            test::runCli(home.path(), {QStringLiteral("--db"), target.toUrl(), QStringLiteral("db"),
                                       QStringLiteral("migrate"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(missing), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }

    void unreachablePostgres()
    {
        QTemporaryDir home;
        const test::CliResult r = test::runCli(
            home.path(),
            {QStringLiteral("--db"), QStringLiteral("postgresql://nobody@/db?host=/nonexistent-dir"),
             QStringLiteral("tenants"), QStringLiteral("list")},
            {}, {}, 30000);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Could not connect")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        DatabaseTarget target;
        target.dialect = Dialect::Postgres;
        target.host = QStringLiteral("/nonexistent-dir");
        target.user = QStringLiteral("nobody");
        target.database = QStringLiteral("db");
        Database db;
        const auto error = test::failureOf([&] { db.open(target); });
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::Connection);
        QVERIFY(!db.isOpen());
    }

    void unreachablePostgresWithJsonStillPrintsOnlyJson()
    {
        QTemporaryDir home;
        const test::CliResult r = test::runCli(
            home.path(),
            {QStringLiteral("--db"), QStringLiteral("postgresql://nobody@/db?host=/nonexistent-dir"),
             QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")},
            {}, {}, 30000);
        QCOMPARE(r.code, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("error")).toString(), QStringLiteral("connection"));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
