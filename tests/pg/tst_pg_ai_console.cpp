// The AI console on a real PostgreSQL server, driven through the real fusionctl as two operator logins
// against the providers stand-in's Ollama (no key needed): an ask stores the login's thread, messages,
// citations of the platform's facts and its AI audit row; the other login neither sees that thread nor can
// show, rate, close or delete it, and its asks go into a thread of its own; the owner's feedback and deletion
// work; the audit keeps each login's rows apart (an owner reads them all).
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeProviders.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fusion;

class TestPgAiConsole : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PgTestDatabase> m_pg;
    std::unique_ptr<test::FakeProviders> m_server;
    Database m_admin; // the superuser: set-up and counting, never the code under test
    QString m_alice, m_bob, m_carol;
    QTemporaryDir m_home;

    test::CliResult as(const QString& login, const QStringList& args)
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_pg->url(login)} + args);
    }
    qint64 count(const QString& sql, const QVariantList& params = {}) const
    {
        return m_admin.scalar(sql, params).toLongLong();
    }
    static QString describe(const test::CliResult& r)
    {
        return QStringLiteral("exit %1: %2 %3").arg(r.code).arg(r.out, r.err);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY(m_home.isValid());
        m_server = std::make_unique<test::FakeProviders>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("aiconsole"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_admin, m_pg->target(), 8);
            m_alice = m_pg->createLogin(QStringLiteral("alice"));
            m_bob = m_pg->createLogin(QStringLiteral("bob"));
            m_carol = m_pg->createLogin(QStringLiteral("carol"));
            RoleService roles(m_admin);
            // Operators who may make metered calls (an ask is one); an operator alone is told why not.
            for (const QString& login : {m_alice, m_bob, m_carol})
                WriteExecutor::execute(m_admin, roles.planGrant(login, Roles::Operator));
            WriteExecutor::execute(m_admin, roles.planGrant(m_alice, Roles::ApiUser));
            WriteExecutor::execute(m_admin, roles.planGrant(m_bob, Roles::ApiUser));
        });
        // The platform's provider and the console's access rule, set up by the owner as a person would.
        const QStringList owner{QStringLiteral("--yes")};
        auto r = test::runCli(m_home.path(),
                              QStringList{QStringLiteral("--db"), m_pg->url(), QStringLiteral("ai"),
                                          QStringLiteral("provider"), QStringLiteral("add"),
                                          QStringLiteral("Local"), QStringLiteral("--type"),
                                          QStringLiteral("ollama"), QStringLiteral("--model"),
                                          QStringLiteral("llama3.2:3b"), QStringLiteral("--base-url"),
                                          m_server->url().toString() + QStringLiteral("/ollama")} +
                                  owner);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = test::runCli(m_home.path(),
                         QStringList{QStringLiteral("--db"), m_pg->url(), QStringLiteral("access"),
                                     QStringLiteral("set"), QStringLiteral("--consumer"),
                                     QStringLiteral("ai-console"), QStringLiteral("--provider"),
                                     QStringLiteral("ollama")} +
                             owner);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void aLoginThatMayNotMakeCallsIsToldWhy()
    {
        m_server->clearCalls();
        const auto r = as(m_carol, {QStringLiteral("ai"), QStringLiteral("ask"), QStringLiteral("hello")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("fusion_api_user")), qPrintable(r.err));
        QVERIFY(m_server->calls().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_threads")), 0);
    }

    void threadsBelongToTheirLogin()
    {
        const auto asked = as(m_alice, {QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("ask"),
                                        QStringLiteral("Which tenants are in error")});
        QVERIFY2(asked.code == 0, qPrintable(describe(asked)));
        const QJsonObject o = asked.json().object();
        QCOMPARE(o.value(QStringLiteral("text")).toString(), QStringLiteral("ok Which tenants are in error"));
        const qint64 thread = o.value(QStringLiteral("thread_id")).toInteger();
        const qint64 answer = o.value(QStringLiteral("answer_id")).toInteger();
        QVERIFY(!o.value(QStringLiteral("citations")).toArray().isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_threads WHERE id = ? AND owner = ?"),
                       {thread, m_alice}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE message_id = ? AND login = ?"),
                       {answer, m_alice}),
                 1);

        // Bob sees nothing of it, and cannot act on it: to him it does not exist.
        const auto list =
            as(m_bob, {QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("threads")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), 0);
        for (const QStringList& args :
             {QStringList{QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("show"),
                          QString::number(thread)},
              QStringList{QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("close"),
                          QString::number(thread), QStringLiteral("--yes")},
              QStringList{QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("delete"),
                          QString::number(thread), QStringLiteral("--yes")},
              QStringList{QStringLiteral("ai"), QStringLiteral("feedback"), QString::number(answer),
                          QStringLiteral("down"), QStringLiteral("--yes")},
              QStringList{QStringLiteral("ai"), QStringLiteral("ask"), QStringLiteral("--thread"),
                          QString::number(thread), QStringLiteral("hijack")}}) {
            const auto r = as(m_bob, args);
            QVERIFY2(r.code == 5,
                     qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + describe(r)));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback")), 0);
        QCOMPARE(count(QStringLiteral("SELECT state = 'active' FROM ai_threads WHERE id = ?"), {thread}), 1);

        // His own question goes into a thread of his own; each reads only their own audit rows.
        const auto own = as(m_bob, {QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("ask"),
                                    QStringLiteral("--no-evidence"), QStringLiteral("hello")});
        QVERIFY2(own.code == 0, qPrintable(describe(own)));
        QVERIFY(own.json().object().value(QStringLiteral("thread_id")).toInteger() != thread);
        const auto audit =
            as(m_bob, {QStringLiteral("--json"), QStringLiteral("ai"), QStringLiteral("audit")});
        QCOMPARE(audit.code, 0);
        QCOMPARE(audit.json().array().size(), 1);
        const auto all =
            test::runCli(m_home.path(), {QStringLiteral("--db"), m_pg->url(), QStringLiteral("--json"),
                                         QStringLiteral("ai"), QStringLiteral("audit")});
        QCOMPARE(all.json().array().size(), 2);

        // Alice rates and deletes her thread: her messages go, the audit stays.
        auto r = as(m_alice, {QStringLiteral("ai"), QStringLiteral("feedback"), QString::number(answer),
                              QStringLiteral("up"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback WHERE login = ?"), {m_alice}), 1);
        r = as(m_alice, {QStringLiteral("ai"), QStringLiteral("thread"), QStringLiteral("delete"),
                         QString::number(thread), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE login = ?"), {m_alice}), 2);
    }
};

QTEST_GUILESS_MAIN(TestPgAiConsole)
#include "tst_pg_ai_console.moc"
