// fusionctl keys import killed with SIGKILL at seeded random instants (FUSION_CRASH_SEED, printed), against a
// real Secret Service (tests/fixtures/with-keychain.sh). The file replaces the secrets of keys the database
// has and adds many new ones, so a kill can land while the new secrets go into the keychain, during the
// write, or while the replaced keys' old secrets are deleted. After every kill: the database passes SQLite's
// integrity check and holds the import whole or not at all (with its one audit row, or none); every key's
// secret is in the keychain; any secret no key names is listed in the import's journal (nothing is lost
// track of); `audit verify` passes. Importing again finishes the job: every key of the file with the file's
// secret, and not one item left in the keychain that no key names — the secrets the kill left behind and the
// replaced keys' old ones are gone.
#include "models/vault/KeyFile.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fusion;
using test::crash::count;
using test::crash::journalled;
using test::crash::sqliteAt;
using test::crash::vaultItems;

namespace {
constexpr int kRuns = 10;     // kills
constexpr int kReplaced = 30; // keys the database has that the file gives new secrets
constexpr int kAdded = 30;    // keys only the file has
const QByteArray kPassphrase = QByteArrayLiteral("crash test passphrase, long enough\n");

QString secretOf(const char* which, int i)
{
    return QStringLiteral("sk-%1-%2-0123456789abcdefghijklmnopqrstuv").arg(QLatin1String(which)).arg(i);
}

ExportedKey openAiKey(const QString& label, const QString& secret)
{
    ExportedKey k;
    k.provider = QStringLiteral("openai");
    k.kind = QStringLiteral("api_key");
    k.label = label;
    k.secret.key = SecretBytes(secret.toUtf8());
    return k;
}

bool writeSealed(const QString& path, const KeyFileContent& content)
{
    QFile f(path);
    // Cheap key derivation: the kills should land while keys are stored and written, not while Argon2 runs.
    return f.open(QIODevice::WriteOnly) &&
           f.write(KeyFile::seal(content, SecretBytes(kPassphrase.trimmed()), {2, 8 * 1024 * 1024})) > 0;
}
} // namespace

class TestCrashKeysImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_first;    // the file the database starts from: kReplaced keys
    QString m_second;   // the file whose import is killed: those keys with new secrets, and kAdded more
    QString m_migrated; // an empty migrated store
    QRandomGenerator m_random;
    int m_copies = 0;
    QHash<QString, QString> m_secondHashes; // label → fingerprint hash of its secret in the second file

    test::CliResult run(const QString& db, const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + db} + args,
                            input);
    }
    QStringList importArgs(const QString& file) const
    {
        return {QStringLiteral("keys"), QStringLiteral("import"), file, QStringLiteral("--passphrase-stdin"),
                QStringLiteral("--yes")};
    }

    // A migrated store of its own with the first file imported: its keys' secrets are items of its own.
    QString prepared()
    {
        const QString path = m_dir.filePath(QStringLiteral("run-%1.db").arg(++m_copies));
        if (!QFile::copy(m_migrated, path))
            qFatal("cannot copy the migrated store");
        const test::CliResult r = run(path, importArgs(m_first), kPassphrase);
        if (r.code != 0)
            qFatal("importing the first file failed: %s", qPrintable(r.err));
        return path;
    }

    static QStringList refs(Database& db, const QString& where = QStringLiteral("1 = 1"))
    {
        QStringList out;
        QSqlQuery q = db.exec(QStringLiteral("SELECT keychain_ref FROM api_keys WHERE %1").arg(where));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

    // What must hold after a kill and after importing again. `before`: the items the keychain held before
    // the killed import; `firstRefs`: the items of the keys the database had then. `strict`: no item may be
    // left that no key names, journal or not. Returns whether the second file was imported.
    bool checkConsistent(const QString& path, const QSet<QString>& before, const QStringList& firstRefs,
                         bool strict, const QString& what, int* leftBehind = nullptr)
    {
        bool imported = false;
        QSet<QString> named;
        {
            Database db;
            db.open(sqliteAt(path));
            [&] {
                QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
                         QStringLiteral("ok"));
                // Whole or not at all: every added key with every replaced secret, or none of either.
                const qint64 added =
                    count(db, QStringLiteral("SELECT count(*) FROM api_keys WHERE label LIKE 'added-%'"));
                QVERIFY2(
                    added == 0 || added == kAdded,
                    qPrintable(QStringLiteral("%1: %2 of %3 added keys").arg(what).arg(added).arg(kAdded)));
                imported = added == kAdded;
                const QStringList shared = refs(db, QStringLiteral("label LIKE 'shared-%'"));
                QCOMPARE(shared.size(), kReplaced);
                int replaced = 0;
                for (const QString& ref : shared)
                    replaced += firstRefs.contains(ref) ? 0 : 1;
                QVERIFY2(replaced == (imported ? kReplaced : 0),
                         qPrintable(
                             QStringLiteral("%1: %2 replaced, %3 added").arg(what).arg(replaced).arg(added)));
                QCOMPARE(
                    count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'keys.import'")),
                    qint64(imported ? 2 : 1));
                if (imported) {
                    // Each key holds the file's secret (by its fingerprint).
                    QSqlQuery q = db.exec(QStringLiteral("SELECT label, fingerprint_hash FROM api_keys WHERE "
                                                         "label LIKE 'added-%' OR label LIKE "
                                                         "'shared-%'"));
                    while (q.next())
                        QCOMPARE(q.value(1).toString(), m_secondHashes.value(q.value(0).toString()));
                }
            }();
            if (QTest::currentTestFailed())
                return imported;
            const QStringList all = refs(db);
            named = QSet<QString>(all.cbegin(), all.cend());
        }
        const QSet<QString> items = vaultItems();
        // No key without its secret.
        for (const QString& ref : std::as_const(named)) {
            if (!items.contains(ref)) {
                QTest::qFail(
                    qPrintable(
                        QStringLiteral("%1: the secret of a key (%2) is not in the keychain").arg(what, ref)),
                    __FILE__, __LINE__);
                return imported;
            }
        }
        // No secret of this database's import without a key, unless its journal lists it for the next
        // import to remove.
        QSet<QString> unnamed = items - before - named; // stored by the killed import, named by no key
        for (const QString& ref : firstRefs) {
            if (items.contains(ref) && !named.contains(ref))
                unnamed.insert(ref); // a replaced key's old secret, not deleted yet
        }
        if (!strict) {
            const QSet<QString> lost = unnamed - journalled(m_home.path());
            if (!lost.isEmpty()) {
                QTest::qFail(
                    qPrintable(QStringLiteral("%1: %2 secret(s) in the keychain that no key names and no "
                                              "journal lists, e.g. %3")
                                   .arg(what)
                                   .arg(lost.size())
                                   .arg(*lost.cbegin())),
                    __FILE__, __LINE__);
                return imported;
            }
            if (leftBehind)
                *leftBehind += unnamed.isEmpty() ? 0 : 1;
            if (!unnamed.isEmpty())
                qInfo("%s: %lld secret(s) no key names yet, listed for the next import to remove",
                      qPrintable(what), qint64(unnamed.size()));
        } else if (!unnamed.isEmpty()) {
            QTest::qFail(
                qPrintable(QStringLiteral("%1: %2 secret(s) left in the keychain that no key names, e.g. %3")
                               .arg(what)
                               .arg(unnamed.size())
                               .arg(*unnamed.cbegin())),
                __FILE__, __LINE__);
            return imported;
        }
        const test::CliResult verify = run(path, {QStringLiteral("audit"), QStringLiteral("verify")});
        if (verify.code != 0)
            QTest::qFail(qPrintable(what + QStringLiteral(": audit verify: ") + verify.out + verify.err),
                         __FILE__, __LINE__);
        return imported;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_random.seed(test::crash::seed());
        KeyFileContent first;
        KeyFileContent second;
        for (int i = 1; i <= kReplaced; ++i) {
            const QString label = QStringLiteral("shared-%1").arg(i);
            first.keys << openAiKey(label, secretOf("first", i));
            second.keys << openAiKey(label, secretOf("second", i));
        }
        for (int i = 1; i <= kAdded; ++i)
            second.keys << openAiKey(QStringLiteral("added-%1").arg(i), secretOf("added", i));
        for (const ExportedKey& k : std::as_const(second.keys))
            m_secondHashes.insert(k.label, Fingerprint::of(k.secret.key).hash);
        m_first = m_dir.filePath(QStringLiteral("first.fcvault"));
        m_second = m_dir.filePath(QStringLiteral("second.fcvault"));
        QVERIFY(writeSealed(m_first, first) && writeSealed(m_second, second));
        m_migrated = m_dir.filePath(QStringLiteral("migrated.db"));
        QCOMPARE(
            run(m_migrated, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code,
            0);
    }

    void killedImportIsWholeOrAbsentAndLeavesNoSecretBehind()
    {
        // How long the import takes uninterrupted: kills are spread over that time and a bit more.
        qint64 full = 0;
        {
            const QString db = prepared();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = run(db, importArgs(m_second), kPassphrase);
            full = t.elapsed();
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("%1 added, %2 replaced").arg(kAdded).arg(kReplaced)),
                     qPrintable(r.out));
            QVERIFY(
                test::tool(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"),
                                                           QStringLiteral("fusion-console")})
                    .has_value());
        }
        int killed = 0;
        int killedAfterWrite = 0;
        int leftBehind = 0;
        for (int i = 0; i < kRuns; ++i) {
            const QString db = prepared();
            QStringList firstRefs;
            {
                Database state;
                state.open(sqliteAt(db));
                firstRefs = refs(state);
            }
            const QSet<QString> before = vaultItems();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("keys import killed after %1 ms").arg(after);
            QProcessEnvironment env = test::cliEnvironment(m_home.path());
            const bool wasKilled = test::crash::killAfter(
                env,
                QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + db} + importArgs(m_second),
                after, kPassphrase);
            killed += wasKilled ? 1 : 0;
            const int leftBefore = leftBehind;
            const bool written = checkConsistent(db, before, firstRefs, false, what, &leftBehind);
            killedAfterWrite += wasKilled && written ? 1 : 0;
            if (QTest::currentTestFailed())
                return;
            // Importing again finishes it, and removes what the kill left behind.
            const test::CliResult again = run(db, importArgs(m_second), kPassphrase);
            QVERIFY2(again.code == 0, qPrintable(what + QStringLiteral(": ") + again.err));
            // and says so.
            QCOMPARE(again.err.contains(QStringLiteral("had left in the keychain, unused by any key")),
                     leftBehind > leftBefore);
            QVERIFY(
                checkConsistent(db, before, firstRefs, true, what + QStringLiteral(", then imported again")));
            // This run's store is done with: its items go, so that the keychain (which slows down as it fills
            // up) takes as long in every run as in the one timed.
            QVERIFY(
                test::tool(QStringLiteral("secret-tool"), {QStringLiteral("clear"), QStringLiteral("server"),
                                                           QStringLiteral("fusion-console")})
                    .has_value());
            QCOMPARE(vaultItems(), QSet<QString>());
            if (QTest::currentTestFailed())
                return;
        }
        // Every journal was used up: none is left to clean up after the runs.
        QCOMPARE(journalled(m_home.path()), QSet<QString>());
        qInfo("keys import: %d of %d runs killed mid-way, %d of them after the write, %d leaving secrets no "
              "key "
              "named yet (a full run takes %lld ms)",
              killed, kRuns, killedAfterWrite, leftBehind, full);
        QVERIFY(killed > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashKeysImport)
#include "tst_crash_keys_import.moc"
