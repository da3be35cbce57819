// When the OS keychain cannot take a secret, Fusion Console says what is wrong and stores nothing, never a
// plaintext fallback: with no Secret Service at all, with the keychain locked, and with a Secret Service that
// never answers (a stopped gnome-keyring-daemon), where the call ends after its timeout with exactly one
// answer. Runs under tests/fixtures/with-keychain.sh: a private D-Bus session and gnome-keyring.
#include "models/secrets/SecretStore.h"
#include "models/storage/ConnectionProfiles.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <signal.h>
#include <sys/types.h>

using namespace fusion;

namespace {

const QString kUrl = QStringLiteral("postgresql://alice@db.example.invalid:5432/fusion");

// fusionctl with a clean environment of its own (settings in `home`), adjusted by `tweak`.
test::CliResult runCli(const QString& home, const QStringList& args, const QByteArray& input,
                       const std::function<void(QProcessEnvironment&)>& tweak = {})
{
    QProcessEnvironment env = test::cliEnvironment(home);
    if (tweak)
        tweak(env);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::fusionctlPath(), args);
    test::CliResult result;
    if (!p.waitForStarted()) {
        result.err = p.errorString();
        return result;
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        result.err = QStringLiteral("fusionctl timed out");
        return result;
    }
    result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

// Settings fusionctl wrote under `home`, as text ("" if it wrote none).
QString settingsText(const QString& home)
{
    QFile f(home + QStringLiteral("/config/fusion-console/fusion-console.conf"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList profileNames(const test::CliResult& list)
{
    QStringList names;
    const QJsonArray items = list.json().array();
    for (const auto& v : items)
        names << v.toObject().value(QStringLiteral("name")).toString();
    return names;
}

// The environment of a machine with no session bus at all (and no way to start one).
void noSessionBus(QProcessEnvironment& env, const QString& emptyRuntimeDir)
{
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), emptyRuntimeDir);
}

template <typename T>
struct Answer {
    int calls = 0;
    std::optional<Result<T>> result;
};

} // namespace

class TestKeychainErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run this test through CTest (tests/fixtures/with-keychain.sh)");
        QVERIFY2(!test::fusionctlPath().isEmpty(), "FUSIONCTL is not set: run this test through CTest");
        QVERIFY(m_home.isValid());
        QVERIFY(m_runtime.isValid());
        // In-process settings (ConnectionProfiles) go to the private XDG_CONFIG_HOME of with-keychain.sh.
        QCoreApplication::setOrganizationName(QStringLiteral("fusion-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_errors"));
        // gnome-keyring-daemon may still be claiming its bus name when the test starts.
        QVERIFY2(QTest::qWaitFor([] { return test::secretServicePid() > 0; }, 10000),
                 "no Secret Service on the session bus");
        QVERIFY(!test::loginCollectionLocked());
        // The keychain works to begin with: what follows is about it failing, not about a broken setup.
        const auto cli = runCli(m_home.path(),
                                {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("working"),
                                 QStringLiteral("--url"), kUrl, QStringLiteral("--password-stdin")},
                                "working-pw\n");
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QVERIFY(test::keychainHasItem(QStringLiteral("profile/working")));
    }

    void noSessionBusMeansNothingIsStored()
    {
        const QString runtime = m_runtime.path();
        const auto cli =
            runCli(m_home.path(),
                   {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("nobus"),
                    QStringLiteral("--url"), kUrl, QStringLiteral("--password-stdin")},
                   "nobus-secret\n", [&runtime](QProcessEnvironment& env) { noSessionBus(env, runtime); });
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("nothing was stored"), Qt::CaseInsensitive),
                 qPrintable(cli.err));
        QVERIFY2(!cli.err.contains(QStringLiteral("nobus-secret")), qPrintable(cli.err));
        m_observed << QStringLiteral("no bus: ") + cli.err.trimmed();
        expectNoProfile(QStringLiteral("nobus"));
    }

    void unreachableBusAddressMeansNothingIsStored()
    {
        const auto cli = runCli(m_home.path(),
                                {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("badbus"),
                                 QStringLiteral("--url"), kUrl, QStringLiteral("--password-stdin")},
                                "badbus-secret\n", [this](QProcessEnvironment& env) {
                                    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                               QStringLiteral("unix:path=") +
                                                   m_runtime.filePath(QStringLiteral("no-bus")));
                                });
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(cli.err));
        QVERIFY2(cli.err.contains(QStringLiteral("nothing was stored"), Qt::CaseInsensitive),
                 qPrintable(cli.err));
        m_observed << QStringLiteral("bad bus address: ") + cli.err.trimmed();
        expectNoProfile(QStringLiteral("badbus"));
    }

    void savedPasswordCannotBeReadWithoutAKeychain()
    {
        const QString runtime = m_runtime.path();
        const auto cli = runCli(
            m_home.path(), {QStringLiteral("--profile"), QStringLiteral("working"), QStringLiteral("whoami")},
            {}, [&runtime](QProcessEnvironment& env) { noSessionBus(env, runtime); });
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(QStringLiteral("No OS keychain")), qPrintable(cli.err));
        // A read says so: nothing was read (not "nothing was stored", which would be about a write).
        QVERIFY2(cli.err.contains(QStringLiteral("Nothing was read.")), qPrintable(cli.err));
        QVERIFY2(!cli.err.contains(QStringLiteral("stored"), Qt::CaseInsensitive), qPrintable(cli.err));
        QVERIFY2(!cli.err.contains(QStringLiteral("working-pw")), qPrintable(cli.err));
    }

    void profileWithoutPasswordNeedsNoKeychain()
    {
        // A profile with no password involves no secret: adding, using and removing it must work on a machine
        // without any keychain.
        const QString runtime = m_runtime.path();
        const auto noBus = [&runtime](QProcessEnvironment& env) { noSessionBus(env, runtime); };
        auto cli = runCli(m_home.path(),
                          {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("plain"),
                           QStringLiteral("--url"), kUrl},
                          {}, noBus);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        cli =
            runCli(m_home.path(),
                   {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, {}, noBus);
        QCOMPARE(cli.code, 0);
        QVERIFY(profileNames(cli).contains(QStringLiteral("plain")));

        cli = runCli(m_home.path(),
                     {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("plain"),
                      QStringLiteral("--yes")},
                     {}, noBus);
        QVERIFY2(
            cli.code == 0,
            qPrintable(QStringLiteral("removing a profile that has no password failed without a keychain "
                                      "(exit %1): %2")
                           .arg(cli.code)
                           .arg(cli.err)));
        cli = runCli(m_home.path(),
                     {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, {});
        QVERIFY(!profileNames(cli).contains(QStringLiteral("plain")));
    }

    void silentSecretServiceTimesOutWithExactlyOneAnswer()
    {
        SecretStore store;
        store.setTimeoutMs(1500);
        QObject context;
        // Warm up: the service answers while it runs.
        auto warm = std::make_shared<Answer<Unit>>();
        store.write(QStringLiteral("timeout/probe"), SecretBytes(QByteArray("probe-secret")), &context,
                    [warm](Result<Unit> r) {
                        ++warm->calls;
                        warm->result = std::move(r);
                    });
        QTRY_VERIFY_WITH_TIMEOUT(warm->calls == 1, 10000);
        QVERIFY2(warm->result->ok(),
                 qPrintable(warm->result->ok() ? QString() : warm->result->error().message));

        const qint64 pid = test::secretServicePid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });

        auto read = std::make_shared<Answer<SecretBytes>>();
        auto write = std::make_shared<Answer<Unit>>();
        auto orphan = std::make_shared<Answer<SecretBytes>>();
        QElapsedTimer timer;
        timer.start();
        store.read(QStringLiteral("timeout/probe"), &context, [read](Result<SecretBytes> r) {
            ++read->calls;
            read->result = std::move(r);
        });
        store.write(QStringLiteral("timeout/written-while-stopped"), SecretBytes(QByteArray("late-secret")),
                    &context, [write](Result<Unit> r) {
                        ++write->calls;
                        write->result = std::move(r);
                    });
        {
            // A caller that goes away before the timeout gets no callback at all.
            auto gone = std::make_unique<QObject>();
            store.read(QStringLiteral("timeout/probe"), gone.get(), [orphan](Result<SecretBytes> r) {
                ++orphan->calls;
                orphan->result = std::move(r);
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(read->calls == 1 && write->calls == 1, 8000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= 1400 && elapsed < 5000,
                 qPrintable(QStringLiteral("answered after %1 ms").arg(elapsed)));
        QVERIFY(!read->result->ok());
        QCOMPARE(read->result->error().kind, ErrorKind::KeychainTimeout);
        QVERIFY2(read->result->error().message.contains(QStringLiteral("did not answer")),
                 qPrintable(read->result->error().message));
        QVERIFY(!write->result->ok());
        QCOMPARE(write->result->error().kind, ErrorKind::KeychainTimeout);
        QVERIFY2(write->result->error().message.contains(QStringLiteral("nothing was stored")),
                 qPrintable(write->result->error().message));
        m_observed << QStringLiteral("timeout (read): ") + read->result->error().message;

        // The service wakes up and answers the stale requests: nobody is called a second time.
        resume.dismiss();
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        auto after = std::make_shared<Answer<SecretBytes>>();
        store.setTimeoutMs(20000);
        store.read(QStringLiteral("timeout/probe"), &context, [after](Result<SecretBytes> r) {
            ++after->calls;
            after->result = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(after->calls == 1, 20000);
        QVERIFY(after->result->ok());
        QCOMPARE(after->result->value().bytes(), QByteArray("probe-secret"));
        QTest::qWait(1000);
        QCOMPARE(read->calls, 1);
        QCOMPARE(write->calls, 1);
        QCOMPARE(orphan->calls, 0);
        QCOMPARE(after->calls, 1);
    }

    void timedOutProfileSaveLeavesNoSecretBehind()
    {
        // "Nothing was stored" must stay true once the stalled Secret Service catches up: a profile whose
        // save timed out leaves no password behind in the keychain that no profile refers to.
        SecretStore store;
        store.setTimeoutMs(1500);
        ConnectionProfiles profiles(&store);
        QObject context;
        auto warm = std::make_shared<Answer<Unit>>();
        store.write(QStringLiteral("timeout/warm"), SecretBytes(QByteArray("warm")), &context,
                    [warm](Result<Unit> r) {
                        ++warm->calls;
                        warm->result = std::move(r);
                    });
        QTRY_VERIFY_WITH_TIMEOUT(warm->calls == 1, 10000);

        const qint64 pid = test::secretServicePid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
        auto resume = qScopeGuard([pid] { ::kill(pid_t(pid), SIGCONT); });
        auto saved = std::make_shared<Answer<Unit>>();
        profiles.save(QStringLiteral("stalled"), DatabaseTarget::parse(kUrl).value(),
                      SecretBytes(QByteArray("stalled-secret")), &context, [saved](Result<Unit> r) {
                          ++saved->calls;
                          saved->result = std::move(r);
                      });
        QTRY_VERIFY_WITH_TIMEOUT(saved->calls == 1, 8000);
        QVERIFY(!saved->result->ok());
        QCOMPARE(saved->result->error().kind, ErrorKind::KeychainTimeout);
        QVERIFY2(saved->result->error().message.contains(QStringLiteral("nothing was stored")),
                 qPrintable(saved->result->error().message));
        m_observed << QStringLiteral("timeout (ConnectionProfiles::save): ") + saved->result->error().message;
        QVERIFY(!profiles.find(QStringLiteral("stalled")));

        // The service wakes up; once it has answered a later request, it has handled the stalled one too.
        resume.dismiss();
        QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
        store.setTimeoutMs(20000);
        auto after = std::make_shared<Answer<SecretBytes>>();
        store.read(QStringLiteral("timeout/warm"), &context, [after](Result<SecretBytes> r) {
            ++after->calls;
            after->result = std::move(r);
        });
        QTRY_VERIFY_WITH_TIMEOUT(after->calls == 1, 20000);
        QTest::qWait(500);
        QCOMPARE(saved->calls, 1);
        QVERIFY(!profiles.find(QStringLiteral("stalled")));
        const bool orphan = test::keychainHasItem(ConnectionProfiles::secretKey(QStringLiteral("stalled")));
        m_observed << QStringLiteral("password of the timed-out save is in the keychain afterwards: %1")
                          .arg(orphan ? QStringLiteral("yes") : QStringLiteral("no"));
        QVERIFY2(!orphan, "the save was reported as \"nothing was stored\", yet its password landed in the "
                          "keychain when the Secret Service woke up, with no profile referring to it");
    }

    void lockedKeychainRefusesNewProfileAndSaysLocked()
    {
        QVERIFY(test::lockLoginCollection());
        auto unlock = qScopeGuard([] { test::unlockLoginCollection(); });
        QTRY_VERIFY_WITH_TIMEOUT(test::loginCollectionLocked(), 5000);

        const auto cli = runCli(m_home.path(),
                                {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sealed"),
                                 QStringLiteral("--url"), kUrl, QStringLiteral("--password-stdin")},
                                "locked-secret\n");
        m_observed << QStringLiteral("locked (fusionctl profiles add): ") + cli.err.trimmed();
        QVERIFY(cli.code != 0);
        expectNoProfile(QStringLiteral("sealed"));

        // In process, the same: what QtKeychain says, and how it is classified.
        SecretStore store;
        QObject context;
        auto answer = std::make_shared<Answer<Unit>>();
        store.write(QStringLiteral("locked/probe"), SecretBytes(QByteArray("locked-secret")), &context,
                    [answer](Result<Unit> r) {
                        ++answer->calls;
                        answer->result = std::move(r);
                    });
        QTRY_VERIFY_WITH_TIMEOUT(answer->calls == 1, 25000);
        QVERIFY(!answer->result->ok());
        m_observed << QStringLiteral("locked (SecretStore::write): kind %1, QtKeychain said \"%2\"")
                          .arg(answer->result->error().kindName(), answer->result->error().detail);

        // The message itself (not only the keychain's own words quoted under "Details:") must say so.
        const QString message = cli.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(message.contains(QStringLiteral("locked")),
                 qPrintable(QStringLiteral("the message does not say the keychain is locked: ") + message));
        QCOMPARE(answer->result->error().kind, ErrorKind::KeychainLocked);
    }

    void lockedKeychainReadSaysLocked()
    {
        QVERIFY(test::lockLoginCollection());
        auto unlock = qScopeGuard([] { test::unlockLoginCollection(); });
        QTRY_VERIFY_WITH_TIMEOUT(test::loginCollectionLocked(), 5000);

        // The profile's password exists, in a locked keychain: the person must be told to unlock it, not that
        // the password is missing.
        const auto cli =
            runCli(m_home.path(),
                   {QStringLiteral("--profile"), QStringLiteral("working"), QStringLiteral("whoami")}, {});
        m_observed << QStringLiteral("locked (fusionctl --profile whoami): exit %1: %2")
                          .arg(cli.code)
                          .arg(cli.err.trimmed());
        QVERIFY(cli.code != 0);
        const QString message = cli.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(message.contains(QStringLiteral("locked")),
                 qPrintable(QStringLiteral("the message does not say the keychain is locked: ") + message));
    }

    void lockedKeychainDoesNotPretendToRemoveThePassword()
    {
        auto cli = runCli(m_home.path(),
                          {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("toremove"),
                           QStringLiteral("--url"), kUrl, QStringLiteral("--password-stdin")},
                          "toremove-secret\n");
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QVERIFY(test::keychainHasItem(QStringLiteral("profile/toremove")));
        QVERIFY(test::lockLoginCollection());
        auto unlock = qScopeGuard([] { test::unlockLoginCollection(); });
        QTRY_VERIFY_WITH_TIMEOUT(test::loginCollectionLocked(), 5000);

        cli = runCli(m_home.path(),
                     {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("toremove"),
                      QStringLiteral("--yes")},
                     {});
        m_observed << QStringLiteral("locked (fusionctl profiles remove): exit %1: %2 %3")
                          .arg(cli.code)
                          .arg(cli.out.trimmed(), cli.err.trimmed());
        // Either it refuses (and keeps the profile, so the password can be removed later), or the password is
        // really gone from the keychain. Saying "Removed" while the secret stays behind is neither.
        const bool stillInKeychain = test::keychainHasItem(QStringLiteral("profile/toremove"));
        if (cli.code == 0)
            QVERIFY2(!stillInKeychain,
                     "fusionctl reported the profile removed, but its password is still in the "
                     "(locked) keychain and the profile that refers to it is gone");
        else
            QVERIFY(settingsText(m_home.path()).contains(QStringLiteral("toremove")));
    }

    void cleanupTestCase()
    {
        // For the report: exactly what the keychain said in each case.
        for (const QString& line : std::as_const(m_observed))
            qInfo("observed: %s", qPrintable(line));
    }

private:
    void expectNoProfile(const QString& name)
    {
        const auto list =
            runCli(m_home.path(),
                   {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, {});
        QCOMPARE(list.code, 0);
        QVERIFY2(!profileNames(list).contains(name), qPrintable(list.out));
        QVERIFY2(!settingsText(m_home.path()).contains(name), qPrintable(settingsText(m_home.path())));
        QVERIFY(!test::keychainHasItem(QStringLiteral("profile/") + name));
    }

    QTemporaryDir m_home;
    QTemporaryDir m_runtime; // an empty XDG_RUNTIME_DIR: no session bus socket in it
    QStringList m_observed;
};

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychain_errors.moc"
