// fusionctl keys add, keys rotate and keys revoke killed with SIGKILL at seeded random instants
// (FUSION_CRASH_SEED, printed), against a real Secret Service (tests/fixtures/with-keychain.sh). Each stores
// or deletes a keychain item on one side of its database write, so a kill can land before either, between
// the two, or after both. After every kill: the database passes SQLite's integrity check and `audit verify`;
// no key that is not revoked is without its keychain item; any item no such key names is listed in the
// keychain journal for the next command to remove (nothing is lost track of); and the provider's default key
// works with exactly one secret — the old one or the new one of a rotate, never none — as `keys get` shows.
// Then the next keychain-writing command (a rotate after a killed add, a revoke after a killed rotate, an add
// after a killed revoke) removes what the kill left, says so, and leaves not one item no live key names.
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"
#include "tests/crash/CrashSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;
using test::crash::journalled;
using test::crash::sqliteAt;
using test::crash::vaultItems;

namespace {
constexpr int kRuns = 20; // kills per command
const QString kProvider = QStringLiteral("openai");
// Each key's secret is named after its label, so that `keys get` tells which one a key holds.
QByteArray keysWriteSecret(const QString& label)
{
    return QStringLiteral("sk-crash-%1-0123456789abcdefghijklmnopqrstuv").arg(label).toUtf8();
}

struct KeysWriteCommand {
    QString name;
    QStringList args;
    QByteArray input;
};

KeysWriteCommand keysAdd(const QString& label)
{
    return {QStringLiteral("keys add"),
            {QStringLiteral("keys"), QStringLiteral("add"), kProvider, QStringLiteral("--label"), label,
             QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            keysWriteSecret(label) + '\n'};
}

KeysWriteCommand keysRotate(const QString& from, const QString& to)
{
    return {QStringLiteral("keys rotate"),
            {QStringLiteral("keys"), QStringLiteral("rotate"), kProvider, QStringLiteral("--key"), from,
             QStringLiteral("--label"), to, QStringLiteral("--skip-validation"),
             QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
            keysWriteSecret(to) + '\n'};
}

KeysWriteCommand keysRevoke(const QString& label)
{
    return {QStringLiteral("keys revoke"),
            {QStringLiteral("keys"), QStringLiteral("revoke"), kProvider, QStringLiteral("--key"), label,
             QStringLiteral("--yes")},
            {}};
}

struct KeysWriteRow {
    QString label;
    QString status;
    QString ref;
    bool isDefault = false;
};
} // namespace

class TestCrashKeysWrite : public QObject {
    Q_OBJECT

    test::crash::CrashStores m_stores; // the template: an empty migrated store
    QRandomGenerator m_random;
    QMap<QString, int> m_leftBehind; // per command killed: runs that left an item only the journal listed

    // A store of its own with the key "base" (the provider's default), whose secret is an item of its own.
    QString prepared()
    {
        const QString db = m_stores.copy();
        const KeysWriteCommand base = keysAdd(QStringLiteral("base"));
        const test::CliResult r = m_stores.run(db, base.args, base.input);
        if (r.code != 0)
            qFatal("adding the base key failed: %s", qPrintable(r.err));
        return db;
    }

    static QList<KeysWriteRow> rows(const QString& db)
    {
        Database d;
        d.open(sqliteAt(db));
        QList<KeysWriteRow> out;
        QSqlQuery q = d.exec(QStringLiteral("SELECT label, status, keychain_ref, is_default FROM api_keys"));
        while (q.next())
            out << KeysWriteRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toBool()};
        return out;
    }

    // Everything that must hold of `db` and the keychain. `strict`: after the next command, not even a
    // journalled item may be left. Returns the items only the journal accounted for.
    QSet<QString> check(const QString& db, const QString& what, bool strict)
    {
        m_stores.checkDatabase(db, what);
        if (QTest::currentTestFailed())
            return {};
        const QList<KeysWriteRow> all = rows(db);
        const QSet<QString> items = vaultItems();
        QSet<QString> live;
        int defaults = 0;
        for (const KeysWriteRow& r : all) {
            if (r.status == QLatin1String("revoked"))
                continue;
            live.insert(r.ref);
            defaults += r.isDefault ? 1 : 0;
            // No row without its item, and the item holds this key's own secret: the key works.
            if (!items.contains(r.ref)) {
                QTest::qFail(qPrintable(QStringLiteral("%1: key %2 (%3) has no keychain item %4")
                                            .arg(what, r.label, r.status, r.ref)),
                             __FILE__, __LINE__);
                return {};
            }
            const test::CliResult got = m_stores.run(db, {QStringLiteral("keys"), QStringLiteral("get"),
                                                          kProvider, QStringLiteral("--key"), r.label});
            if (got.code != 0 || got.out.trimmed().toUtf8() != keysWriteSecret(r.label)) {
                QTest::qFail(qPrintable(QStringLiteral("%1: keys get %2 (%3): exit %4, %5")
                                            .arg(what, r.label, r.status)
                                            .arg(got.code)
                                            .arg(got.code == 0 ? QStringLiteral("another secret") : got.err)),
                             __FILE__, __LINE__);
                return {};
            }
        }
        // While it has keys, the provider has one default: the old one or the new one of a rotate, never
        // none.
        if (defaults != (live.isEmpty() ? 0 : 1)) {
            QTest::qFail(qPrintable(QStringLiteral("%1: %2 default keys").arg(what).arg(defaults)), __FILE__,
                         __LINE__);
            return {};
        }
        // No item without a live key, unless the journal lists it for the next command.
        const QSet<QString> unnamed = items - live;
        const QSet<QString> lost = strict ? unnamed : unnamed - journalled(m_stores.home());
        if (!lost.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("%1: %2 keychain item(s) no live key names%3, e.g. %4")
                                        .arg(what)
                                        .arg(lost.size())
                                        .arg(strict ? QString() : QStringLiteral(" and no journal lists"))
                                        .arg(*lost.cbegin())),
                         __FILE__, __LINE__);
            return {};
        }
        // After the next command every journal is used up.
        if (strict && !journalled(m_stores.home()).isEmpty())
            QTest::qFail(qPrintable(what + QStringLiteral(": a keychain journal is left")), __FILE__,
                         __LINE__);
        return unnamed;
    }

    // Kills `killed` in kRuns runs, each on a store of its own, then runs `next` on it.
    void killRuns(const KeysWriteCommand& killed, const KeysWriteCommand& next)
    {
        // How long the command takes uninterrupted: kills are spread over that time and a bit more.
        qint64 full = 0;
        {
            clearKeychain();
            const QString db = prepared();
            QElapsedTimer t;
            t.start();
            const test::CliResult r = m_stores.run(db, killed.args, killed.input);
            full = t.elapsed();
            QVERIFY2(r.code == 0, qPrintable(r.err));
            check(db, killed.name + QStringLiteral(" uninterrupted"), true);
        }
        int wasKilled = 0;
        for (int i = 0; i < kRuns && !QTest::currentTestFailed(); ++i) {
            clearKeychain();
            const QString db = prepared();
            const qint64 after = test::crash::killInstant(m_random, full, i, kRuns);
            const QString what = QStringLiteral("%1 killed after %2 ms").arg(killed.name).arg(after);
            wasKilled += test::crash::killAfter(m_stores.env(db), killed.args, after, killed.input) ? 1 : 0;
            // A keychain call the kill cut off may still be carried out by the Secret Service: let it land,
            // so that what is checked is what the next command finds.
            QTest::qWait(300);
            const QSet<QString> left = check(db, what, false);
            if (QTest::currentTestFailed())
                return;
            m_leftBehind[killed.name] += left.isEmpty() ? 0 : 1;
            // The next command that writes keychain items removes what the kill left, and says so.
            const test::CliResult cleaned = m_stores.run(db, next.args, next.input);
            QVERIFY2(cleaned.code == 0, qPrintable(what + QStringLiteral(", then ") + next.name +
                                                   QStringLiteral(": ") + cleaned.err));
            QVERIFY2(cleaned.err.contains(QStringLiteral("had left in the keychain, unused by any key")) ==
                         !left.isEmpty(),
                     qPrintable(what + QStringLiteral(", then ") + next.name + QStringLiteral(": ") +
                                cleaned.err));
            check(db, what + QStringLiteral(", then ") + next.name, true);
        }
        qInfo(
            "%s: %d of %d runs killed mid-way, %d leaving an item only the journal listed (a full run takes "
            "%lld ms)",
            qPrintable(killed.name), wasKilled, kRuns, m_leftBehind.value(killed.name), full);
        QVERIFY(wasKilled > 0);
    }

    // Before each run what the last one left goes — its keychain items and its journal — so that the keychain
    // (which slows down as it fills up) takes as long in every run, and what a run finds is its own. (After a
    // run that passed there is neither.)
    void clearKeychain()
    {
        // (secret-tool fails when there is nothing to clear.)
        if (!vaultItems().isEmpty())
            test::tool(QStringLiteral("secret-tool"),
                       {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("fusion-console")});
        QCOMPARE(vaultItems(), QSet<QString>());
        QDir(QDir(m_stores.home()).filePath(QStringLiteral("data/fusion-console/keychain-journal")))
            .removeRecursively();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stores.valid());
        m_random.seed(test::crash::seed());
        QCOMPARE(m_stores
                     .run(m_stores.templatePath(),
                          {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")})
                     .code,
                 0);
    }

    // A key added, or not; never a secret no key names that nothing will remove. Cleaned by a rotate.
    void killedAdd()
    {
        killRuns(keysAdd(QStringLiteral("added")),
                 keysRotate(QStringLiteral("base"), QStringLiteral("next")));
    }
    // The old key still the default with its secret, or the new one with its own and the old one retiring
    // with its own. Cleaned by a revoke of the old key.
    void killedRotate()
    {
        killRuns(keysRotate(QStringLiteral("base"), QStringLiteral("rotated")),
                 keysRevoke(QStringLiteral("base")));
    }
    // The key active with its secret, or revoked — and then its secret deleted or listed for the next
    // command. Cleaned by an add.
    void killedRevoke() { killRuns(keysRevoke(QStringLiteral("base")), keysAdd(QStringLiteral("next"))); }

    void cleanupTestCase()
    {
        // Every journal was used up: none is left to clean up after the runs.
        QCOMPARE(journalled(m_stores.home()), QSet<QString>());
    }
};

QTEST_GUILESS_MAIN(TestCrashKeysWrite)
#include "tst_crash_keys_write.moc"
