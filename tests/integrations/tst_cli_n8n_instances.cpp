// Several n8n instances from fusionctl, against two n8n stand-ins at once and a private keychain: a second
// instance is a provider "n8n-eu" added the way a person adds one; `automation instances` lists both with
// their address and whether the key is set; --instance n8n-eu reads the second one's workflows with its own
// key and never asks the first; activate on the second changes the second only (the stand-ins' call logs)
// and the audit row names the instance; a code that is no instance (unknown, another service, a webhook
// provider) is refused with exit 2 before anything is asked; a run on the second records the instance in its
// operation's payload and `operations show` links the execution on the second instance's address; the
// second instance's missing webhook provider is named by the exact command that adds it.
#include "tests/integrations/FakeN8n.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kKeyA = QStringLiteral("n8n-api-InstanceA00000000000000000011");
const QString kKeyB = QStringLiteral("n8n-api-InstanceB00000000000000000022");
const QString kHeader = QStringLiteral("X-Fusion-Token");
const QString kHookB = QStringLiteral("hook-secret-InstanceB000000000000033");
const QString kPathB = QStringLiteral("acme-finance-ph/backup");

QJsonObject n8nWorkflow(const QString& name, bool active, const QStringList& tags)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}
} // namespace

class TestCliN8nInstances : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeN8n> m_a; // the default instance, "n8n"
    std::unique_ptr<test::FakeN8n> m_b; // "n8n-eu"
    QStringList m_idsA;
    QStringList m_idsB;

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    static QStringList names(const QJsonArray& workflows)
    {
        QStringList out;
        for (const QJsonValue& v : workflows)
            out << v.toObject().value(QStringLiteral("name")).toString();
        out.sort();
        return out;
    }
    static int callsTo(test::FakeN8n& n8n, const QString& pathPart)
    {
        int n = 0;
        for (const QJsonValue& v : n8n.calls())
            n += v.toObject().value(QStringLiteral("path")).toString().contains(pathPart);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_a = std::make_unique<test::FakeN8n>();
        m_b = std::make_unique<test::FakeN8n>();
        QVERIFY2(m_a->ok(), qPrintable(m_a->error()));
        QVERIFY2(m_b->ok(), qPrintable(m_b->error()));
        QVERIFY(m_cli.pointAt(QStringLiteral("n8n"), m_a->url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("n8n_webhook"), m_a->url()));
        // The second instance, as README tells a person to add one.
        const test::CliResult added =
            m_cli.run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
                       QStringLiteral("n8n-eu"), QStringLiteral("--name"), QStringLiteral("n8n EU"),
                       QStringLiteral("--base-url"), m_b->url().toString(), QStringLiteral("--yes")});
        QVERIFY2(added.code == 0, qPrintable(m_cli.describe(added)));
        QVERIFY(m_cli.addKey(QStringLiteral("n8n"), QStringLiteral("api"), kKeyA));
    }

    void init()
    {
        m_a->reset();
        m_b->reset();
        m_a->setKey(kKeyA);
        m_b->setKey(kKeyB);
        m_idsA = m_a->seedWorkflows(
            {n8nWorkflow(QStringLiteral("Alpha provision"), true, {QStringLiteral("tenant:") + kSlug}),
             n8nWorkflow(QStringLiteral("Alpha cleanup"), false, {})});
        QJsonObject hook =
            n8nWorkflow(QStringLiteral("Euro backup"), true, {QStringLiteral("tenant:") + kSlug});
        hook.insert(QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), kPathB},
                                                           {QStringLiteral("header"), kHeader},
                                                           {QStringLiteral("value"), kHookB}});
        m_idsB = m_b->seedWorkflows({hook, n8nWorkflow(QStringLiteral("Euro nightly"), false, {})});
        QCOMPARE(m_idsA.size(), 2);
        QCOMPARE(m_idsB.size(), 2);
    }

    // Runs first: the second instance has no key yet.
    void instancesListedWithWhatIsMissing()
    {
        const test::CliResult before = m_cli.run(a(QStringLiteral("--json automation instances")));
        QVERIFY2(before.code == 0, qPrintable(m_cli.describe(before)));
        const QJsonArray list = before.json().array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        const QJsonObject second = list.at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("n8n"));
        QCOMPARE(first.value(QStringLiteral("key_set")).toBool(), true);
        QVERIFY(first.value(QStringLiteral("problem")).isNull());
        QCOMPARE(second.value(QStringLiteral("code")).toString(), QStringLiteral("n8n-eu"));
        QCOMPARE(second.value(QStringLiteral("name")).toString(), QStringLiteral("n8n EU"));
        QCOMPARE(second.value(QStringLiteral("address")).toString(), m_b->url().toString());
        QCOMPARE(second.value(QStringLiteral("key_set")).toBool(), false);
        QVERIFY2(second.value(QStringLiteral("problem"))
                     .toString()
                     .contains(QStringLiteral("fusionctl keys add n8n-eu --label default --secret-stdin")),
                 qPrintable(m_cli.describe(before)));
        // Reading the second instance without its key names the command; neither stand-in is asked.
        const test::CliResult noKey = m_cli.run(a(QStringLiteral("automation workflows --instance n8n-eu")));
        QCOMPARE(noKey.code, 1);
        QVERIFY2(noKey.err.contains(QStringLiteral("fusionctl keys add n8n-eu")),
                 qPrintable(m_cli.describe(noKey)));
        QVERIFY(m_a->calls().isEmpty());
        QVERIFY(m_b->calls().isEmpty());

        QVERIFY(m_cli.addKey(QStringLiteral("n8n-eu"), QStringLiteral("api"), kKeyB));
        const test::CliResult table = m_cli.run(a(QStringLiteral("automation instances")));
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("n8n EU")) && table.out.contains(m_b->url().toString()) &&
                     !table.out.contains(QStringLiteral("keys add")),
                 qPrintable(m_cli.describe(table)));
    }

    void eachInstanceReadsItsOwnWorkflows()
    {
        const test::CliResult second =
            m_cli.run(a(QStringLiteral("--json automation workflows --instance n8n-eu")));
        QVERIFY2(second.code == 0, qPrintable(m_cli.describe(second)));
        QCOMPARE(names(second.json().array()),
                 (QStringList{QStringLiteral("Euro backup"), QStringLiteral("Euro nightly")}));
        QVERIFY(m_a->calls().isEmpty());
        QVERIFY(!m_b->calls().isEmpty());
        // Without --instance: the default one, as before there were several.
        const test::CliResult first = m_cli.run(a(QStringLiteral("--json automation workflows")));
        QVERIFY2(first.code == 0, qPrintable(m_cli.describe(first)));
        QCOMPARE(names(first.json().array()),
                 (QStringList{QStringLiteral("Alpha cleanup"), QStringLiteral("Alpha provision")}));
        // Executions too.
        m_b->seedExecutions({{QStringLiteral("workflowId"), m_idsB.value(1)}, {QStringLiteral("count"), 3}});
        const test::CliResult executions =
            m_cli.run(a(QStringLiteral("--json automation executions --all --instance n8n-eu")));
        QVERIFY2(executions.code == 0, qPrintable(m_cli.describe(executions)));
        QCOMPARE(executions.json().object().value(QStringLiteral("executions")).toArray().size(), 3);
        // Each key went to its own n8n only.
        QVERIFY(!m_a->callsJson().contains(kKeyB.toUtf8()) && !m_b->callsJson().contains(kKeyA.toUtf8()));
    }

    void activateChangesTheChosenInstanceOnly()
    {
        const QString id = m_idsB.value(1); // Euro nightly, inactive
        const test::CliResult refused =
            m_cli.run(a(QStringLiteral("automation activate --instance n8n-eu")) << id);
        QCOMPARE(refused.code, 3);
        QVERIFY(m_b->calls().isEmpty());
        const test::CliResult done =
            m_cli.run(a(QStringLiteral("--json automation activate --yes --instance n8n-eu")) << id);
        QVERIFY2(done.code == 0, qPrintable(m_cli.describe(done)));
        QCOMPARE(done.json().object().value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(callsTo(*m_b, QStringLiteral("/activate")), 1);
        QVERIFY(m_a->calls().isEmpty());
        QCOMPARE(
            m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.activate' "
                                       "AND target = ? AND after_json LIKE '%n8n-eu%'"),
                        {id}),
            1);
    }

    void aCodeThatIsNoInstanceIsRefused()
    {
        for (const QString& code : {QStringLiteral("n8n-xx"), QStringLiteral("keycloak"),
                                    QStringLiteral("n8n-eu_webhook"), QStringLiteral("n8n_webhook")}) {
            const test::CliResult r =
                m_cli.run(a(QStringLiteral("automation workflows --instance ")) << code);
            QVERIFY2(r.code == 2, qPrintable(code + QLatin1Char('\n') + m_cli.describe(r)));
            QVERIFY2(r.err.contains(code) && r.err.contains(QStringLiteral("n8n-eu")),
                     qPrintable(m_cli.describe(r)));
        }
        const test::CliResult unknown =
            m_cli.run(a(QStringLiteral("automation activate --yes --instance n8n-xx")) << m_idsB.value(1));
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("There is no n8n instance \"n8n-xx\"")),
                 qPrintable(m_cli.describe(unknown)));
        const test::CliResult other =
            m_cli.run(a(QStringLiteral("automation workflows --instance keycloak")));
        QVERIFY2(other.err.contains(QStringLiteral("\"keycloak\" is not an n8n instance")),
                 qPrintable(m_cli.describe(other)));
        QVERIFY(m_a->calls().isEmpty());
        QVERIFY(m_b->calls().isEmpty());
    }

    void aRunOnTheSecondInstanceLinksItsExecutionThere()
    {
        const QStringList run{QStringLiteral("automation"),
                              QStringLiteral("run"),
                              m_idsB.value(0),
                              QStringLiteral("--tenant"),
                              kSlug,
                              QStringLiteral("--path"),
                              kPathB,
                              QStringLiteral("--instance"),
                              QStringLiteral("n8n-eu"),
                              QStringLiteral("--yes")};
        // Its webhooks' provider is missing: the exact command that adds it; nothing recorded or called.
        const qint64 before = m_cli.count(QStringLiteral("SELECT count(*) FROM operations"));
        const test::CliResult missing = m_cli.run(run);
        QCOMPARE(missing.code, 1);
        QVERIFY2(
            missing.err.contains(QStringLiteral("fusionctl keys provider add n8n-eu_webhook --name 'n8n EU "
                                                "webhooks' --base-url ") +
                                 m_b->url().toString()),
            qPrintable(m_cli.describe(missing)));
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM operations")), before);

        const test::CliResult added = m_cli.run(
            {QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
             QStringLiteral("n8n-eu_webhook"), QStringLiteral("--name"), QStringLiteral("n8n EU webhooks"),
             QStringLiteral("--base-url"), m_b->url().toString(), QStringLiteral("--yes")});
        QVERIFY2(added.code == 0, qPrintable(m_cli.describe(added)));
        QVERIFY(m_cli.addKey(QStringLiteral("n8n-eu_webhook"), kPathB, kHookB, kHeader));

        const test::CliResult r = m_cli.run(QStringList{QStringLiteral("--json")} + run);
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        const QString execution = o.value(QStringLiteral("execution_id")).toString();
        QVERIFY(!execution.isEmpty());
        QCOMPARE(callsTo(*m_b, QStringLiteral("/webhook/")), 1);
        QCOMPARE(callsTo(*m_a, QStringLiteral("/webhook/")), 0);
        const QString opId = QString::number(o.value(QStringLiteral("operation_id")).toInteger());
        QString payload;
        test::guarded([&] {
            payload =
                m_cli.store.scalar(QStringLiteral("SELECT payload FROM operations WHERE id = ?"), {opId})
                    .toString();
        });
        QCOMPARE(QJsonDocument::fromJson(payload.toUtf8())
                     .object()
                     .value(QStringLiteral("n8n_instance"))
                     .toString(),
                 QStringLiteral("n8n-eu"));

        const test::CliResult shown = m_cli.run(a(QStringLiteral("--json operations show")) << opId);
        QVERIFY2(shown.code == 0, qPrintable(m_cli.describe(shown)));
        const QString link = shown.json().object().value(QStringLiteral("execution_url")).toString();
        QVERIFY2(link.startsWith(m_b->url().toString()) && link.contains(execution), qPrintable(link));
        QVERIFY(!m_b->callsJson().contains(kHookB.toUtf8()));
        QVERIFY(!m_cli.dbHoldsASecret());
    }
};

QTEST_GUILESS_MAIN(TestCliN8nInstances)
#include "tst_cli_n8n_instances.moc"
