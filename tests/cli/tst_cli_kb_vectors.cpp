// Search by meaning as a user drives it with fusionctl, against the Python Odoo and providers stand-ins and a
// private keychain: a vector search before anything is embedded says how to embed; kb embed asks first
// (naming the chunks, the model and the consumer it is metered as) and without --yes sends and stores
// nothing; with no access rule for "ai-knowledge" the request is refused before it reaches the provider; with
// one, every chunk is embedded in one metered request, logged in the usage log and the AI audit, and a second
// run has nothing to do; vector and hybrid searches then find the chunks by meaning, each search metered and
// audited; a provider error is reported and audited, never retried.
#include "tests/common/Failures.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const QString kVecSlug = QStringLiteral("acme-finance-ph");
const char kVecKey[] = "sk-kb-vectors-0123456789abcdef";
constexpr int kVecChunks = 37; // the Odoo stand-in's 3 projects and 34 tasks
} // namespace

class TestCliKbVectors : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<test::FakeOdoo> m_odoo;
    std::unique_ptr<test::FakeProviders> m_providers;
    Database m_db;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FUSION_DB"), QStringLiteral("sqlite://") + m_dbPath);
        return test::runCli(m_home.path(), args, input, env);
    }
    static QString describe(const test::CliResult& r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
    }
    int embeddingRequests()
    {
        int n = 0;
        for (const QJsonValue& c : m_providers->calls())
            n +=
                c.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("/embeddings"));
        return n;
    }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    test::CliResult search(const QString& mode, const QStringList& words, bool json = true)
    {
        QStringList args;
        if (json)
            args << QStringLiteral("--json");
        args << QStringLiteral("kb") << QStringLiteral("search") << words << QStringLiteral("--mode") << mode
             << QStringLiteral("--tenant") << kVecSlug << QStringLiteral("--limit") << QStringLiteral("5");
        return run(args);
    }
    static QStringList refs(const test::CliResult& r)
    {
        QStringList out;
        for (const QJsonValue& h : r.json().array())
            out << h.toObject().value(QStringLiteral("source_ref")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_odoo = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_odoo->ok(), qPrintable(m_odoo->error()));
        m_odoo->reset();
        m_providers = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_providers->ok(), qPrintable(m_providers->error()));
        m_providers->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(kVecKey)});
        m_dbPath = m_dir.filePath(QStringLiteral("fusion.db"));
        for (const QStringList& step :
             {QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                          QStringLiteral("openai"), QStringLiteral("--base-url"),
                          m_providers->url().toString(), QStringLiteral("--yes")}}) {
            const test::CliResult r = run(step);
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        test::CliResult r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                                 QStringLiteral("--label"), QStringLiteral("kb"),
                                 QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                                kVecKey);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("odoo"), QStringLiteral("connect"), kVecSlug, QStringLiteral("--url"),
                 m_odoo->url().toString(), QStringLiteral("--db"), QStringLiteral("odoopeer"),
                 QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--yes")},
                "admin\n");
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("kb"), QStringLiteral("sync"), kVecSlug, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        test::guarded([&] { m_db.open(test::sqliteTarget(m_dir)); });
    }

    void aVectorSearchBeforeEmbeddingSaysHowToEmbed()
    {
        m_providers->clearCalls();
        const test::CliResult r = search(QStringLiteral("vector"), {QStringLiteral("acoustic")}, false);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("fusionctl kb embed")), qPrintable(describe(r)));
        QCOMPARE(embeddingRequests(), 0);
        const test::CliResult bad = search(QStringLiteral("fuzzy"), {QStringLiteral("acoustic")}, false);
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("words, vector or hybrid")), qPrintable(describe(bad)));
    }

    void embedAsksFirstAndARefusedRequestNeverReachesTheProvider()
    {
        m_providers->clearCalls();
        const QString before = test::snapshot(m_db);
        const test::CliResult asked = run({QStringLiteral("kb"), QStringLiteral("embed"), kVecSlug});
        QCOMPARE(asked.code, 3);
        QVERIFY2(asked.err.contains(QStringLiteral("Embed %1 knowledge-base chunks of %2 with openai "
                                                   "text-embedding-3-small")
                                        .arg(kVecChunks)
                                        .arg(kVecSlug)),
                 qPrintable(describe(asked)));
        QVERIFY2(asked.err.contains(QStringLiteral("ai-knowledge")), qPrintable(describe(asked)));
        QCOMPARE(test::snapshot(m_db), before);
        QCOMPARE(embeddingRequests(), 0);

        // No access rule lets "ai-knowledge" call openai: refused before the provider hears of it.
        const test::CliResult refused =
            run({QStringLiteral("kb"), QStringLiteral("embed"), kVecSlug, QStringLiteral("--yes")});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("Refused by the access rule of \"ai-knowledge\"")) &&
                     refused.err.contains(QStringLiteral("Nothing was stored")),
                 qPrintable(describe(refused)));
        QCOMPARE(embeddingRequests(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE embedding IS NOT NULL")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM api_usage c JOIN consumers k ON k.id = c.consumer_id "
                                 "WHERE k.code = 'ai-knowledge' AND c.status = 'denied'")),
            1);
    }

    void embeddingIsOneMeteredRequestAndASecondRunHasNothingToDo()
    {
        // A budget holds a call to its price: the price table knows the embedding models' from the start.
        const test::CliResult rule =
            run({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
                 QStringLiteral("ai-knowledge"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--monthly"), QStringLiteral("5"), QStringLiteral("--yes")});
        QVERIFY2(rule.code == 0, qPrintable(describe(rule)));
        m_providers->clearCalls();
        const test::CliResult r = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                       QStringLiteral("embed"), kVecSlug, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("embedded")).toInt(), kVecChunks);
        QCOMPARE(o.value(QStringLiteral("chunks")).toInt(), kVecChunks);
        QCOMPARE(o.value(QStringLiteral("calls")).toInt(), 1); // 37 texts fit one request of 64
        QVERIFY(o.value(QStringLiteral("tokens")).toInt() > 0);
        QVERIFY(o.value(QStringLiteral("stopped_by")).isNull());
        QCOMPARE(embeddingRequests(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE embedding_model = "
                                      "'openai:text-embedding-3-small' AND embedding_dims = 1536")),
                 kVecChunks);
        // Metered like any call: one usage row with the tokens the provider reported.
        QCOMPARE(count(QStringLiteral("SELECT sum(tokens_in) FROM api_usage c JOIN consumers k ON k.id = "
                                      "c.consumer_id WHERE k.code = 'ai-knowledge' AND c.status = 'ok' AND "
                                      "c.feature = 'embed'")),
                 o.value(QStringLiteral("tokens")).toInteger());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'embed'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tenant.kb.embed'")), 1);
        // The secret is in none of what was printed or stored.
        QVERIFY(!r.out.contains(QLatin1String(kVecKey)) && !r.err.contains(QLatin1String(kVecKey)));
        QVERIFY(!test::snapshot(m_db).contains(QLatin1String(kVecKey)));

        m_providers->clearCalls();
        const test::CliResult again =
            run({QStringLiteral("kb"), QStringLiteral("embed"), kVecSlug, QStringLiteral("--yes")});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("Nothing to change")), qPrintable(describe(again)));
        QCOMPARE(embeddingRequests(), 0);
        const test::CliResult stats = run({QStringLiteral("--json"), QStringLiteral("kb"),
                                           QStringLiteral("stats"), QStringLiteral("--tenant"), kVecSlug});
        QCOMPARE(stats.json().array().first().toObject().value(QStringLiteral("embedded")).toInt(),
                 kVecChunks);
    }

    void vectorAndHybridSearchesFindByMeaningAndAreMetered()
    {
        m_providers->clearCalls();
        const qint64 searchesBefore = count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = "
                                                           "'search'"));
        // The stand-in's vectors are sums of word vectors: "acoustic ceiling clouds" lies nearest to the task
        // that holds those words.
        const test::CliResult vector =
            search(QStringLiteral("vector"),
                   {QStringLiteral("acoustic"), QStringLiteral("ceiling"), QStringLiteral("clouds")});
        QVERIFY2(vector.code == 0, qPrintable(describe(vector)));
        const QJsonArray hits = vector.json().array();
        QCOMPARE(hits.size(), 5);
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Noise Reduction"));
        QVERIFY(first.value(QStringLiteral("url")).toString().startsWith(m_odoo->url().toString()));
        const double top = first.value(QStringLiteral("score")).toDouble();
        QVERIFY2(top > 0 && top <= 1.0001, qPrintable(QString::number(top)));
        QVERIFY(top >= hits.last().toObject().value(QStringLiteral("score")).toDouble());
        QCOMPARE(embeddingRequests(), 1); // the query, embedded once

        // Every word of the query is required by a word search; the hybrid one still finds the task that
        // holds most of them, first.
        const QStringList words{QStringLiteral("acoustic"), QStringLiteral("ceiling"),
                                QStringLiteral("zeppelin")};
        QCOMPARE(search(QStringLiteral("words"), words).json().array().size(), 0);
        const test::CliResult hybrid = search(QStringLiteral("hybrid"), words);
        QVERIFY2(hybrid.code == 0, qPrintable(describe(hybrid)));
        QCOMPARE(hybrid.json().array().first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Noise Reduction"));
        QCOMPARE(embeddingRequests(), 2);
        // The text form reads like a word search's.
        const test::CliResult text = search(QStringLiteral("hybrid"), words, false);
        QVERIFY2(text.code == 0 &&
                     text.out.startsWith(QStringLiteral("1. Noise Reduction  (acme-finance-ph, ")),
                 qPrintable(describe(text)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'search'")) -
                     searchesBefore,
                 4);
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM api_usage c JOIN consumers k ON k.id = c.consumer_id "
                     "WHERE k.code = 'ai-knowledge' AND c.feature = 'search' AND c.status = 'ok'")),
                 3);
    }

    void aProviderErrorIsReportedAuditedAndNotRetried()
    {
        m_providers->clearCalls();
        m_providers->misbehave(QStringLiteral("500"));
        const test::CliResult r = search(QStringLiteral("vector"), {QStringLiteral("kitchen")}, false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("could not embed the query")), qPrintable(describe(r)));
        QCOMPARE(embeddingRequests(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE operation = 'search' AND status = "
                                      "'error'")),
                 1);
        // The provider works again: so does the search.
        const test::CliResult ok = search(QStringLiteral("vector"), {QStringLiteral("kitchen")});
        QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
        QCOMPARE(ok.json().array().first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Lunch Room: kitchen"));
    }
};

QTEST_GUILESS_MAIN(TestCliKbVectors)
#include "tst_cli_kb_vectors.moc"
