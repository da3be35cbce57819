// The knowledge-base sync driven the way fusionctl drives it, against a real SQLite store, the Python Odoo
// test server (paged through in batches of 10) and a real keychain: the first sync stores a chunk per project
// and task; a second one with nothing changed in Odoo asks nothing and writes nothing; a task changed and one
// archived in Odoo (over XML-RPC) change exactly their chunks, and one deleted there loses its chunk on a
// full read; a declined confirmation, a cancelled job and a malformed answer write nothing and say why; a
// tenant without an Odoo connection is told how to add one.
#include "models/ai/KnowledgeBase.h"
#include "models/audit/WriteExecutor.h"
#include "models/jobs/KnowledgeSync.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooConnection.h"
#include "models/secrets/SecretStore.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");
constexpr int kProjects = 3; // the test server's seed
constexpr int kTasks = 34;
} // namespace

class TestKnowledgeSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeOdoo> m_server;
    SecretStore m_secrets;
    Database m_db;
    test::TestPerson m_person;

    JobHost host() { return test::syncJobHost(m_db, m_person, &m_secrets); }

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return m_db.scalar(sql, params).toLongLong();
    }

    std::optional<Result<KnowledgeSync::Outcome>>
    sync(const std::function<void(KnowledgeSync&)>& meanwhile = {}, const QString& slug = kSlug)
    {
        auto slot = std::make_shared<std::optional<Result<KnowledgeSync::Outcome>>>();
        KnowledgeSync job(host());
        job.setPageSize(10);
        if (meanwhile)
            meanwhile(job);
        job.start(slug, [slot](const Result<KnowledgeSync::Outcome>& r) { slot->emplace(r); });
        if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 90000))
            return std::nullopt;
        return *slot;
    }

    // A write in the tenant's Odoo, as a person there would make it.
    void odooWrite(const QString& model, int id, const QVariantMap& values)
    {
        OdooClient client;
        client.setCredentials(
            OdooEndpoint{m_server->url(), QStringLiteral("odoopeer"), QStringLiteral("admin"), {}},
            SecretBytes(QByteArray("admin")));
        std::optional<Result<bool>> done;
        client.write(model, {id}, values, this, [&done](const Result<bool>& r) { done = r; });
        QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 30000));
        QVERIFY2(done->ok(), done->ok() ? "" : qPrintable(done->error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_server->reset();
        test::guarded([&] { test::prepare(m_db, test::sqliteTarget(m_dir), 12); });
    }

    void init()
    {
        m_person.answer = true;
        m_person.asked = 0;
    }

    void aTenantWithoutOdooIsToldHowToAddOne()
    {
        // Set-up: a tenant whose Odoo address was never filled in (the demo data gives every tenant one).
        const QString bare =
            m_db.scalar(QStringLiteral("SELECT slug FROM tenants WHERE slug <> ? ORDER BY slug LIMIT 1"),
                        {kSlug})
                .toString();
        m_db.exec(QStringLiteral("UPDATE tenants SET odoo_url = '' WHERE slug = ?"), {bare});
        const auto got = sync({}, bare);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(bare) &&
                     got->error().message.contains(QStringLiteral("remedy for odoo-connection")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")), 0);

        // Set up for what follows: the connection and its secret.
        test::guarded([&] {
            const OdooSettings current = OdooConnection::load(m_db, kSlug);
            WriteExecutor::execute(
                m_db, OdooConnection::planSave(m_db, current,
                                               {{QStringLiteral("odoo_url"), m_server->url().toString()},
                                                {QStringLiteral("odoo_db"), QStringLiteral("odoopeer")},
                                                {QStringLiteral("odoo_login"), QStringLiteral("admin")}},
                                               false));
        });
        std::optional<Result<Unit>> stored;
        m_secrets.write(OdooConnection::secretKey(kSlug), SecretBytes(QByteArray("admin")), this,
                        [&stored](const Result<Unit>& r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&stored] { return stored.has_value(); }, 30000));
        QVERIFY(stored->ok());
    }

    void aDeclinedOrCancelledSyncWritesNothing()
    {
        const QString before = test::snapshot(m_db);
        m_person.answer = false;
        auto got = sync();
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        QVERIFY2(m_person.lastPlan.title.startsWith(
                     QStringLiteral("%1 new, 0 changed, 0 removed").arg(kProjects + kTasks)),
                 qPrintable(m_person.lastPlan.title));
        QCOMPARE(test::snapshot(m_db), before);

        m_person.answer = true;
        got = sync([](KnowledgeSync& job) {
            QObject::connect(&job, &Job::progress, &job, [&job](int step, int, const QString&) {
                if (step >= 10)
                    job.cancel(); // after the first page
            });
        });
        QVERIFY(got && !got->ok());
        QVERIFY2(got->error().message.contains(QStringLiteral("Cancelled")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void theFirstSyncStoresEveryProjectAndTaskPageByPage()
    {
        m_server->clearCalls();
        const auto got = sync();
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        const KnowledgeSync::Outcome& o = got->value();
        QCOMPARE(o.records, kProjects + kTasks);
        QCOMPARE(o.added, kProjects + kTasks);
        QCOMPARE(o.changed, 0);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE tenant_ref = ?"), {kSlug}),
                 kProjects + kTasks);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'tenant.kb.sync'")), 1);
        QCOMPARE(m_server->countCalls(QStringLiteral("search_read")), 1 + 4); // 3 projects; 34 tasks by 10
        test::guarded([&] {
            const QList<KbHit> hits = KnowledgeBase::search(m_db, QStringLiteral("acoustic ceiling"), kSlug);
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.first().sourceRef, QStringLiteral("project.task:3"));
            QCOMPARE(hits.first().title, QStringLiteral("Noise Reduction"));
            QCOMPARE(hits.first().url, m_server->url().toString() +
                                           QStringLiteral("/web#id=3&model=project.task&view_type=form"));
            // Names the task holds only as ids were looked up.
            const QString content =
                m_db.scalar(QStringLiteral("SELECT content FROM kb_chunks WHERE source_ref = "
                                           "'project.task:3'"))
                    .toString();
            QVERIFY2(content.contains(QStringLiteral("Project: Office Design")) &&
                         content.contains(QStringLiteral("Stage: Done")) &&
                         content.contains(QStringLiteral("Assignees: Mitchell Admin")) &&
                         !content.contains(QLatin1Char('<')),
                     qPrintable(content));
            QCOMPARE(KnowledgeBase::search(m_db, QStringLiteral("Renovations")).first().sourceRef,
                     QStringLiteral("project.project:3"));
        });
    }

    void aSecondSyncWithNothingChangedPlansNothing()
    {
        const QString before = test::snapshot(m_db);
        const auto got = sync();
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QVERIFY(got->value().unchanged);
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void aTaskChangedInOdooChangesExactlyItsChunk()
    {
        odooWrite(QStringLiteral("project.task"), 3,
                  {{QStringLiteral("description"),
                    QStringLiteral("<p>Acoustic foam from the dishwasher supplier.</p>")}});
        const QString everythingElse = QStringLiteral("SELECT group_concat(source_ref || content || "
                                                      "updated_at, '|') FROM (SELECT * FROM kb_chunks WHERE "
                                                      "source_ref <> 'project.task:3' ORDER BY id)");
        const QString othersBefore = m_db.scalar(everythingElse).toString();
        const auto got = sync();
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QVERIFY2(m_person.lastPlan.title.startsWith(QStringLiteral("0 new, 1 changed, 0 removed")),
                 qPrintable(m_person.lastPlan.title));
        QCOMPARE(got->value().changed, 1);
        QCOMPARE(m_db.scalar(everythingElse).toString(), othersBefore);
        test::guarded([&] {
            QCOMPARE(KnowledgeBase::search(m_db, QStringLiteral("dishwasher supplier")).first().sourceRef,
                     QStringLiteral("project.task:3"));
            QVERIFY(KnowledgeBase::search(m_db, QStringLiteral("ceiling clouds")).isEmpty());
        });
        // And then nothing again.
        m_person.asked = 0;
        const auto again = sync();
        QVERIFY(again && again->ok() && again->value().unchanged);
        QCOMPARE(m_person.asked, 0);
    }

    void aTaskArchivedInOdooLosesItsChunk()
    {
        odooWrite(QStringLiteral("project.task"), 4, {{QStringLiteral("active"), false}});
        const auto got = sync();
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QCOMPARE(got->value().removed, 1);
        QCOMPARE(got->value().added, 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")), kProjects + kTasks - 1);
        test::guarded(
            [&] { QVERIFY(KnowledgeBase::search(m_db, QStringLiteral("Modifications asked")).isEmpty()); });
    }

    void aTaskDeletedInOdooLosesItsChunkOnAFullRead()
    {
        OdooClient client;
        client.setCredentials(
            OdooEndpoint{m_server->url(), QStringLiteral("odoopeer"), QStringLiteral("admin"), {}},
            SecretBytes(QByteArray("admin")));
        std::optional<Result<bool>> done;
        client.unlink(QStringLiteral("project.task"), {6}, this,
                      [&done](const Result<bool>& r) { done = r; });
        QVERIFY(QTest::qWaitFor([&done] { return done.has_value(); }, 30000));
        QVERIFY(done->ok());
        // An incremental read cannot see a deletion.
        const auto incremental = sync();
        QVERIFY(incremental && incremental->ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE source_ref = 'project.task:6'")),
                 1);

        const auto full = sync([](KnowledgeSync& job) { job.setFullRead(true); });
        QVERIFY2(full && full->ok(), full && !full->ok() ? qPrintable(full->error().message) : "no answer");
        QCOMPARE(full->value().removed, 1);
        QCOMPARE(full->value().added, 0);
        QVERIFY2(
            m_person.lastPlan.effects.join(QLatin1Char(' ')).contains(QStringLiteral("no longer in Odoo")),
            qPrintable(m_person.lastPlan.effects.join(QLatin1Char(' '))));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks WHERE source_ref = 'project.task:6'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kb_chunks")), kProjects + kTasks - 2);
    }

    void aMalformedAnswerWritesNothingAndSaysWhy()
    {
        odooWrite(QStringLiteral("project.task"), 5,
                  {{QStringLiteral("name"), QStringLiteral("Energy Certificate v2")}});
        const QString before = test::snapshot(m_db);
        m_server->misbehave(
            QStringLiteral("wrong_types"),
            {{QStringLiteral("match"), QStringLiteral("search_read")}, {QStringLiteral("count"), 1}});
        const auto got = sync();
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::OdooProtocol);
        QVERIFY2(got->error().message.contains(QStringLiteral("project.project")) &&
                     got->error().message.contains(QStringLiteral("not a list of records")) &&
                     got->error().message.contains(QStringLiteral("Nothing was stored")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
        m_server->misbehave(QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeSync)
#include "tst_knowledge_sync.moc"
