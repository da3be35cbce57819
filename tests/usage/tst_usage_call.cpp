// `fusionctl call` end to end: the access rules decide, the default key comes from a real Secret Service, the
// Python server plays OpenAI's chat completions and Anthropic's messages API; tokens and cost are logged
// exactly, every failure (429, 500, timeout, malformed answer, dropped connection, missing keychain item) is
// logged with its status at no cost, and a refused call never reaches the provider.
#include "models/storage/Database.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const char OpenAiKey[] = "sk-call-test-0123456789abcdef";
const char AnthropicKey[] = "sk-ant-call-test-abcdef0123456789";
} // namespace

class TestUsageCall : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeProviders> m_server;
    QString m_url;
    Database m_db;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_url} + args, input);
    }

    test::CliResult call(const QString& provider, const QString& model, const QStringList& more = {})
    {
        return run(QStringList{QStringLiteral("--json"), QStringLiteral("call"), provider,
                               QStringLiteral("--consumer"), QStringLiteral("acme/ai"),
                               QStringLiteral("--model"), model} +
                   more);
    }

    QSqlQuery lastRow()
    {
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT status, http_status, tokens_in, tokens_out, tokens_cached, "
                           "cost_micros, error, model, feature, user_name FROM api_usage ORDER BY id "
                           "DESC LIMIT 1"));
        q.next();
        return q;
    }

    static QString describe(const test::CliResult& r)
    {
        return QStringLiteral("exit %1: %2 %3").arg(r.code).arg(r.out, r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(OpenAiKey)});
        m_server->setValidKeys(QStringLiteral("anthropic"), {QString::fromLatin1(AnthropicKey)});
        const DatabaseTarget target = test::sqliteTarget(m_dir);
        m_url = target.toUrl();
        test::prepare(m_db, target);
        for (const char* p : {"openai", "anthropic"}) {
            auto r = run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                          QLatin1String(p), QStringLiteral("--base-url"), m_server->url().toString(),
                          QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        auto r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("openai"),
                      QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                      QStringLiteral("--yes")},
                     OpenAiKey);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = run({QStringLiteral("keys"), QStringLiteral("add"), QStringLiteral("anthropic"),
                 QStringLiteral("--label"), QStringLiteral("main"), QStringLiteral("--secret-stdin"),
                 QStringLiteral("--yes")},
                AnthropicKey);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void refusedCallsNeverReachTheProvider()
    {
        m_server->clearCalls();
        auto r = call(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                      {QStringLiteral("--prompt"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("no_rule"));
        QCOMPARE(lastRow().value(0).toString(), QStringLiteral("denied"));
        QCOMPARE(m_server->chatCalls(), 0);
        QVERIFY(m_server->calls().isEmpty());
        // The human form names the reason too.
        r = run({QStringLiteral("call"), QStringLiteral("openai"), QStringLiteral("--consumer"),
                 QStringLiteral("acme/ai"), QStringLiteral("--model"), QStringLiteral("gpt-4o"),
                 QStringLiteral("--prompt"), QStringLiteral("hi")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("no access rule")));
    }

    void callsAreMeteredExactly()
    {
        for (const char* p : {"openai", "anthropic"}) {
            const auto r = run({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
                                QStringLiteral("acme/ai"), QStringLiteral("--provider"), QLatin1String(p),
                                QStringLiteral("--monthly"), QStringLiteral("5"), QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        m_server->clearCalls();
        // OpenAI: 3 words + 3 for the message = 6 tokens in, "ok hello there world" = 4 out;
        // gpt-4o: 6 × $2.50/M + 4 × $10/M = 55 micro-dollars.
        auto r = call(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                      {QStringLiteral("--prompt"), QStringLiteral("hello there world"),
                       QStringLiteral("--feature"), QStringLiteral("summary"), QStringLiteral("--user"),
                       QStringLiteral("alice")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("ok hello there world"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(o.value(QStringLiteral("cost")).toString(), QStringLiteral("0.000055"));
        QSqlQuery row = lastRow();
        QCOMPARE(row.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(row.value(2).toLongLong(), qint64(6));
        QCOMPARE(row.value(3).toLongLong(), qint64(4));
        QCOMPARE(row.value(5).toLongLong(), qint64(55));
        QCOMPARE(row.value(7).toString(), QStringLiteral("gpt-4o-2024-08-06"));
        QCOMPARE(row.value(8).toString(), QStringLiteral("summary"));
        QCOMPARE(row.value(9).toString(), QStringLiteral("alice"));
        row.finish();
        // The key went as a bearer token to the chat endpoint; the answer's prompt never reached our logs.
        const QJsonObject sent = m_server->calls().last().toObject();
        QCOMPARE(sent.value(QStringLiteral("path")).toString(), QStringLiteral("/v1/chat/completions"));
        QCOMPARE(sent.value(QStringLiteral("auth_kind")).toString(), QStringLiteral("bearer"));

        // Cached tokens are billed at the cached price: 4 × 2.50 + 2 × 1.25 + 4 × 10 = 52.5 → 53.
        m_server->setCachedTokens(2);
        r = call(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                 {QStringLiteral("--prompt"), QStringLiteral("hello there world")});
        QCOMPARE(r.json().object().value(QStringLiteral("cost")).toString(), QStringLiteral("0.000053"));
        QCOMPARE(lastRow().value(4).toLongLong(), qint64(2));
        // Anthropic counts cached tokens outside input_tokens; we count them in: 8 in (2 cached), 4 out
        // at $3/$0.30/$15: 6 × 3 + 2 × 0.3 + 4 × 15 = 78.6 → 79.
        r = call(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"),
                 {QStringLiteral("--prompt"), QStringLiteral("what is up"), QStringLiteral("--system"),
                  QStringLiteral("be brief")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("tokens_in")).toInt(), 8);
        QCOMPARE(o.value(QStringLiteral("tokens_cached")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("cost")).toString(), QStringLiteral("0.000079"));
        QCOMPARE(m_server->calls().last().toObject().value(QStringLiteral("auth_kind")).toString(),
                 QStringLiteral("x-api-key"));
        m_server->setCachedTokens(0);
        QCOMPARE(m_server->chatCalls(), 3);
    }

    void failuresAreLoggedAndCostNothing_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("words");
        QTest::newRow("429") << QStringLiteral("429") << 429 << QStringLiteral("Rate limit");
        QTest::newRow("500") << QStringLiteral("500") << 500 << QStringLiteral("HTTP status 500");
        QTest::newRow("malformed") << QStringLiteral("malformed") << 200 << QStringLiteral("not valid JSON");
        QTest::newRow("drop") << QStringLiteral("drop") << 0 << QString();
        QTest::newRow("timeout") << QStringLiteral("timeout") << 0 << QStringLiteral("No answer within 2 s");
    }
    void failuresAreLoggedAndCostNothing()
    {
        QFETCH(QString, mode);
        QFETCH(int, httpStatus);
        QFETCH(QString, words);
        m_server->misbehave(mode, 1, 5);
        const qint64 spentBefore =
            m_db.scalar(QStringLiteral("SELECT coalesce(sum(spent_micros), 0) FROM usage_counters WHERE "
                                       "period = 'month' AND user_name = ''"))
                .toLongLong();
        const auto r = call(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                            {QStringLiteral("--prompt"), QStringLiteral("hello"), QStringLiteral("--timeout"),
                             QStringLiteral("2")});
        QCOMPARE(r.code, 1);
        QSqlQuery row = lastRow();
        QCOMPARE(row.value(0).toString(), QStringLiteral("error"));
        if (httpStatus)
            QCOMPARE(row.value(1).toInt(), httpStatus);
        else
            QVERIFY(row.value(1).isNull());
        QCOMPARE(row.value(5).toLongLong(), qint64(0));
        QVERIFY2(row.value(6).toString().contains(words), qPrintable(row.value(6).toString()));
        row.finish();
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT coalesce(sum(spent_micros), 0) FROM usage_counters WHERE period = "
                                 "'month' AND user_name = ''"))
                     .toLongLong(),
                 spentBefore);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM budget_reservations")).toLongLong(),
                 qint64(0));
        // Nothing is retried: the provider saw exactly one request.
        m_server->misbehave(QStringLiteral("none"), 0);
        // A timed-out request is still held by the stand-in, which answers (and bills) it late: the next
        // cases count provider calls, so they start once it is done.
        QVERIFY2(m_server->waitUntilIdle(), "the stand-in still holds a request");
    }

    // A provider's 500 whose JSON body is a megabyte on one line: the terminal gets the message, the body's
    // beginning and its size; --verbose the whole body; the usage log only the message.
    void aHugeErrorBodyIsBoundedUnlessVerbose()
    {
        m_server->misbehave(QStringLiteral("huge_error"), 2);
        const QStringList args{QStringLiteral("call"),       QStringLiteral("openai"),
                               QStringLiteral("--consumer"), QStringLiteral("acme/ai"),
                               QStringLiteral("--model"),    QStringLiteral("gpt-4o"),
                               QStringLiteral("--prompt"),   QStringLiteral("hello")};
        const auto bounded = run(args);
        QCOMPARE(bounded.code, 1);
        QVERIFY2(bounded.err.contains(QStringLiteral(
                     "the call failed: The server had an error while processing your request.")),
                 qPrintable(bounded.err.left(1000)));
        QVERIFY2(bounded.err.contains(QStringLiteral("Details: {\"error\":{\"message\":")),
                 qPrintable(bounded.err.left(1000)));
        QVERIFY2(bounded.err.size() < 2000, qPrintable(QString::number(bounded.err.size())));
        QVERIFY2(bounded.err.contains(QStringLiteral(" MB more not shown")), qPrintable(bounded.err));
        QVERIFY(bounded.err.trimmed().endsWith(QStringLiteral("(--verbose shows all of it)")));
        QSqlQuery row = lastRow();
        QCOMPARE(row.value(1).toInt(), 500);
        QCOMPARE(row.value(6).toString(),
                 QStringLiteral("The server had an error while processing your request."));
        row.finish();

        const auto verbose = run(QStringList{QStringLiteral("--verbose")} + args);
        QCOMPARE(verbose.code, 1);
        QVERIFY2(verbose.err.size() > 1000 * 1000, qPrintable(QString::number(verbose.err.size())));
        QVERIFY(verbose.err.contains(QStringLiteral("{\"frame\":15999,")));
        QVERIFY(!verbose.err.contains(QStringLiteral("--verbose shows")));
        QVERIFY2(m_server->waitUntilIdle(), "the stand-in still holds a request");
    }

    void budgetsAndKillSwitchStopCalls()
    {
        // A budget smaller than one call's worst case refuses it before it is made.
        auto r = run({QStringLiteral("access"), QStringLiteral("set"), QStringLiteral("--consumer"),
                      QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--monthly"), QStringLiteral("0.0002"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const int before = m_server->chatCalls();
        r = call(QStringLiteral("openai"), QStringLiteral("gpt-4o"),
                 {QStringLiteral("--prompt"), QStringLiteral("hello"), QStringLiteral("--max-tokens"),
                  QStringLiteral("1000")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("monthly_budget"));
        QCOMPARE(m_server->chatCalls(), before);
        r = run({QStringLiteral("access"), QStringLiteral("kill"), QStringLiteral("acme/ai"),
                 QStringLiteral("--reason"), QStringLiteral("leaking"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = call(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"),
                 {QStringLiteral("--prompt"), QStringLiteral("x")});
        QCOMPARE(r.code, 3);
        QCOMPARE(r.json().object().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("consumer_killed"));
        QCOMPARE(m_server->chatCalls(), before);
        // `access check` says the same, with exit code 3.
        r = run({QStringLiteral("access"), QStringLiteral("check"), QStringLiteral("--consumer"),
                 QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("anthropic")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.startsWith(QStringLiteral("deny (consumer stopped)")));
        QVERIFY(r.out.contains(QStringLiteral("leaking")));
        r = run({QStringLiteral("access"), QStringLiteral("revive"), QStringLiteral("acme/ai"),
                 QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("access"), QStringLiteral("check"), QStringLiteral("--consumer"),
                 QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("anthropic")});
        QCOMPARE(r.code, 0);
    }

    void missingKeychainItemIsAnErrorNotACall()
    {
        // The key row is there, its keychain item is not (another machine's database).
        m_db.exec(QStringLiteral(
            "UPDATE api_keys SET keychain_ref = 'vault/00000000-0000-0000-0000-000000000000' WHERE "
            "provider_id = (SELECT id FROM providers WHERE code = 'anthropic')"));
        const int before = m_server->chatCalls();
        const auto r = call(QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-4-5"),
                            {QStringLiteral("--prompt"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY2(lastRow().value(6).toString().contains(QStringLiteral("not in this machine's keychain")),
                 qPrintable(lastRow().value(6).toString()));
        QCOMPARE(m_server->chatCalls(), before);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM budget_reservations")).toLongLong(),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestUsageCall)
#include "tst_usage_call.moc"
