// The key file jobs, driven the way fusionctl drives them (database work at once, the confirmation answered
// by the test) against real SQLite stores and a real keychain: KeyExport reads no secret before the person
// said yes and leaves no file and no audit row when it stops; KeyFileImport brings the keys and their
// secrets into another database, asks nothing when there is nothing to import, and leaves no keychain item
// of its own behind when its database write fails or the file cannot be opened.
#include "models/audit/WriteExecutor.h"
#include "models/jobs/KeyExport.h"
#include "models/jobs/KeyFileImport.h"
#include "models/secrets/SecretStore.h"
#include "models/vault/KeyFile.h"
#include "models/vault/KeyVault.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QByteArray Passphrase = "correct horse battery staple";
const QByteArray OpenAi = "sk-proj-JobExportOpenAi000000000000000001";
const QByteArray Mistral = "mist-JobExportCustomProvider0000000002";
const QByteArray Anthropic = "sk-ant-JobExportAnthropic00000000000003";

QStringList texts(const QSignalSpy& progress)
{
    QStringList out;
    for (const QList<QVariant>& p : progress)
        out << p.at(2).toString();
    return out;
}

int reads(const QSignalSpy& progress)
{
    return int(texts(progress).filter(QStringLiteral("Reading the secret of")).size());
}
} // namespace

class TestKeyTransferJobs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretStore m_secrets;
    QString m_template; // migrated once; each database starts from a copy
    int m_files = 0;
    Database m_source; // the machine keys are exported from
    Database m_target; // the one they are imported into
    QString m_targetPath;

    // What the test's "person" answers, and how often they were asked.
    test::TestPerson m_person;
    int m_passphraseAsked = 0;

    JobHost host(Database& db) { return test::syncJobHost(db, m_person, &m_secrets); }

    std::function<Result<SecretBytes>()> passphrase(const QByteArray& phrase)
    {
        return [this, phrase] {
            ++m_passphraseAsked;
            return Result<SecretBytes>(SecretBytes(phrase));
        };
    }

    template <typename T>
    std::optional<Result<T>> wait(const std::shared_ptr<std::optional<Result<T>>>& slot)
    {
        if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 60000))
            return std::nullopt;
        return *slot;
    }

    std::optional<Result<KeyExport::Outcome>> exportKeys(KeyExport& job,
                                                         const KeyExport::Selection& selection,
                                                         const QString& path,
                                                         const QByteArray& phrase = Passphrase)
    {
        auto slot = std::make_shared<std::optional<Result<KeyExport::Outcome>>>();
        job.start(selection, path, passphrase(phrase),
                  [slot](const Result<KeyExport::Outcome>& r) { slot->emplace(r); });
        return wait(slot);
    }

    std::optional<Result<KeyFileImport::Outcome>> importKeys(KeyFileImport& job, const QString& path,
                                                             const QByteArray& phrase = Passphrase)
    {
        auto slot = std::make_shared<std::optional<Result<KeyFileImport::Outcome>>>();
        job.start(path, passphrase(phrase),
                  [slot](const Result<KeyFileImport::Outcome>& r) { slot->emplace(r); });
        return wait(slot);
    }

    template <typename T>
    Result<T> keychain(const std::function<void(const std::function<void(Result<T>)>&)>& call)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        call([slot](Result<T> r) { slot->emplace(std::move(r)); });
        if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 30000))
            return Error::make(ErrorKind::KeychainTimeout, QStringLiteral("the keychain did not answer"));
        return **slot;
    }

    QByteArray secretOf(Database& db, const QString& provider, const QString& label)
    {
        const ApiKey k = KeyVault::requireKey(db, provider, label);
        const auto read =
            keychain<SecretBytes>([&](const auto& done) { m_secrets.read(k.keychainRef, this, done); });
        return read ? KeySecret::parse(k.kind, read.value()).key.bytes() : QByteArray();
    }

    // A key as `fusionctl keys add` makes one: the secret in the keychain, the record in the database.
    ApiKey addKey(Database& db, const QString& provider, const QString& label, const QByteArray& secret,
                  const QString& notes = {})
    {
        KeySecret s;
        s.key = SecretBytes(secret);
        const QString ref = KeyVault::newKeychainRef();
        const auto stored = keychain<Unit>([&](const auto& done) {
            m_secrets.write(ref, s.serialized(QStringLiteral("api_key")), this, done);
        });
        if (!stored)
            qFatal("the keychain refused a test key: %s", qPrintable(stored.error().message));
        NewKey in;
        in.providerCode = provider;
        in.label = label;
        in.notes = notes;
        WriteExecutor::execute(db, KeyVault::planAdd(db, in, ref, Fingerprint::of(s.key)));
        return KeyVault::requireKey(db, provider, label);
    }

    void addMistral(Database& db)
    {
        Provider p;
        p.code = QStringLiteral("mistral");
        p.name = QStringLiteral("Mistral AI");
        p.kind = QStringLiteral("api_key");
        p.baseUrl = QStringLiteral("https://api.mistral.ai");
        p.validation = QStringLiteral("none");
        WriteExecutor::execute(db, KeyVault::planAddProvider(db, p));
    }

    int audits(Database& db, const QString& action)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}).toInt();
    }

    QString freshDatabase(Database& db)
    {
        db.close();
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("k%1.db").arg(++m_files));
        if (!QFile::copy(m_template, target.sqlitePath))
            qFatal("could not copy the template database");
        db.open(target);
        return target.sqlitePath;
    }

    // The source's keys exported to `name` (set-up for the import tests).
    QString exported(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        KeyExport job(host(m_source));
        const auto got = exportKeys(job, {}, path);
        if (!got || !got->ok())
            qFatal("set-up export failed: %s", got ? qPrintable(got->error().message) : "no answer");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("template.db"));
        {
            Database db;
            test::prepare(db, target);
            // One file, no write-ahead log beside it, so that a plain copy is the whole database.
            db.execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.execRaw(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        m_template = target.sqlitePath;
    }

    void init()
    {
        freshDatabase(m_source);
        m_targetPath = freshDatabase(m_target);
        m_person.answer = true;
        m_person.asked = 0;
        m_person.onAsk = nullptr;
        m_passphraseAsked = 0;
        addMistral(m_source);
        addKey(m_source, QStringLiteral("openai"), QStringLiteral("prod"), OpenAi,
               QStringLiteral("billing: team A"));
        addKey(m_source, QStringLiteral("mistral"), QStringLiteral("main"), Mistral);
    }

    void declinedExportReadsNoSecretAndWritesNothing()
    {
        // A key whose secret is not in this keychain: reading it would end the export with that error.
        const ApiKey lost = addKey(m_source, QStringLiteral("anthropic"), QStringLiteral("lost"), Anthropic);
        QVERIFY(
            keychain<Unit>([&](const auto& done) { m_secrets.remove(lost.keychainRef, this, done); }).ok());
        const QString file = m_dir.filePath(QStringLiteral("declined.fcvault"));
        const QString before = test::snapshot(m_source);

        m_person.answer = false;
        KeyExport declined(host(m_source));
        QSignalSpy progress(&declined, &Job::progress);
        auto got = exportKeys(declined, {}, file);
        QVERIFY(got && !got->ok());
        // Declined, and said so — not "the secret is missing": the keychain was not read before the answer.
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(m_person.lastPlan.action, QStringLiteral("keys.export"));
        QCOMPARE(int(m_person.lastPlan.effects.filter(QStringLiteral("\"lost\"")).size()), 1);
        QCOMPARE(reads(progress), 0);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(test::snapshot(m_source), before); // no audit row either

        // Confirmed: now the keychain is read, the missing secret is named, and still nothing is written.
        m_person.answer = true;
        KeyExport confirmed(host(m_source));
        QSignalSpy confirmedProgress(&confirmed, &Job::progress);
        got = exportKeys(confirmed, {}, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::KeychainEntryMissing);
        QVERIFY2(got->error().message.contains(QStringLiteral("anthropic/lost")),
                 qPrintable(got->error().message));
        QVERIFY(reads(confirmedProgress) >= 1);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(audits(m_source, QStringLiteral("keys.export")), 0);
        QCOMPARE(test::snapshot(m_source), before);
    }

    void exportRefusesWhatIsNotThereBeforeAsking()
    {
        const QString file = m_dir.filePath(QStringLiteral("refused.fcvault"));
        KeyExport::Selection unknown;
        unknown.keys = {QStringLiteral("openai/prod"), QStringLiteral("openai/nope")};
        KeyExport first(host(m_source));
        auto got = exportKeys(first, unknown, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotFound);
        QCOMPARE(got->error().message,
                 QStringLiteral("There is no live key openai/nope (give it as PROVIDER/LABEL)."));

        KeyExport::Selection none;
        none.providers = {QStringLiteral("twilio")};
        KeyExport second(host(m_source));
        got = exportKeys(second, none, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotFound);
        QCOMPARE(got->error().message, QStringLiteral("No keys to export."));
        // Refused before the passphrase was even asked for.
        QCOMPARE(m_passphraseAsked, 0);

        KeyExport shortPhrase(host(m_source));
        got = exportKeys(shortPhrase, {}, file, "short");
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(QStringLiteral("at least")), qPrintable(got->error().message));

        QCOMPARE(m_person.asked, 0);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(audits(m_source, QStringLiteral("keys.export")), 0);
    }

    void cancellingWhileAskedExportsNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.fcvault"));
        KeyExport job(host(m_source));
        QSignalSpy progress(&job, &Job::progress);
        m_person.onAsk = [&job] { job.cancel(); };
        const auto got = exportKeys(job, {}, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(reads(progress), 0);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(audits(m_source, QStringLiteral("keys.export")), 0);
    }

    void exportThenImportRoundTripsKeysAndSecrets()
    {
        const QString file = m_dir.filePath(QStringLiteral("roundtrip.fcvault"));
        KeyExport job(host(m_source));
        QSignalSpy progress(&job, &Job::progress);
        const auto got = exportKeys(job, {}, file);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QCOMPARE(got->value().count, 2);
        QCOMPARE(got->value().written.value(QStringLiteral("exported")).toArray(),
                 (QJsonArray{QStringLiteral("mistral/main"), QStringLiteral("openai/prod")}));
        QCOMPARE(m_person.lastPlan.target, QFileInfo(file).absoluteFilePath());
        QCOMPARE(audits(m_source, QStringLiteral("keys.export")), 1);
        const QStringList said = texts(progress);
        QVERIFY2(said.contains(QStringLiteral("Reading the secret of openai/prod…")) &&
                     said.contains(QStringLiteral("Sealing…")),
                 qPrintable(said.join(QLatin1Char('|'))));
        // The file is its owner's alone and gives nothing away without the passphrase.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("FCVAULT\x01"));
        QVERIFY(!bytes.contains(OpenAi) && !bytes.contains(Mistral) && !bytes.contains("billing"));

        // Into a database that has never seen these keys, nor the custom provider.
        const int asked = m_person.asked;
        KeyFileImport import(host(m_target));
        QSignalSpy importProgress(&import, &Job::progress);
        const auto imported = importKeys(import, file);
        QVERIFY2(imported && imported->ok(),
                 imported && !imported->ok() ? qPrintable(imported->error().message) : "no answer");
        QCOMPARE(m_person.asked, asked + 1);
        QCOMPARE(m_person.lastPlan.action, QStringLiteral("keys.import"));
        QVERIFY(!imported->value().unchanged);
        QCOMPARE(imported->value().added, 2);
        QCOMPARE(imported->value().replaced, 0);
        QVERIFY(texts(importProgress).contains(QStringLiteral("Storing 2 secret(s)…")));
        QCOMPARE(secretOf(m_target, QStringLiteral("openai"), QStringLiteral("prod")), OpenAi);
        QCOMPARE(secretOf(m_target, QStringLiteral("mistral"), QStringLiteral("main")), Mistral);
        QCOMPARE(KeyVault::requireKey(m_target, QStringLiteral("openai"), QStringLiteral("prod")).notes,
                 QStringLiteral("billing: team A"));
        QCOMPARE(KeyVault::requireProvider(m_target, QStringLiteral("mistral")).baseUrl,
                 QStringLiteral("https://api.mistral.ai"));
        QCOMPARE(audits(m_target, QStringLiteral("keys.import")), 1);
    }

    void reimportingTheSameFileAsksNothingAndChangesNothing()
    {
        const QString file = exported(QStringLiteral("again.fcvault"));
        KeyFileImport first(host(m_target));
        auto got = importKeys(first, file);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        const QString before = test::snapshot(m_target);
        const QString items = test::keychainItems();
        const int asked = m_person.asked;

        KeyFileImport again(host(m_target));
        got = importKeys(again, file);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QVERIFY(got->value().unchanged);
        QCOMPARE(got->value().alreadyHere, 2);
        QCOMPARE(got->value().added + got->value().replaced, 0);
        QCOMPARE(m_person.asked, asked);
        QCOMPARE(test::snapshot(m_target), before);
        QCOMPARE(test::keychainItems(), items);
    }

    void anImportWhoseWriteFailsLeavesNoKeychainItemBehind()
    {
        const QString file = exported(QStringLiteral("conflict.fcvault"));
        // The target has openai/prod with another secret: the file replaces it, and adds mistral/main.
        const QByteArray older = "sk-proj-JobExportOlderSecret0000000000009";
        const ApiKey existing = addKey(m_target, QStringLiteral("openai"), QStringLiteral("prod"), older);
        const QString items = test::keychainItems();
        QString whileAsked;
        // While the person looks at the plan, someone else changes that key: the import's write must fail.
        m_person.onAsk = [&] {
            QString error;
            if (!test::sqliteExec(
                    m_targetPath,
                    {QStringLiteral("UPDATE api_keys SET notes = 'changed elsewhere', row_version = "
                                    "row_version + 1 WHERE label = 'prod'")},
                    &error))
                qWarning("%s", qPrintable(error));
            whileAsked = test::snapshot(m_target);
        };
        KeyFileImport job(host(m_target));
        QSignalSpy progress(&job, &Job::progress);
        const auto got = importKeys(job, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::Conflict);
        QVERIFY2(got->error().message.contains(QStringLiteral("nothing was imported")),
                 qPrintable(got->error().message));
        // It did get as far as storing both secrets; both were taken back.
        QVERIFY(texts(progress).contains(QStringLiteral("Storing 2 secret(s)…")));
        QCOMPARE(test::keychainItems(), items);
        QCOMPARE(test::snapshot(m_target), whileAsked);
        QCOMPARE(secretOf(m_target, QStringLiteral("openai"), QStringLiteral("prod")), older);
        QVERIFY(test::keychainHasItem(existing.keychainRef));
        QVERIFY(KeyVault::keys(m_target, QStringLiteral("mistral")).isEmpty());
    }

    void aBrokenFileIsAClearErrorAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<int>("length"); // truncate the file to this many bytes (-1: keep it whole)
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong passphrase")
            << QByteArray("not the right one at all") << -1 << QStringLiteral("passphrase is wrong");
        QTest::newRow("truncated") << Passphrase << 30 << QStringLiteral("truncated");
    }
    void aBrokenFileIsAClearErrorAndChangesNothing()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(int, length);
        QFETCH(QString, said);
        const QString file = exported(QStringLiteral("broken.fcvault"));
        if (length >= 0)
            QVERIFY(test::writeFile(file, test::readFile(file).left(length)));
        const QString before = test::snapshot(m_target);
        const QString items = test::keychainItems();
        KeyFileImport job(host(m_target));
        const auto got = importKeys(job, file, phrase);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(said), qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 1); // the set-up export's confirmation only
        QCOMPARE(test::snapshot(m_target), before);
        QCOMPARE(test::keychainItems(), items);
    }

    void importOfAFileThatCannotBeReadAsksForNoPassphrase()
    {
        KeyFileImport job(host(m_target));
        const auto got = importKeys(job, m_dir.filePath(QStringLiteral("no-such.fcvault")));
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotFound);
        QVERIFY2(got->error().message.startsWith(QStringLiteral("Cannot read ")),
                 qPrintable(got->error().message));
        QCOMPARE(m_passphraseAsked, 0);
        QCOMPARE(m_person.asked, 0);
    }

    void cancellingAnImportWhileAskedStoresNothing()
    {
        const QString file = exported(QStringLiteral("cancel-import.fcvault"));
        const QString before = test::snapshot(m_target);
        const QString items = test::keychainItems();
        KeyFileImport job(host(m_target));
        m_person.onAsk = [&job] { job.cancel(); };
        const auto got = importKeys(job, file);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(test::snapshot(m_target), before);
        QCOMPARE(test::keychainItems(), items);
    }
};

QTEST_GUILESS_MAIN(TestKeyTransferJobs)
#include "tst_key_transfer_jobs.moc"
