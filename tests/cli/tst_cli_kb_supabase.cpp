// fusionctl kb source and kb search for a tenant whose knowledge lives in Supabase, as a user runs them,
// against the PostgREST stand-in and a private keychain: the project's key is stored with keys add; kb source
// set asks (without a terminal or --yes it stores nothing, exit 3), names the key and never its secret; kb
// search then asks the project through its text RPC and says so (text and --json), in the project's order; by
// meaning, the query is embedded by OpenAI through the service layer first (refused before anyone is asked
// without an access rule, metered and audited with one; an OpenAI failure asks the project nothing), then the
// project's vector RPC answers, and a hybrid search fuses both RPCs' answers; a wrong key is the project's
// 401 said plainly (exit 1); kb source remove brings the local search back; unknown tenants are exit 5,
// missing arguments exit 2; the secret is in no output and nowhere in the database file.
#include "tests/common/BoundedOutput.h"
#include "tests/common/Failures.h"
#include "tests/common/FakePostgrest.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const QString kCliSlug = QStringLiteral("acme-finance-ph");
const char kCliSecret[] = "sb-secret-CliKbSupabase00000000000000099";
const char kOpenAiKey[] = "sk-kb-supabase-0123456789abcdef";
} // namespace

class TestCliKbSupabase : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<test::FakePostgrest> m_server;
    std::unique_ptr<test::FakeProviders> m_providers;
    Database m_store;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_db);
        const test::CliResult r = test::runCli(m_home.path(), args, input, env);
        // Whatever the command, the secret is never printed.
        if (r.out.contains(QLatin1String(kCliSecret)) || r.err.contains(QLatin1String(kCliSecret)) ||
            r.out.contains(QLatin1String(kOpenAiKey)) || r.err.contains(QLatin1String(kOpenAiKey)))
            qFatal("fusionctl printed the secret: %s", qPrintable(args.join(QLatin1Char(' '))));
        return r;
    }
    static QString describe(const test::CliResult& r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
    QStringList setArgs() const
    {
        return {QStringLiteral("kb"),           QStringLiteral("source"),
                QStringLiteral("set"),          kCliSlug,
                QStringLiteral("--url"),        m_server->url().toString(),
                QStringLiteral("--key"),        QStringLiteral("supabase/kb"),
                QStringLiteral("--tenant-ref"), QStringLiteral("odoo_company:1")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_server = std::make_unique<test::FakePostgrest>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->reset();
        m_server->setKey(QString::fromLatin1(kCliSecret));
        const auto row = [](int id, const QString& title, const QString& content) {
            return QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("source_type"), QStringLiteral("odoo_task")},
                {QStringLiteral("source_ref"), QStringLiteral("project.task:%1").arg(id)},
                {QStringLiteral("title"), title},
                {QStringLiteral("url"), QStringLiteral("https://odoo.example.com/task/%1").arg(id)},
                {QStringLiteral("content"), content},
                // The seed's chunks carry OpenAI embeddings of their text.
                {QStringLiteral("embedding"), test::FakeProviders::embeddingOf(content)}};
        };
        m_server->setChunks(
            QStringLiteral("odoo_company:1"),
            {row(7, QStringLiteral("Quarterly close"), QStringLiteral("Reconcile the ledger.")),
             row(8, QStringLiteral("Ledger ledger"), QStringLiteral("The ledger, again the ledger.")),
             row(9, QStringLiteral("Unrelated"), QStringLiteral("Nothing here."))});
        m_db = m_dir.filePath(QStringLiteral("fusion.db"));
        QVERIFY(run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")}).code == 0);
        QVERIFY(run({QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")}).code == 0);
        test::guarded([&] { m_store.open(test::sqliteTarget(m_dir)); });

        // A search by meaning embeds the query with OpenAI, through the service layer.
        m_providers = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_providers->ok(), qPrintable(m_providers->error()));
        m_providers->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(kOpenAiKey)});
        const test::CliResult base =
            run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                 QStringLiteral("openai"), QStringLiteral("--base-url"), m_providers->url().toString(),
                 QStringLiteral("--yes")});
        QVERIFY2(base.code == 0, qPrintable(describe(base)));
        const test::CliResult openai =
            run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                 QStringLiteral("--label"), QStringLiteral("kb"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                QByteArray(kOpenAiKey) + '\n');
        QVERIFY2(openai.code == 0, qPrintable(describe(openai)));
        const test::CliResult p = run(
            {QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("add"),
             QStringLiteral("supabase"), QStringLiteral("--name"), QStringLiteral("Supabase"),
             QStringLiteral("--base-url"), QStringLiteral("https://supabase.com"), QStringLiteral("--yes")});
        QVERIFY2(p.code == 0, qPrintable(describe(p)));
        const test::CliResult k =
            run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("supabase"),
                 QStringLiteral("--label"), QStringLiteral("kb"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                QByteArray(kCliSecret) + '\n');
        QVERIFY2(k.code == 0, qPrintable(describe(k)));
    }

    void setAsksAndStoresOnlyWhenConfirmed()
    {
        const test::CliResult refused = run(setArgs());
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("supabase/kb")), qPrintable(describe(refused)));
        const test::CliResult local = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                           QStringLiteral("source"), QStringLiteral("show"), kCliSlug});
        QCOMPARE(local.code, 0);
        QCOMPARE(local.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("local"));

        const test::CliResult set = run(setArgs() << QStringLiteral("--yes"));
        QVERIFY2(set.code == 0, qPrintable(describe(set)));
        const test::CliResult shown = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                           QStringLiteral("source"), QStringLiteral("show"), kCliSlug});
        QCOMPARE(shown.code, 0);
        const QJsonObject o = shown.json().object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("supabase"));
        QCOMPARE(o.value(QStringLiteral("project_url")).toString(), m_server->url().toString());
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("kb"));
        QCOMPARE(o.value(QStringLiteral("tenant_ref")).toString(), QStringLiteral("odoo_company:1"));
        QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("supabase/kb"));

        const test::CliResult again = run(setArgs() << QStringLiteral("--yes"));
        QCOMPARE(again.code, 0);
        QVERIFY2(again.err.contains(QStringLiteral("Nothing to change")), qPrintable(describe(again)));
    }

    void searchAsksTheProjectAndSaysSo()
    {
        const test::CliResult j =
            run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("search"),
                 QStringLiteral("ledger"), QStringLiteral("--tenant"), kCliSlug});
        QVERIFY2(j.code == 0, qPrintable(describe(j)));
        const QJsonArray hits = j.json().array();
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].toObject().value(QStringLiteral("id")).toInteger(), 8); // four "ledger" before two
        QCOMPARE(hits[1].toObject().value(QStringLiteral("id")).toInteger(), 7);
        for (const QJsonValue& h : hits) {
            QCOMPARE(h.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("supabase"));
            QCOMPARE(h.toObject().value(QStringLiteral("tenant")).toString(), kCliSlug);
        }

        const test::CliResult t = run({QStringLiteral("kb"), QStringLiteral("search"),
                                       QStringLiteral("ledger"), QStringLiteral("--tenant"), kCliSlug});
        QVERIFY2(t.code == 0, qPrintable(describe(t)));
        QVERIFY2(t.out.startsWith(QStringLiteral("1. Ledger ledger  (acme-finance-ph, project.task:8)")),
                 qPrintable(describe(t)));
        QVERIFY2(t.err.contains(QStringLiteral("From the Supabase project ") + m_server->url().toString()),
                 qPrintable(describe(t)));
        const QJsonObject last = m_server->calls().last().toObject();
        QCOMPARE(last.value(QStringLiteral("function")).toString(), QStringLiteral("search_chunks_text"));
        QCOMPARE(last.value(QStringLiteral("auth")).toString(), QStringLiteral("ok"));

        // Without --tenant the local knowledge base answers, and says so.
        const test::CliResult all = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                         QStringLiteral("search"), QStringLiteral("ledger")});
        QCOMPARE(all.code, 0);
        for (const QJsonValue& h : all.json().array())
            QCOMPARE(h.toObject().value(QStringLiteral("source")).toString(), QStringLiteral("local"));
    }

    void searchByMeaningEmbedsTheQueryThenAsksTheProject()
    {
        const auto search = [&](const QString& mode, const QString& query) {
            return run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("search"), query,
                        QStringLiteral("--tenant"), kCliSlug, QStringLiteral("--mode"), mode});
        };
        const auto functions = [&](qsizetype from) {
            QStringList out;
            const QJsonArray calls = m_server->calls();
            for (qsizetype i = from; i < calls.size(); ++i)
                out << calls[i].toObject().value(QStringLiteral("function")).toString();
            return out;
        };
        // The ids of the hits, each one the project's (a local hit would show as -1).
        const auto ids = [](const test::CliResult& r) {
            QList<qint64> out;
            for (const QJsonValue& h : r.json().array())
                out << (h.toObject().value(QStringLiteral("source")).toString() == QLatin1String("supabase")
                            ? h.toObject().value(QStringLiteral("id")).toInteger()
                            : -1);
            return out;
        };
        const auto metered = [&](const QString& status) {
            return m_store
                .scalar(QStringLiteral("SELECT count(*) FROM api_usage u JOIN consumers k ON k.id = "
                                       "u.consumer_id WHERE k.code = 'ai-knowledge' AND u.feature = 'search' "
                                       "AND u.status = ?"),
                        {status})
                .toLongLong();
        };

        // No access rule lets "ai-knowledge" call openai: refused before OpenAI or the project hears of it.
        m_providers->clearCalls();
        qsizetype asked = m_server->calls().size();
        const test::CliResult refused = search(QStringLiteral("vector"), QStringLiteral("reconcile ledger"));
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("Refused by the access rule of \"ai-knowledge\"")),
                 qPrintable(describe(refused)));
        QCOMPARE(m_providers->calls().size(), 0);
        QCOMPARE(functions(asked), QStringList());
        QCOMPARE(metered(QStringLiteral("denied")), 1);

        const test::CliResult rule =
            run({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
                 QStringLiteral("ai-knowledge"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--yes")});
        QVERIFY2(rule.code == 0, qPrintable(describe(rule)));

        // By meaning: the query embedded by text-embedding-3-small, then the project's search_chunks; the
        // chunk holding both words is nearest, the one holding one of them next.
        asked = m_server->calls().size();
        const test::CliResult vector = search(QStringLiteral("vector"), QStringLiteral("reconcile ledger"));
        QVERIFY2(vector.code == 0, qPrintable(describe(vector)));
        QCOMPARE(ids(vector).mid(0, 2), (QList<qint64>{7, 8}));
        QCOMPARE(functions(asked), QStringList{QStringLiteral("search_chunks")});
        QCOMPARE(m_providers->calls().size(), 1);
        const QJsonObject embedded = m_providers->calls().first().toObject();
        QVERIFY2(embedded.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/embeddings")),
                 qPrintable(QString::fromUtf8(QJsonDocument(embedded).toJson())));
        QCOMPARE(embedded.value(QStringLiteral("model")).toString(),
                 QStringLiteral("text-embedding-3-small"));
        QCOMPARE(metered(QStringLiteral("ok")), 1);

        // Hybrid: both of the project's searches, fused; only chunk 7 holds every word, and it is nearest
        // too.
        asked = m_server->calls().size();
        const test::CliResult hybrid = search(QStringLiteral("hybrid"), QStringLiteral("reconcile ledger"));
        QVERIFY2(hybrid.code == 0, qPrintable(describe(hybrid)));
        QCOMPARE(ids(hybrid).mid(0, 2), (QList<qint64>{7, 8}));
        QCOMPARE(functions(asked),
                 (QStringList{QStringLiteral("search_chunks"), QStringLiteral("search_chunks_text")}));
        QCOMPARE(metered(QStringLiteral("ok")), 2);
        QCOMPARE(m_store
                     .scalar(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'search' AND "
                                            "status = 'success' AND request_redacted LIKE '%hybrid%'"))
                     .toLongLong(),
                 1);

        // OpenAI failing is said plainly, audited, and the project is not asked with nothing to search for.
        m_providers->misbehave(QStringLiteral("500"));
        asked = m_server->calls().size();
        const test::CliResult failed = search(QStringLiteral("vector"), QStringLiteral("reconcile ledger"));
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("could not embed the query")),
                 qPrintable(describe(failed)));
        QCOMPARE(functions(asked), QStringList());
        QCOMPARE(m_store
                     .scalar(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'search' AND "
                                            "status = 'error'"))
                     .toLongLong(),
                 2);
    }

    void theProjectsFailuresArePlainAndExitOne()
    {
        m_server->setKey(QStringLiteral("sb-rotated-elsewhere"));
        const test::CliResult wrong = run({QStringLiteral("kb"), QStringLiteral("search"),
                                           QStringLiteral("ledger"), QStringLiteral("--tenant"), kCliSlug});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.out.isEmpty() && wrong.err.contains(QStringLiteral("refused the key (HTTP 401)")),
                 qPrintable(describe(wrong)));
        m_server->setKey(QString::fromLatin1(kCliSecret));
        m_server->misbehave(QStringLiteral("not_array"));
        const test::CliResult bad =
            run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("search"),
                 QStringLiteral("ledger"), QStringLiteral("--tenant"), kCliSlug});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.json()
                     .object()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("not a list of rows")),
                 qPrintable(describe(bad)));
    }

    // The gateway before the project answering with a 20,000-line trace: stderr shows its first lines and how
    // many more there are, --verbose all of them.
    void aHugeErrorIsBoundedUnlessVerbose()
    {
        const QStringList search{QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("ledger"),
                                 QStringLiteral("--tenant"), kCliSlug};
        m_server->misbehave(QStringLiteral("huge_error"));
        const test::CliResult bounded = run(search);
        m_server->misbehave(QStringLiteral("huge_error"));
        const test::CliResult whole = run(QStringList{QStringLiteral("--verbose")} + search);
        const QString problem = test::boundedOutputProblem(
            bounded, whole, QStringLiteral("upstream error: PostgREST crashed while serving the RPC"), 20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(bounded.err.contains(QStringLiteral("answered HTTP 502")),
                 qPrintable(bounded.err.left(600)));
    }

    void usageAndUnknownTenants()
    {
        const test::CliResult none =
            run({QStringLiteral("kb"), QStringLiteral("source"), QStringLiteral("set")});
        QCOMPARE(none.code, 2);
        const test::CliResult unknown = run(
            {QStringLiteral("kb"), QStringLiteral("source"), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 5);
        const test::CliResult noKey =
            run({QStringLiteral("kb"), QStringLiteral("source"), QStringLiteral("set"),
                 QStringLiteral("nope-either"), QStringLiteral("--url"),
                 QStringLiteral("https://x.supabase.co"), QStringLiteral("--yes")});
        QCOMPARE(noKey.code, 5);
    }

    void removeAsksThenSearchesLocallyAgain()
    {
        const test::CliResult refused =
            run({QStringLiteral("kb"), QStringLiteral("source"), QStringLiteral("remove"), kCliSlug});
        QCOMPARE(refused.code, 3);
        const test::CliResult removed = run({QStringLiteral("kb"), QStringLiteral("source"),
                                             QStringLiteral("remove"), kCliSlug, QStringLiteral("--yes")});
        QVERIFY2(removed.code == 0, qPrintable(describe(removed)));
        const int calls = int(m_server->calls().size());
        const test::CliResult local =
            run({QStringLiteral("--json"), QStringLiteral("kb"), QStringLiteral("search"),
                 QStringLiteral("ledger"), QStringLiteral("--tenant"), kCliSlug});
        QCOMPARE(local.code, 0);
        QCOMPARE(int(m_server->calls().size()), calls); // the project was not asked
        const test::CliResult gone = run({QStringLiteral("kb"), QStringLiteral("source"),
                                          QStringLiteral("remove"), kCliSlug, QStringLiteral("--yes")});
        QCOMPARE(gone.code, 5);

        // The audit has the writes; the database file holds the secret nowhere.
        const test::CliResult audit =
            run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(audit.out.contains(QStringLiteral("kb_source.set")) &&
                     audit.out.contains(QStringLiteral("kb_source.remove")),
                 qPrintable(describe(audit)));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kCliSecret));
    }
};

QTEST_GUILESS_MAIN(TestCliKbSupabase)
#include "tst_cli_kb_supabase.moc"
