// The prompt library on a real PostgreSQL with real logins: two sessions saving the next version of the same
// prompt at the same moment. The version's primary key makes the second wait for the first and then refuse
// it; the library turns that refusal into a Conflict a person understands, and nothing of the second is kept.
#include "models/ai/PromptLibrary.h"
#include "models/audit/WriteExecutor.h"
#include "models/roles/Capabilities.h"
#include "models/roles/RoleService.h"
#include "models/storage/DbWorker.h"
#include "tests/common/Failures.h"
#include "tests/common/TestSupport.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

class TestPgPrompts : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_admin; // the superuser: set-up and looking behind row-level security only
    QString m_alice, m_bob;

    std::unique_ptr<Database> as(const QString& login) const
    {
        auto db = std::make_unique<Database>();
        db->open(m_pg->target(login));
        return db;
    }
    qint64 count(const QString& sql, const QVariantList& params = {}) const
    {
        return m_admin.scalar(sql, params).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("prompts"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        test::guarded([&] {
            test::prepare(m_admin, m_pg->target(), 2);
            m_alice = m_pg->createLogin(QStringLiteral("alice"));
            m_bob = m_pg->createLogin(QStringLiteral("bob"));
            RoleService roles(m_admin);
            WriteExecutor::execute(m_admin, roles.planGrant(m_alice, Roles::Owner));
            WriteExecutor::execute(m_admin, roles.planGrant(m_bob, Roles::Owner));
        });
    }

    void twoSessionsSavingTheNextVersionAtOnceKeepOne()
    {
        test::guarded([&] {
            auto alice = as(m_alice);
            WriteExecutor::execute(*alice, PromptLibrary::planCreate(*alice, QStringLiteral("race"),
                                                                     QStringLiteral("Race"), QString(),
                                                                     QStringLiteral("Hello {{name}}\n"),
                                                                     {QStringLiteral("name")}, QString()));
            const Prompt seen = PromptLibrary::require(*alice, QStringLiteral("race"));
            QCOMPARE(seen.latestVersion, 1);
            QCOMPARE(PromptLibrary::versions(*alice, seen).first().createdBy, m_alice);

            std::optional<Result<QJsonObject>> bobs;
            DbWorker worker;
            const DatabaseTarget bobTarget = m_pg->target(m_bob);
            {
                // Alice's save is in flight (its transaction open) when Bob saves from the same history.
                Transaction tx(*alice);
                WriteExecutor::execute(*alice,
                                       PromptLibrary::planNewVersion(
                                           *alice, seen, QStringLiteral("Hello {{name}}, from Alice\n"),
                                           {QStringLiteral("name")}, QStringLiteral("alice"), true));
                worker.run<QJsonObject>(
                    this,
                    [bobTarget](Database& db) {
                        db.open(bobTarget);
                        const Prompt p = PromptLibrary::require(db, QStringLiteral("race"));
                        return WriteExecutor::execute(
                            db, PromptLibrary::planNewVersion(
                                    db, p, QStringLiteral("Hello {{name}}, from Bob\n"),
                                    {QStringLiteral("name")}, QStringLiteral("bob"), false));
                    },
                    [&bobs](Result<QJsonObject> r) { bobs = std::move(r); });
                QVERIFY2(test::waitForLockWaiters(m_admin), "Bob's save did not wait for Alice's");
                tx.commit();
            }
            QVERIFY(QTest::qWaitFor([&] { return bobs.has_value(); }, 15000));
            QVERIFY2(!bobs->ok(), "both sessions saved version 2");
            QCOMPARE(bobs->error().kind, ErrorKind::Conflict);
            QVERIFY2(bobs->error().message.contains(QStringLiteral("Someone else saved version 2")) &&
                         bobs->error().message.contains(QStringLiteral("nothing was saved")),
                     qPrintable(bobs->error().message));

            const Prompt after = PromptLibrary::require(*alice, QStringLiteral("race"));
            QCOMPARE(after.latestVersion, 2);
            QCOMPARE(after.publishedVersion, std::optional<int>(2));
            const PromptVersion kept = PromptLibrary::version(*alice, after, 2);
            QCOMPARE(kept.note, QStringLiteral("alice"));
            QCOMPARE(kept.createdBy, m_alice);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_prompt_versions v JOIN ai_prompts p ON "
                                          "p.id = v.prompt_id WHERE p.code = 'race'")),
                     2);
            // Bob's refused save left no audit row.
            QCOMPARE(count(QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'ai_prompt.new_version'")),
                     1);

            // Bob, looking again, saves version 3 from what is there now.
            auto bob = as(m_bob);
            WriteExecutor::execute(*bob, PromptLibrary::planNewVersion(
                                             *bob, PromptLibrary::require(*bob, QStringLiteral("race")),
                                             QStringLiteral("Hello {{name}}, from Bob\n"),
                                             {QStringLiteral("name")}, QStringLiteral("bob"), false));
            QCOMPARE(PromptLibrary::require(*bob, QStringLiteral("race")).latestVersion, 3);
            const PromptTemplate::Rendered r = PromptLibrary::render(
                *bob, QStringLiteral("race"), {{QStringLiteral("name"), QStringLiteral("{{x}}")}});
            QVERIFY(r.ok());
            QCOMPARE(r.text, QStringLiteral("Hello {{x}}, from Alice\n"));
        });
    }
};

QTEST_GUILESS_MAIN(TestPgPrompts)
#include "tst_pg_prompts.moc"
