// The key vault's flows as jobs — checking keys, adding and rotating them, revoking them — driven the way
// fusionctl drives them (database work at once, the confirmation answered by the test) against a real SQLite
// store, a real keychain and the Python server playing the providers: a declined or refused key leaves no
// row and no keychain item behind, a refused row takes its secret back out of the keychain, the secret of a
// revoked key goes only after its row says revoked, one key that cannot be checked stops none of the
// others, and each flow first removes what an interrupted one left in the keychain (its journal).
#include "models/audit/WriteExecutor.h"
#include "models/jobs/KeyCheck.h"
#include "models/jobs/KeyRevoke.h"
#include "models/jobs/KeySave.h"
#include "models/secrets/SecretStore.h"
#include "models/vault/KeychainJournal.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QByteArray kGood = "sk-proj-KeyJobsGood00000000000000000000001";
const QByteArray kBad = "sk-proj-KeyJobsBad000000000000000000000002";
const QByteArray kNext = "sk-proj-KeyJobsNext00000000000000000000003";
const QByteArray kOAuthSecret = "GOCSPX-KeyJobsClientSecret000004";
const QByteArray kOAuthRefresh = "1//KeyJobsRefreshToken00000000005";
const QString kOAuthClient = QStringLiteral("key-jobs.apps.googleusercontent.com");

template <typename T>
std::optional<Result<T>> waitFor(const std::shared_ptr<std::optional<Result<T>>>& slot, int ms = 60000)
{
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, ms))
        return std::nullopt;
    return *slot;
}

QString messageOf(const std::optional<Result<KeySave::Outcome>>& r)
{
    return !r ? QStringLiteral("no answer") : r->ok() ? QString() : r->error().message;
}
} // namespace

class TestKeyJobs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeProviders> m_server;
    SecretStore m_secrets;
    Database m_db;
    int m_files = 0;

    test::TestPerson m_person;

    JobHost host() { return test::syncJobHost(m_db, m_person, &m_secrets); }

    int count(const QString& sql)
    {
        QSqlQuery q = m_db.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

    // The vault's items in the keychain (every key's secret is one "vault/…" item).
    static int vaultItems()
    {
        return int(test::keychainItems().count(QStringLiteral("attribute.user = vault/")));
    }

    std::optional<Result<SecretBytes>> readItem(const QString& ref)
    {
        auto slot = std::make_shared<std::optional<Result<SecretBytes>>>();
        m_secrets.read(ref, this, [slot](const Result<SecretBytes>& r) { slot->emplace(r); });
        return waitFor(slot, 30000);
    }

    KeySave::Request request(const QString& provider, const QString& label, const QByteArray& secret,
                             bool checkFirst)
    {
        KeySave::Request r;
        r.provider = KeyVault::requireProvider(m_db, provider);
        r.key.providerCode = provider;
        r.key.label = label;
        if (r.provider.kind == QLatin1String("oauth")) {
            r.key.clientId = kOAuthClient;
            r.secret.clientSecret = SecretBytes(kOAuthSecret);
            r.secret.refreshToken = SecretBytes(secret);
        } else {
            r.secret.key = SecretBytes(secret);
        }
        r.checkFirst = checkFirst;
        r.options.timeoutMs = 5000;
        return r;
    }

    std::optional<Result<KeySave::Outcome>> save(const KeySave::Request& r, QString* ref = nullptr)
    {
        KeySave job(host());
        auto slot = std::make_shared<std::optional<Result<KeySave::Outcome>>>();
        job.start(r, [slot](const Result<KeySave::Outcome>& o) { slot->emplace(o); });
        const auto got = waitFor(slot);
        if (ref)
            *ref = job.keychainRef();
        return got;
    }

    std::optional<Result<KeyCheck::Outcome>> check(const QList<ApiKey>& keys, int* signalled = nullptr)
    {
        KeyCheck job(host());
        KeyValidator::Options options;
        options.timeoutMs = 5000;
        job.setOptions(options);
        QSignalSpy each(&job, &KeyCheck::checked);
        auto slot = std::make_shared<std::optional<Result<KeyCheck::Outcome>>>();
        job.start(keys, [slot](const Result<KeyCheck::Outcome>& o) { slot->emplace(o); });
        const auto got = waitFor(slot);
        if (signalled)
            *signalled = int(each.count());
        return got;
    }

    std::optional<Result<KeyRevoke::Outcome>> revoke(const QString& provider, const QString& label)
    {
        KeyRevoke job(host());
        auto slot = std::make_shared<std::optional<Result<KeyRevoke::Outcome>>>();
        job.start(provider, label, [slot](const Result<KeyRevoke::Outcome>& o) { slot->emplace(o); });
        return waitFor(slot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_server->reset();
        m_server->setValidKeys(QStringLiteral("openai"),
                               {QString::fromLatin1(kGood), QString::fromLatin1(kNext)});
        m_server->setValidOAuth(kOAuthClient, QString::fromLatin1(kOAuthSecret),
                                QString::fromLatin1(kOAuthRefresh));
        m_db.close();
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("k%1.db").arg(++m_files));
        test::prepare(m_db, target);
        for (const char* p : {"openai", "google_oauth"})
            WriteExecutor::execute(
                m_db, KeyVault::planSetBaseUrl(m_db, QLatin1String(p), m_server->url().toString()));
        m_person.answer = true;
        m_person.asked = 0;
        m_person.onAsk = nullptr;
    }

    void aDeclinedKeyLeavesNothing()
    {
        const int items = vaultItems();
        m_person.answer = false;
        QString ref;
        const auto got =
            save(request(QStringLiteral("openai"), QStringLiteral("declined"), kGood, true), &ref);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        // Checked before asking (what the confirmation shows says so), stored nowhere after the no.
        QVERIFY2(m_person.lastPlan.summaryText().contains(QStringLiteral("was checked with OpenAI")),
                 qPrintable(m_person.lastPlan.summaryText()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_keys WHERE label = 'declined'")), 0);
        QCOMPARE(vaultItems(), items);
        const auto item = readItem(ref);
        QVERIFY(item && !item->ok());
        QCOMPARE(item->error().kind, ErrorKind::KeychainEntryMissing);
    }

    void aSavedKeyHasItsSecretAndItsAuditRow()
    {
        const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QString ref;
        const auto got = save(request(QStringLiteral("openai"), QStringLiteral("main"), kGood, true), &ref);
        QVERIFY2(got && got->ok(), qPrintable(messageOf(got)));
        QCOMPARE(got->value().checked, QStringLiteral("valid"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_keys WHERE label = 'main' AND "
                                      "validation_status = 'valid'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
        const auto item = readItem(ref);
        QVERIFY(item && item->ok());
        QCOMPARE(KeySecret::parse(QStringLiteral("api_key"), item->value()).key.bytes(), kGood);
    }

    void aRefusedSecretIsNeitherAskedAboutNorStored()
    {
        const int items = vaultItems();
        const auto got = save(request(QStringLiteral("openai"), QStringLiteral("bad"), kBad, true));
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(QStringLiteral("refused the new secret")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_keys")), 0);
        QCOMPARE(vaultItems(), items);
    }

    void noAnswerFromTheProviderNamesTheWayOut()
    {
        m_server->misbehave(QStringLiteral("500"), 5);
        const auto got = save(request(QStringLiteral("openai"), QStringLiteral("later"), kGood, true));
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::Connection);
        QVERIFY2(got->error().message.contains(QStringLiteral("remedy for key-check")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 0);
        // Skipping the check saves it as "unknown".
        m_server->misbehave(QStringLiteral("none"), 0);
        const auto skipped = save(request(QStringLiteral("openai"), QStringLiteral("later"), kGood, false));
        QVERIFY2(skipped && skipped->ok(), qPrintable(messageOf(skipped)));
        QCOMPARE(skipped->value().checked, QStringLiteral("unknown"));
    }

    void aRefusedRowTakesItsSecretBack()
    {
        const int items = vaultItems();
        // Between the confirmation and the write another session takes the label: the row is refused after
        // the secret went into the keychain, and the secret comes back out.
        m_person.onAsk = [this] {
            m_person.onAsk = nullptr; // the other session's own confirmation
            const auto other = save(request(QStringLiteral("openai"), QStringLiteral("race"), kNext, false));
            QVERIFY2(other && other->ok(), qPrintable(messageOf(other)));
        };
        QString ref;
        const auto got = save(request(QStringLiteral("openai"), QStringLiteral("race"), kGood, false), &ref);
        m_person.onAsk = nullptr;
        QVERIFY(got && !got->ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_keys WHERE label = 'race'")), 1);
        QCOMPARE(vaultItems(), items + 1); // the other session's item only
        const auto item = readItem(ref);
        QVERIFY(item && !item->ok());
        QCOMPARE(item->error().kind, ErrorKind::KeychainEntryMissing);
    }

    void aRotationReplacesTheDefaultOnlyWithACheckedSecret()
    {
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("old"), kGood, false))->ok());
        KeySave::Request bad = request(QStringLiteral("openai"), QStringLiteral("new"), kBad, true);
        bad.replacing = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("old"));
        const auto refused = save(bad);
        QVERIFY(refused && !refused->ok());
        QVERIFY(KeyVault::requireKey(m_db, QStringLiteral("openai"), QString()).label ==
                QStringLiteral("old"));

        KeySave::Request good = request(QStringLiteral("openai"), QStringLiteral("new"), kNext, true);
        good.replacing = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("old"));
        good.graceDays = 3;
        const auto rotated = save(good);
        QVERIFY2(rotated && rotated->ok(), qPrintable(messageOf(rotated)));
        QCOMPARE(KeyVault::requireKey(m_db, QStringLiteral("openai"), QString()).label,
                 QStringLiteral("new"));
        QCOMPARE(KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("old")).status,
                 QStringLiteral("retiring"));
    }

    void eachKeyIsCheckedAndOneMissingItemStopsNoOther()
    {
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("good"), kGood, false))->ok());
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("gone"), kNext, false))->ok());
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("bad"), kBad, false))->ok());
        const ApiKey gone = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("gone"));
        auto removed = std::make_shared<std::optional<Result<Unit>>>();
        m_secrets.remove(gone.keychainRef, this, [removed](const Result<Unit>& r) { removed->emplace(r); });
        QVERIFY(waitFor(removed));

        const QList<ApiKey> keys{KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("good")),
                                 gone,
                                 KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("bad"))};
        int signalled = 0;
        const auto got = check(keys, &signalled);
        QVERIFY(got && got->ok());
        const KeyCheck::Outcome& o = got->value();
        QCOMPARE(signalled, 3);
        QCOMPARE(o.keys.size(), 3);
        QCOMPARE(o.keys.at(0).result.status, QStringLiteral("valid"));
        QVERIFY(o.keys.at(1).error);
        QCOMPARE(o.keys.at(1).error->kind, ErrorKind::KeychainEntryMissing);
        QCOMPARE(o.keys.at(2).result.status, QStringLiteral("rejected"));
        QVERIFY(!o.allGood());
        // What was found is recorded on each key that could be checked.
        QCOMPARE(
            KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("good")).validationStatus,
            QStringLiteral("valid"));
        QCOMPARE(KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("bad")).validationStatus,
                 QStringLiteral("rejected"));
        QCOMPARE(
            KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("gone")).validationStatus,
            QStringLiteral("unknown"));
    }

    void anOAuthCheckKeepsTheNewAccessToken()
    {
        QVERIFY(
            save(request(QStringLiteral("google_oauth"), QStringLiteral("ws"), kOAuthRefresh, false))->ok());
        const ApiKey key = KeyVault::requireKey(m_db, QStringLiteral("google_oauth"), QStringLiteral("ws"));
        const auto got = check({key});
        QVERIFY(got && got->ok() && got->value().allGood());
        const auto item = readItem(key.keychainRef);
        QVERIFY(item && item->ok());
        const KeySecret stored = KeySecret::parse(QStringLiteral("oauth"), item->value());
        QVERIFY(!stored.accessToken.isEmpty());
        QCOMPARE(stored.refreshToken.bytes(), kOAuthRefresh);
        QVERIFY(KeyVault::requireKey(m_db, QStringLiteral("google_oauth"), QStringLiteral("ws"))
                    .validationStatus == QStringLiteral("valid"));
    }

    void aRevokedKeysSecretGoesAfterItsRow()
    {
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("leaving"), kGood, false))->ok());
        const ApiKey key = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("leaving"));
        m_person.answer = false;
        const auto declined = revoke(QStringLiteral("openai"), QStringLiteral("leaving"));
        QVERIFY(declined && !declined->ok());
        QCOMPARE(declined->error().kind, ErrorKind::NotConfirmed);
        QVERIFY(readItem(key.keychainRef)->ok()); // declined: the secret stays

        m_person.answer = true;
        bool revokedWhenAsked = true;
        m_person.onAsk = [&] { revokedWhenAsked = test::keychainHasItem(key.keychainRef) == false; };
        const auto got = revoke(QStringLiteral("openai"), QStringLiteral("leaving"));
        QVERIFY(got && got->ok());
        QVERIFY(!revokedWhenAsked); // still in the keychain while the person was asked
        QVERIFY(!got->value().secretLeft);
        QCOMPARE(got->value().keychainRef, key.keychainRef);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM api_keys WHERE label = 'leaving' AND status = 'revoked'")),
                 1);
        const auto item = readItem(key.keychainRef);
        QVERIFY(item && !item->ok());
        QCOMPARE(item->error().kind, ErrorKind::KeychainEntryMissing);
    }

    // What a flow killed between the keychain and its row leaves: an item no key names, which the flow listed
    // in the journal before its keychain write.
    QString leftBehindItem()
    {
        const QString ref = KeyVault::newKeychainRef();
        auto slot = std::make_shared<std::optional<Result<Unit>>>();
        m_secrets.write(ref, SecretBytes(QByteArrayLiteral("sk-proj-LeftBehind000000000000000000000009")),
                        this, [slot](const Result<Unit>& r) { slot->emplace(r); });
        const auto stored = waitFor(slot, 30000);
        if (!stored || !stored->ok())
            qFatal("cannot store the left-behind item");
        return ref;
    }

    // Add, rotate and revoke each start by removing the items the journal lists that no live key names —
    // and only those — say how many, and forget the journal. A revoke killed after its row leaves its key's
    // item to the next flow, too. While another flow holds the journal's lock, nothing is stored.
    void eachKeyFlowFirstRemovesWhatAnInterruptedOneLeft()
    {
        const KeychainJournal journal = KeychainJournal::forTarget(m_db.target());
        QVERIFY(save(request(QStringLiteral("openai"), QStringLiteral("kept"), kGood, false))->ok());
        const ApiKey kept = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("kept"));

        QString left = leftBehindItem();
        journal.record({left, kept.keychainRef}, {});
        const auto added = save(request(QStringLiteral("openai"), QStringLiteral("added"), kNext, false));
        QVERIFY2(added && added->ok(), qPrintable(messageOf(added)));
        QCOMPARE(added->value().leftoversRemoved, 1);
        QCOMPARE(readItem(left)->error().kind, ErrorKind::KeychainEntryMissing);
        QVERIFY(readItem(kept.keychainRef)->ok()); // listed, but a key names it
        QVERIFY(!QFile::exists(journal.path()));

        left = leftBehindItem();
        journal.record({}, {left});
        KeySave::Request rotate = request(QStringLiteral("openai"), QStringLiteral("kept-2"), kNext, false);
        rotate.replacing = kept;
        const auto rotated = save(rotate);
        QVERIFY2(rotated && rotated->ok(), qPrintable(messageOf(rotated)));
        QCOMPARE(rotated->value().leftoversRemoved, 1);
        QCOMPARE(readItem(left)->error().kind, ErrorKind::KeychainEntryMissing);
        QVERIFY(readItem(kept.keychainRef)->ok()); // retiring: it keeps working with its secret
        QVERIFY(!QFile::exists(journal.path()));

        // A revoke of "kept" killed after its row: the row says revoked, its item is still there, listed.
        m_db.exec(QStringLiteral("UPDATE api_keys SET status = 'revoked' WHERE id = ?"), {kept.id});
        left = leftBehindItem();
        journal.record({}, {kept.keychainRef, left});
        const ApiKey other = KeyVault::requireKey(m_db, QStringLiteral("openai"), QStringLiteral("added"));
        const auto revoked = revoke(QStringLiteral("openai"), QStringLiteral("added"));
        QVERIFY(revoked && revoked->ok());
        QCOMPARE(revoked->value().leftoversRemoved, 2);
        for (const QString& ref : {kept.keychainRef, left, other.keychainRef})
            QCOMPARE(readItem(ref)->error().kind, ErrorKind::KeychainEntryMissing);
        const ApiKey current = KeyVault::requireKey(m_db, QStringLiteral("openai"), QString());
        QCOMPARE(current.label, QStringLiteral("kept-2"));
        QVERIFY(readItem(current.keychainRef)->ok());
        QVERIFY(!QFile::exists(journal.path()));

        // Nothing to clean: nothing said.
        const auto clean = save(request(QStringLiteral("openai"), QStringLiteral("clean"), kGood, false));
        QVERIFY2(clean && clean->ok(), qPrintable(messageOf(clean)));
        QCOMPARE(clean->value().leftoversRemoved, 0);

        // Another flow on this machine holds the lock: refused after the confirmation, nothing stored.
        const int items = vaultItems();
        const auto lock = journal.lock();
        QString ref;
        const auto busy = save(request(QStringLiteral("openai"), QStringLiteral("busy"), kGood, false), &ref);
        QVERIFY(busy && !busy->ok());
        QCOMPARE(busy->error().kind, ErrorKind::Conflict);
        QVERIFY2(busy->error().message.contains(QStringLiteral("is running on this machine")),
                 qPrintable(busy->error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_keys WHERE label = 'busy'")), 0);
        QCOMPARE(vaultItems(), items);
        QCOMPARE(readItem(ref)->error().kind, ErrorKind::KeychainEntryMissing);
    }
};

QTEST_GUILESS_MAIN(TestKeyJobs)
#include "tst_key_jobs.moc"
