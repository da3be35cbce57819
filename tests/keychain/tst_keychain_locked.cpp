// A keychain that is locked from the start — a Secret Service with no unlocked collection, what a headless or
// SSH login gets (tests/fixtures/with-keychain.sh --locked, the KEYCHAIN_LOCKED test option): fusionctl
// stores no connection password, no API key and no events intake token, says the keychain is locked, leaves
// no profile, no key row and no keychain item behind, and events serve does not start listening.
#include "models/storage/Database.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fusion;

namespace {
const char Secret[] = "locked-from-the-start-0123456789";

QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1: %2 %3").arg(r.code).arg(r.out, r.err);
}

// Every settings file fusionctl wrote under `home`, as text.
QString settingsText(const QString& home)
{
    QString text;
    QDirIterator it(home, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        text += QString::fromUtf8(test::readFile(it.next()));
    return text;
}
} // namespace

class TestKeychainLocked : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_url;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(test::secretServicePid() > 0,
                 "no Secret Service: run through CTest (with-keychain.sh --locked)");
        const DatabaseTarget target = test::sqliteTarget(m_dir);
        m_url = target.toUrl();
        test::prepare(m_db, target);
    }

    void profilePasswordIsRefusedAndNothingIsStored()
    {
        const auto r = test::runCli(m_home.path(),
                                    {QStringLiteral("profiles"), QStringLiteral("add"),
                                     QStringLiteral("sealed"), QStringLiteral("--url"),
                                     QStringLiteral("postgresql://alice@db.example.invalid:5432/fusion"),
                                     QStringLiteral("--password-stdin")},
                                    QByteArray(Secret) + '\n');
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        // The message itself says what is wrong and that nothing was kept.
        const QString message = r.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(message.contains(QStringLiteral("locked")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was stored")), qPrintable(message));

        const auto list = test::runCli(
            m_home.path(), {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains(QStringLiteral("sealed")), qPrintable(list.out));
        const QString settings = settingsText(m_home.path());
        QVERIFY2(!settings.contains(QStringLiteral("sealed")), qPrintable(settings));
        QVERIFY(!settings.contains(QLatin1String(Secret)));
        QVERIFY(test::keychainItems().isEmpty());
    }

    void apiKeyIsRefusedAndNothingIsStored()
    {
        const auto r =
            test::runCli(m_home.path(),
                         {QStringLiteral("--db"), m_url, QStringLiteral("keys"), QStringLiteral("add"),
                          QStringLiteral("openai"), QStringLiteral("--label"), QStringLiteral("main"),
                          QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                         QByteArray("sk-") + Secret + '\n');
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(describe(r)));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM api_keys")).toLongLong(), qint64(0));
        const auto list = test::runCli(m_home.path(), {QStringLiteral("--db"), m_url, QStringLiteral("keys"),
                                                       QStringLiteral("list"), QStringLiteral("--all"),
                                                       QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        QVERIFY2(list.json().array().isEmpty(), qPrintable(list.out));
        QVERIFY(test::keychainItems().isEmpty());
        QVERIFY(!test::snapshot(m_db).contains(QLatin1String(Secret)));
    }

    // The events intake: no token can be made, and the server does not start without reading one.
    void eventsIntakeNeitherStoresNorListens()
    {
        const auto made = test::runCli(m_home.path(), {QStringLiteral("events"), QStringLiteral("token"),
                                                       QStringLiteral("generate"), QStringLiteral("--yes")});
        QCOMPARE(made.code, 1);
        QVERIFY2(made.err.contains(QStringLiteral("locked")), qPrintable(describe(made)));
        QVERIFY2(made.out.isEmpty(), qPrintable(made.out));
        const auto serve = test::runCli(
            m_home.path(), {QStringLiteral("--db"), m_url, QStringLiteral("events"), QStringLiteral("serve"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(serve.code, 1);
        QVERIFY2(serve.err.contains(QStringLiteral("locked")), qPrintable(describe(serve)));
        QVERIFY2(serve.err.contains(QStringLiteral("Nothing is listening")), qPrintable(describe(serve)));
        QVERIFY(!serve.err.contains(QStringLiteral("Listening on")));
        QVERIFY(test::keychainItems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
