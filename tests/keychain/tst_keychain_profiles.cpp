// Connection profiles with a real OS keychain (gnome-keyring's Secret Service on a private D-Bus session,
// tests/fixtures/with-keychain.sh): the password goes to the keychain and nowhere else, can be changed and
// forgotten, and is what actually opens PostgreSQL — on the fixture server and on a server of this test's
// own that requires passwords (SCRAM). At the end, no password is found in any settings file, SQLite
// database, audit row or anything fusionctl printed.
#include "models/audit/AuditLog.h"
#include "models/audit/WriteExecutor.h"
#include "models/roles/RoleService.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/ConnectionProfiles.h"
#include "models/tenants/TenantRepository.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

template <typename T>
struct Answer {
    int calls = 0;
    std::optional<Result<T>> result;
};

template <typename T>
std::function<void(Result<T>)> into(const std::shared_ptr<Answer<T>>& answer)
{
    return [answer](Result<T> r) {
        ++answer->calls;
        answer->result = std::move(r);
    };
}

QString describe(const Error& e)
{
    return e.kindName() + QStringLiteral(": ") + e.message + QStringLiteral(" (") + e.detail +
           QLatin1Char(')');
}

// What secret-tool shows for the items QtKeychain wrote for the service (attribute "server").
QString keychainItems()
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                            QStringLiteral("server"), SecretStore::defaultService()});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAll());
}

// The item secret-tool lists for `key` (its lines), or an empty list.
QStringList keychainItem(const QString& key)
{
    const QStringList blocks = keychainItems().split(QRegularExpression(QStringLiteral("(?m)^\\[")));
    for (const QString& block : blocks) {
        if (block.contains(QStringLiteral("attribute.user = ") + key + QLatin1Char('\n')))
            return block.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return {};
}

// The secret of that item as secret-tool prints it; QtKeychain stores binary data base64-encoded.
QByteArray keychainSecret(const QString& key)
{
    const QStringList lines = keychainItem(key);
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("secret = ")))
            return QByteArray::fromBase64(line.mid(9).trimmed().toLatin1());
    }
    return {};
}

bool secretServiceRunning()
{
    QProcess p;
    p.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                          QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                          QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                          QStringLiteral("string:org.freedesktop.secrets")});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("boolean true"));
}

QJsonObject profileJson(const test::CliResult& list, const QString& name)
{
    const QJsonArray items = list.json().array();
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

// A PostgreSQL server of this test's own that asks every login but postgres for its password (SCRAM).
class PasswordServer {
public:
    PasswordServer()
        : m_dir(QStringLiteral("/tmp/fusion-kc-") + QUuid::createUuid().toString(QUuid::Id128).left(8))
    {
        if (!pgsh(QStringLiteral("start")))
            return;
        QFile hba(m_dir + QStringLiteral("/data/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_error = hba.errorString();
            return;
        }
        hba.write("local all postgres trust\nlocal all all scram-sha-256\n");
        hba.close();
        m_ok = true;
    }
    ~PasswordServer() { pgsh(QStringLiteral("stop")); }
    PasswordServer(const PasswordServer&) = delete;
    PasswordServer& operator=(const PasswordServer&) = delete;
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    DatabaseTarget target(const QString& user, const QString& database) const
    {
        DatabaseTarget t;
        t.dialect = Dialect::Postgres;
        t.host = m_dir;
        t.user = user;
        t.database = database;
        return t;
    }

private:
    bool pgsh(const QString& action)
    {
        QProcess p;
        p.start(QStringLiteral(FUSION_FIXTURES_DIR "/pg.sh"), {action, m_dir});
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("pg.sh %1 failed: %2")
                          .arg(action, QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    }
    QString m_dir;
    QString m_error;
    bool m_ok = false;
};

} // namespace

class TestKeychainProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run this test through CTest (tests/fixtures/with-keychain.sh)");
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY2(!test::fusionctlPath().isEmpty(), "FUSIONCTL is not set: run this test through CTest");
        QVERIFY(m_home.isValid());
        // In-process settings go to the private XDG_CONFIG_HOME that with-keychain.sh made for this run.
        QCoreApplication::setOrganizationName(QStringLiteral("fusion-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_profiles"));
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(!config.isEmpty() && QSettings().fileName().startsWith(config),
                 qPrintable(QSettings().fileName()));
        // gnome-keyring-daemon may still be claiming its bus name when the test starts.
        QVERIFY2(QTest::qWaitFor([] { return secretServiceRunning(); }, 10000),
                 "no Secret Service on the bus");
        m_profiles = std::make_unique<ConnectionProfiles>(&m_store);
    }

    void savedPasswordLivesOnlyInTheKeychain()
    {
        const QString name = QStringLiteral("inproc");
        const QByteArray first = newPassword();
        const QByteArray second = newPassword();
        const auto target =
            DatabaseTarget::parse(QStringLiteral("postgresql://alice@db.example.invalid:5433/fusion"
                                                 "?sslmode=require"));
        QVERIFY(target.ok());

        auto saved = std::make_shared<Answer<Unit>>();
        m_profiles->save(name, target.value(), SecretBytes(first), this, into(saved));
        QTRY_VERIFY_WITH_TIMEOUT(saved->calls > 0, 20000);
        QVERIFY2(saved->result->ok(),
                 qPrintable(saved->result->ok() ? QString() : describe(saved->result->error())));
        const auto profile = m_profiles->find(name);
        QVERIFY(profile);
        QVERIFY(profile->hasPassword);
        QCOMPARE(profile->target.toUrl(), target.value().toUrl());

        auto read = std::make_shared<Answer<SecretBytes>>();
        m_profiles->password(name, this, into(read));
        QTRY_VERIFY_WITH_TIMEOUT(read->calls > 0, 20000);
        QVERIFY(read->result->ok());
        QCOMPARE(read->result->value().bytes(), first);

        // The Secret Service really holds it: one item, for this profile, of this application.
        const QStringList item = keychainItem(ConnectionProfiles::secretKey(name));
        QVERIFY2(!item.isEmpty(), qPrintable(keychainItems()));
        QVERIFY2(item.contains(QStringLiteral("attribute.server = ") + SecretStore::defaultService()),
                 qPrintable(item.join(QLatin1Char('\n'))));
        QCOMPARE(keychainSecret(ConnectionProfiles::secretKey(name)), first);
        // The settings hold the address and the fact that there is a password, not the password.
        QVERIFY(!test::readFile(QSettings().fileName()).contains(first));

        auto changed = std::make_shared<Answer<Unit>>();
        m_profiles->changePassword(name, SecretBytes(second), this, into(changed));
        QTRY_VERIFY_WITH_TIMEOUT(changed->calls > 0, 20000);
        QVERIFY(changed->result->ok());
        read = std::make_shared<Answer<SecretBytes>>();
        m_profiles->password(name, this, into(read));
        QTRY_VERIFY_WITH_TIMEOUT(read->calls > 0, 20000);
        QVERIFY(read->result->ok());
        QCOMPARE(read->result->value().bytes(), second);
        QCOMPARE(keychainSecret(ConnectionProfiles::secretKey(name)), second);
        QCOMPARE(
            keychainItems().count(QStringLiteral("attribute.user = ") + ConnectionProfiles::secretKey(name)),
            1);

        auto forgotten = std::make_shared<Answer<Unit>>();
        m_profiles->forget(name, this, into(forgotten));
        QTRY_VERIFY_WITH_TIMEOUT(forgotten->calls > 0, 20000);
        QVERIFY(forgotten->result->ok());
        QVERIFY(!m_profiles->find(name));
        QVERIFY2(keychainItem(ConnectionProfiles::secretKey(name)).isEmpty(), qPrintable(keychainItems()));
        read = std::make_shared<Answer<SecretBytes>>();
        m_profiles->password(name, this, into(read));
        QTRY_VERIFY_WITH_TIMEOUT(read->calls > 0, 20000);
        QVERIFY(!read->result->ok());
        QCOMPARE(read->result->error().kind, ErrorKind::NotFound);

        // Every call answered exactly once.
        QTest::qWait(200);
        QCOMPARE(saved->calls, 1);
        QCOMPARE(changed->calls, 1);
        QCOMPARE(forgotten->calls, 1);
        QCOMPARE(read->calls, 1);
    }

    void profileMistakesAreReportedAndStoreNothing()
    {
        const QByteArray secret = newPassword();
        const auto target =
            DatabaseTarget::parse(QStringLiteral("postgresql://bob@db.example.invalid/fusion"));
        auto bad = std::make_shared<Answer<Unit>>();
        m_profiles->save(QStringLiteral("-not a name"), target.value(), SecretBytes(secret), this, into(bad));
        QTRY_VERIFY_WITH_TIMEOUT(bad->calls > 0, 20000);
        QVERIFY(!bad->result->ok());
        QCOMPARE(bad->result->error().kind, ErrorKind::InvalidInput);
        QVERIFY(m_profiles->list().isEmpty());
        QVERIFY(keychainItem(ConnectionProfiles::secretKey(QStringLiteral("-not a name"))).isEmpty());

        auto unknown = std::make_shared<Answer<Unit>>();
        m_profiles->changePassword(QStringLiteral("nosuch"), SecretBytes(secret), this, into(unknown));
        QTRY_VERIFY_WITH_TIMEOUT(unknown->calls > 0, 20000);
        QVERIFY(!unknown->result->ok());
        QCOMPARE(unknown->result->error().kind, ErrorKind::NotFound);
        QVERIFY(keychainItem(ConnectionProfiles::secretKey(QStringLiteral("nosuch"))).isEmpty());

        // A profile without a password has none to read, and puts nothing in the keychain.
        auto plain = std::make_shared<Answer<Unit>>();
        m_profiles->save(QStringLiteral("plain"), target.value(), SecretBytes(), this, into(plain));
        QTRY_VERIFY_WITH_TIMEOUT(plain->calls > 0, 20000);
        QVERIFY(plain->result->ok());
        QVERIFY(!m_profiles->find(QStringLiteral("plain"))->hasPassword);
        auto none = std::make_shared<Answer<SecretBytes>>();
        m_profiles->password(QStringLiteral("plain"), this, into(none));
        QTRY_VERIFY_WITH_TIMEOUT(none->calls > 0, 20000);
        QVERIFY(none->result->ok());
        QVERIFY(none->result->value().isEmpty());
        QVERIFY(keychainItem(ConnectionProfiles::secretKey(QStringLiteral("plain"))).isEmpty());
        auto gone = std::make_shared<Answer<Unit>>();
        m_profiles->forget(QStringLiteral("plain"), this, into(gone));
        QTRY_VERIFY_WITH_TIMEOUT(gone->calls > 0, 20000);
        QVERIFY(gone->result->ok());
        QVERIFY(!m_profiles->find(QStringLiteral("plain")));
    }

    void profileOpensTheFixtureServer()
    {
        test::guarded([&] {
            test::PgTestDatabase pg(QStringLiteral("kc"));
            QVERIFY2(pg.ok(), qPrintable(pg.error()));
            Database admin;
            test::prepare(admin, pg.target(), 5);
            const QString login = pg.createLogin(QStringLiteral("kcuser"));
            const QByteArray secret = newPassword();
            QString error;
            QVERIFY2(
                pg.superuserExec(
                    QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, QString::fromUtf8(secret)),
                    &error),
                qPrintable(error));
            WriteExecutor::execute(admin, RoleService(admin).planGrant(login, Roles::Operator));

            // In process: the password read from the keychain opens the connection, as that login.
            auto saved = std::make_shared<Answer<Unit>>();
            m_profiles->save(QStringLiteral("fixture"), pg.target(login), SecretBytes(secret), this,
                             into(saved));
            QTRY_VERIFY_WITH_TIMEOUT(saved->calls > 0, 20000);
            QVERIFY(saved->result->ok());
            auto read = std::make_shared<Answer<SecretBytes>>();
            m_profiles->password(QStringLiteral("fixture"), this, into(read));
            QTRY_VERIFY_WITH_TIMEOUT(read->calls > 0, 20000);
            QVERIFY(read->result->ok());
            Database db;
            db.open(m_profiles->find(QStringLiteral("fixture"))->target, read->result->value().bytes());
            QCOMPARE(db.actor(), login);
            QCOMPARE(db.target().displayName(), QStringLiteral("fixture"));
            QCOMPARE(TenantRepository(db).counts().total, qint64(5));

            // fusionctl: add with the password on standard input, then use the profile.
            auto cli = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("fixture-cli"),
                            QStringLiteral("--url"), pg.url(login), QStringLiteral("--password-stdin")},
                           secret + '\n');
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            cli = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
            QCOMPARE(cli.code, 0);
            const QJsonObject entry = profileJson(cli, QStringLiteral("fixture-cli"));
            QCOMPARE(entry.value(QStringLiteral("password_in_keychain")).toBool(), true);
            QCOMPARE(entry.value(QStringLiteral("url")).toString(), pg.url(login));
            QVERIFY(!cli.out.toUtf8().contains(secret));
            QCOMPARE(keychainSecret(ConnectionProfiles::secretKey(QStringLiteral("fixture-cli"))), secret);

            cli = run({QStringLiteral("--profile"), QStringLiteral("fixture-cli"), QStringLiteral("whoami"),
                       QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("login")).toString(), login);
            QCOMPARE(cli.json().object().value(QStringLiteral("database")).toString(),
                     QStringLiteral("fixture-cli"));
            QCOMPARE(cli.json().object().value(QStringLiteral("roles")).toArray().first().toString(),
                     Roles::Operator);

            TenantQuery active;
            active.status = TenantStatus::Active;
            const QString slug = TenantRepository(admin).list(active).rows.value(0).slug;
            QVERIFY(!slug.isEmpty());
            cli = run({QStringLiteral("--profile"), QStringLiteral("fixture-cli"), QStringLiteral("tenants"),
                       QStringLiteral("pause"), slug, QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(TenantRepository(admin).requireBySlug(slug).status, TenantStatus::Paused);
            AuditQuery paused;
            paused.action = QStringLiteral("tenant.pause");
            QCOMPARE(AuditLog::list(admin, paused).value(0).actor, login);
            // Audit rows record who did what, never the secret they connected with.
            QVERIFY(!test::snapshot(admin).toUtf8().contains(secret));
            AuditQuery q;
            q.search = login;
            for (const AuditEntry& e : AuditLog::list(admin, q))
                QVERIFY(!(e.beforeJson + e.afterJson).toUtf8().contains(secret));

            auto forgotten = std::make_shared<Answer<Unit>>();
            m_profiles->forget(QStringLiteral("fixture"), this, into(forgotten));
            QTRY_VERIFY_WITH_TIMEOUT(forgotten->calls > 0, 20000);
            QVERIFY(forgotten->result->ok());
            cli = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("fixture-cli"),
                       QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
        });
    }

    void keychainPasswordOpensAServerThatRequiresIt()
    {
        test::guarded([&] {
            PasswordServer server;
            QVERIFY2(server.ok(), qPrintable(server.error()));
            const QByteArray secret = newPassword();
            const QByteArray wrong = newPassword();
            {
                Database admin;
                admin.open(server.target(QStringLiteral("postgres"), QStringLiteral("postgres")));
                admin.scalar(QStringLiteral("SELECT pg_reload_conf()"));
                admin.execRaw(QStringLiteral("CREATE DATABASE kcdb"));
                admin.execRaw(
                    QStringLiteral("CREATE ROLE kcuser LOGIN PASSWORD '%1'").arg(QString::fromUtf8(secret)));
            }
            {
                Database admin;
                test::prepare(admin, server.target(QStringLiteral("postgres"), QStringLiteral("kcdb")), 4);
                WriteExecutor::execute(
                    admin, RoleService(admin).planGrant(QStringLiteral("kcuser"), Roles::Operator));
            }
            const QString url = server.target(QStringLiteral("kcuser"), QStringLiteral("kcdb")).toUrl();

            // Without the password, the server says no, and fusionctl says where the password belongs.
            auto cli = run({QStringLiteral("--db"), url, QStringLiteral("whoami")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("Could not connect")), qPrintable(cli.err));
            QVERIFY2(cli.err.contains(QStringLiteral("keychain")), qPrintable(cli.err));

            cli = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("scram"),
                       QStringLiteral("--url"), url, QStringLiteral("--password-stdin")},
                      secret + '\n');
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(QStringLiteral("keychain")), qPrintable(cli.out));
            cli = run({QStringLiteral("--profile"), QStringLiteral("scram"), QStringLiteral("whoami"),
                       QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("login")).toString(), QStringLiteral("kcuser"));

            // A changed (wrong) password is what is used next: the server refuses it.
            cli = run({QStringLiteral("profiles"), QStringLiteral("set-password"), QStringLiteral("scram"),
                       QStringLiteral("--password-stdin")},
                      wrong);
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(keychainSecret(ConnectionProfiles::secretKey(QStringLiteral("scram"))), wrong);
            cli = run({QStringLiteral("--profile"), QStringLiteral("scram"), QStringLiteral("whoami")});
            QCOMPARE(cli.code, 1);
            QVERIFY2(cli.err.contains(QStringLiteral("password authentication failed")), qPrintable(cli.err));
            cli = run({QStringLiteral("profiles"), QStringLiteral("set-password"), QStringLiteral("scram"),
                       QStringLiteral("--password-stdin")},
                      secret + "\r\n");
            QVERIFY2(cli.code == 0, qPrintable(cli.err));

            // The default profile: fusionctl opens it when no store is named.
            cli = run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("scram")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            cli = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
            QCOMPARE(profileJson(cli, QStringLiteral("scram")).value(QStringLiteral("default")).toBool(),
                     true);
            QCOMPARE(profileJson(cli, QStringLiteral("scram"))
                         .value(QStringLiteral("password_in_keychain"))
                         .toBool(),
                     true);
            cli = run({QStringLiteral("whoami"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("login")).toString(), QStringLiteral("kcuser"));
            cli = run({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QCOMPARE(cli.json().object().value(QStringLiteral("total")).toInt(), 4);

            cli = run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("--none")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            cli = run({QStringLiteral("db"), QStringLiteral("status")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(QStringLiteral("No database at")), qPrintable(cli.out));
            cli = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
            QCOMPARE(profileJson(cli, QStringLiteral("scram")).value(QStringLiteral("default")).toBool(),
                     false);

            // Removing the default profile deletes its password and falls back to the embedded file.
            cli = run({QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("scram")});
            QCOMPARE(cli.code, 0);
            cli = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("scram")});
            QCOMPARE(cli.code, 3); // no terminal, no --yes: not confirmed
            QVERIFY(!keychainItem(ConnectionProfiles::secretKey(QStringLiteral("scram"))).isEmpty());
            cli = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("scram"),
                       QStringLiteral("--yes")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(keychainItem(ConnectionProfiles::secretKey(QStringLiteral("scram"))).isEmpty(),
                     qPrintable(keychainItems()));
            cli = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY(profileJson(cli, QStringLiteral("scram")).isEmpty());
            cli = run({QStringLiteral("--profile"), QStringLiteral("scram"), QStringLiteral("whoami")});
            QCOMPARE(cli.code, 5);
            cli = run({QStringLiteral("db"), QStringLiteral("status")});
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
            QVERIFY2(cli.out.contains(QStringLiteral("No database at")), qPrintable(cli.out));
        });
    }

    void profileOnAnEmbeddedFileKeepsItsPasswordOutOfTheFile()
    {
        const QByteArray secret = newPassword();
        const QString file = m_home.filePath(QStringLiteral("profiled.db"));
        auto cli = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lite"),
                        QStringLiteral("--url"), QStringLiteral("sqlite://") + file,
                        QStringLiteral("--password-stdin")},
                       secret);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        for (const QStringList& args :
             {QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tenants"),
                          QStringLiteral("3"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")}}) {
            cli = run(QStringList{QStringLiteral("--profile"), QStringLiteral("lite")} + args);
            QVERIFY2(cli.code == 0, qPrintable(cli.err));
        }
        QVERIFY(QFile::exists(file));
        QCOMPARE(cli.json().array().size(), 2); // the migration and the demo data, each audited
    }

    void noPasswordAnywhereButTheKeychain()
    {
        QVERIFY(!m_passwords.isEmpty());
        QStringList files;
        files << QSettings().fileName();
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.contains(m_home.filePath(QStringLiteral("profiled.db"))),
                 qPrintable(files.join(QLatin1Char(','))));
        QVERIFY2(files.contains(m_home.filePath(QStringLiteral("config/fusion-console/fusion-console.conf"))),
                 qPrintable(files.join(QLatin1Char(','))));
        QVERIFY(QFile::exists(QSettings().fileName()));

        for (const QByteArray& password : std::as_const(m_passwords)) {
            for (const QByteArray& needle : {password, password.toBase64()}) {
                for (const QString& file : std::as_const(files))
                    QVERIFY2(!test::readFile(file).contains(needle),
                             qPrintable(QStringLiteral("a password is in ") + file));
                QVERIFY2(!m_captured.contains(needle), "a password is in fusionctl's output");
            }
        }
    }

private:
    QByteArray newPassword()
    {
        // Unique, with non-ASCII bytes: found nowhere by chance, and stored byte for byte.
        const QByteArray p = QStringLiteral("Pw-%1-\u00df\u20ac!")
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(16))
                                 .toUtf8();
        m_passwords << p;
        return p;
    }

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        const test::CliResult r = test::runCli(m_home.path(), args, input);
        m_captured += r.out.toUtf8() + r.err.toUtf8();
        return r;
    }

    QTemporaryDir m_home;
    SecretStore m_store;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    QList<QByteArray> m_passwords;
    QByteArray m_captured;
};

QTEST_GUILESS_MAIN(TestKeychainProfiles)
#include "tst_keychain_profiles.moc"
