// fusionctl automation against the n8n stand-in and a private keychain, as a user runs it: without the vault
// key the command names the exact "fusionctl keys add" to run; workflows by tenant tag and active state;
// executions one page with the next cursor, or all of them; activate asks (no terminal, no --yes: exit 3 and
// n8n untouched), then changes n8n and leaves an audit row; a wrong API key is n8n's refusal said plainly;
// automation run asks, records a queued operation (audited), calls the webhook once with the Header Auth
// secret from the keychain, and reports on the operation: running with n8n's execution id, or failed with
// the reason when n8n refused or broke (never resent); usage errors are exit 2, unknown tenants exit 5; no
// secret in any output, in the stand-in's log or in the database file.
#include "tests/integrations/FakeN8n.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
const QString kApiKey = QStringLiteral("n8n-api-CliAutomation0000000000000042");
const QString kHeader = QStringLiteral("X-Fusion-Token");
const QString kHookValue = QStringLiteral("hook-secret-CliAutomation000000000077");
const QString kPath = QStringLiteral("acme-finance-ph/provision");

QJsonObject workflow(const QString& name, bool active, const QStringList& tags)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}
} // namespace

class TestCliAutomation : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeN8n> m_n8n;
    QStringList m_ids;

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    QJsonObject lastOperation()
    {
        QJsonObject o;
        test::guarded([&] {
            QSqlQuery q = m_cli.store.exec(QStringLiteral(
                "SELECT o.id, o.type, o.status, o.trigger_source, o.external_ref, o.error_message, "
                "t.slug FROM operations o JOIN tenants t ON t.id = o.tenant_id ORDER BY o.id DESC "
                "LIMIT 1"));
            if (q.next())
                o = {{QStringLiteral("id"), q.value(0).toLongLong()},
                     {QStringLiteral("type"), q.value(1).toString()},
                     {QStringLiteral("status"), q.value(2).toString()},
                     {QStringLiteral("trigger_source"), q.value(3).toString()},
                     {QStringLiteral("external_ref"), q.value(4).toString()},
                     {QStringLiteral("error_message"), q.value(5).toString()},
                     {QStringLiteral("slug"), q.value(6).toString()}};
        });
        return o;
    }
    int webhookCalls()
    {
        int n = 0;
        for (const QJsonValue& v : m_n8n->calls())
            n += v.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/webhook/"));
        return n;
    }
    QStringList runArgs() const
    {
        return {QStringLiteral("automation"),
                QStringLiteral("run"),
                m_ids.value(0),
                QStringLiteral("--tenant"),
                kSlug,
                QStringLiteral("--path"),
                kPath};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_n8n = std::make_unique<test::FakeN8n>();
        QVERIFY2(m_n8n->ok(), qPrintable(m_n8n->error()));
        QVERIFY(m_cli.pointAt(QStringLiteral("n8n"), m_n8n->url()));
        QVERIFY(m_cli.pointAt(QStringLiteral("n8n_webhook"), m_n8n->url()));
    }

    void init()
    {
        m_n8n->reset();
        m_n8n->setKey(kApiKey);
        QJsonObject hook = workflow(QStringLiteral("Provision"), true, {QStringLiteral("tenant:") + kSlug});
        hook.insert(QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), kPath},
                                                           {QStringLiteral("header"), kHeader},
                                                           {QStringLiteral("value"), kHookValue}});
        m_ids = m_n8n->seedWorkflows(
            {hook,
             workflow(QStringLiteral("Nightly backup"), false,
                      {QStringLiteral("tenant:") + kSlug, QStringLiteral("ops")}),
             workflow(QStringLiteral("Other tenant"), true, {QStringLiteral("tenant:globex")}),
             workflow(QStringLiteral("Cleanup"), true, {})});
        QCOMPARE(m_ids.size(), 4);
    }

    // Runs first: no key stored yet.
    void aMissingKeyNamesTheCommand()
    {
        const test::CliResult r = m_cli.run(a(QStringLiteral("automation workflows")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("fusionctl keys add n8n --label default --secret-stdin")),
                 qPrintable(m_cli.describe(r)));
        QVERIFY(m_n8n->calls().isEmpty());
        const test::CliResult hook = m_cli.run(runArgs() << QStringLiteral("--yes"));
        QCOMPARE(hook.code, 1);
        QVERIFY2(hook.err.contains(QStringLiteral("fusionctl keys add n8n_webhook --label %1").arg(kPath)),
                 qPrintable(m_cli.describe(hook)));
        QCOMPARE(
            m_cli.count(QStringLiteral("SELECT count(*) FROM operations WHERE payload LIKE '%provision%' "
                                       "AND trigger_source = 'cli'")),
            0);

        QVERIFY(m_cli.addKey(QStringLiteral("n8n"), QStringLiteral("api"), kApiKey));
        QVERIFY(m_cli.addKey(QStringLiteral("n8n_webhook"), kPath, kHookValue, kHeader));
    }

    void workflowsByTenantAndState()
    {
        const test::CliResult all = m_cli.run(a(QStringLiteral("--json automation workflows")));
        QVERIFY2(all.code == 0, qPrintable(m_cli.describe(all)));
        QCOMPARE(all.json().array().size(), 4);

        const test::CliResult mine =
            m_cli.run(a(QStringLiteral("--json automation workflows --tenant ")) << kSlug);
        QVERIFY2(mine.code == 0, qPrintable(m_cli.describe(mine)));
        QStringList names;
        for (const QJsonValue& v : mine.json().array())
            names << v.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Nightly backup"), QStringLiteral("Provision")}));

        const test::CliResult inactive =
            m_cli.run(a(QStringLiteral("automation workflows --active no --tenant ")) << kSlug);
        QCOMPARE(inactive.code, 0);
        QVERIFY2(inactive.out.contains(QStringLiteral("Nightly backup")) &&
                     !inactive.out.contains(QStringLiteral("Provision")),
                 qPrintable(m_cli.describe(inactive)));

        QCOMPARE(m_cli.run(a(QStringLiteral("automation workflows --active maybe"))).code, 2);
        QCOMPARE(m_cli.run(a(QStringLiteral("automation workflows --tenant no-such-tenant"))).code, 5);
        // The API key went to n8n; its log never holds it.
        QVERIFY(!m_n8n->callsJson().contains(kApiKey.toUtf8()));
    }

    void executionsPagedOrAll()
    {
        m_n8n->seedExecutions(
            {{QStringLiteral("workflowId"), m_ids.value(3)}, {QStringLiteral("count"), 30}});
        const test::CliResult page = m_cli.run(
            a(QStringLiteral("--json automation executions --limit 10 --workflow ")) << m_ids.value(3));
        QVERIFY2(page.code == 0, qPrintable(m_cli.describe(page)));
        const QJsonObject o = page.json().object();
        QCOMPARE(o.value(QStringLiteral("executions")).toArray().size(), 10);
        const QString cursor = o.value(QStringLiteral("next_cursor")).toString();
        QVERIFY(!cursor.isEmpty());

        const test::CliResult text = m_cli.run(a(QStringLiteral("automation executions --limit 10")));
        QCOMPARE(text.code, 0);
        QVERIFY2(text.err.contains(QStringLiteral("--cursor ")), qPrintable(m_cli.describe(text)));

        const test::CliResult next =
            m_cli.run(a(QStringLiteral("--json automation executions --limit 10 --cursor ")) << cursor);
        QCOMPARE(next.code, 0);
        QCOMPARE(next.json().object().value(QStringLiteral("executions")).toArray().size(), 10);
        QVERIFY(
            next.json()
                .object()
                .value(QStringLiteral("executions"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("id")) !=
            o.value(QStringLiteral("executions")).toArray().first().toObject().value(QStringLiteral("id")));

        const test::CliResult all = m_cli.run(a(QStringLiteral("--json automation executions --all")));
        QVERIFY2(all.code == 0, qPrintable(m_cli.describe(all)));
        QCOMPARE(all.json().object().value(QStringLiteral("executions")).toArray().size(), 30);
        QVERIFY(all.json().object().value(QStringLiteral("next_cursor")).isNull());
        QCOMPARE(m_cli.run(a(QStringLiteral("automation executions --all --cursor x"))).code, 2);
        QCOMPARE(m_cli.run(a(QStringLiteral("automation executions --limit 0"))).code, 2);
    }

    void activateAsksThenChangesAndAudits()
    {
        const QString id = m_ids.value(1); // Nightly backup, inactive
        const test::CliResult refused = m_cli.run(a(QStringLiteral("automation activate")) << id);
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QStringLiteral("Activate n8n workflow %1").arg(id)));
        QVERIFY(m_n8n->calls().isEmpty());

        const test::CliResult done = m_cli.run(a(QStringLiteral("--json automation activate --yes")) << id);
        QVERIFY2(done.code == 0, qPrintable(m_cli.describe(done)));
        QCOMPARE(done.json().object().value(QStringLiteral("active")).toBool(), true);
        const test::CliResult listed =
            m_cli.run(a(QStringLiteral("--json automation workflows --active yes")));
        QVERIFY(QJsonDocument(listed.json()).toJson().contains("Nightly backup"));
        QCOMPARE(
            m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.activate' "
                                       "AND target = ?"),
                        {id}),
            1);

        const test::CliResult off = m_cli.run(a(QStringLiteral("automation deactivate --yes")) << id);
        QVERIFY2(off.code == 0 && off.out.contains(QStringLiteral("inactive")),
                 qPrintable(m_cli.describe(off)));
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'automation.deactivate'")),
                 1);
        // n8n refusing (unknown workflow) is said, and nothing is audited.
        const test::CliResult unknown =
            m_cli.run(a(QStringLiteral("automation activate --yes nosuchworkflow1")));
        QCOMPARE(unknown.code == 0, false);
        QVERIFY2(unknown.err.contains(QStringLiteral("n8n")), qPrintable(m_cli.describe(unknown)));
        QCOMPARE(m_cli.count(
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.activate'")),
                 1);
    }

    void refusalsSaidPlainly()
    {
        m_n8n->misbehave(QStringLiteral("401"));
        const test::CliResult denied = m_cli.run(a(QStringLiteral("automation workflows")));
        QCOMPARE(denied.code == 0, false);
        QVERIFY2(denied.err.contains(QStringLiteral("n8n")), qPrintable(m_cli.describe(denied)));
        m_n8n->misbehave(QStringLiteral("html"));
        const test::CliResult html = m_cli.run(a(QStringLiteral("--json automation workflows")));
        QCOMPARE(html.code, 1);
        QVERIFY2(html.json().object().contains(QStringLiteral("error")), qPrintable(m_cli.describe(html)));
        QCOMPARE(html.out.count(QLatin1Char('{')) >= 1, true);
    }

    void runRecordsTheOperationWithItsExecution()
    {
        const qint64 before = m_cli.count(QStringLiteral("SELECT count(*) FROM operations"));
        const test::CliResult refused = m_cli.run(runArgs());
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("Run n8n workflow")),
                 qPrintable(m_cli.describe(refused)));
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM operations")), before);
        QCOMPARE(webhookCalls(), 0);

        const test::CliResult r =
            m_cli.run(QStringList{QStringLiteral("--json")} + runArgs() << QStringLiteral("--yes"));
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        const QString execution = o.value(QStringLiteral("execution_id")).toString();
        QVERIFY(!execution.isEmpty());
        QVERIFY(o.value(QStringLiteral("execution_url")).toString().contains(execution));
        const QJsonObject op = lastOperation();
        QCOMPARE(op.value(QStringLiteral("id")).toInteger(),
                 o.value(QStringLiteral("operation_id")).toInteger());
        QCOMPARE(op.value(QStringLiteral("type")).toString(), QStringLiteral("provision"));
        QCOMPARE(op.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(op.value(QStringLiteral("trigger_source")).toString(), QStringLiteral("cli"));
        QCOMPARE(op.value(QStringLiteral("external_ref")).toString(), execution);
        QCOMPARE(op.value(QStringLiteral("slug")).toString(), kSlug);
        const QString opId = QString::number(op.value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'automation.run'")), 1);
        QCOMPARE(
            m_cli.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'operation.report' "
                                       "AND target = ?"),
                        {opId}),
            1);
        // One webhook call, for the tenant, with the secret in its header and nowhere in n8n's log.
        QCOMPARE(webhookCalls(), 1);
        bool forTenant = false;
        for (const QJsonValue& v : m_n8n->calls())
            forTenant |= v.toObject().value(QStringLiteral("tenant")).toString() == kSlug &&
                         v.toObject().value(QStringLiteral("status")).toInt() == 200;
        QVERIFY(forTenant);
        QVERIFY(!m_n8n->callsJson().contains(kHookValue.toUtf8()));

        // The operation as operations show presents it.
        const test::CliResult shown = m_cli.run(a(QStringLiteral("operations show")) << opId);
        QVERIFY2(shown.code == 0 && shown.out.contains(execution), qPrintable(m_cli.describe(shown)));
    }

    void aFailedRunIsRecordedAndNeverResent()
    {
        m_n8n->misbehave(QStringLiteral("500"), 1, QStringLiteral("webhook"));
        const test::CliResult r = m_cli.run(runArgs() << QStringLiteral("--yes"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("n8n")), qPrintable(m_cli.describe(r)));
        QCOMPARE(webhookCalls(), 1);
        const QJsonObject op = lastOperation();
        QCOMPARE(op.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!op.value(QStringLiteral("error_message")).toString().isEmpty());

        // A wrong Header Auth value (the workflow's webhook says 403): failed, with the reason.
        m_n8n->reset();
        m_n8n->setKey(kApiKey);
        QJsonObject hook = workflow(QStringLiteral("Provision"), true, {});
        hook.insert(QStringLiteral("webhook"),
                    QJsonObject{{QStringLiteral("path"), kPath},
                                {QStringLiteral("header"), kHeader},
                                {QStringLiteral("value"), QStringLiteral("rotated")}});
        m_ids = m_n8n->seedWorkflows({hook});
        const test::CliResult wrong = m_cli.run(runArgs() << QStringLiteral("--yes"));
        QCOMPARE(wrong.code, 1);
        QCOMPARE(lastOperation().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!lastOperation().value(QStringLiteral("error_message")).toString().contains(kHookValue));
        QCOMPARE(webhookCalls(), 1);
    }

    void anUnansweredExecutionIsLookedUp()
    {
        // The workflow answers n8n's default "Workflow was started": its execution is found through the API.
        m_n8n->reset();
        m_n8n->setKey(kApiKey);
        QJsonObject hook = workflow(QStringLiteral("Provision"), true, {});
        hook.insert(QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), kPath},
                                                           {QStringLiteral("header"), kHeader},
                                                           {QStringLiteral("value"), kHookValue}});
        hook.insert(QStringLiteral("respond"), QStringLiteral("started"));
        m_ids = m_n8n->seedWorkflows({hook});
        const test::CliResult r = m_cli.run(runArgs() << QStringLiteral("--yes"));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("is running as n8n execution")),
                 qPrintable(m_cli.describe(r)));
        const QJsonObject op = lastOperation();
        QCOMPARE(op.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QVERIFY(!op.value(QStringLiteral("external_ref")).toString().isEmpty());
        QCOMPARE(webhookCalls(), 1);
        QVERIFY(!m_n8n->callsJson().contains(kApiKey.toUtf8()));
    }

    void runUsageAndUnknowns()
    {
        const qint64 before = m_cli.count(QStringLiteral("SELECT count(*) FROM operations"));
        QCOMPARE(m_cli.run(a(QStringLiteral("automation run wf1 --path acme/provision --yes"))).code, 2);
        QCOMPARE(
            m_cli.run(a(QStringLiteral("automation run wf1 --tenant ")) << kSlug << QStringLiteral("--yes"))
                .code,
            2);
        const test::CliResult noType =
            m_cli.run(a(QStringLiteral("automation run wf1 --path acme/report --yes --tenant ")) << kSlug);
        QCOMPARE(noType.code, 2);
        QVERIFY2(noType.err.contains(QStringLiteral("--type")), qPrintable(m_cli.describe(noType)));
        QCOMPARE(
            m_cli.run(a(QStringLiteral("automation run wf1 --path x/provision --yes --tenant nobody-here")))
                .code,
            5);
        QCOMPARE(m_cli.count(QStringLiteral("SELECT count(*) FROM operations")), before);
        QCOMPARE(webhookCalls(), 0);
        QVERIFY(!m_cli.dbHoldsASecret());
    }
};

QTEST_GUILESS_MAIN(TestCliAutomation)
#include "tst_cli_automation.moc"
