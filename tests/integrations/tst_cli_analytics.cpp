// fusionctl analytics etl-test (the EtlTest job) against the n8n and PostgREST stand-ins and a private
// keychain, as a user runs it: a tenant's ETL check is edited through `tenants edit` (kind and target
// checked whole); without a check, or without its key, the command says what to set; without --yes and no
// terminal it asks, exits 3 and nothing is called nor audited; with --yes it calls once (never resent) and
// reports status, duration and n8n's execution id or the RPC's answer, or exactly what failed (401, 5xx,
// malformed JSON, a schema not exposed); every run is audited as analytics.etl_test with its outcome; no
// secret in any output, in the audit log, in the stand-ins' logs or in the database file.
#include "tests/common/FakePostgrest.h"
#include "tests/integrations/FakeN8n.h"
#include "tests/integrations/IntegrationCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <memory>

using namespace fusion;

namespace {
const QString kHookSlug = QStringLiteral("acme-finance-ph");
const QString kHeader = QStringLiteral("X-Etl-Token");
const QString kHookValue = QStringLiteral("hook-secret-CliAnalytics0000000000000091");
const QString kPath = QStringLiteral("acme-finance-ph/etl");
const QString kSbKey = QStringLiteral("sb-key-CliAnalytics00000000000000000000057");
const QString kSchema = QStringLiteral("t_analytics_etl");
const QString kFunction = QStringLiteral("refresh_analytics");
} // namespace

class TestCliAnalytics : public QObject {
    Q_OBJECT

    test::IntegrationCli m_cli;
    std::unique_ptr<test::FakeN8n> m_n8n;
    std::unique_ptr<test::FakePostgrest> m_pg;
    QString m_rpcSlug;

    QStringList a(const QString& args) const { return args.split(QLatin1Char(' '), Qt::SkipEmptyParts); }
    int webhookCalls()
    {
        int n = 0;
        for (const QJsonValue& v : m_n8n->calls())
            n += v.toObject().value(QStringLiteral("path")).toString().startsWith(QLatin1String("/webhook/"));
        return n;
    }
    // The analytics.etl_test audit rows of `slug`, oldest first, as stored (what was recorded after each).
    QStringList auditRows(const QString& slug)
    {
        QStringList rows;
        const qint64 n = m_cli.count(
            QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'analytics.etl_test' AND target = ?"),
            {slug});
        for (qint64 i = 0; i < n; ++i)
            test::guarded([&] {
                rows << m_cli.store
                            .scalar(
                                QStringLiteral("SELECT before_json || after_json FROM audit_log WHERE action "
                                               "= 'analytics.etl_test' AND target = ? ORDER BY id LIMIT 1 "
                                               "OFFSET ?"),
                                {slug, i})
                            .toString();
            });
        return rows;
    }
    test::CliResult edit(const QString& slug, const QStringList& sets)
    {
        QStringList args{QStringLiteral("tenants"), QStringLiteral("edit"), slug};
        for (const QString& s : sets)
            args << QStringLiteral("--set") << s;
        return m_cli.run(args << QStringLiteral("--yes"));
    }
    // The stand-ins' logs; the database file is read once at the end (reading it here would drop SQLite's
    // locks of this process on the file, and with them what this connection reads).
    void noSecretAnywhere()
    {
        QVERIFY(!m_n8n->callsJson().contains(kHookValue.toUtf8()));
        QVERIFY(!QJsonDocument(m_pg->calls()).toJson().contains(kSbKey.toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cli.setUp());
        m_n8n = std::make_unique<test::FakeN8n>();
        QVERIFY2(m_n8n->ok(), qPrintable(m_n8n->error()));
        m_pg = std::make_unique<test::FakePostgrest>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_cli.pointAt(QStringLiteral("n8n_webhook"), m_n8n->url()));
        test::guarded([&] {
            m_rpcSlug =
                m_cli.store
                    .scalar(QStringLiteral("SELECT slug FROM tenants WHERE status <> 'decommissioned' "
                                           "AND slug <> ? ORDER BY slug LIMIT 1"),
                            {kHookSlug})
                    .toString();
        });
        QVERIFY(!m_rpcSlug.isEmpty());
    }

    void init()
    {
        m_n8n->reset();
        QJsonObject hook{{QStringLiteral("name"), QStringLiteral("Analytics ETL")},
                         {QStringLiteral("active"), true},
                         {QStringLiteral("tags"), QJsonArray{QString(QStringLiteral("tenant:") + kHookSlug)}},
                         {QStringLiteral("webhook"), QJsonObject{{QStringLiteral("path"), kPath},
                                                                 {QStringLiteral("header"), kHeader},
                                                                 {QStringLiteral("value"), kHookValue}}}};
        QCOMPARE(m_n8n->seedWorkflows({hook}).size(), 1);
        m_pg->reset();
        m_pg->setKey(kSbKey);
        m_pg->setExposedSchemas({QStringLiteral("public"), kSchema});
        m_pg->setFunction(kSchema, kFunction,
                          QJsonObject{{QStringLiteral("rows_loaded"), 42}, {QStringLiteral("stale"), false}});
    }

    // Runs first: the check is configured through the tenant's analytics, judged whole.
    void theCheckIsEditedAndCheckedWhole()
    {
        const test::CliResult none = m_cli.run(a(QStringLiteral("analytics etl-test")) << kHookSlug);
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QStringLiteral("has no ETL check")) &&
                     none.err.contains(QStringLiteral("analytics.etl_kind")),
                 qPrintable(m_cli.describe(none)));

        // A kind without its target, an RPC name that is not one, an RPC without its schema: refused.
        QCOMPARE(edit(kHookSlug, {QStringLiteral("analytics.etl_kind=n8n_webhook")}).code, 1);
        QCOMPARE(edit(kHookSlug, {QStringLiteral("analytics.etl_kind=teleport")}).code, 1);
        const test::CliResult badFn =
            edit(m_rpcSlug, {QStringLiteral("analytics.etl_kind=supabase_rpc"),
                             QStringLiteral("analytics.etl_target=refresh/all"),
                             QStringLiteral("analytics.supabase_project=") + m_pg->url().toString(),
                             QStringLiteral("analytics.schema_name=") + kSchema});
        QCOMPARE(badFn.code, 1);
        QVERIFY2(badFn.err.contains(QStringLiteral("RPC function's name")),
                 qPrintable(m_cli.describe(badFn)));
        QCOMPARE(edit(m_rpcSlug, {QStringLiteral("analytics.etl_kind=supabase_rpc"),
                                  QStringLiteral("analytics.etl_target=") + kFunction,
                                  QStringLiteral("analytics.supabase_project=Not A Project")})
                     .code,
                 1);

        const test::CliResult hook = edit(kHookSlug, {QStringLiteral("analytics.etl_kind=n8n_webhook"),
                                                      QStringLiteral("analytics.etl_target=") + kPath});
        QVERIFY2(hook.code == 0, qPrintable(m_cli.describe(hook)));
        const test::CliResult rpc =
            edit(m_rpcSlug, {QStringLiteral("analytics.etl_kind=supabase_rpc"),
                             QStringLiteral("analytics.etl_target=") + kFunction,
                             QStringLiteral("analytics.supabase_project=") + m_pg->url().toString(),
                             QStringLiteral("analytics.schema_name=") + kSchema});
        QVERIFY2(rpc.code == 0, qPrintable(m_cli.describe(rpc)));
        const test::CliResult shown = m_cli.run(a(QStringLiteral("--json tenants show")) << m_rpcSlug);
        QCOMPARE(shown.code, 0);
        const QJsonObject analytics = shown.json().object().value(QStringLiteral("analytics")).toObject();
        QCOMPARE(analytics.value(QStringLiteral("etl_kind")).toString(), QStringLiteral("supabase_rpc"));
        QCOMPARE(analytics.value(QStringLiteral("etl_target")).toString(), kFunction);
    }

    void withoutItsKeyItSaysWhichToAdd()
    {
        const test::CliResult hook = m_cli.run(a(QStringLiteral("analytics etl-test --yes")) << kHookSlug);
        QCOMPARE(hook.code, 1);
        QVERIFY2(hook.err.contains(QStringLiteral("fusionctl keys add n8n_webhook --label %1").arg(kPath)),
                 qPrintable(m_cli.describe(hook)));
        const test::CliResult rpc = m_cli.run(a(QStringLiteral("analytics etl-test --yes")) << m_rpcSlug);
        QCOMPARE(rpc.code, 1);
        QVERIFY2(rpc.err.contains(QStringLiteral("keys provider add supabase")),
                 qPrintable(m_cli.describe(rpc)));
        QCOMPARE(webhookCalls(), 0);
        QVERIFY(m_pg->calls().isEmpty());
        QVERIFY(auditRows(kHookSlug).isEmpty());

        QVERIFY(m_cli.addKey(QStringLiteral("n8n_webhook"), kPath, kHookValue, kHeader));
        const test::CliResult provider =
            m_cli.run(a(QStringLiteral("keys provider add supabase --name Supabase --base-url "
                                       "https://supabase.com --yes")));
        QVERIFY2(provider.code == 0, qPrintable(m_cli.describe(provider)));
        QVERIFY(m_cli.addKey(QStringLiteral("supabase"), m_rpcSlug, kSbKey));
    }

    void unconfirmedNothingIsCalled()
    {
        for (const QString& slug : {kHookSlug, m_rpcSlug}) {
            const test::CliResult asked = m_cli.run(a(QStringLiteral("analytics etl-test")) << slug);
            QCOMPARE(asked.code, 3);
            QVERIFY2(asked.err.contains(QStringLiteral("Test the ETL of %1").arg(slug)) &&
                         asked.err.contains(QStringLiteral("runs for real")),
                     qPrintable(m_cli.describe(asked)));
            QVERIFY(auditRows(slug).isEmpty());
        }
        QCOMPARE(webhookCalls(), 0);
        QVERIFY(m_pg->calls().isEmpty());
    }

    void n8nRunsOnceWithItsExecutionId()
    {
        const test::CliResult r =
            m_cli.run(a(QStringLiteral("--json analytics etl-test --yes")) << kHookSlug);
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 200);
        QVERIFY(!o.value(QStringLiteral("execution_id")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("duration_ms")).isDouble());
        QCOMPARE(webhookCalls(), 1);
        // The tenant in the body, the header's value checked by the stand-in.
        const QJsonObject call = m_n8n->calls().last().toObject();
        QCOMPARE(call.value(QStringLiteral("tenant")).toString(), kHookSlug);
        QCOMPARE(call.value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));
        // Audited before the call and with its outcome after it.
        const QStringList rows = auditRows(kHookSlug);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.first().contains(QStringLiteral("calling")), qPrintable(rows.first()));
        QVERIFY2(rows.last().contains(o.value(QStringLiteral("execution_id")).toString()),
                 qPrintable(rows.last()));

        const test::CliResult text = m_cli.run(a(QStringLiteral("analytics etl-test --yes")) << kHookSlug);
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("succeeded: HTTP 200")) &&
                     text.out.contains(QStringLiteral("n8n started execution")),
                 qPrintable(m_cli.describe(text)));
        noSecretAnywhere();
    }

    void n8nFailuresAreSaidAndNeverResent()
    {
        const struct {
            const char* mode;
            const char* said;
        } cases[] = {{"401", "401"}, {"500", "500"}};
        for (const auto& c : cases) {
            m_n8n->clearCalls();
            m_n8n->misbehave(QLatin1String(c.mode), 1, QStringLiteral("webhook"));
            const int before = int(auditRows(kHookSlug).size());
            const test::CliResult r =
                m_cli.run(a(QStringLiteral("--json analytics etl-test --yes")) << kHookSlug);
            QCOMPARE(r.code, 1);
            const QJsonObject o = r.json().object();
            QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
            QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), QByteArray(c.said).toInt());
            QVERIFY2(o.value(QStringLiteral("error")).toString().contains(QLatin1String(c.said)),
                     qPrintable(m_cli.describe(r)));
            QCOMPARE(webhookCalls(), 1);
            const QStringList rows = auditRows(kHookSlug);
            QCOMPARE(rows.size(), before + 2);
            QVERIFY2(rows.last().contains(QLatin1String(c.said)), qPrintable(rows.last()));
        }
        noSecretAnywhere();
    }

    void rpcAnswersSummarised()
    {
        const test::CliResult r =
            m_cli.run(a(QStringLiteral("--json analytics etl-test --yes")) << m_rpcSlug);
        QVERIFY2(r.code == 0, qPrintable(m_cli.describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("http_status")).toInt(), 200);
        QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("\"rows_loaded\":42")),
                 qPrintable(m_cli.describe(r)));
        // One call, to the function, in the tenant's schema, with the key.
        const QJsonArray calls = m_pg->calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().toObject().value(QStringLiteral("function")).toString(), kFunction);
        QCOMPARE(calls.first().toObject().value(QStringLiteral("profile")).toString(), kSchema);
        QCOMPARE(calls.first().toObject().value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));
        QCOMPARE(auditRows(m_rpcSlug).size(), 2);
        noSecretAnywhere();
    }

    void rpcFailuresAreSaidExactly()
    {
        const auto failing = [&](const QString& said) {
            const int before = int(m_pg->calls().size());
            const test::CliResult r = m_cli.run(a(QStringLiteral("analytics etl-test --yes")) << m_rpcSlug);
            if (r.code != 1 || !r.err.contains(said) || m_pg->calls().size() != before + 1)
                return m_cli.describe(r);
            return QString();
        };
        m_pg->setKey(QStringLiteral("another-key"));
        QString problem = failing(QStringLiteral("refused the key (HTTP 401"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_pg->setKey(kSbKey);
        m_pg->misbehave(QStringLiteral("500"));
        problem = failing(QStringLiteral("answered HTTP 500: internal error while searching (XX000)"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_pg->misbehave(QStringLiteral("malformed"));
        problem = failing(QStringLiteral("is not valid JSON"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_pg->setExposedSchemas({QStringLiteral("public")});
        problem = failing(QStringLiteral("does not expose the schema \"%1\" (HTTP 406)").arg(kSchema));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        noSecretAnywhere();
    }

    void usageAndUnknownTenants()
    {
        QCOMPARE(m_cli.run(a(QStringLiteral("analytics etl-test"))).code, 2);
        QCOMPARE(m_cli.run(a(QStringLiteral("analytics etl-test no-such-tenant --yes"))).code, 5);
    }

    // Runs last: the audit rows and everything else stored hold no secret.
    void theDatabaseHoldsNoSecret() { QVERIFY(!m_cli.dbHoldsASecret()); }
};

QTEST_GUILESS_MAIN(TestCliAnalytics)
#include "tst_cli_analytics.moc"
