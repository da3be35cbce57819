// n8n's public API and webhooks (models/integrations/N8n, N8nClient) against the n8n stand-in
// (tests/fixtures/fake_n8n.py): workflows over several pages with their tenant tags, filters, activate and
// deactivate, executions a page at a time and all of them, a webhook run for a tenant with its execution id
// from the answer or looked up, every refusal and misbehaviour one clear error and never a partial list, a
// looping cursor stopped, and neither the API key nor the webhook secret in a message or the server's log.
#include "models/integrations/N8n.h"
#include "models/integrations/N8nClient.h"
#include "tests/integrations/FakeN8n.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using namespace fusion;

namespace {
const char kApiKey[] = "n8n_api_TstN8nKey000000000000000000042";
const char kHookSecret[] = "hook-secret-TstN8n0000000000000000077";
const QString kHeader = QStringLiteral("X-Fusion-Token");

QJsonObject workflow(const QString& name, bool active, const QStringList& tags)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("active"), active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}};
}

QJsonObject hookWorkflow(const QString& name, const QString& path, const QString& respond)
{
    QJsonObject w = workflow(name, true, {QStringLiteral("tenant:acme")});
    w.insert(QStringLiteral("webhook"),
             QJsonObject{{QStringLiteral("path"), path},
                         {QStringLiteral("header"), kHeader},
                         {QStringLiteral("value"), QString::fromLatin1(kHookSecret)}});
    w.insert(QStringLiteral("respond"), respond);
    return w;
}
} // namespace

class TestN8n : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeN8n> m_server;
    QStringList m_ids;  // acme-provision, globex-backup, acme-report, started-only, no-trigger, 2 more
    QStringList m_seen; // every error message, checked for secrets at the end
    SecretBytes m_key{QByteArray(kApiKey)};
    SecretBytes m_secret{QByteArray(kHookSecret)};

    template <typename T>
    Result<T> wait(const std::function<void(std::function<void(const Result<T>&)>)>& call)
    {
        std::optional<Result<T>> got;
        call([&got](const Result<T>& r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            return Error::make(ErrorKind::Internal, QStringLiteral("no answer"));
        if (!got->ok())
            m_seen << got->error().message;
        return *got;
    }
    Result<QList<N8nWorkflow>> workflows(N8nClient& c, const N8nWorkflowFilter& f = {})
    {
        return wait<QList<N8nWorkflow>>([&](auto done) { c.listWorkflows(f, m_key, done); });
    }
    Result<QList<N8nExecution>> allExecutions(N8nClient& c, const N8nExecutionFilter& f = {})
    {
        return wait<QList<N8nExecution>>([&](auto done) { c.allExecutions(f, m_key, done); });
    }
    Result<N8nWebhookRun> run(N8nClient& c, const N8nWebhookTarget& t, const SecretBytes& secret,
                              const SecretBytes& key)
    {
        return wait<N8nWebhookRun>(
            [&](auto done) { c.runWebhook(t, QStringLiteral("acme"), secret, key, done); });
    }
    N8nWebhookTarget target(int index, const QString& path) { return {m_ids.value(index), path, kHeader}; }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeN8n>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_server->reset();
        m_server->setKey(QString::fromLatin1(kApiKey));
        QJsonObject noTrigger = workflow(QStringLiteral("Draft"), false, {});
        noTrigger.insert(QStringLiteral("trigger"), false);
        m_ids = m_server->seedWorkflows(
            {hookWorkflow(QStringLiteral("Provision"), QStringLiteral("acme/provision"),
                          QStringLiteral("execution_id")),
             workflow(QStringLiteral("Nightly backup"), false,
                      {QStringLiteral("tenant:globex"), QStringLiteral("ops")}),
             workflow(QStringLiteral("Monthly report"), true,
                      {QStringLiteral("tenant:acme"), QStringLiteral("tenant:globex"),
                       QStringLiteral("tenant:Bad")}),
             hookWorkflow(QStringLiteral("Started only"), QStringLiteral("started"),
                          QStringLiteral("started")),
             noTrigger, workflow(QStringLiteral("Cleanup"), true, {}),
             workflow(QStringLiteral("Audit"), true, {})});
        QCOMPARE(m_ids.size(), 7);
    }

    // The pure half: tags to tenants, URLs, and answers refused whole.
    void tagsUrlsAndParsing()
    {
        QCOMPARE(N8n::tenantOfTag(QStringLiteral("tenant:acme")), QStringLiteral("acme"));
        QCOMPARE(N8n::tenantOfTag(QStringLiteral("tenant:Acme")), QString());
        QCOMPARE(N8n::tenantOfTag(QStringLiteral("acme")), QString());
        QCOMPARE(N8n::tenantTag(QStringLiteral("acme")), QStringLiteral("tenant:acme"));
        const QUrl base(QStringLiteral("https://n8n.example.com/"));
        QCOMPARE(N8n::executionPageUrl(base, QStringLiteral("wf1"), QStringLiteral("42")).toString(),
                 QStringLiteral("https://n8n.example.com/workflow/wf1/executions/42"));
        QCOMPARE(N8n::webhookUrl(base, QStringLiteral("acme/provision")).toString(),
                 QStringLiteral("https://n8n.example.com/webhook/acme/provision"));
        for (const char* bad : {"", "/x", "a/../b", "a?b=1", "a b", "a//b"})
            QVERIFY2(!N8n::webhookUrl(base, QString::fromLatin1(bad)).isValid(), bad);
        QVERIFY(
            N8n::executionsUrl(base, {QStringLiteral("error"), QStringLiteral("wf1")}, 999, {})
                .toString()
                .endsWith(QStringLiteral("/api/v1/executions?status=error&workflowId=wf1&includeData=false&"
                                         "limit=250")));

        // Older n8n sends numeric ids: taken as text.
        const QString inst = QStringLiteral("https://n8n.example.com");
        Result<N8nExecutionPage> page = N8n::parseExecutions(
            inst, 200,
            R"({"data":[{"id":7,"finished":true,"mode":"webhook","retryOf":null,"startedAt":"2026-12-01T10:00:00.000Z",
                "stoppedAt":null,"workflowId":3,"waitTill":null,"status":"success"}],"nextCursor":null})");
        QVERIFY(page.ok());
        QCOMPARE(page.value().executions.first().id, QStringLiteral("7"));
        QCOMPARE(page.value().executions.first().workflowId, QStringLiteral("3"));
        QCOMPARE(page.value().executions.first().startedAt,
                 QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        // One bad row, a missing cursor, an HTML page: an error naming n8n, never a partial list.
        QVERIFY(
            !N8n::parseExecutions(inst, 200,
                                  R"({"data":[{"id":"1","finished":true,"mode":"x","startedAt":"yesterday",
                                          "workflowId":"w","status":"success"}],"nextCursor":null})")
                 .ok());
        const Result<N8nWorkflowPage> noCursor = N8n::parseWorkflows(inst, 200, R"({"data":[]})");
        QVERIFY(!noCursor.ok());
        QVERIFY(noCursor.error().message.contains(QStringLiteral("nextCursor")));
        const Error html = N8n::apiError(inst, 502, "text/html", "<html><body>Bad Gateway</body></html>");
        QVERIFY(html.message.contains(QStringLiteral("web page")));
        QVERIFY(!html.message.contains(QStringLiteral("Bad Gateway")));

        QCOMPARE(N8n::executionIdIn(R"({"executionId":"123"})"),
                 std::optional<QString>(QStringLiteral("123")));
        QCOMPARE(N8n::executionIdIn(R"({"executionId":123})"), std::optional<QString>(QStringLiteral("123")));
        QVERIFY(!N8n::executionIdIn(R"({"message":"Workflow was started"})"));
        QVERIFY(!N8n::executionIdIn(R"({"executionId":{"id":1}})"));
        QVERIFY(!N8n::executionIdIn("ok"));

        const QDateTime sent(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        auto exec = [](const char* id, const char* wf, const QDateTime& at) {
            N8nExecution e;
            e.id = QString::fromLatin1(id);
            e.workflowId = QString::fromLatin1(wf);
            e.startedAt = at;
            return e;
        };
        const QList<N8nExecution> list{exec("9", "other", sent.addSecs(5)), exec("8", "wf", sent.addSecs(2)),
                                       exec("7", "wf", sent.addSecs(1)), exec("3", "wf", sent.addSecs(-60))};
        QCOMPARE(N8n::newestSince(list, QStringLiteral("wf"), sent), QStringLiteral("8"));
        QCOMPARE(N8n::newestSince(list, QStringLiteral("wf"), sent.addSecs(10)), QString());
    }

    void workflowsAcrossPages()
    {
        N8nClient c(m_server->url());
        c.setPageLimit(3);
        const Result<QList<N8nWorkflow>> r = workflows(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QStringList ids;
        for (const N8nWorkflow& w : r.value())
            ids << w.id;
        QCOMPARE(ids, m_ids);
        QCOMPARE(r.value().at(2).name, QStringLiteral("Monthly report"));
        QVERIFY(r.value().at(2).active);
        QCOMPARE(r.value().at(2).tenants(), QStringList({QStringLiteral("acme"), QStringLiteral("globex")}));
        QVERIFY(r.value().at(2).updatedAt.isValid());
        // Three pages, each after the first with the cursor the one before gave.
        const QJsonArray calls = m_server->calls();
        QCOMPARE(calls.size(), 3);
        QVERIFY(!calls.at(0)
                     .toObject()
                     .value(QStringLiteral("query"))
                     .toString()
                     .contains(QStringLiteral("cursor")));
        QVERIFY(calls.at(2)
                    .toObject()
                    .value(QStringLiteral("query"))
                    .toString()
                    .contains(QStringLiteral("cursor=")));
    }

    void workflowFilters()
    {
        N8nClient c(m_server->url());
        auto names = [&](const N8nWorkflowFilter& f) {
            QStringList out;
            const Result<QList<N8nWorkflow>> r = workflows(c, f);
            if (r.ok()) {
                for (const N8nWorkflow& w : r.value())
                    out << w.name;
            }
            return out;
        };
        N8nWorkflowFilter inactive;
        inactive.active = false;
        QCOMPARE(names(inactive), QStringList({QStringLiteral("Nightly backup"), QStringLiteral("Draft")}));
        N8nWorkflowFilter globex;
        globex.tags = {N8n::tenantTag(QStringLiteral("globex"))};
        QCOMPARE(names(globex),
                 QStringList({QStringLiteral("Nightly backup"), QStringLiteral("Monthly report")}));
        N8nWorkflowFilter byName;
        byName.name = QStringLiteral("report");
        QCOMPARE(names(byName), QStringList({QStringLiteral("Monthly report")}));
    }

    void activateAndDeactivate()
    {
        N8nClient c(m_server->url());
        auto set = [&](const QString& id, bool active) {
            return wait<N8nWorkflow>([&](auto done) { c.setActive(id, active, m_key, done); });
        };
        Result<N8nWorkflow> w = set(m_ids.at(1), true);
        QVERIFY(w.ok());
        QVERIFY(w.value().active);
        N8nWorkflowFilter active;
        active.active = true;
        QVERIFY(workflows(c, active).value().size() == 6);
        w = set(m_ids.at(0), false);
        QVERIFY(w.ok());
        QVERIFY(!w.value().active);
        // n8n's own reason reaches the person: a workflow without a trigger cannot be activated.
        w = set(m_ids.at(4), true);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, ErrorKind::InvalidInput);
        QVERIFY(w.error().message.contains(QStringLiteral("no node to start the workflow")));
        w = set(QStringLiteral("nope"), true);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().kind, ErrorKind::NotFound);
    }

    void executionsPagedAndFiltered()
    {
        m_server->seedExecutions(
            {{QStringLiteral("workflowId"), m_ids.at(0)},
             {QStringLiteral("count"), 12},
             {QStringLiteral("status"),
              QJsonArray{QStringLiteral("success"), QStringLiteral("error"), QStringLiteral("success")}}});
        m_server->seedExecutions({{QStringLiteral("workflowId"), m_ids.at(2)}, {QStringLiteral("count"), 5}});
        N8nClient c(m_server->url());
        auto page = [&](const N8nExecutionFilter& f, const QString& cursor) {
            return wait<N8nExecutionPage>([&](auto done) { c.executionsPage(f, 5, cursor, m_key, done); });
        };
        const Result<N8nExecutionPage> first = page({}, {});
        QVERIFY(first.ok());
        QCOMPARE(first.value().executions.size(), 5);
        QCOMPARE(first.value().executions.first().id, QStringLiteral("17")); // newest first
        QCOMPARE(first.value().executions.first().workflowId, m_ids.at(2));
        QVERIFY(!first.value().nextCursor.isEmpty());
        const Result<N8nExecutionPage> second = page({}, first.value().nextCursor);
        QVERIFY(second.ok());
        QCOMPARE(second.value().executions.first().id, QStringLiteral("12"));

        const Result<N8nExecutionPage> errors = page({QStringLiteral("error"), m_ids.at(0)}, {});
        QVERIFY(errors.ok());
        QCOMPARE(errors.value().executions.size(), 4);
        QVERIFY(errors.value().nextCursor.isEmpty());
        for (const N8nExecution& e : errors.value().executions) {
            QCOMPARE(e.status, QStringLiteral("error"));
            QVERIFY(!e.finished);
        }

        c.setPageLimit(4);
        const Result<QList<N8nExecution>> all = allExecutions(c, {QStringLiteral("success"), m_ids.at(0)});
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 8);
        QCOMPARE(allExecutions(c).value().size(), 17);
    }

    void apiKeyRefused()
    {
        N8nClient c(m_server->url());
        const SecretBytes wrong(QByteArray("n8n_api_WrongKey99999999999999999"));
        const Result<QList<N8nWorkflow>> r =
            wait<QList<N8nWorkflow>>([&](auto done) { c.listWorkflows({}, wrong, done); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::PermissionDenied);
        QVERIFY(r.error().message.contains(QStringLiteral("refused the API key (HTTP 401")));
        QVERIFY(!r.error().message.contains(QStringLiteral("WrongKey")));
        // No key at all: nothing is sent.
        m_server->clearCalls();
        const Result<QList<N8nWorkflow>> none =
            wait<QList<N8nWorkflow>>([&](auto done) { c.listWorkflows({}, SecretBytes(), done); });
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("No API key")));
        QCOMPARE(m_server->calls().size(), 0);
    }

    void webhookExecutionIdFromAnswer()
    {
        N8nClient c(m_server->url());
        const Result<N8nWebhookRun> r = run(c, target(0, QStringLiteral("acme/provision")), m_secret, m_key);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().httpStatus, 200);
        QCOMPARE(r.value().idSource, N8nWebhookRun::IdSource::Answer);
        QCOMPARE(r.value().executionId, QStringLiteral("1"));
        QVERIFY(r.value().bodyExcerpt.contains(QStringLiteral("executionId")));
        // The run is an execution n8n lists, and the tenant reached the workflow.
        const Result<QList<N8nExecution>> all = allExecutions(c, {{}, m_ids.at(0)});
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().mode, QStringLiteral("webhook"));
        const QJsonObject call = m_server->calls().first().toObject();
        QCOMPARE(call.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(call.value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));
    }

    void webhookExecutionIdLookedUp()
    {
        // Older runs of the same workflow, and a newer run of another: neither is taken for this call.
        m_server->seedExecutions({{QStringLiteral("workflowId"), m_ids.at(3)},
                                  {QStringLiteral("count"), 3},
                                  {QStringLiteral("startedAt"), QStringLiteral("2026-01-01T00:00:00.000Z")}});
        N8nClient c(m_server->url());
        const Result<N8nWebhookRun> r = run(c, target(3, QStringLiteral("started")), m_secret, m_key);
        QVERIFY(r.ok());
        QCOMPARE(r.value().idSource, N8nWebhookRun::IdSource::LookedUp);
        QCOMPARE(r.value().executionId, QStringLiteral("4"));
        QVERIFY(r.value().bodyExcerpt.contains(QStringLiteral("Workflow was started")));
        // Without the API key it ran all the same; the id is unknown and the run says why.
        const Result<N8nWebhookRun> blind =
            run(c, target(3, QStringLiteral("started")), m_secret, SecretBytes());
        QVERIFY(blind.ok());
        QCOMPARE(blind.value().idSource, N8nWebhookRun::IdSource::Unknown);
        QVERIFY(blind.value().executionId.isEmpty());
        QVERIFY(blind.value().lookupError.contains(QStringLiteral("API key")));
        // A malformed answer from the workflow: the run stands, its id is looked up.
        m_server->misbehave(QStringLiteral("malformed"), 1, QStringLiteral("webhook"));
        const Result<N8nWebhookRun> cut =
            run(c, target(0, QStringLiteral("acme/provision")), m_secret, m_key);
        QVERIFY(cut.ok());
        QCOMPARE(cut.value().idSource, N8nWebhookRun::IdSource::LookedUp);
        QCOMPARE(cut.value().executionId, QStringLiteral("6"));
        QVERIFY(QUrl(N8n::executionPageUrl(c.base(), m_ids.at(0), cut.value().executionId))
                    .path()
                    .endsWith(QStringLiteral("/executions/6")));
    }

    void webhookRefusedSecret()
    {
        N8nClient c(m_server->url());
        const SecretBytes wrong(QByteArray("hook-secret-Wrong55555555555"));
        Result<N8nWebhookRun> r = run(c, target(0, QStringLiteral("acme/provision")), wrong, m_key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::PermissionDenied);
        QVERIFY(r.error().message.contains(QStringLiteral("HTTP 403")));
        QVERIFY(r.error().message.contains(QStringLiteral("webhook secret in the keychain is wrong")));
        QVERIFY(r.error().message.contains(kHeader));
        QVERIFY(!r.error().message.contains(QStringLiteral("Wrong555")));
        r = run(c, target(0, QStringLiteral("acme/provision")), SecretBytes(), m_key);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(
            QStringLiteral("requires authorization and none was sent (HTTP 401)")));
        r = run(c, target(0, QStringLiteral("nowhere")), m_secret, m_key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        // None of these ran the workflow.
        QCOMPARE(allExecutions(c).value().size(), 0);
    }

    void webhookFailures_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << "500"
                             << "failed (HTTP 500: There was a problem executing the workflow)";
        QTest::newRow("html") << "html"
                              << "with a web page";
        QTest::newRow("timeout") << "timeout"
                                 << "did not answer within 1 s; the workflow may still have run";
        QTest::newRow("drop") << "drop"
                              << "closed before the webhook \"acme/provision\" answered";
    }
    void webhookFailures()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        m_server->misbehave(mode, 1, QStringLiteral("webhook"), 3);
        N8nClient c(m_server->url());
        c.setTimeoutMs(1000);
        const Result<N8nWebhookRun> r = run(c, target(0, QStringLiteral("acme/provision")), m_secret, m_key);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Connection);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("n8n")));
    }

    void apiMisbehaviour_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500") << "500"
                             << "failed with HTTP 500";
        QTest::newRow("html") << "html"
                              << "HTTP 502 with a web page instead of JSON";
        QTest::newRow("malformed") << "malformed"
                                   << "not valid JSON";
        QTest::newRow("missing cursor") << "missing"
                                        << "without a \"nextCursor\"";
        QTest::newRow("wrong types") << "wrong_types"
                                     << "Workflow 1 of the n8n answer";
        QTest::newRow("timeout") << "timeout"
                                 << "did not answer within 1 s.";
        QTest::newRow("drop") << "drop"
                              << "closed before the whole answer arrived";
        QTest::newRow("403") << "403"
                             << "does not allow this API key";
    }
    void apiMisbehaviour()
    {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        N8nClient c(m_server->url());
        c.setTimeoutMs(1000);
        c.setPageLimit(3);
        // The second page misbehaves: the first page's workflows are not shown as if they were all.
        m_server->misbehave(mode, 1, QStringLiteral("api"), 3, 1);
        const Result<QList<N8nWorkflow>> r = workflows(c);
        QVERIFY(!r.ok());
        QCOMPARE(m_server->calls().size(), 2);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }

    void loopingCursorStopped()
    {
        m_server->seedExecutions(
            {{QStringLiteral("workflowId"), m_ids.at(0)}, {QStringLiteral("count"), 10}});
        N8nClient c(m_server->url());
        c.setPageLimit(2);
        m_server->misbehave(QStringLiteral("loop"), -1, QStringLiteral("api"));
        const Result<QList<N8nExecution>> r = allExecutions(c);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("already given")), qPrintable(r.error().message));
        QVERIFY(m_server->calls().size() <= 3);
        // A server that keeps giving new pages is stopped at the cap.
        m_server->misbehave(QStringLiteral("none"));
        c.setMaxPages(3);
        const Result<QList<N8nExecution>> capped = allExecutions(c);
        QVERIFY(!capped.ok());
        QVERIFY(capped.error().message.contains(QStringLiteral("more pages after 3")));
    }

    // Last: every message seen in this run, and the server's log of every call, without either secret.
    void secretsNeverInMessagesOrCallLog()
    {
        N8nClient c(m_server->url());
        QVERIFY(run(c, target(0, QStringLiteral("acme/provision")), m_secret, m_key).ok());
        QVERIFY(workflows(c).ok());
        const QByteArray log = m_server->callsJson();
        QVERIFY(log.contains("acme/provision"));
        QVERIFY(!log.contains(kApiKey));
        QVERIFY(!log.contains(kHookSecret));
        QVERIFY(m_seen.size() >= 15);
        for (const QString& m : std::as_const(m_seen)) {
            QVERIFY2(!m.contains(QString::fromLatin1(kApiKey)), qPrintable(m));
            QVERIFY2(!m.contains(QString::fromLatin1(kHookSecret)), qPrintable(m));
        }
    }
};

QTEST_GUILESS_MAIN(TestN8n)
#include "tst_n8n.moc"
