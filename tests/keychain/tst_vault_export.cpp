// Moving keys between machines: `fusionctl keys export` writes chosen keys, secrets included, to a file
// sealed with a passphrase; `keys import` on another database (and keychain) shows what it will add or
// replace and asks. A wrong passphrase, a flipped byte, a truncated file, a file from a newer format and a
// hostile header are each a clear error with nothing changed — neither the database nor the keychain.
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fusion;

namespace {
QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

const QByteArray Passphrase = "correct horse battery staple";
const QByteArray OpenAi = "sk-proj-ExportOpenAi00000000000000000001";
const QByteArray Custom = "cust-ExportCustomProvider000000000002";
const QByteArray OAuthSecret = "GOCSPX-ExportClientSecret0000003";
const QByteArray OAuthRefresh = "1//ExportRefreshToken000000000003";
} // namespace

class TestVaultExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_source; // the machine keys are exported from
    QString m_target; // the one they are imported into
    QString m_file;

    test::CliResult on(const QString& db, const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + db} + args,
                            input);
    }

    QString snapshot(const QString& path)
    {
        Database db;
        DatabaseTarget t;
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = path;
        db.open(t);
        return test::snapshot(db);
    }

    QString tamperedCopy(const QString& name, const std::function<void(QByteArray&)>& change)
    {
        QFile f(m_file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = f.readAll();
        change(bytes);
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_source = m_dir.filePath(QStringLiteral("source.db"));
        m_target = m_dir.filePath(QStringLiteral("target.db"));
        m_file = m_dir.filePath(QStringLiteral("keys.fcvault"));
        for (const QString& db : {m_source, m_target})
            QCOMPARE(on(db, {QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code,
                     0);
        const auto ok = [](const test::CliResult& r) {
            if (r.code != 0)
                qWarning("%s", qPrintable(describe(r)));
            return r.code == 0;
        };
        QVERIFY(ok(on(m_source, {QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
                                 QStringLiteral("mistral"), QStringLiteral("--name"),
                                 QStringLiteral("Mistral AI"), QStringLiteral("--base-url"),
                                 QStringLiteral("https://api.mistral.ai"), QStringLiteral("--yes")})));
        QVERIFY(
            ok(on(m_source,
                  {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                   QStringLiteral("--label"), QStringLiteral("prod"), QStringLiteral("--notes"),
                   QStringLiteral("billing: team A"), QStringLiteral("--expires"),
                   QStringLiteral("2027-06-30"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                  OpenAi + '\n')));
        QVERIFY(ok(on(m_source,
                      {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("mistral"),
                       QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                       QStringLiteral("--yes")},
                      Custom + '\n')));
        QVERIFY(ok(on(m_source,
                      {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("google_oauth"),
                       QStringLiteral("--label"), QStringLiteral("sso"), QStringLiteral("--client-id"),
                       QStringLiteral("export.apps.googleusercontent.com"), QStringLiteral("--secret-stdin"),
                       QStringLiteral("--yes")},
                      OAuthSecret + '\n' + OAuthRefresh + '\n')));
    }

    void exportWritesOnlyTheSealedFile()
    {
        // A short passphrase is refused before anything is read from the keychain.
        test::CliResult r = on(m_source,
                               {QStringLiteral("keys"), QStringLiteral("export"), m_file,
                                QStringLiteral("--passphrase-stdin"), QStringLiteral("--yes")},
                               "short\n");
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_file));
        r = on(m_source,
               {QStringLiteral("keys"), QStringLiteral("export"), m_file,
                QStringLiteral("--passphrase-stdin"), QStringLiteral("--yes")},
               Passphrase + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                    QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("FCVAULT\x01"));
        for (const QByteArray& secret : {OpenAi, Custom, OAuthSecret, OAuthRefresh})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        QVERIFY(!bytes.contains("prod")); // labels and notes are sealed too
        const test::CliResult audit =
            on(m_source, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(audit.out.contains(QStringLiteral("keys.export")));
    }

    void brokenFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<int>("at");     // byte to change (-1: none); from the end when negative below -1
        QTest::addColumn<int>("length"); // truncate to this many bytes (-1: keep)
        QTest::addColumn<int>("value");  // the changed byte's new value (-1: flip every bit)
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong passphrase")
            << QStringLiteral("wrong.fcvault") << QByteArray("not the right one at all") << -1 << -1 << -1
            << QStringLiteral("passphrase is wrong");
        QTest::newRow("flipped ciphertext byte")
            << QStringLiteral("flipped.fcvault") << Passphrase << -20 << -1 << -1
            << QStringLiteral("passphrase is wrong, or the file was changed");
        QTest::newRow("flipped salt byte") << QStringLiteral("salt.fcvault") << Passphrase << 25 << -1 << -1
                                           << QStringLiteral("passphrase is wrong, or the file was changed");
        QTest::newRow("truncated body") << QStringLiteral("short.fcvault") << Passphrase << -1 << 100 << -1
                                        << QStringLiteral("passphrase is wrong");
        QTest::newRow("truncated header") << QStringLiteral("header.fcvault") << Passphrase << -1 << 30 << -1
                                          << QStringLiteral("truncated");
        QTest::newRow("newer format") << QStringLiteral("newer.fcvault") << Passphrase << 7 << -1 << 2
                                      << QStringLiteral("newer Fusion Console");
        QTest::newRow("hostile memory limit")
            << QStringLiteral("hostile.fcvault") << Passphrase << 13 << -1 << 0x7f
            << QStringLiteral("outside what Fusion Console accepts");
        // Found by fuzzing (tests/fuzz/regressions/key_file): 16 passes were accepted (over up to 1 GiB),
        // tens of seconds of key derivation before the passphrase is even checked.
        QTest::newRow("hostile pass count") << QStringLiteral("passes.fcvault") << Passphrase << 12 << -1
                                            << 16 << QStringLiteral("outside what Fusion Console accepts");
        QTest::newRow("not ours") << QStringLiteral("other.fcvault") << Passphrase << 0 << -1 << int('X')
                                  << QStringLiteral("not a Fusion Console key");
    }
    void brokenFilesChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, passphrase);
        QFETCH(int, at);
        QFETCH(int, length);
        QFETCH(int, value);
        QFETCH(QString, said);
        const QString path = tamperedCopy(name, [&](QByteArray& b) {
            if (at != -1) {
                const qsizetype i = at < -1 ? b.size() + at : at;
                b[i] = value < 0 ? char(~b[i]) : char(value);
            }
            if (length >= 0)
                b.truncate(length);
        });
        QVERIFY(!path.isEmpty());
        const QString before = snapshot(m_target);
        const QString items = test::keychainItems();
        const test::CliResult r = on(m_target,
                                     {QStringLiteral("keys"), QStringLiteral("import"), path,
                                      QStringLiteral("--passphrase-stdin"), QStringLiteral("--yes")},
                                     passphrase + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(said), qPrintable(describe(r)));
        QCOMPARE(snapshot(m_target), before);
        QCOMPARE(test::keychainItems(), items);
    }

    void importShowsAsksThenAddsEverything()
    {
        const QStringList import{QStringLiteral("keys"), QStringLiteral("import"), m_file,
                                 QStringLiteral("--passphrase-stdin")};
        const QString before = snapshot(m_target);
        test::CliResult r = on(m_target, import, Passphrase + '\n');
        QCOMPARE(r.code, 3); // shown, not confirmed: nothing imported
        QVERIFY2(r.err.contains(QStringLiteral("openai/prod")) &&
                     r.err.contains(QStringLiteral("Adds provider mistral")),
                 qPrintable(describe(r)));
        QCOMPARE(snapshot(m_target), before);

        r = on(m_target, import + QStringList{QStringLiteral("--yes")}, Passphrase + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("3 added")), qPrintable(describe(r)));
        const auto get = [&](const QString& provider) {
            return on(m_target,
                      {QStringLiteral("keys"), QStringLiteral("get"), provider, QStringLiteral("--json")})
                .json()
                .object();
        };
        QCOMPARE(get(QStringLiteral("openai")).value(QStringLiteral("key")).toString().toUtf8(), OpenAi);
        QCOMPARE(get(QStringLiteral("mistral")).value(QStringLiteral("key")).toString().toUtf8(), Custom);
        const QJsonObject oauth = get(QStringLiteral("google_oauth"));
        QCOMPARE(oauth.value(QStringLiteral("client_secret")).toString().toUtf8(), OAuthSecret);
        QCOMPARE(oauth.value(QStringLiteral("refresh_token")).toString().toUtf8(), OAuthRefresh);
        QCOMPARE(oauth.value(QStringLiteral("client_id")).toString(),
                 QStringLiteral("export.apps.googleusercontent.com"));
        const QJsonObject prod = on(m_target, {QStringLiteral("keys"), QStringLiteral("show"),
                                               QStringLiteral("openai"), QStringLiteral("--json")})
                                     .json()
                                     .object();
        QCOMPARE(prod.value(QStringLiteral("notes")).toString(), QStringLiteral("billing: team A"));
        QVERIFY(prod.value(QStringLiteral("expires_at")).toString().startsWith(QStringLiteral("2027-06-30")));
        QCOMPARE(prod.value(QStringLiteral("default")).toBool(), true);

        // The same file again: nothing to do.
        r = on(m_target, import + QStringList{QStringLiteral("--yes")}, Passphrase + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to import")), qPrintable(describe(r)));
    }

    void aNewerSecretReplacesTheOldOne()
    {
        // On the source the key is replaced (revoked, added again under its label with a new secret).
        const QByteArray renewed = "sk-proj-ExportOpenAiRenewed0000000000004";
        QCOMPARE(on(m_source, {QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("openai"),
                               QStringLiteral("--key"), QStringLiteral("prod"), QStringLiteral("--yes")})
                     .code,
                 0);
        QCOMPARE(on(m_source,
                    {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                     QStringLiteral("--label"), QStringLiteral("prod"), QStringLiteral("--secret-stdin"),
                     QStringLiteral("--yes")},
                    renewed + '\n')
                     .code,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("renewed.fcvault"));
        QCOMPARE(
            on(m_source,
               {QStringLiteral("keys"), QStringLiteral("export"), file, QStringLiteral("--key"),
                QStringLiteral("openai/prod"), QStringLiteral("--passphrase-stdin"), QStringLiteral("--yes")},
               Passphrase + '\n')
                .code,
            0);
        const auto refOf = [&] {
            Database db;
            DatabaseTarget t;
            t.dialect = Dialect::Sqlite;
            t.sqlitePath = m_target;
            db.open(t);
            return db.scalar(QStringLiteral("SELECT keychain_ref FROM api_keys WHERE label = 'prod'"))
                .toString();
        };
        const QString oldRef = refOf();
        const test::CliResult r = on(m_target,
                                     {QStringLiteral("keys"), QStringLiteral("import"), file,
                                      QStringLiteral("--passphrase-stdin"), QStringLiteral("--yes")},
                                     Passphrase + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("1 replaced")), qPrintable(describe(r)));
        QCOMPARE(on(m_target, {QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")})
                     .out.trimmed()
                     .toUtf8(),
                 renewed);
        QVERIFY(refOf() != oldRef);
        QVERIFY2(!test::keychainHasItem(oldRef), "the replaced secret is still in the keychain");
    }
};

QTEST_GUILESS_MAIN(TestVaultExport)
#include "tst_vault_export.moc"
