// The AI platform's rules (migration 0009) on the embedded SQLite store: what triggers, constraints and
// indexes can say there, they say as PostgreSQL does — append-only messages, the thread's title and scope,
// one default provider per scope, the creator as first owner and the last owner kept, immutable prompt
// versions, the events inbox's idempotency, and full-text search over knowledge chunks that follows every
// change.
#include "models/storage/Database.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fusion;

class TestAiSchemaSqlite : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_tenantA = 0, m_tenantB = 0, m_provider = 0;

    qint64 count(const QString& sql, const QVariantList& params = {}) const
    {
        return m_db.scalar(sql, params).toLongLong();
    }
    QString failureText(const std::optional<Error>& e) const
    {
        return e ? e->message + e->detail : QString();
    }
    qint64 newThread(const QString& owner = QStringLiteral("alice"))
    {
        return m_db.insertReturningId(
            QStringLiteral("INSERT INTO ai_threads (provider_id, owner) VALUES (?, ?)"), {m_provider, owner});
    }
    qint64 addMessage(qint64 thread, const QString& role, const QString& content)
    {
        return m_db.insertReturningId(
            QStringLiteral("INSERT INTO ai_messages (thread_id, role, content) VALUES (?, ?, ?)"),
            {thread, role, content});
    }
    qint64 ftsHits(const QString& query) const
    {
        return count(QStringLiteral("SELECT count(*) FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ?"),
                     {query});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::guarded([&] {
            test::prepare(m_db, test::sqliteTarget(m_dir), 3);
            QSqlQuery t = m_db.exec(QStringLiteral("SELECT id FROM tenants ORDER BY id LIMIT 2"));
            QVERIFY(t.next());
            m_tenantA = t.value(0).toLongLong();
            QVERIFY(t.next());
            m_tenantB = t.value(0).toLongLong();
            m_provider = m_db.insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_providers (name, provider_type, tenant_id, is_default, model, "
                    "base_url) VALUES ('Local', 'ollama', ?, 1, 'llama3.1', 'http://127.0.0.1:11434')"),
                {m_tenantA});
        });
    }

    void theFirstQuestionNamesTheThreadAndTheProviderGivesItsScope()
    {
        test::guarded([&] {
            const qint64 thread = newThread();
            addMessage(thread, QStringLiteral("system"), QStringLiteral("You are the platform's assistant."));
            const QString question =
                QStringLiteral("Which tenants failed their nightly backup this week, and why? "
                               "Äöü ✓");
            addMessage(thread, QStringLiteral("user"), question);
            addMessage(thread, QStringLiteral("user"), QStringLiteral("And last week?"));
            QCOMPARE(
                m_db.scalar(QStringLiteral("SELECT title FROM ai_threads WHERE id = ?"), {thread}).toString(),
                question.left(50));
            QCOMPARE(count(QStringLiteral("SELECT tenant_id FROM ai_threads WHERE id = ?"), {thread}),
                     m_tenantA);
        });
    }

    void messagesAndCitationsAreAppendOnlyUntilTheThreadGoes()
    {
        test::guarded([&] {
            const qint64 thread = newThread();
            const qint64 answer =
                addMessage(thread, QStringLiteral("assistant"), QStringLiteral("Restart it."));
            m_db.exec(
                QStringLiteral("INSERT INTO ai_citations (message_id, rank, source_kind, source_id, url) "
                               "VALUES (?, 1, 'web', 'doc-1', 'https://docs.example/restart')"),
                {answer});
            m_db.exec(
                QStringLiteral("INSERT INTO ai_feedback (message_id, login, rating) VALUES (?, 'alice', -1)"),
                {answer});
            const auto edit = test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE ai_messages SET content = 'Do nothing.' WHERE id = ?"),
                          {answer});
            });
            QVERIFY2(failureText(edit).contains(QStringLiteral("append-only")),
                     qPrintable(failureText(edit)));
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral("DELETE FROM ai_messages WHERE id = ?"), {answer});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(
                            QStringLiteral("UPDATE ai_citations SET url = 'https://evil.example/' WHERE "
                                           "message_id = ?"),
                            {answer});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral("DELETE FROM ai_citations WHERE message_id = ?"), {answer});
                    }).has_value());
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM ai_messages WHERE id = ? AND content = 'Restart it.'"),
                           {answer}),
                     1);
            m_db.exec(QStringLiteral("DELETE FROM ai_threads WHERE id = ?"), {thread});
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}),
                     0);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_citations WHERE message_id = ?"), {answer}), 0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback WHERE message_id = ?"), {answer}),
                     0);
        });
    }

    void citationUrlsAreWebAddressesOnly_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://odoo.example/web#id=7") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << false;
        QTest::newRow("bare scheme") << QStringLiteral("https://") << false;
        QTest::newRow("newline") << QStringLiteral("https://a.example/\nx") << false;
    }
    void citationUrlsAreWebAddressesOnly()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        test::guarded([&] {
            const qint64 answer = addMessage(newThread(), QStringLiteral("assistant"), QStringLiteral("x"));
            const auto failure = test::failureOf([&] {
                m_db.exec(QStringLiteral(
                              "INSERT INTO ai_citations (message_id, source_kind, url) VALUES (?, 'web', ?)"),
                          {answer, url});
            });
            QCOMPARE(!failure.has_value(), accepted);
        });
    }

    void aScopeHasOneDefaultProviderAndAProviderInUseStays()
    {
        test::guarded([&] {
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral(
                                      "INSERT INTO ai_providers (name, provider_type, tenant_id, is_default, "
                                      "model, base_url) VALUES ('Second', 'ollama', ?, 1, 'm', "
                                      "'http://127.0.0.1:1')"),
                                  {m_tenantA});
                    }).has_value());
            // Another scope has a default of its own.
            m_db.exec(
                QStringLiteral("INSERT INTO ai_providers (name, provider_type, tenant_id, is_default, model, "
                               "base_url) VALUES ('B', 'ollama', ?, 1, 'm', 'http://127.0.0.1:1')"),
                {m_tenantB});
            m_db.exec(
                QStringLiteral("INSERT INTO ai_providers (name, provider_type, is_default, model, base_url) "
                               "VALUES ('Platform', 'ollama', 1, 'm', 'http://127.0.0.1:1')"));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_providers WHERE is_default = 1")), 3);
            newThread();
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral("DELETE FROM ai_providers WHERE id = ?"), {m_provider});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral("UPDATE ai_providers SET active = 0 WHERE id = ?"),
                                  {m_provider});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(
                            QStringLiteral("INSERT INTO ai_providers (name, provider_type, model) VALUES "
                                           "('Keyless', 'anthropic', 'claude')"));
                    }).has_value());
        });
    }

    void theCreatorOwnsAWorkspaceAndTheLastOwnerStays()
    {
        test::guarded([&] {
            const qint64 ws = m_db.insertReturningId(
                QStringLiteral(
                    "INSERT INTO workspaces (name, visibility, tenant_id, created_by) VALUES ('Team', "
                    "'private', ?, 'alice')"),
                {m_tenantA});
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND login = "
                               "'alice' AND role = 'owner'"),
                           {ws}),
                     1);
            m_db.exec(
                QStringLiteral("INSERT INTO workspace_members (workspace_id, login, role) VALUES (?, 'bob', "
                               "'admin')"),
                {ws});
            const auto leave = test::failureOf([&] {
                m_db.exec(QStringLiteral(
                              "DELETE FROM workspace_members WHERE workspace_id = ? AND login = 'alice'"),
                          {ws});
            });
            QVERIFY2(failureText(leave).contains(QStringLiteral("at least one owner")),
                     qPrintable(failureText(leave)));
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral(
                                      "UPDATE workspace_members SET role = 'member' WHERE workspace_id = ? "
                                      "AND login = 'alice'"),
                                  {ws});
                    }).has_value());
            m_db.exec(QStringLiteral(
                          "UPDATE workspace_members SET role = 'owner' WHERE workspace_id = ? AND login = "
                          "'bob'"),
                      {ws});
            m_db.exec(
                QStringLiteral("DELETE FROM workspace_members WHERE workspace_id = ? AND login = 'alice'"),
                {ws});
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM workspace_members WHERE workspace_id = ?"), {ws}),
                1);
            m_db.exec(QStringLiteral("DELETE FROM workspaces WHERE id = ?"), {ws});
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM workspace_members WHERE workspace_id = ?"), {ws}),
                0);
        });
    }

    void promptVersionsAreNeverChanged()
    {
        test::guarded([&] {
            const qint64 prompt = m_db.insertReturningId(
                QStringLiteral("INSERT INTO ai_prompts (code, name) VALUES ('summary', 'Summary')"));
            m_db.exec(QStringLiteral(
                          "INSERT INTO ai_prompt_versions (prompt_id, version, template, variables_json) "
                          "VALUES (?, 1, 'Summarise {{text}}', '[\"text\"]')"),
                      {prompt});
            m_db.exec(QStringLiteral("UPDATE ai_prompts SET published_version = 1 WHERE id = ?"), {prompt});
            const auto edit = test::failureOf([&] {
                m_db.exec(QStringLiteral("UPDATE ai_prompt_versions SET template = 'x' WHERE prompt_id = ?"),
                          {prompt});
            });
            QVERIFY2(failureText(edit).contains(QStringLiteral("never changed")),
                     qPrintable(failureText(edit)));
            QVERIFY(test::failureOf([&] {
                        m_db.exec(
                            QStringLiteral("INSERT INTO ai_prompt_versions (prompt_id, version, template, "
                                           "variables_json) VALUES (?, 2, 'x', '{\"not\": \"a list\"}')"),
                            {prompt});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(QStringLiteral("UPDATE ai_prompts SET published_version = 9 WHERE id = ?"),
                                  {prompt});
                    }).has_value());
            QCOMPARE(count(QStringLiteral("SELECT published_version FROM ai_prompts WHERE id = ?"), {prompt}),
                     1);
            m_db.exec(QStringLiteral("DELETE FROM ai_prompts WHERE id = ?"), {prompt});
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_prompt_versions WHERE prompt_id = ?"),
                           {prompt}),
                     0);
        });
    }

    void anEventReferenceIsStoredOnceAndPayloadsAreJson()
    {
        test::guarded([&] {
            const QString add = QStringLiteral(
                "INSERT INTO ai_events (source, event_type, ref, payload) VALUES ('github', 'push', ?, ?) "
                "ON CONFLICT (source, ref) WHERE ref <> '' DO NOTHING");
            m_db.exec(add, {QStringLiteral("delivery-1"), QStringLiteral("{\"n\":1}")});
            m_db.exec(add, {QStringLiteral("delivery-1"), QStringLiteral("{\"n\":2}")});
            // Events without a reference are each kept.
            m_db.exec(add, {QString(), QStringLiteral("{}")});
            m_db.exec(add, {QString(), QStringLiteral("{}")});
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events WHERE source = 'github'")), 3);
            QCOMPARE(count(QStringLiteral("SELECT json_extract(payload, '$.n') FROM ai_events WHERE ref = "
                                          "'delivery-1'")),
                     1);
            QVERIFY(test::failureOf([&] {
                        m_db.exec(add, {QStringLiteral("delivery-2"), QStringLiteral("{not json")});
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        m_db.exec(
                            QStringLiteral("UPDATE ai_events SET processed = 1 WHERE ref = 'delivery-1'"));
                    }).has_value());
        });
    }

    void fullTextSearchFollowsEveryChange()
    {
        test::guarded([&] {
            const QString upsert = QStringLiteral(
                "INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, title, content) "
                "VALUES (?, 'odoo_company:1', 'odoo_task', ?, ?, ?) ON CONFLICT (tenant_ref, source_type, "
                "source_ref) DO UPDATE SET title = excluded.title, content = excluded.content");
            m_db.exec(upsert, {m_tenantA, QStringLiteral("project.task:1"), QStringLiteral("Invoice run"),
                               QStringLiteral("The monthly invoice run failed on the Café tenant.")});
            QCOMPARE(ftsHits(QStringLiteral("invoice")), 1);
            QCOMPARE(ftsHits(QStringLiteral("cafe")), 1); // diacritics folded, as users type them
            m_db.exec(upsert, {m_tenantA, QStringLiteral("project.task:1"), QStringLiteral("Invoice run"),
                               QStringLiteral("The monthly invoice run succeeded.")});
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")), 1);
            QCOMPARE(ftsHits(QStringLiteral("failed")), 0);
            QCOMPARE(ftsHits(QStringLiteral("succeeded")), 1);
            m_db.exec(QStringLiteral("DELETE FROM kb_chunks WHERE source_ref = 'project.task:1'"));
            QCOMPARE(ftsHits(QStringLiteral("invoice")), 0);
            QVERIFY(test::failureOf([&] {
                        m_db.exec(
                            QStringLiteral("INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, "
                                           "source_ref, content, embedding, embedding_dims) VALUES (?, 't', "
                                           "'odoo_task', 'x', 'c', zeroblob(4), 2)"),
                            {m_tenantA});
                    }).has_value());
        });
    }
};

QTEST_GUILESS_MAIN(TestAiSchemaSqlite)
#include "tst_ai_schema_sqlite.moc"
