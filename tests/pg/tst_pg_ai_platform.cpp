// The AI platform's rules (migration 0009) as PostgreSQL enforces them, with real logins on a real server:
// threads are their owner's alone, messages are append-only even for their owner, one default provider per
// scope under two sessions, immutable prompt versions, the events inbox's idempotency, retention, and
// full-text search. Workspaces are tested in tst_pg_workspaces.cpp.
#include "models/storage/DbWorker.h"
#include "tests/common/Failures.h"
#include "tests/common/PgLogins.h"
#include "tests/common/TestSupport.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestPgAiPlatform : public QObject, protected test::PgLogins {
    Q_OBJECT

    QString m_intake;
    qint64 m_platformProvider = 0;

    qint64 ollamaProvider(Database& db, const QString& name, std::optional<qint64> tenant, bool isDefault)
    {
        return db.insertReturningId(
            QStringLiteral(
                "INSERT INTO ai_providers (name, provider_type, tenant_id, is_default, model, base_url) "
                "VALUES (?, 'ollama', ?, ?, 'llama3.1', 'http://127.0.0.1:11434')"),
            {name, tenant ? QVariant(*tenant) : QVariant(QMetaType::fromType<qint64>()), isDefault});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString setUp = setUpLogins(QStringLiteral("aiplat"));
        QVERIFY2(setUp.isEmpty(), qPrintable(setUp));
        test::guarded([&] {
            m_intake = m_pg->createLogin(QStringLiteral("intake"));
            QString error;
            QVERIFY2(m_pg->superuserExec(QStringLiteral("GRANT fusion_event_intake TO \"%1\"").arg(m_intake),
                                         &error),
                     qPrintable(error));

            m_platformProvider = ollamaProvider(m_admin, QStringLiteral("Local"), std::nullopt, true);
        });
    }

    // The seed's record rule: a thread, its messages and citations are their owner's alone.
    void anotherLoginsThreadIsInvisibleAndCannotBeWritten()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 thread = owner->insertReturningId(
                QStringLiteral("INSERT INTO ai_threads (provider_id) VALUES (?)"), {m_platformProvider});
            const QString question =
                QStringLiteral("Why did the rebuild of acme fail last night, and what should "
                               "I do about the disk that filled up?");
            owner->exec(
                QStringLiteral("INSERT INTO ai_messages (thread_id, role, content) VALUES (?, 'user', ?)"),
                {thread, question});
            // The first question names the thread (50 characters) and the provider gives it its scope.
            QCOMPARE(owner->scalar(QStringLiteral("SELECT title FROM ai_threads WHERE id = ?"), {thread})
                         .toString(),
                     question.left(50));
            QVERIFY(owner
                        ->scalar(QStringLiteral("SELECT tenant_id IS NULL FROM ai_threads WHERE id = ?"),
                                 {thread})
                        .toBool());

            for (const QString& other : {m_operator, m_tadminA}) {
                auto db = as(other);
                QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM ai_threads WHERE id = ?"), {thread})
                             .toLongLong(),
                         0);
                QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"),
                                    {thread})
                             .toLongLong(),
                         0);
                const auto write = test::failureOf([&] {
                    db->exec(QStringLiteral("INSERT INTO ai_messages (thread_id, role, content) VALUES (?, "
                                            "'user', 'me too')"),
                             {thread});
                });
                QVERIFY2(write.has_value(), qPrintable(other));
                const QSqlQuery closed = db->exec(
                    QStringLiteral("UPDATE ai_threads SET state = 'closed', closed_at = now() WHERE id = ?"),
                    {thread});
                QCOMPARE(closed.numRowsAffected(), 0);
                const QSqlQuery gone =
                    db->exec(QStringLiteral("DELETE FROM ai_threads WHERE id = ?"), {thread});
                QCOMPARE(gone.numRowsAffected(), 0);
            }
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}),
                     1);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_threads WHERE id = ? AND state = 'active'"),
                      {thread}),
                1);
        });
    }

    void messagesAreAppendOnlyEvenForTheirOwnerUntilTheThreadGoes()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 thread = owner->insertReturningId(
                QStringLiteral("INSERT INTO ai_threads (provider_id) VALUES (?)"), {m_platformProvider});
            const qint64 answer = owner->insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_messages (thread_id, role, content, latency_ms, provider_status, "
                    "confidence, tokens_in, tokens_out) VALUES (?, 'assistant', 'Restart it.', 812, "
                    "'200', 0.8, 120, 9)"),
                {thread});
            owner->exec(
                QStringLiteral("INSERT INTO ai_citations (message_id, rank, source_kind, source_id, title, "
                               "url, snippet, score) VALUES (?, 1, 'operation', '42', 'Rebuild', NULL, '', "
                               "0.9)"),
                {answer});
            owner->exec(QStringLiteral("INSERT INTO ai_feedback (message_id, rating) VALUES (?, 1)"),
                        {answer});

            // The owner has no UPDATE or DELETE privilege on messages; even the table's owner meets the
            // trigger.
            for (Database* db : {owner.get(), &m_admin}) {
                const auto edit = test::failureOf([&] {
                    db->exec(QStringLiteral("UPDATE ai_messages SET content = 'Do nothing.' WHERE id = ?"),
                             {answer});
                });
                QVERIFY(edit.has_value());
                const auto erase = test::failureOf(
                    [&] { db->exec(QStringLiteral("DELETE FROM ai_messages WHERE id = ?"), {answer}); });
                QVERIFY(erase.has_value());
                const auto cite = test::failureOf([&] {
                    db->exec(QStringLiteral(
                                 "UPDATE ai_citations SET url = 'https://evil.example' WHERE message_id = ?"),
                             {answer});
                });
                QVERIFY(cite.has_value());
            }
            const QString refusal = messageOf(test::failureOf(
                [&] { m_admin.exec(QStringLiteral("DELETE FROM ai_messages WHERE id = ?"), {answer}); }));
            QVERIFY2(refusal.contains(QStringLiteral("append-only")), qPrintable(refusal));
            QCOMPARE(count(QStringLiteral(
                               "SELECT count(*) FROM ai_messages WHERE id = ? AND content = 'Restart it.'"),
                           {answer}),
                     1);

            // Deleting the whole thread takes its messages, citations and feedback with it.
            const QSqlQuery del =
                owner->exec(QStringLiteral("DELETE FROM ai_threads WHERE id = ?"), {thread});
            QCOMPARE(del.numRowsAffected(), 1);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_messages WHERE thread_id = ?"), {thread}),
                     0);
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_citations WHERE message_id = ?"), {answer}), 0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_feedback WHERE message_id = ?"), {answer}),
                     0);
        });
    }

    void citationsTakeOnlyWebUrlsAndShortSnippets_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("snippetLength");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral("https://odoo.example/web#id=7") << 500 << true;
        QTest::newRow("http") << QStringLiteral("http://intranet/runbook") << 10 << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << 10 << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << 10 << false;
        QTest::newRow("space inside") << QStringLiteral("https://a.example/x y") << 10 << false;
        QTest::newRow("snippet 501") << QStringLiteral("https://a.example/") << 501 << false;
    }
    void citationsTakeOnlyWebUrlsAndShortSnippets()
    {
        QFETCH(QString, url);
        QFETCH(int, snippetLength);
        QFETCH(bool, accepted);
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 thread = owner->insertReturningId(
                QStringLiteral("INSERT INTO ai_threads (provider_id) VALUES (?)"), {m_platformProvider});
            const qint64 answer = owner->insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_messages (thread_id, role, content) VALUES (?, 'assistant', 'x')"),
                {thread});
            const auto failure = test::failureOf([&] {
                owner->exec(QStringLiteral("INSERT INTO ai_citations (message_id, source_kind, url, snippet) "
                                           "VALUES (?, 'web', ?, ?)"),
                            {answer, url, QString(snippetLength, QLatin1Char('s'))});
            });
            QCOMPARE(!failure.has_value(), accepted);
        });
    }

    // Two sessions making different providers the scope's default at the same moment: the second waits on the
    // first's row locks and index entry, and the scope ends with exactly one default.
    void oneDefaultProviderPerScopeUnderTwoSessions()
    {
        test::guarded([&] {
            ollamaProvider(m_admin, QStringLiteral("Tenant first"), m_tenantA, true);
            const qint64 a = ollamaProvider(m_admin, QStringLiteral("Tenant a"), m_tenantA, false);
            const qint64 b = ollamaProvider(m_admin, QStringLiteral("Tenant b"), m_tenantA, false);
            auto owner = as(m_owner);
            std::optional<Result<Unit>> theirs;
            DbWorker worker;
            const DatabaseTarget ownerTarget = m_pg->target(m_owner);
            {
                Transaction tx(*owner);
                owner->exec(
                    QStringLiteral("UPDATE ai_providers SET is_default = false WHERE tenant_id = ? AND "
                                   "is_default"),
                    {m_tenantA});
                owner->exec(QStringLiteral("UPDATE ai_providers SET is_default = true WHERE id = ?"), {a});
                worker.run<Unit>(
                    this,
                    [ownerTarget, tenant = m_tenantA, b](Database& db) {
                        db.open(ownerTarget);
                        Transaction inner(db);
                        db.exec(QStringLiteral(
                                    "UPDATE ai_providers SET is_default = false WHERE tenant_id = ? AND "
                                    "is_default"),
                                {tenant});
                        db.exec(QStringLiteral("UPDATE ai_providers SET is_default = true WHERE id = ?"),
                                {b});
                        inner.commit();
                        return Unit{};
                    },
                    [&theirs](Result<Unit> r) { theirs = std::move(r); });
                QVERIFY2(test::waitForLockWaiters(m_admin), "the second session did not wait for the first");
                tx.commit();
            }
            QVERIFY(QTest::qWaitFor([&] { return theirs.has_value(); }, 15000));
            QVERIFY2(!theirs->ok(), "both defaults were accepted");
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM ai_providers WHERE tenant_id = ? AND is_default"),
                      {m_tenantA}),
                1);
            QCOMPARE(count(QStringLiteral("SELECT id FROM ai_providers WHERE tenant_id = ? AND is_default"),
                           {m_tenantA}),
                     a);
        });
    }

    void aScopeWithActiveProvidersKeepsADefaultAndAProviderInUseStays()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            // Taking the platform's only default away is refused when the transaction commits.
            const auto none = test::failureOf([&] {
                owner->exec(QStringLiteral("UPDATE ai_providers SET is_default = false WHERE id = ?"),
                            {m_platformProvider});
            });
            QVERIFY2(messageOf(none).contains(QStringLiteral("needs a default")),
                     qPrintable(messageOf(none)));
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM ai_providers WHERE tenant_id IS NULL AND is_default")),
                     1);
            // A default cannot be inactive; a provider some thread uses cannot be deleted (deactivate it
            // instead).
            QVERIFY(test::failureOf([&] {
                        owner->exec(QStringLiteral("UPDATE ai_providers SET active = false WHERE id = ?"),
                                    {m_platformProvider});
                    }).has_value());
            const qint64 spare = ollamaProvider(*owner, QStringLiteral("Spare"), std::nullopt, false);
            owner->insertReturningId(QStringLiteral("INSERT INTO ai_threads (provider_id) VALUES (?)"),
                                     {spare});
            QVERIFY(test::failureOf([&] {
                        owner->exec(QStringLiteral("DELETE FROM ai_providers WHERE id = ?"), {spare});
                    }).has_value());
            QCOMPARE(
                owner->exec(QStringLiteral("UPDATE ai_providers SET active = false WHERE id = ?"), {spare})
                    .numRowsAffected(),
                1);
            // A provider of each type needs what it needs.
            QVERIFY(test::failureOf([&] {
                        owner->exec(QStringLiteral("INSERT INTO ai_providers (name, provider_type, model) "
                                                   "VALUES ('No key', 'openai', 'gpt-4o-mini')"));
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        owner->exec(QStringLiteral("INSERT INTO ai_providers (name, provider_type, model) "
                                                   "VALUES ('No URL', 'ollama', 'llama3.1')"));
                    }).has_value());
            // Tenant admins see the platform's providers and their own tenant's, not another tenant's.
            ollamaProvider(m_admin, QStringLiteral("B's own"), m_tenantB, true);
            auto adminA = as(m_tadminA);
            QCOMPARE(adminA
                         ->scalar(QStringLiteral("SELECT count(*) FROM ai_providers WHERE tenant_id = ?"),
                                  {m_tenantB})
                         .toLongLong(),
                     0);
            QVERIFY(
                adminA->scalar(QStringLiteral("SELECT count(*) FROM ai_providers WHERE tenant_id IS NULL"))
                    .toLongLong() >= 1);
        });
    }

    void promptVersionsAreNeverChanged()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            const qint64 prompt = owner->insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_prompts (code, name, created_by) VALUES ('triage', 'Triage', ?)"),
                {m_owner});
            owner->exec(QStringLiteral(
                            "INSERT INTO ai_prompt_versions (prompt_id, version, template, variables_json, "
                            "created_by) VALUES (?, 1, 'Hello {{name}}', '[\"name\"]', ?)"),
                        {prompt, m_owner});
            owner->exec(QStringLiteral("UPDATE ai_prompts SET published_version = 1 WHERE id = ?"), {prompt});
            const auto edit = test::failureOf([&] {
                owner->exec(
                    QStringLiteral("UPDATE ai_prompt_versions SET template = 'Bye' WHERE prompt_id = ?"),
                    {prompt});
            });
            QVERIFY(edit.has_value());
            QVERIFY2(messageOf(test::failureOf([&] {
                         m_admin.exec(QStringLiteral("UPDATE ai_prompt_versions SET template = 'Bye'"));
                     })).contains(QStringLiteral("never changed")),
                     "even the table's owner is refused, with the rule named");
            // Publishing a version that does not exist is refused.
            QVERIFY(test::failureOf([&] {
                        owner->exec(
                            QStringLiteral("UPDATE ai_prompts SET published_version = 5 WHERE id = ?"),
                            {prompt});
                    }).has_value());
            // Deleting the prompt takes its versions.
            owner->exec(QStringLiteral("DELETE FROM ai_prompts WHERE id = ?"), {prompt});
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_prompt_versions WHERE prompt_id = ?"),
                           {prompt}),
                     0);
        });
    }

    void theIntakeRoleOnlyAddsEventsAndEachReferenceOnce()
    {
        test::guarded([&] {
            auto intake = as(m_intake);
            const QString add =
                QStringLiteral("INSERT INTO ai_events (source, event_type, ref, payload) VALUES ('n8n', "
                               "'workflow.failed', ?, "
                               "CAST(? AS jsonb)) ON CONFLICT (source, ref) WHERE ref <> '' DO NOTHING");
            QCOMPARE(
                intake->exec(add, {QStringLiteral("exec-1"), QStringLiteral("{\"n\":1}")}).numRowsAffected(),
                1);
            QCOMPARE(
                intake->exec(add, {QStringLiteral("exec-1"), QStringLiteral("{\"n\":2}")}).numRowsAffected(),
                0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_events WHERE ref = 'exec-1'")), 1);
            QCOMPARE(count(QStringLiteral("SELECT payload->>'n' FROM ai_events WHERE ref = 'exec-1'")), 1);
            // It cannot read what others sent, mark anything processed, or send an event already processed.
            QVERIFY(test::failureOf([&] {
                        intake->exec(QStringLiteral("SELECT payload FROM ai_events"));
                    }).has_value());
            QVERIFY(test::failureOf([&] {
                        intake->exec(
                            QStringLiteral("UPDATE ai_events SET processed = true, processed_at = now(), "
                                           "processed_by = 'x'"));
                    }).has_value());
            QVERIFY(
                test::failureOf([&] {
                    intake->exec(QStringLiteral(
                        "INSERT INTO ai_events (source, event_type, processed, processed_at, processed_by) "
                        "VALUES ('n8n', 'x', true, now(), 'me')"));
                }).has_value());
            // An operator marks it processed with notes; the processed columns go together.
            auto op = as(m_operator);
            QVERIFY(test::failureOf([&] {
                        op->exec(
                            QStringLiteral("UPDATE ai_events SET processed = true WHERE ref = 'exec-1'"));
                    }).has_value());
            QCOMPARE(
                op->exec(QStringLiteral("UPDATE ai_events SET processed = true, processed_at = now(), "
                                        "processed_by = session_user, notes = 'rerun' WHERE ref = 'exec-1'"))
                    .numRowsAffected(),
                1);
            // Other logins do not see the inbox at all.
            QVERIFY(test::failureOf([&] {
                        as(m_apiUser)->exec(QStringLiteral("SELECT count(*) FROM ai_events"));
                    }).has_value());
        });
    }

    void pruningDropsOldAuditRowsAndClosesIdleThreads()
    {
        test::guarded([&] {
            auto owner = as(m_owner);
            owner->exec(
                QStringLiteral("INSERT INTO ai_audit (operation, status, request_redacted) VALUES ('ask', "
                               "'success', 'recent')"));
            m_admin.exec(
                QStringLiteral("INSERT INTO ai_audit (operation, login, status, occurred_at, "
                               "request_redacted) VALUES ('ask', ?, 'success', now() - interval '91 days', "
                               "'old')"),
                {m_owner});
            const qint64 idle = owner->insertReturningId(
                QStringLiteral(
                    "INSERT INTO ai_threads (provider_id, last_message_at) VALUES (?, now() - interval "
                    "'31 days')"),
                {m_platformProvider});
            // Logins read their own audit rows and delete none of them; only the prune function does.
            QVERIFY(
                test::failureOf([&] { owner->exec(QStringLiteral("DELETE FROM ai_audit")); }).has_value());
            QVERIFY(test::failureOf([&] {
                        as(m_apiUser)->exec(QStringLiteral("SELECT * FROM fusion_ai_prune()"));
                    }).has_value());
            // Another login's idle thread: invisible to this owner, yet counted and closed (the prune and its
            // preview act past row-level security).
            m_admin.exec(
                QStringLiteral("INSERT INTO ai_threads (provider_id, owner, last_message_at) VALUES (?, ?, "
                               "now() - interval '45 days')"),
                {m_platformProvider, m_operator});
            QSqlQuery preview = owner->exec(
                QStringLiteral("SELECT audit_pruned, threads_closed FROM fusion_ai_prune_preview()"));
            QVERIFY(preview.next());
            QCOMPARE(preview.value(0).toLongLong(), 1);
            QCOMPARE(preview.value(1).toLongLong(), 2);
            QSqlQuery pruned =
                owner->exec(QStringLiteral("SELECT audit_pruned, threads_closed FROM fusion_ai_prune()"));
            QVERIFY(pruned.next());
            QCOMPARE(pruned.value(0).toLongLong(), 1);
            QCOMPARE(pruned.value(1).toLongLong(), 2);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE request_redacted = 'old'")),
                     0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_audit WHERE request_redacted = 'recent'")),
                     1);
            QCOMPARE(
                owner->scalar(QStringLiteral("SELECT state FROM ai_threads WHERE id = ?"), {idle}).toString(),
                QStringLiteral("closed"));
            // A longer retention keeps what a shorter one pruned.
            m_admin.exec(QStringLiteral("UPDATE ai_settings SET audit_retention_days = 200"));
            m_admin.exec(QStringLiteral("INSERT INTO ai_audit (operation, login, status, occurred_at) VALUES "
                                        "('search', ?, 'error', now() - interval '150 days')"),
                         {m_owner});
            QSqlQuery kept = owner->exec(QStringLiteral("SELECT audit_pruned FROM fusion_ai_prune()"));
            QVERIFY(kept.next());
            QCOMPARE(kept.value(0).toLongLong(), 0);
            m_admin.exec(QStringLiteral("UPDATE ai_settings SET audit_retention_days = 90"));
        });
    }

    // Full-text search over knowledge chunks ('simple' configuration: words as written, no stemming), and a
    // tenant admin reads only its own tenants' chunks.
    void knowledgeChunksUpsertAndAreSearchable()
    {
        test::guarded([&] {
            auto op = as(m_operator);
            const QString upsert = QStringLiteral(
                "INSERT INTO kb_chunks (tenant_id, tenant_ref, source_type, source_ref, title, content) "
                "VALUES (?, ?, 'odoo_task', ?, ?, ?) ON CONFLICT (tenant_ref, source_type, source_ref) DO "
                "UPDATE "
                "SET title = EXCLUDED.title, content = EXCLUDED.content, updated_at = now()");
            op->exec(upsert,
                     {m_tenantA, QStringLiteral("odoo_company:1"), QStringLiteral("project.task:7"),
                      QStringLiteral("Invoice run"), QStringLiteral("The monthly invoice run failed.")});
            op->exec(upsert,
                     {m_tenantA, QStringLiteral("odoo_company:1"), QStringLiteral("project.task:7"),
                      QStringLiteral("Invoice run"), QStringLiteral("The monthly invoice run succeeded.")});
            op->exec(upsert, {m_tenantB, QStringLiteral("odoo_company:2"), QStringLiteral("project.task:8"),
                              QStringLiteral("Payroll"), QStringLiteral("Payroll export to the bank.")});
            QCOMPARE(
                count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE source_ref = 'project.task:7'")),
                1);
            const QString search =
                QStringLiteral("SELECT count(*) FROM kb_chunks WHERE search @@ plainto_tsquery('simple', ?)");
            QCOMPARE(op->scalar(search, {QStringLiteral("invoice succeeded")}).toLongLong(), 1);
            QCOMPARE(op->scalar(search, {QStringLiteral("failed")}).toLongLong(), 0);
            QCOMPARE(as(m_tadminB)->scalar(search, {QStringLiteral("invoice")}).toLongLong(), 0);
            QCOMPARE(as(m_tadminA)->scalar(search, {QStringLiteral("invoice")}).toLongLong(), 1);
            // An embedding's length must match its dimensions.
            QVERIFY(test::failureOf([&] {
                        op->exec(QStringLiteral("UPDATE kb_chunks SET embedding = decode('00000000', 'hex'), "
                                                "embedding_dims = 2 WHERE source_ref = 'project.task:8'"));
                    }).has_value());
        });
    }
};

QTEST_GUILESS_MAIN(TestPgAiPlatform)
#include "tst_pg_ai_platform.moc"
