// The key vault through fusionctl on a real Secret Service (tests/fixtures/with-keychain.sh): every
// credential kind goes into the keychain and comes back byte for byte; after a whole session of adds, default
// changes, gets and revokes, no secret is in the database file, the settings, the audit rows or any listing,
// and revoked secrets are gone from the keychain. Refused input and a locked keychain store nothing. On
// PostgreSQL the roles decide: an API manager sees fingerprints but cannot print a secret or add a key, an
// API user sees no keys at all.
#include "models/audit/WriteExecutor.h"
#include "models/roles/RoleService.h"
#include "models/storage/Migrator.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace fusion;

namespace {
QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

// Every file under `dir`, concatenated: what a search for a leaked secret looks through.
QByteArray allBytesUnder(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

struct Credential {
    const char* provider;
    const char* label;
    const char* clientId;
    QList<QByteArray> parts; // an API key, or client secret, refresh token[, access token]
};
} // namespace

class TestCliKeys : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db} + args,
                            input);
    }

    QString keychainRef(const QString& provider, const QString& label)
    {
        Database db;
        DatabaseTarget t;
        t.dialect = Dialect::Sqlite;
        t.sqlitePath = m_db;
        db.open(t);
        return db
            .scalar(QStringLiteral(
                        "SELECT k.keychain_ref FROM api_keys k JOIN providers p ON p.id = k.provider_id "
                        "WHERE p.code = ? AND k.label = ? ORDER BY k.id DESC LIMIT 1"),
                    {provider, label})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("vault.db"));
        const test::CliResult migrate =
            run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")});
        QVERIFY2(migrate.code == 0, qPrintable(describe(migrate)));
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
    }

    void aFullSessionLeavesNoSecretAnywhere()
    {
        const QList<Credential> credentials = {
            {"openai", "primary", "", {"sk-proj-T3stPr1maryKey0000000000000000000001"}},
            {"openai", "backup", "", {"sk-proj-T3stBackupKey00000000000000000000002"}},
            {"anthropic", "main", "", {"sk-ant-api03-T3stAnthropicKey000000000000003"}},
            {"google_maps", "web", "", {"AIzaSyT3stMapsKey0000000000000000000004"}},
            {"twilio", "sms", "AC00000000000000000000000000000005", {"t3sttwilioauthtoken00000000000005"}},
            {"google_oauth",
             "workspace",
             "123-test.apps.googleusercontent.com",
             {"GOCSPX-T3stClientSecret000006", "1//T3stRefreshToken000000000006",
              "ya29.T3stAccessToken000006"}},
            {"microsoft_oauth",
             "graph",
             "00000000-0000-0000-0000-000000000007",
             {"T3st~MsClientSecret0000000007", "0.T3stMsRefreshToken000007"}},
        };
        for (const Credential& c : credentials) {
            QStringList args{QStringLiteral("keys"),    QStringLiteral("add"),
                             QLatin1String(c.provider), QStringLiteral("--label"),
                             QLatin1String(c.label),    QStringLiteral("--secret-stdin"),
                             QStringLiteral("--yes")};
            if (*c.clientId)
                args << QStringLiteral("--client-id") << QLatin1String(c.clientId);
            QByteArray input;
            for (const QByteArray& part : c.parts)
                input += part + '\n';
            const test::CliResult added = run(args, input);
            QVERIFY2(added.code == 0, qPrintable(describe(added)));
            const QString ref = keychainRef(QLatin1String(c.provider), QLatin1String(c.label));
            QVERIFY2(test::keychainHasItem(ref), qPrintable(ref));
        }

        // The first key of a provider is its default; another can take over; the old one is then revoked.
        const test::CliResult makeDefault =
            run({QStringLiteral("keys"), QStringLiteral("set-default"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("backup"), QStringLiteral("--yes")});
        QVERIFY2(makeDefault.code == 0, qPrintable(describe(makeDefault)));
        const QString revokedRef = keychainRef(QStringLiteral("openai"), QStringLiteral("primary"));
        // Revoking asks for the label: without a terminal and --yes it does nothing.
        const test::CliResult asked =
            run({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("primary")});
        QCOMPARE(asked.code, 3);
        QVERIFY(test::keychainHasItem(revokedRef));
        const test::CliResult revoked =
            run({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("primary"), QStringLiteral("--yes")});
        QVERIFY2(revoked.code == 0, qPrintable(describe(revoked)));
        QVERIFY2(!test::keychainHasItem(revokedRef), "the revoked secret is still in the keychain");

        // A rotation: the replacement becomes the default, the old key retires; its secret is searched for
        // too.
        const QByteArray rotated = "sk-ant-api03-T3stRotatedReplacement0000008";
        const test::CliResult rotation =
            run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("anthropic"),
                 QStringLiteral("--key"), QStringLiteral("main"), QStringLiteral("--label"),
                 QStringLiteral("main-2"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--skip-validation"), QStringLiteral("--yes")},
                rotated + '\n');
        QVERIFY2(rotation.code == 0, qPrintable(describe(rotation)));
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("anthropic")})
                     .out.trimmed()
                     .toUtf8(),
                 rotated);

        // Every live secret comes back exactly; the default when no label is given.
        for (const Credential& c : credentials) {
            if (QLatin1String(c.label) == QLatin1String("primary"))
                continue;
            const test::CliResult got =
                run({QStringLiteral("keys"), QStringLiteral("get"), QLatin1String(c.provider),
                     QStringLiteral("--key"), QLatin1String(c.label), QStringLiteral("--json")});
            QVERIFY2(got.code == 0, qPrintable(describe(got)));
            const QJsonObject o = got.json().object();
            if (c.parts.size() == 1) {
                QCOMPARE(o.value(QStringLiteral("key")).toString().toUtf8(), c.parts.first());
            } else {
                QCOMPARE(o.value(QStringLiteral("client_secret")).toString().toUtf8(), c.parts[0]);
                QCOMPARE(o.value(QStringLiteral("refresh_token")).toString().toUtf8(), c.parts[1]);
                QCOMPARE(o.value(QStringLiteral("access_token")).toString().toUtf8(), c.parts.value(2));
                QCOMPARE(o.value(QStringLiteral("client_id")).toString(), QLatin1String(c.clientId));
            }
        }
        const test::CliResult byDefault =
            run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")});
        QCOMPARE(byDefault.out.trimmed().toUtf8(), credentials[1].parts.first());
        const test::CliResult gone =
            run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("primary")});
        QCOMPARE(gone.code, 5);

        // Everything a person or a program can see, and everything on disk, holds no secret.
        QByteArray visible;
        for (const QStringList& args :
             {QStringList{QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all")},
              QStringList{QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("keys"), QStringLiteral("show"), QStringLiteral("google_oauth"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("keys"), QStringLiteral("providers")},
              QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("200"), QStringLiteral("--json")}}) {
            const test::CliResult r = run(args);
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            visible += r.out.toUtf8() + r.err.toUtf8();
        }
        QVERIFY(visible.contains("key.get")); // the gets were audited …
        QVERIFY(visible.contains("…0002"));   // … and keys are told apart by fingerprint
        const QByteArray onDisk = allBytesUnder(m_dir.path()) + allBytesUnder(m_home.path());
        QVERIFY(onDisk.size() > 10000);
        QVERIFY2(!visible.contains(rotated) && !onDisk.contains(rotated), rotated.constData());
        for (const Credential& c : credentials) {
            for (const QByteArray& part : c.parts) {
                QVERIFY2(!visible.contains(part), part.constData());
                QVERIFY2(!onDisk.contains(part), part.constData());
            }
        }
    }

    // While fusionctl waits for a secret on standard input, the process can leave no core file behind.
    void coreDumpsAreOffWhileASecretIsRead()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(test::fusionctlPath(),
                {QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db, QStringLiteral("keys"),
                 QStringLiteral("add"), QStringLiteral("openai"), QStringLiteral("--label"),
                 QStringLiteral("core"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted());
        // Soft and hard limit both 0, so nothing in the process can raise it again; read until fusionctl is
        // past its start-up (it then blocks on standard input).
        static const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        QString limits;
        const auto coreLimits = [&] {
            QFile f(QStringLiteral("/proc/%1/limits").arg(p.processId()));
            limits = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
            const auto m = core.match(limits);
            return m.hasMatch() ? m.captured(1) + QLatin1Char('/') + m.captured(2) : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(coreLimits(), QStringLiteral("0/0"), 10000);
        QCOMPARE(p.state(), QProcess::Running); // still waiting for the secret
        p.closeWriteChannel();                  // an empty secret: refused, nothing stored
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
    }

    void refusedInputStoresNothing()
    {
        const QString items = test::keychainItems();
        const auto count = [this] {
            Database db;
            DatabaseTarget t;
            t.dialect = Dialect::Sqlite;
            t.sqlitePath = m_db;
            db.open(t);
            return db.scalar(QStringLiteral("SELECT count(*) FROM api_keys")).toInt();
        };
        const int before = count();
        const QStringList add{QStringLiteral("keys"),      QStringLiteral("add"),
                              QStringLiteral("anthropic"), QStringLiteral("--label"),
                              QStringLiteral("second"),    QStringLiteral("--yes")};
        // Never from an argument.
        test::CliResult r = run(add);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--secret-stdin")), qPrintable(describe(r)));
        // Empty, two lines, a control character.
        for (const QByteArray& input :
             {QByteArray(), QByteArray("\n"), QByteArray("sk-ant-one\nsk-ant-two\n"),
              QByteArray("sk-ant-\x01tab\n")}) {
            r = run(add + QStringList{QStringLiteral("--secret-stdin")}, input);
            QVERIFY2(r.code == 1, qPrintable(describe(r)));
        }
        // A label that is taken, an OAuth key without its client id.
        r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("anthropic"),
                 QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                "sk-ant-api03-another-one-0000000\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already has a key labelled")), qPrintable(describe(r)));
        r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("google_oauth"),
                 QStringLiteral("--label"), QStringLiteral("noid"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                "secret-000000000000\nrefresh-0000000\n");
        QCOMPARE(r.code, 1);
        QCOMPARE(count(), before);
        QCOMPARE(test::keychainItems(), items);
    }

    void lockedKeychainStoresNothing()
    {
        const int keysBefore = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all"),
                                    QStringLiteral("--json")})
                                   .json()
                                   .array()
                                   .size();
        QVERIFY(test::lockLoginCollection());
        auto unlock = qScopeGuard([] { test::unlockLoginCollection(); });
        QTRY_VERIFY_WITH_TIMEOUT(test::loginCollectionLocked(), 5000);
        const test::CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("anthropic"),
                 QStringLiteral("--label"), QStringLiteral("while-locked"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                "sk-ant-api03-locked-000000000000\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(describe(r)));
        const test::CliResult get =
            run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("anthropic")});
        QCOMPARE(get.code, 1);
        QVERIFY2(get.err.contains(QStringLiteral("locked")), qPrintable(describe(get)));
        unlock.dismiss();
        QVERIFY(test::unlockLoginCollection());
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all"),
                      QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 keysBefore);
    }

    // Without a reachable Secret Service the key is refused with the reason, and nothing is stored anywhere.
    void noKeychainMeansNothingIsStored()
    {
        QTemporaryDir runtime;
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/fusion-bus"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        const int before = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all"),
                                QStringLiteral("--json")})
                               .json()
                               .array()
                               .size();
        const test::CliResult r =
            test::runCli(m_home.path(),
                         {QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db, QStringLiteral("keys"),
                          QStringLiteral("add"), QStringLiteral("openai"), QStringLiteral("--label"),
                          QStringLiteral("nobus"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                         "sk-proj-NoKeychainHere00000000000000011\n", env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(describe(r)));
        QVERIFY(!r.err.contains(QStringLiteral("NoKeychainHere")) &&
                !r.out.contains(QStringLiteral("NoKeychainHere")));
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--all"),
                      QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 before);
    }

    // A keychain item deleted behind our back is said to be missing, not an empty key.
    void aMissingKeychainItemIsSaidSo()
    {
        const test::CliResult added =
            run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("google_maps"),
                 QStringLiteral("--label"), QStringLiteral("gone"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                "AIzaSyGoneFromTheKeychain000000000000012\n");
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const QString ref = keychainRef(QStringLiteral("google_maps"), QStringLiteral("gone"));
        QVERIFY(test::tool(QStringLiteral("secret-tool"),
                           {QStringLiteral("clear"), QStringLiteral("server"),
                            QStringLiteral("fusion-console"), QStringLiteral("user"), ref})
                    .has_value());
        QVERIFY(!test::keychainHasItem(ref));
        const test::CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("google_maps"),
                 QStringLiteral("--key"), QStringLiteral("gone")});
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.trimmed().isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("not in this machine's keychain")), qPrintable(describe(r)));
    }

    void rolesDecideOnPostgres()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        test::PgTestDatabase pg(QStringLiteral("vault"));
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        Database owner;
        test::prepare(owner, pg.target(), 0);
        const QString admin = pg.createLogin(QStringLiteral("apiadmin"));
        const QString manager = pg.createLogin(QStringLiteral("apimanager"));
        const QString user = pg.createLogin(QStringLiteral("apiuser"));
        RoleService roles(owner);
        WriteExecutor::execute(owner, roles.planGrant(admin, Roles::ApiAdmin));
        WriteExecutor::execute(owner, roles.planGrant(manager, Roles::ApiManager));
        WriteExecutor::execute(owner, roles.planGrant(user, Roles::ApiUser));
        const auto as = [&](const QString& login, const QStringList& args, const QByteArray& input = {}) {
            return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), pg.url(login)} + args,
                                input);
        };
        const QByteArray secret = "sk-proj-PgRoleTest00000000000000000009";
        test::CliResult r = as(admin,
                               {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                                QStringLiteral("--label"), QStringLiteral("pg"),
                                QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                               secret + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = as(admin, {QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")});
        QCOMPARE(r.out.trimmed().toUtf8(), secret);

        // The manager sees the fingerprint, may not print the secret, and the database refuses its add —
        // whose keychain item is then taken back.
        r = as(manager, {QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("last4")).toString(),
                 QStringLiteral("0009"));
        r = as(manager, {QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")});
        QCOMPARE(r.code, 4);
        QVERIFY(!r.out.toUtf8().contains(secret));
        const QString itemsBefore = test::keychainItems();
        r = as(manager,
               {QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                QStringLiteral("--label"), QStringLiteral("sneaky"), QStringLiteral("--secret-stdin"),
                QStringLiteral("--yes")},
               "sk-proj-ManagerMayNot000000000010\n");
        QCOMPARE(r.code, 4);
        QCOMPARE(test::keychainItems(), itemsBefore);

        // An API user — and finance — see providers, not keys.
        const QString finance = pg.createLogin(QStringLiteral("finance"));
        WriteExecutor::execute(owner, roles.planGrant(finance, Roles::Finance));
        for (const QString& login : {user, finance}) {
            r = as(login, {QStringLiteral("keys"), QStringLiteral("providers"), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QCOMPARE(r.json().array().size(),
                     15); // the six of 0006, Ollama and Kapa (0009), six services (0013), Mattermost (0016)
            r = as(login, {QStringLiteral("keys"), QStringLiteral("list")});
            QCOMPARE(r.code, 4);
        }
    }

    // A connection that goes while the key's row is written (here: the server ends the session from a
    // trigger) leaves the outcome unknown — it might have been committed — so the new secret is not taken
    // back out of the keychain (a committed key without its secret would be lost for good). It stays in the
    // journal, and the next keychain-writing command removes it, since no key names it.
    void aConnectionLostDuringTheWriteLeavesTheSecretForTheNextCommand()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        test::PgTestDatabase pg(QStringLiteral("vaultlost"));
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        Database owner;
        test::prepare(owner, pg.target(), 0);
        owner.execRaw(
            QStringLiteral("CREATE FUNCTION test_end_session() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF NEW.label = 'dropped' THEN PERFORM pg_terminate_backend(pg_backend_pid()); "
                           "PERFORM pg_sleep(5); END IF; RETURN NEW; END $$"));
        owner.execRaw(QStringLiteral("CREATE TRIGGER test_end_session BEFORE INSERT ON api_keys FOR EACH ROW "
                                     "EXECUTE FUNCTION test_end_session()"));
        const auto items = [] { return test::keychainItems().count(QStringLiteral("attribute.user = ")); };
        const auto add = [&](const QString& label, const QByteArray& secret) {
            return test::runCli(m_home.path(),
                                {QStringLiteral("--db"), pg.url(), QStringLiteral("keys"),
                                 QStringLiteral("add"), QStringLiteral("openai"), QStringLiteral("--label"),
                                 label, QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                                secret + '\n');
        };
        const int before = items();
        test::CliResult r = add(QStringLiteral("dropped"), "sk-proj-LostConnection000000000011");
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(QString(r.out + r.err).contains(QStringLiteral("connection"), Qt::CaseInsensitive),
                 qPrintable(describe(r)));
        QCOMPARE(
            owner.scalar(QStringLiteral("SELECT count(*) FROM api_keys WHERE label = 'dropped'")).toInt(), 0);
        QCOMPARE(items(), before + 1); // kept: the command could not know the row was not committed

        r = add(QStringLiteral("next"), "sk-proj-AfterTheLostOne00000000012");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(QString(r.out + r.err).contains(QStringLiteral("Removed 1 secret")),
                 qPrintable(describe(r)));
        QCOMPARE(items(), before + 1); // the leftover gone, the new key's secret there
        r = test::runCli(m_home.path(), {QStringLiteral("--db"), pg.url(), QStringLiteral("keys"),
                                         QStringLiteral("get"), QStringLiteral("openai")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("sk-proj-AfterTheLostOne00000000012"));
    }
};

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
