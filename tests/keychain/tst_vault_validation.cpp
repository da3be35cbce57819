// Checking keys with their providers — at no cost — and rotating them, through fusionctl, a real keychain and
// the Python server playing the providers (tests/fixtures/fake_providers.py). A valid key is recorded as
// valid; a refused one as rejected with the provider's own words (never the secret); a rate limit, a server
// error, a timeout, a malformed body, a dropped connection and no network at all are "unreachable" and break
// nothing else. An OAuth check stores the fresh access token in the keychain. A rotation checks the new
// secret first: a refused one replaces nothing.
#include "tests/common/FakeProviders.h"
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

const QByteArray OpenAiKey = "sk-proj-ValidationGood000000000000000001";
const QByteArray OpenAiBad = "sk-proj-ValidationBad0000000000000000002";
const QByteArray AnthropicKey = "sk-ant-api03-ValidationGood00000000000003";
const QByteArray MapsKey = "AIzaSyValidationGood0000000000000000004";
const QByteArray TwilioToken = "validationtwiliotoken000000000005";
const QString TwilioSid = QStringLiteral("AC0000000000000000000000000000aaaa");
const QByteArray OAuthSecret = "GOCSPX-ValidationClientSecret006";
const QByteArray OAuthRefresh = "1//ValidationRefreshToken0000006";
const QString OAuthClient = QStringLiteral("validation-client.apps.googleusercontent.com");
} // namespace

class TestVaultValidation : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::FakeProviders> m_server;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db} + args,
                            input);
    }

    QJsonObject show(const QString& provider, const QString& label)
    {
        return run({QStringLiteral("keys"), QStringLiteral("show"), provider, QStringLiteral("--key"), label,
                    QStringLiteral("--json")})
            .json()
            .object();
    }

    test::CliResult validate(const QString& provider, const QString& label, const QStringList& extra = {})
    {
        return run(QStringList{QStringLiteral("keys"), QStringLiteral("validate"), provider,
                               QStringLiteral("--key"), label} +
                   extra);
    }

    void add(const QString& provider, const QString& label, const QByteArray& input,
             const QString& clientId = {})
    {
        QStringList args{QStringLiteral("keys"),
                         QStringLiteral("add"),
                         provider,
                         QStringLiteral("--label"),
                         label,
                         QStringLiteral("--secret-stdin"),
                         QStringLiteral("--yes")};
        if (!clientId.isEmpty())
            args << QStringLiteral("--client-id") << clientId;
        const test::CliResult r = run(args, input);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_db = m_dir.filePath(QStringLiteral("vault.db"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code, 0);
        // Every provider pointed at the test server (an owner's base URL override, as for a proxy).
        for (const char* p :
             {"openai", "anthropic", "google_maps", "twilio", "google_oauth", "microsoft_oauth"}) {
            const test::CliResult r = run(
                {QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"), QLatin1String(p),
                 QStringLiteral("--base-url"), m_server->url().toString(), QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(OpenAiKey)});
        m_server->setValidKeys(QStringLiteral("anthropic"), {QString::fromLatin1(AnthropicKey)});
        m_server->setValidKeys(QStringLiteral("google_maps"), {QString::fromLatin1(MapsKey)});
        m_server->setValidTwilio(TwilioSid, QString::fromLatin1(TwilioToken));
        m_server->setValidOAuth(OAuthClient, QString::fromLatin1(OAuthSecret),
                                QString::fromLatin1(OAuthRefresh));
        add(QStringLiteral("openai"), QStringLiteral("good"), OpenAiKey + '\n');
        add(QStringLiteral("openai"), QStringLiteral("bad"), OpenAiBad + '\n');
        add(QStringLiteral("anthropic"), QStringLiteral("main"), AnthropicKey + '\n');
        add(QStringLiteral("google_maps"), QStringLiteral("web"), MapsKey + '\n');
        add(QStringLiteral("twilio"), QStringLiteral("sms"), TwilioToken + '\n', TwilioSid);
        add(QStringLiteral("google_oauth"), QStringLiteral("workspace"),
            OAuthSecret + '\n' + OAuthRefresh + '\n', OAuthClient);
    }

    void everyKindIsCheckedAtNoCost()
    {
        m_server->clearCalls();
        for (const auto& [provider, label] :
             {std::pair{"openai", "good"}, std::pair{"anthropic", "main"}, std::pair{"google_maps", "web"},
              std::pair{"twilio", "sms"}, std::pair{"google_oauth", "workspace"}}) {
            const test::CliResult r = validate(QLatin1String(provider), QLatin1String(label));
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            const QJsonObject k = show(QLatin1String(provider), QLatin1String(label));
            QCOMPARE(k.value(QStringLiteral("validation")).toString(), QStringLiteral("valid"));
            QVERIFY(!k.value(QStringLiteral("last_validated_at")).toString().isEmpty());
        }
        // Only the free endpoints were called: model lists, a geocode without address, the account, the
        // token.
        QStringList paths;
        for (const auto& v : m_server->calls())
            paths << v.toObject().value(QStringLiteral("method")).toString() + QLatin1Char(' ') +
                         v.toObject().value(QStringLiteral("path")).toString();
        QCOMPARE(paths, (QStringList{QStringLiteral("GET /v1/models"), QStringLiteral("GET /v1/models"),
                                     QStringLiteral("GET /maps/api/geocode/json"),
                                     QStringLiteral("GET /2010-04-01/Accounts/") + TwilioSid +
                                         QStringLiteral(".json"),
                                     QStringLiteral("POST /token")}));
        // The OAuth check refreshed the access token: in the keychain item, its expiry in the database.
        const test::CliResult got = run({QStringLiteral("keys"), QStringLiteral("get"),
                                         QStringLiteral("google_oauth"), QStringLiteral("--json")});
        QVERIFY(got.json()
                    .object()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QStringLiteral("ya29.fake-")));
        QCOMPARE(got.json().object().value(QStringLiteral("refresh_token")).toString().toUtf8(),
                 OAuthRefresh);
    }

    void aRefusedKeyIsRejectedInTheProvidersWords()
    {
        const test::CliResult r = validate(QStringLiteral("openai"), QStringLiteral("bad"));
        QCOMPARE(r.code, 1);
        const QJsonObject k = show(QStringLiteral("openai"), QStringLiteral("bad"));
        QCOMPARE(k.value(QStringLiteral("validation")).toString(), QStringLiteral("rejected"));
        const QString message = k.value(QStringLiteral("validation_message")).toString();
        QVERIFY2(message.contains(QStringLiteral("Incorrect API key provided")), qPrintable(message));
        QVERIFY(!message.toUtf8().contains(OpenAiBad));
        QVERIFY(!r.out.toUtf8().contains(OpenAiBad) && !r.err.toUtf8().contains(OpenAiBad));
        const QJsonArray listed =
            run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        bool flagged = false;
        for (const auto& v : listed) {
            if (v.toObject().value(QStringLiteral("label")).toString() == QLatin1String("bad"))
                flagged = v.toObject()
                              .value(QStringLiteral("flags"))
                              .toArray()
                              .contains(QStringLiteral("rejected by the provider"));
        }
        QVERIFY(flagged);
    }

    void noDefiniteAnswerIsUnreachable_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("said");
        QTest::newRow("429") << QStringLiteral("429") << QStringLiteral("429");
        QTest::newRow("500") << QStringLiteral("500") << QStringLiteral("HTTP 500");
        QTest::newRow("timeout") << QStringLiteral("timeout") << QStringLiteral("did not answer in time");
        QTest::newRow("malformed") << QStringLiteral("malformed") << QStringLiteral("not readable JSON");
        QTest::newRow("drop") << QStringLiteral("drop") << QStringLiteral("could not be reached");
    }
    void noDefiniteAnswerIsUnreachable()
    {
        QFETCH(QString, mode);
        QFETCH(QString, said);
        m_server->misbehave(mode, 1, 4);
        const test::CliResult r = validate(QStringLiteral("anthropic"), QStringLiteral("main"),
                                           {QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        const QJsonObject k = show(QStringLiteral("anthropic"), QStringLiteral("main"));
        QCOMPARE(k.value(QStringLiteral("validation")).toString(), QStringLiteral("unreachable"));
        QVERIFY2(k.value(QStringLiteral("validation_message")).toString().contains(said),
                 qPrintable(k.value(QStringLiteral("validation_message")).toString()));
        m_server->misbehave(QStringLiteral("none"), 0);
        // The next check, with the provider back, is valid again: nothing was retried or left behind.
        QCOMPARE(validate(QStringLiteral("anthropic"), QStringLiteral("main")).code, 0);
    }

    void offlineNothingElseBreaks()
    {
        // The discard port: nothing listens, as on a machine without network.
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                      QStringLiteral("twilio"), QStringLiteral("--base-url"),
                      QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--yes")})
                     .code,
                 0);
        const test::CliResult r = validate(QStringLiteral("twilio"), QStringLiteral("sms"));
        QCOMPARE(r.code, 1);
        QCOMPARE(show(QStringLiteral("twilio"), QStringLiteral("sms"))
                     .value(QStringLiteral("validation"))
                     .toString(),
                 QStringLiteral("unreachable"));
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("twilio")})
                     .out.trimmed()
                     .toUtf8(),
                 TwilioToken);
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                      QStringLiteral("twilio"), QStringLiteral("--base-url"), m_server->url().toString(),
                      QStringLiteral("--yes")})
                     .code,
                 0);
    }

    void rotationChecksTheNewSecretFirst()
    {
        const QString before = test::keychainItems();
        // Refused by the provider: nothing replaced, nothing stored.
        test::CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("good"), QStringLiteral("--label"),
                 QStringLiteral("next"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                "sk-proj-RefusedReplacement000000000007\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("refused the new secret")), qPrintable(describe(r)));
        QCOMPARE(test::keychainItems(), before);
        QCOMPARE(
            show(QStringLiteral("openai"), QStringLiteral("good")).value(QStringLiteral("default")).toBool(),
            true);

        // Accepted: the new key is the default and checked, the old one retiring for the grace period.
        const QByteArray next = "sk-proj-AcceptedReplacement00000000008";
        m_server->setValidKeys(QStringLiteral("openai"),
                               {QString::fromLatin1(OpenAiKey), QString::fromLatin1(next)});
        r = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("openai"),
                 QStringLiteral("--key"), QStringLiteral("good"), QStringLiteral("--label"),
                 QStringLiteral("next"), QStringLiteral("--grace-days"), QStringLiteral("3"),
                 QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                next + '\n');
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject fresh = show(QStringLiteral("openai"), QStringLiteral("next"));
        QCOMPARE(fresh.value(QStringLiteral("default")).toBool(), true);
        QCOMPARE(fresh.value(QStringLiteral("validation")).toString(), QStringLiteral("valid"));
        const QJsonObject old = show(QStringLiteral("openai"), QStringLiteral("good"));
        QCOMPARE(old.value(QStringLiteral("status")).toString(), QStringLiteral("retiring"));
        QCOMPARE(old.value(QStringLiteral("default")).toBool(), false);
        const QDateTime until =
            QDateTime::fromString(old.value(QStringLiteral("retiring_until")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(until) - 3) <= 1);
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai")})
                     .out.trimmed()
                     .toUtf8(),
                 next);
        // The retiring key still works for the grace period.
        QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("get"), QStringLiteral("openai"),
                      QStringLiteral("--key"), QStringLiteral("good")})
                     .out.trimmed()
                     .toUtf8(),
                 OpenAiKey);

        // Unreachable while rotating: refused unless the person says to skip the check.
        m_server->misbehave(QStringLiteral("500"), 1);
        r = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("anthropic"),
                 QStringLiteral("--key"), QStringLiteral("main"), QStringLiteral("--label"),
                 QStringLiteral("main-2"), QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                "sk-ant-api03-Unchecked000000000000009\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--skip-validation")), qPrintable(describe(r)));
        r = run({QStringLiteral("keys"), QStringLiteral("rotate"), QStringLiteral("anthropic"),
                 QStringLiteral("--key"), QStringLiteral("main"), QStringLiteral("--label"),
                 QStringLiteral("main-2"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--skip-validation"), QStringLiteral("--yes")},
                "sk-ant-api03-Unchecked000000000000009\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("NOT checked")), qPrintable(describe(r)));
        QCOMPARE(show(QStringLiteral("anthropic"), QStringLiteral("main-2"))
                     .value(QStringLiteral("validation"))
                     .toString(),
                 QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestVaultValidation)
#include "tst_vault_validation.moc"
