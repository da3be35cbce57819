// Embeddings over the wire (models/ai/EmbeddingsApi) against the providers stand-in, which answers as
// OpenAI's /v1/embeddings and Ollama's: one vector per text in the texts' order, texts that share words end
// up close (found first by VectorIndex), a wrong key or an unknown model is an error in the provider's words
// — and every malformed answer (too few vectors, a repeated index, a string for a number, vectors of
// different lengths, not JSON) is refused whole.
#include "models/ai/EmbeddingsApi.h"
#include "models/ai/VectorIndex.h"
#include "models/audit/WriteExecutor.h"
#include "models/net/HttpRequest.h"
#include "models/policy/Consumers.h"
#include "models/policy/ServiceCall.h"
#include "models/storage/Database.h"
#include "models/vault/KeyVault.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const char Key[] = "sk-embeddings-test-0123456789";
} // namespace

class TestEmbeddingsApi : public QObject {
    Q_OBJECT

    std::unique_ptr<test::FakeProviders> m_server;

    EmbeddingsReply call(const QString& base, const EmbeddingsRequest& request, const QByteArray& key)
    {
        const ChatApi::Http http = EmbeddingsApi::build(base, request, SecretBytes(key));
        HttpRequest::Options options;
        options.contentType = "application/json";
        options.headers = http.headers;
        HttpRequest req(http.url, http.body, options);
        QSignalSpy done(&req, &HttpRequest::finished);
        req.start();
        if (!done.wait(20000)) {
            EmbeddingsReply r;
            r.error = QStringLiteral("no answer");
            return r;
        }
        return EmbeddingsApi::parse(req.status(), req.body(), request.inputs.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(Key)});
    }

    void textsSharingWordsAreClose()
    {
        EmbeddingsRequest request;
        request.model = QStringLiteral("text-embedding-3-small");
        request.dimensions = 256;
        request.inputs = {QStringLiteral("invoice overdue for the customer"),
                          QStringLiteral("nightly backup failed on acme"),
                          QStringLiteral("disk full during the acme backup"),
                          QStringLiteral("new tenant signed up")};
        const EmbeddingsReply r = call(m_server->url().toString(), request, Key);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.vectors.size(), 4);
        QCOMPARE(r.dimensions, 256);
        QVERIFY(r.promptTokens > 0);
        VectorIndex index(r.dimensions);
        for (int i = 0; i < 4; ++i)
            QVERIFY(index.add(i, r.vectors[i].constData()));

        EmbeddingsRequest query = request;
        query.inputs = {QStringLiteral("acme backup")};
        const EmbeddingsReply q = call(m_server->url().toString(), query, Key);
        QVERIFY2(q.ok(), qPrintable(q.error));
        const QList<VectorIndex::Hit> hits = index.search(q.vectors.first(), 2);
        QCOMPARE(hits.size(), 2);
        QVERIFY(hits[0].id == 1 || hits[0].id == 2);
        QVERIFY(hits[1].id == 1 || hits[1].id == 2);
    }

    void ollamaNeedsNoKeyAndSaysWhichModelIsMissing()
    {
        EmbeddingsRequest request;
        request.model = QStringLiteral("nomic-embed-text");
        request.inputs = {QStringLiteral("hello")};
        const QString base = m_server->url().toString() + QStringLiteral("/ollama");
        const EmbeddingsReply r = call(base, request, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.dimensions, 768);
        request.model = QStringLiteral("no-such-model");
        const EmbeddingsReply missing = call(base, request, {});
        QCOMPARE(missing.httpStatus, 404);
        QVERIFY2(missing.error.contains(QStringLiteral("no-such-model")), qPrintable(missing.error));
    }

    void aWrongKeyIsTheProvidersRefusal()
    {
        EmbeddingsRequest request;
        request.model = QStringLiteral("text-embedding-3-small");
        request.inputs = {QStringLiteral("hello")};
        const EmbeddingsReply r = call(m_server->url().toString(), request, "sk-wrong-0123456789");
        QCOMPARE(r.httpStatus, 401);
        QVERIFY(!r.ok());
        QVERIFY(r.vectors.isEmpty());
    }

    void anEmbeddingsCallIsMeteredAndBudgeted()
    {
        QTemporaryDir dir;
        Database db;
        test::guarded([&] {
            test::prepare(db, test::sqliteTarget(dir, QStringLiteral("embed.db")));
            WriteExecutor::execute(
                db, KeyVault::planSetBaseUrl(db, QStringLiteral("ollama"),
                                             m_server->url().toString() + QStringLiteral("/ollama")));
            const qint64 consumer = Consumers::ensure(db, QStringLiteral("kb-search"));
            db.exec(QStringLiteral(
                        "INSERT INTO access_rules (consumer_id, provider_id, enabled) SELECT ?, id, ? FROM "
                        "providers WHERE code = 'ollama'"),
                    {consumer, true});
        });
        test::TestPerson nobody;
        const auto embed = [&]() {
            ServiceCall call(test::syncJobHost(db, nobody));
            ServiceCall::Request request;
            request.provider = QStringLiteral("ollama");
            request.consumer = QStringLiteral("kb-search");
            request.feature = QStringLiteral("knowledge");
            EmbeddingsRequest e;
            e.model = QStringLiteral("nomic-embed-text");
            e.inputs = {QStringLiteral("backup failed on acme"), QStringLiteral("invoice overdue")};
            request.embeddings = e;
            ServiceCall::Result result;
            bool done = false;
            call.start(request, [&](const ServiceCall::Result& r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 20000))
                result.status = QStringLiteral("no answer");
            return result;
        };
        m_server->clearCalls();
        const ServiceCall::Result ok = embed();
        QVERIFY(!ok.error);
        QCOMPARE(ok.status, QStringLiteral("ok"));
        QCOMPARE(ok.embeddings.vectors.size(), 2);
        QCOMPARE(ok.embeddings.dimensions, 768);
        QCOMPARE(db.scalar(QStringLiteral(
                               "SELECT count(*) FROM api_usage u JOIN consumers c ON c.id = u.consumer_id "
                               "WHERE c.code = 'kb-search' AND u.status = 'ok' AND u.tokens_in > 0 AND "
                               "u.tokens_out = 0 AND u.model = 'nomic-embed-text'"))
                     .toInt(),
                 1);
        QCOMPARE(m_server->calls().size(), 1);

        db.exec(QStringLiteral("UPDATE consumers SET killed = ? WHERE code = 'kb-search'"), {true});
        const ServiceCall::Result denied = embed();
        QCOMPARE(denied.status, QStringLiteral("denied"));
        QVERIFY(denied.embeddings.vectors.isEmpty());
        QCOMPARE(m_server->calls().size(), 1); // nothing reached the provider
    }

    void malformedAnswersAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << QByteArray("<html>gateway</html>")
                                  << QStringLiteral("not a JSON object");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no data") << QByteArray(R"({"object":"list"})") << QStringLiteral("no \"data\"");
        QTest::newRow("too few") << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]}]})")
                                 << QStringLiteral("1 vectors for 2 texts");
        QTest::newRow("repeated index")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":0,"embedding":[1,2]}]})")
            << QStringLiteral("repeated");
        QTest::newRow("index out of range")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":2,"embedding":[1,2]}]})")
            << QStringLiteral("out-of-range");
        QTest::newRow("fractional index")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":0.5,"embedding":[1,2]}]})")
            << QStringLiteral("index");
        QTest::newRow("string for a number")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,"2"]}]})")
            << QStringLiteral("not a finite number");
        QTest::newRow("lengths differ")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,2,3]}]})")
            << QStringLiteral("differ in length");
        QTest::newRow("empty vector")
            << QByteArray(R"({"data":[{"index":0,"embedding":[]},{"index":1,"embedding":[1]}]})")
            << QStringLiteral("not a list of numbers");
        // Qt's parser refuses a number beyond a double's range, so the whole answer is not JSON.
        QTest::newRow("overflowing number")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,1e999]}]})")
            << QStringLiteral("not a JSON object");
        QTest::newRow("null for a number")
            << QByteArray(R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,null]}]})")
            << QStringLiteral("not a finite number");
    }
    void malformedAnswersAreRefusedWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const EmbeddingsReply r = EmbeddingsApi::parse(200, body, 2);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
        QVERIFY(r.vectors.isEmpty());
    }

    void vectorsComeBackInTheTextsOrder()
    {
        const EmbeddingsReply r = EmbeddingsApi::parse(
            200,
            R"({"data":[{"index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0]}],"usage":{"prompt_tokens":7}})",
            2);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.vectors[0], (QList<float>{1, 0}));
        QCOMPARE(r.vectors[1], (QList<float>{0, 1}));
        QCOMPARE(r.promptTokens, 7);
    }
};

QTEST_MAIN(TestEmbeddingsApi)
#include "tst_embeddings_api.moc"
