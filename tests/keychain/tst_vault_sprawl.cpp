// Secret sprawl: `fusionctl keys scan SLUG` reads a tenant's Odoo system parameters (the Python Odoo test
// server, a real keychain for the connection and the vault) and reports what looks like a credential by its
// fingerprint only — which are copies of vault keys, which the vault does not know — and never a value.
#include "models/odoo/OdooClient.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace fusion;

namespace {
QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

const QString InVault = QStringLiteral("sk-proj-SprawlCopyOfVaultKey0000000000001");
const QString Unknown = QStringLiteral("AIzaSySprawlUnknownMapsKey000000000000002");
const QString ByName = QStringLiteral("zq8ExampleWebhookValue000003");
} // namespace

class TestVaultSprawl : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::FakeOdoo> m_server;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), QStringLiteral("sqlite://") + m_db} + args,
                            input);
    }

    // Stores a system parameter the way a module would, through Odoo's own API.
    bool plant(const QString& key, const QString& value)
    {
        OdooClient client;
        OdooEndpoint endpoint;
        endpoint.url = m_server->url();
        endpoint.database = QStringLiteral("odoopeer");
        endpoint.login = QStringLiteral("admin");
        client.setCredentials(endpoint, SecretBytes(QByteArray("admin")));
        std::optional<Result<int>> created;
        client.create(QStringLiteral("ir.config_parameter"),
                      {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, &client,
                      [&created](const Result<int>& r) { created = r; });
        return QTest::qWaitFor([&] { return created.has_value(); }, 15000) && created->ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_db = m_dir.filePath(QStringLiteral("sprawl.db"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code, 0);
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code, 0);
        const test::CliResult connected =
            run({QStringLiteral("odoo"), QStringLiteral("connect"), QStringLiteral("acme-finance-ph"),
                 QStringLiteral("--url"), m_server->url().toString(), QStringLiteral("--db"),
                 QStringLiteral("odoopeer"), QStringLiteral("--login"), QStringLiteral("admin"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--yes")},
                "admin\n");
        QVERIFY2(connected.code == 0, qPrintable(describe(connected)));
        const test::CliResult added =
            run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                 QStringLiteral("--label"), QStringLiteral("prod"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                InVault.toUtf8() + '\n');
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
    }

    void aCleanOdooHasNothingToReport()
    {
        const test::CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("scan"), QStringLiteral("acme-finance-ph")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("No credentials")), qPrintable(describe(r)));
    }

    void copiesAndUnknownCredentialsAreReportedByFingerprint()
    {
        QVERIFY(plant(QStringLiteral("fusion_ai.openai_api_key"), InVault));
        QVERIFY(plant(QStringLiteral("base_geolocalize.google_map_api_key"), Unknown));
        QVERIFY(plant(QStringLiteral("acme_hooks.webhook_secret"), ByName));
        QVERIFY(plant(QStringLiteral("acme_hooks.retries"), QStringLiteral("5")));
        const test::CliResult r = run({QStringLiteral("keys"), QStringLiteral("scan"),
                                       QStringLiteral("acme-finance-ph"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray findings = r.json().object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 3); // not web.base.url, database.uuid or the retry count
        QHash<QString, QJsonObject> byParameter;
        for (const auto& v : findings)
            byParameter.insert(v.toObject().value(QStringLiteral("parameter")).toString(), v.toObject());
        QCOMPARE(byParameter.value(QStringLiteral("fusion_ai.openai_api_key"))
                     .value(QStringLiteral("vault_key"))
                     .toString(),
                 QStringLiteral("openai/prod"));
        QCOMPARE(byParameter.value(QStringLiteral("fusion_ai.openai_api_key"))
                     .value(QStringLiteral("looks_like"))
                     .toString(),
                 QStringLiteral("OpenAI key"));
        const QJsonObject maps = byParameter.value(QStringLiteral("base_geolocalize.google_map_api_key"));
        QCOMPARE(maps.value(QStringLiteral("vault_key")).toString(), QString());
        QCOMPARE(maps.value(QStringLiteral("looks_like")).toString(), QStringLiteral("Google API key"));
        QVERIFY(maps.value(QStringLiteral("fingerprint")).toString().startsWith(QStringLiteral("…0002")));
        QCOMPARE(byParameter.value(QStringLiteral("acme_hooks.webhook_secret"))
                     .value(QStringLiteral("looks_like"))
                     .toString(),
                 QStringLiteral("credential"));
        // Never a value, in JSON or in the table.
        const test::CliResult table =
            run({QStringLiteral("keys"), QStringLiteral("scan"), QStringLiteral("acme-finance-ph")});
        for (const QString& secret : {InVault, Unknown, ByName}) {
            QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
            QVERIFY(!table.out.contains(secret) && !table.err.contains(secret));
        }
        QVERIFY2(table.err.contains(QStringLiteral("1 plaintext copy of a vault key")),
                 qPrintable(describe(table)));
    }

    void anUnconnectedTenantIsAClearError()
    {
        const test::CliResult r =
            run({QStringLiteral("keys"), QStringLiteral("scan"), QStringLiteral("dalisay-water")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("odoo connect")) ||
                     r.err.contains(QStringLiteral("Odoo connection")),
                 qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestVaultSprawl)
#include "tst_vault_sprawl.moc"
