// `fusionctl ai ask|threads|thread …|feedback|audit` end to end: the keys come from a real Secret Service,
// the Python server plays OpenAI, Anthropic and Ollama (streamed) and Kapa. The answer arrives as a stream
// and is stored with its citations; a follow-up sends the thread's history; a stream cut midway or failing
// midway keeps what arrived with its status; the policy engine refuses before any call; the audit is
// redacted; closing, deleting and feedback ask first.
#include "models/ai/KnowledgeBase.h"
#include "models/audit/WriteExecutor.h"
#include "models/storage/Database.h"
#include "tests/ai/KnowledgeCorpus.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

namespace {
const char OpenAiKey[] = "sk-console-test-0123456789abcdef";
const char AnthropicKey[] = "sk-ant-console-test-abcdef0123456789";
const char KapaKey[] = "kapa-console-test-5566778899";
const char KapaProject[] = "docs-project-1";
// The stand-in answers "ok" and the first five words of the question.
const char Question[] = "Which tenants need attention right now please";
const char Answer[] = "ok Which tenants need attention right";
} // namespace

class TestAiConsole : public QObject {
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
    test::CliResult ask(const QStringList& args)
    {
        return run(QStringList{QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("ask")} + args);
    }
    static QString describe(const test::CliResult& r)
    {
        return QStringLiteral("exit %1: %2 %3").arg(r.code).arg(r.out, r.err);
    }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    // A rule for the console's consumer; a budget needs prices (Ollama and Kapa have none: no budget).
    void allow(const QString& provider, const QString& monthly = QStringLiteral("5"))
    {
        QStringList args{QStringLiteral("access"),     QStringLiteral("set"),
                         QStringLiteral("--consumer"), QStringLiteral("ai-console"),
                         QStringLiteral("--provider"), provider,
                         QStringLiteral("--yes")};
        if (!monthly.isEmpty())
            args << QStringLiteral("--monthly") << monthly;
        const auto r = run(args);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->setValidKeys(QStringLiteral("openai"), {QString::fromLatin1(OpenAiKey)});
        m_server->setValidKeys(QStringLiteral("anthropic"), {QString::fromLatin1(AnthropicKey)});
        m_server->setValidKapa(QString::fromLatin1(KapaProject), QString::fromLatin1(KapaKey));
        const DatabaseTarget target = test::sqliteTarget(m_dir);
        m_url = target.toUrl();
        test::prepare(m_db, target, 12); // demo tenants: some in error, with failed operations
        const QString base = m_server->url().toString();
        for (const char* p : {"openai", "anthropic", "kapa"}) {
            const auto r =
                run({QStringLiteral("keys"), QStringLiteral("provider"), QStringLiteral("set"),
                     QLatin1String(p), QStringLiteral("--base-url"), base, QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const QList<QPair<const char*, const char*>> keys = {
            {"openai", OpenAiKey}, {"anthropic", AnthropicKey}, {"kapa", KapaKey}};
        for (const auto& [provider, secret] : keys) {
            const auto r = run({QStringLiteral("keys"), QStringLiteral("add"), QLatin1String(provider),
                                QStringLiteral("--label"), QStringLiteral("main"),
                                QStringLiteral("--secret-stdin"), QStringLiteral("--yes")},
                               secret);
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const QList<QStringList> providers = {
            {QStringLiteral("GPT"), QStringLiteral("--type"), QStringLiteral("openai"),
             QStringLiteral("--model"), QStringLiteral("gpt-4o-mini"), QStringLiteral("--key"),
             QStringLiteral("main")},
            {QStringLiteral("Claude"), QStringLiteral("--type"), QStringLiteral("anthropic"),
             QStringLiteral("--model"), QStringLiteral("claude-haiku-4-5"), QStringLiteral("--key"),
             QStringLiteral("main")},
            {QStringLiteral("Local"), QStringLiteral("--type"), QStringLiteral("ollama"),
             QStringLiteral("--model"), QStringLiteral("llama3.2:3b"), QStringLiteral("--base-url"),
             base + QStringLiteral("/ollama")},
            {QStringLiteral("Docs"), QStringLiteral("--type"), QStringLiteral("kapa"),
             QStringLiteral("--project"), QString::fromLatin1(KapaProject), QStringLiteral("--key"),
             QStringLiteral("main")},
        };
        for (const QStringList& p : providers) {
            const auto r =
                run(QStringList{QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("add")} + p +
                    QStringList{QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
    }

    void theDemoDataHasAConsoleThreadCitingItsFacts()
    {
        QTemporaryDir dir;
        const QStringList db{QStringLiteral("--db"), test::sqliteTarget(dir).toUrl()};
        for (const QStringList& args :
             {QStringList{QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--tenants"),
                          QStringLiteral("12"), QStringLiteral("--yes")}}) {
            const auto r = test::runCli(m_home.path(), db + args);
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const auto providers =
            test::runCli(m_home.path(), db + QStringList{QStringLiteral("--json"), QStringLiteral("ai"),
                                                         QStringLiteral("providers")});
        QCOMPARE(providers.json().array().size(), 1);
        QCOMPARE(providers.json().array()[0].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("ollama"));
        QVERIFY(providers.json().array()[0].toObject().value(QStringLiteral("default")).toBool());
        const auto threads =
            test::runCli(m_home.path(), db + QStringList{QStringLiteral("--json"), QStringLiteral("ai"),
                                                         QStringLiteral("threads")});
        QCOMPARE(threads.json().array().size(), 1);
        const qint64 id = threads.json().array()[0].toObject().value(QStringLiteral("id")).toInteger();
        const auto show =
            test::runCli(m_home.path(), db + QStringList{QStringLiteral("--json"), QStringLiteral("ai"),
                                                         QStringLiteral("thread"), QStringLiteral("show"),
                                                         QString::number(id)});
        const QJsonArray messages = show.json().object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        const QJsonObject answer = messages[1].toObject();
        const QJsonArray cites = answer.value(QStringLiteral("citations")).toArray();
        QVERIFY(!cites.isEmpty());
        // Each numbered line of the sample answer has its citation, of a fact of this platform.
        for (int i = 0; i < cites.size(); ++i)
            QVERIFY2(answer.value(QStringLiteral("content"))
                         .toString()
                         .contains(QStringLiteral("[%1]").arg(i + 1)),
                     qPrintable(answer.value(QStringLiteral("content")).toString()));
    }

    void anAskWithoutAnAccessRuleIsRefusedBeforeAnyCall()
    {
        m_server->clearCalls();
        const auto r = ask({QString::fromLatin1(Question)});
        QCOMPARE(r.code, 3);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("no_rule"));
        QVERIFY(m_server->calls().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_threads")), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE status = 'refused' AND operation = "
                                 "'ask'")),
            1);
        // A person reads why.
        const auto human = run({QStringLiteral("ai"), QStringLiteral("ask"), QString::fromLatin1(Question)});
        QCOMPARE(human.code, 3);
        QVERIFY2(human.err.contains(QStringLiteral("no access rule")), qPrintable(human.err));
    }

    void anAnswerStreamsInAndIsStoredWithItsCitations()
    {
        allow(QStringLiteral("openai"));
        allow(QStringLiteral("anthropic"));
        allow(QStringLiteral("ollama"), {});
        allow(QStringLiteral("kapa"), {});
        m_server->clearCalls();
        // Text, for a person: the answer on standard output, the summary on standard error.
        const auto human = run({QStringLiteral("ai"), QStringLiteral("ask"), QString::fromLatin1(Question)});
        QVERIFY2(human.code == 0, qPrintable(describe(human)));
        QVERIFY2(human.out.startsWith(QString::fromLatin1(Answer)), qPrintable(human.out));
        QVERIFY2(human.err.contains(QStringLiteral("GPT")), qPrintable(human.err));
        const QJsonArray calls = m_server->calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0].toObject().value(QStringLiteral("stream")).toBool(), true);
        QCOMPARE(calls[0].toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("gpt-4o-mini"));

        const auto r = ask({QString::fromLatin1(Question)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QString::fromLatin1(Answer));
        QVERIFY(o.value(QStringLiteral("tokens_in")).toInt() > 0);
        QCOMPARE(o.value(QStringLiteral("tokens_out")).toInt(), 6);
        QVERIFY(!o.value(QStringLiteral("cost")).toString().isEmpty());
        const qint64 thread = o.value(QStringLiteral("thread_id")).toInteger();
        const qint64 answer = o.value(QStringLiteral("answer_id")).toInteger();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 2);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT title FROM ai_threads WHERE id = ?"), {thread}).toString(),
            QString::fromLatin1(Question));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT provider_status FROM ai_messages WHERE id = ?"), {answer})
                     .toString(),
                 QStringLiteral("200"));
        // The demo platform has tenants in error and failed operations: the answer cites them, in rank order,
        // each naming what it opens.
        const QJsonArray cites = o.value(QStringLiteral("citations")).toArray();
        QVERIFY2(!cites.isEmpty(), qPrintable(r.out));
        for (int i = 0; i < cites.size(); ++i) {
            const QJsonObject c = cites[i].toObject();
            QCOMPARE(c.value(QStringLiteral("rank")).toInt(), i + 1);
            QVERIFY(!c.value(QStringLiteral("source_id")).toString().isEmpty());
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_citations WHERE message_id = ?"), {answer}),
                 cites.size());
        // Metered like any consumer: the usage row names the AI provider, whose statistics follow.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM api_usage u JOIN consumers c ON c.id = u.consumer_id "
                                 "WHERE c.code = 'ai-console' AND u.status = 'ok' AND u.ai_provider_id = "
                                 "(SELECT id FROM ai_providers WHERE name = 'GPT')")),
            2);
        const auto show = run({QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("provider"),
                               QStringLiteral("show"), QStringLiteral("GPT")});
        QCOMPARE(show.json().object().value(QStringLiteral("requests")).toInt(), 2);
        // The audit row is there, with the answer.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE message_id = ? AND status = 'success'"),
                  {answer}),
            1);
    }

    void theKnowledgeBaseIsCitedWithItsOdooAddress()
    {
        const QString slug =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants ORDER BY slug LIMIT 1")).toString();
        test::guarded([&] {
            WriteExecutor::execute(
                m_db, KnowledgeBase::planSync(
                          m_db, slug, test::corpusRecords(QStringLiteral("https://erp.example.com"))));
        });
        // Only the knowledge base as evidence: the chunks holding the question's words, best first.
        const auto r = ask({QStringLiteral("What about the acoustic ceiling panels?"),
                            QStringLiteral("--tenant"), slug, QStringLiteral("--no-evidence")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray cites = r.json().object().value(QStringLiteral("citations")).toArray();
        QVERIFY2(!cites.isEmpty(), qPrintable(r.out));
        const QJsonObject first = cites.first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("knowledge"));
        QCOMPARE(first.value(QStringLiteral("source_id")).toString(),
                 slug + QStringLiteral("/project.task:3"));
        QCOMPARE(first.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://erp.example.com/web#id=3&model=project.task&view_type=form"));
        QVERIFY2(first.value(QStringLiteral("title")).toString().contains(QStringLiteral("Noise Reduction")),
                 qPrintable(first.value(QStringLiteral("title")).toString()));
        // The evidence reads as text: the search's [brackets] would look like citations.
        const QString snippet = first.value(QStringLiteral("snippet")).toString();
        QVERIFY2(snippet.contains(QStringLiteral("acoustic ceiling")) && !snippet.contains(QLatin1Char('[')),
                 qPrintable(snippet));
        for (const QJsonValue& c : cites)
            QCOMPARE(c.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("knowledge"));
        QVERIFY(cites.size() <= 5);
        // Another tenant's scope has none of these chunks; --no-knowledge leaves them out.
        const QString other =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE slug <> ? ORDER BY slug LIMIT 1"),
                        {slug})
                .toString();
        for (const QStringList& args :
             {QStringList{QStringLiteral("--tenant"), other, QStringLiteral("--no-evidence")},
              QStringList{QStringLiteral("--tenant"), slug, QStringLiteral("--no-evidence"),
                          QStringLiteral("--no-knowledge")}}) {
            const auto none =
                ask(QStringList{QStringLiteral("What about the acoustic ceiling panels?")} + args);
            QVERIFY2(none.code == 0, qPrintable(describe(none)));
            QCOMPARE(none.json().object().value(QStringLiteral("citations")).toArray().size(), 0);
        }
    }

    void aFollowUpSendsTheThreadsEarlierExchange()
    {
        const auto first = ask({QStringLiteral("--no-evidence"), QString::fromLatin1(Question)});
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        const qint64 thread = first.json().object().value(QStringLiteral("thread_id")).toInteger();
        const auto second = ask({QStringLiteral("--no-evidence"), QStringLiteral("--thread"),
                                 QString::number(thread), QString::fromLatin1(Question)});
        QVERIFY2(second.code == 0, qPrintable(describe(second)));
        QCOMPARE(second.json().object().value(QStringLiteral("thread_id")).toInteger(), thread);
        // The stand-in counts each message's words plus 3: the earlier question (7 + 3) and answer (6 + 3).
        QCOMPARE(second.json().object().value(QStringLiteral("tokens_in")).toInt() -
                     first.json().object().value(QStringLiteral("tokens_in")).toInt(),
                 19);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 4);
        // A thread keeps its provider.
        const auto other =
            ask({QStringLiteral("--thread"), QString::number(thread), QStringLiteral("--provider"),
                 QStringLiteral("Claude"), QStringLiteral("hello")});
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains(QStringLiteral("new thread")), qPrintable(other.err));
    }

    void aStreamCutMidwayKeepsWhatArrived()
    {
        m_server->setStream(0, 20);
        m_server->misbehave(QStringLiteral("cut"));
        const auto r = ask({QStringLiteral("--no-evidence"), QString::fromLatin1(Question)});
        m_server->setStream(0, 0);
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("provider_status")).toString(), QStringLiteral("cut"));
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY2(!text.isEmpty() &&
                     QStringLiteral("%1 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 "
                                    "w19 w20")
                         .arg(QString::fromLatin1(Answer))
                         .startsWith(text),
                 qPrintable(text));
        QVERIFY(text.size() < 60);
        // No usage arrived: the cost is flagged as unknown, not made up.
        QVERIFY(o.value(QStringLiteral("cost")).isNull());
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("cost is not known")),
                 qPrintable(r.out));
        const qint64 answer = o.value(QStringLiteral("answer_id")).toInteger();
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT content FROM ai_messages WHERE id = ?"), {answer}).toString(),
            text);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT provider_status FROM ai_messages WHERE id = ?"), {answer})
                     .toString(),
                 QStringLiteral("cut"));
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT status FROM api_usage ORDER BY id DESC LIMIT 1")).toString(),
            QStringLiteral("error"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM budget_reservations")), 0);
    }

    void anAnthropicErrorMidStreamKeepsTheTextAndItsInputTokens()
    {
        m_server->misbehave(QStringLiteral("stream_error"));
        const auto r = ask({QStringLiteral("--provider"), QStringLiteral("Claude"),
                            QStringLiteral("--no-evidence"), QString::fromLatin1(Question)});
        QCOMPARE(r.code, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("provider_status")).toString(), QStringLiteral("error"));
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("overloaded")),
                 qPrintable(r.out));
        QVERIFY(!o.value(QStringLiteral("text")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("tokens_in")).toInt() > 0);
    }

    void ollamaNeedsNoKey()
    {
        m_server->clearCalls();
        const auto r =
            ask({QStringLiteral("--provider"), QStringLiteral("Local"), QString::fromLatin1(Question)});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(r.json().object().value(QStringLiteral("text")).toString(), QString::fromLatin1(Answer));
        const QJsonObject call = m_server->calls().last().toObject();
        QCOMPARE(call.value(QStringLiteral("provider")).toString(), QStringLiteral("ollama"));
        QCOMPARE(call.value(QStringLiteral("auth_kind")).toString(), QStringLiteral("none"));
    }

    void kapaAnswersWithWebSourcesAndFollowsUpInItsThread()
    {
        m_server->clearCalls();
        const auto r =
            ask({QStringLiteral("--provider"), QStringLiteral("Docs"), QStringLiteral("How do I pause")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject o = r.json().object();
        const QJsonArray cites = o.value(QStringLiteral("citations")).toArray();
        QVERIFY(cites.size() >= 2);
        for (const QJsonValue& c : cites) {
            QCOMPARE(c.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("web"));
            QVERIFY(
                c.toObject().value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://")));
        }
        const qint64 thread = o.value(QStringLiteral("thread_id")).toInteger();
        const auto again =
            ask({QStringLiteral("--thread"), QString::number(thread), QStringLiteral("And resume")});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY(m_server->calls()
                    .last()
                    .toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .startsWith(QStringLiteral("/query/v1/threads/")));
    }

    void aBudgetRefusalMakesNoCall()
    {
        allow(QStringLiteral("openai"), QStringLiteral("0.000001"));
        m_server->clearCalls();
        const auto r = ask({QString::fromLatin1(Question)});
        allow(QStringLiteral("openai"));
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.json().object().value(QStringLiteral("reason")).toString().contains(QStringLiteral("budget")),
            qPrintable(r.out));
        QVERIFY(m_server->calls().isEmpty());
    }

    void theAuditIsRedactedTheThreadIsNot()
    {
        const QString question = QStringLiteral("Mail jane.doe@example.com card 4111 1111 1111 1111 key %1")
                                     .arg(QString::fromLatin1(OpenAiKey));
        const auto r = ask({QStringLiteral("--no-evidence"), question});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const qint64 answer = r.json().object().value(QStringLiteral("answer_id")).toInteger();
        const QString stored =
            m_db.scalar(QStringLiteral("SELECT request_redacted FROM ai_audit WHERE message_id = ?"),
                        {answer})
                .toString();
        QVERIFY2(stored.contains(QStringLiteral("[EMAIL]")) && stored.contains(QStringLiteral("[CARD]")) &&
                     stored.contains(QStringLiteral("[SECRET]")),
                 qPrintable(stored));
        QVERIFY(!stored.contains(QStringLiteral("jane.doe")));
        QVERIFY(!stored.contains(QString::fromLatin1(OpenAiKey)));
        const QString response =
            m_db.scalar(QStringLiteral("SELECT response_redacted FROM ai_audit WHERE message_id = ?"),
                        {answer})
                .toString();
        QVERIFY2(response.contains(QStringLiteral("[EMAIL]")), qPrintable(response));
        // The asker's own thread keeps what was asked.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT content FROM ai_messages WHERE id = ?"), {answer - 1})
                     .toString(),
                 question);
        const auto list = run({QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("audit"),
                               QStringLiteral("--operation"), QStringLiteral("ask"),
                               QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        QVERIFY(!list.out.contains(QStringLiteral("jane.doe")));
        QVERIFY2(list.out.contains(QStringLiteral("email 2")),
                 qPrintable(list.out)); // the question's and the answer's
    }

    void threadsAreListedSearchedShownClosedAndDeletedWithConfirmation()
    {
        const auto r = ask({QStringLiteral("--no-evidence"), QStringLiteral("Where is the zebra backup")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const qint64 thread = r.json().object().value(QStringLiteral("thread_id")).toInteger();
        const qint64 answer = r.json().object().value(QStringLiteral("answer_id")).toInteger();
        auto found = run({QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("threads"),
                          QStringLiteral("--search"), QStringLiteral("ZEBRA")});
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array()[0].toObject().value(QStringLiteral("id")).toInteger(), thread);
        const auto show = run({QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("show"),
                               QString::number(thread)});
        QVERIFY2(show.code == 0 && show.out.contains(QStringLiteral("ok Where is the zebra backup")),
                 qPrintable(describe(show)));

        // Feedback: refused without confirmation, then saved (and replaced, not added).
        const QStringList up{QStringLiteral("ai"),        QStringLiteral("feedback"),
                             QString::number(answer),     QStringLiteral("up"),
                             QStringLiteral("--comment"), QStringLiteral("call me at +1 415 555 0100")};
        QCOMPARE(run(up).code, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback")), 0);
        QVERIFY(run(up + QStringList{QStringLiteral("--yes")}).code == 0);
        QVERIFY(run({QStringLiteral("ai"), QStringLiteral("feedback"), QString::number(answer),
                     QStringLiteral("down"), QStringLiteral("--yes")})
                    .code == 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback")), 1);
        QCOMPARE(count(QStringLiteral("SELECT rating FROM ai_feedback")), -1);
        QVERIFY(run({QStringLiteral("ai"), QStringLiteral("feedback"), QString::number(answer - 1),
                     QStringLiteral("up"), QStringLiteral("--yes")})
                    .code != 0); // a question cannot be rated
        const QString fbAudit =
            m_db.scalar(QStringLiteral("SELECT request_redacted FROM ai_audit WHERE operation = "
                                       "'feedback' ORDER BY id LIMIT 1"))
                .toString();
        QVERIFY2(fbAudit.contains(QStringLiteral("[PHONE]")) && !fbAudit.contains(QStringLiteral("555")),
                 qPrintable(fbAudit));

        // Close: asked first; a closed thread takes no more questions.
        const QStringList close{QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("close"),
                                QString::number(thread)};
        QCOMPARE(run(close).code, 3);
        QVERIFY(run(close + QStringList{QStringLiteral("--yes")}).code == 0);
        const auto closed =
            ask({QStringLiteral("--thread"), QString::number(thread), QStringLiteral("more")});
        QCOMPARE(closed.code, 1);
        QVERIFY2(closed.err.contains(QStringLiteral("closed")), qPrintable(closed.err));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("threads"),
                      QStringLiteral("--active"), QStringLiteral("--search"), QStringLiteral("zebra")})
                     .json()
                     .array()
                     .size(),
                 0);

        // Delete: asked first; messages, citations and feedback go; the audit stays, unlinked.
        const QStringList del{QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("delete"),
                              QString::number(thread)};
        QCOMPARE(run(del).code, 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 2);
        QVERIFY(run(del + QStringList{QStringLiteral("--yes")}).code == 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback")), 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT count(*) FROM ai_audit WHERE operation = 'feedback' AND message_id IS "
                    "NULL")) >= 2);
        QCOMPARE(run({QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("show"),
                      QString::number(thread)})
                     .code,
                 5);
        // The deletion is in the general audit too.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'ai_thread.delete'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAiConsole)
#include "tst_ai_console.moc"
