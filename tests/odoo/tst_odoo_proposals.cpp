// Proposals against the Python Odoo test server and a real SQLite store: built from what Odoo holds (a
// matched partner becomes a write of only what differs), stored after confirmation, executed at most once,
// the audit row before any Odoo call, a failure part-way reported step by step and never retried.
#include "models/audit/WriteExecutor.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooModules.h"
#include "models/odoo/OdooProposals.h"
#include "models/odoo/ProposalRunner.h"
#include "tests/common/Failures.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/FakeOdooClient.h"
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
QJsonObject record(const QJsonArray& records, int id)
{
    for (const auto& r : records) {
        if (r.toObject().value(QStringLiteral("id")).toInt() == id)
            return r.toObject();
    }
    return {};
}
} // namespace

class TestOdooProposals : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeOdoo> m_server;
    Database m_db;
    std::unique_ptr<OdooClient> m_client;
    int m_files = 0;

    Proposal built(const std::function<void(const OdooClient::Callback<Proposal>&)>& build)
    {
        auto slot = std::make_shared<std::optional<Result<Proposal>>>();
        build([slot](Result<Proposal> r) { slot->emplace(std::move(r)); });
        if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 15000))
            qFatal("the proposal was not built");
        if (!**slot)
            throw Failure((*slot)->error());
        return (*slot)->value();
    }

    ProposalRunner::Outcome runSteps(const Proposal& p)
    {
        return test::runProposalSteps(m_client.get(), p, this);
    }

    qint64 store(const Proposal& p)
    {
        return WriteExecutor::execute(m_db,
                                      OdooProposals::planStore(m_db, QStringLiteral("acme-finance-ph"), p))
            .value(QStringLiteral("proposal_id"))
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        m_client = test::fakeOdooAdminClient(*m_server);
    }

    void init()
    {
        m_server->reset();
        m_server->clearCalls();
        m_db.close();
        test::prepare(m_db, test::sqliteTarget(m_dir, QStringLiteral("p%1.db").arg(++m_files)), 48);
    }

    void newPartnerIsACreateTaggedWithTheCase()
    {
        OdooProposals::PartnerInput in;
        in.name = QStringLiteral("Example Corp");
        in.email = QStringLiteral("contact@example-corp.test");
        in.isCompany = true;
        in.comment = QStringLiteral("OSINT target");
        const Proposal p = built([&](auto done) {
            OdooProposals::buildPartner(m_client.get(), QStringLiteral("case-1"), in, this, done);
        });
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.steps.first().method, QStringLiteral("create"));
        QCOMPARE(p.steps.first().values.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("[Fusion Case: case-1] OSINT target"));

        const qint64 id = store(p);
        WriteExecutor::execute(m_db, OdooProposals::planExecute(m_db, id));
        const ProposalRunner::Outcome outcome = runSteps(OdooProposals::load(m_db, id));
        QVERIFY(outcome.succeeded);
        const int created = outcome.results.first().toObject().value(QStringLiteral("record_id")).toInt();
        QVERIFY(created > 0);
        const QJsonObject inOdoo = record(m_server->state(QStringLiteral("res.partner")), created);
        QCOMPARE(inOdoo.value(QStringLiteral("name")).toString(), QStringLiteral("Example Corp"));
        QVERIFY(inOdoo.value(QStringLiteral("comment"))
                    .toString()
                    .contains(QStringLiteral("[Fusion Case: case-1]")));
        WriteExecutor::execute(m_db, OdooProposals::planFinish(m_db, id, outcome.results, true));
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("executed"));
    }

    void matchedPartnerIsAWriteOfOnlyWhatDiffers()
    {
        const QJsonObject azure = record(m_server->state(QStringLiteral("res.partner")), 14);
        QVERIFY(!azure.isEmpty());
        OdooProposals::PartnerInput in;
        in.email = azure.value(QStringLiteral("email")).toString().toUpper(); // matched case-insensitively
        in.phone = QStringLiteral("+63 2 8000 0000");
        in.city = azure.value(QStringLiteral("city")).toString(); // unchanged: not in the write
        const Proposal p = built([&](auto done) {
            OdooProposals::buildPartner(m_client.get(), QStringLiteral("case-2"), in, this, done);
        });
        QCOMPARE(p.steps.size(), 1);
        const ProposalStep& s = p.steps.first();
        QCOMPARE(s.method, QStringLiteral("write"));
        QCOMPARE(s.recordId, 14);
        QVERIFY(s.values.contains(QStringLiteral("phone")));
        QVERIFY(!s.values.contains(QStringLiteral("city")));
        QCOMPARE(s.before.value(QStringLiteral("phone")).toString(),
                 azure.value(QStringLiteral("phone")).toString());

        // Nothing new: nothing to propose.
        OdooProposals::PartnerInput same;
        same.email = azure.value(QStringLiteral("email")).toString();
        same.city = azure.value(QStringLiteral("city")).toString();
        const auto error = test::failureOf([&] {
            built([&](auto done) {
                OdooProposals::buildPartner(m_client.get(), QStringLiteral("case-2"), same, this, done);
            });
        });
        QVERIFY(error);
        QCOMPARE(error->kind, ErrorKind::InvalidInput);
    }

    void executedAtMostOnceAcrossSessions()
    {
        const qint64 id = store(OdooProposals::buildLead(QStringLiteral("case-3"),
                                                         {QStringLiteral("Twice?"), {}, {}, {}, {}, {}}));
        Database other;
        other.open(m_db.target());
        // Both sessions planned (both saw it pending); the first claim wins, the second is refused.
        const PendingWrite mine = OdooProposals::planExecute(m_db, id);
        const PendingWrite theirs = OdooProposals::planExecute(other, id);
        WriteExecutor::execute(m_db, mine);
        const auto refused = test::failureOf([&] { WriteExecutor::execute(other, theirs); });
        QVERIFY(refused);
        QCOMPARE(refused->kind, ErrorKind::Conflict);
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("executing"));
        // And once decided, planning again is refused too.
        const auto again = test::failureOf([&] { OdooProposals::planExecute(other, id); });
        QVERIFY(again && again->kind == ErrorKind::Conflict);
    }

    void noAuditRowNoOdooWrite()
    {
        const qint64 id = store(OdooProposals::buildLead(
            QStringLiteral("case-4"), {QStringLiteral("Audit first"), {}, {}, {}, {}, {}}));
        // The audit log refuses new rows (as a full disk or a revoked grant would).
        m_db.execRaw(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN "
                                    "SELECT RAISE(ABORT, 'audit log unavailable'); END"));
        QVERIFY(test::failureOf([&] { WriteExecutor::execute(m_db, OdooProposals::planExecute(m_db, id)); }));
        QCOMPARE(OdooProposals::load(m_db, id).state,
                 QStringLiteral("pending")); // not claimed: the CLI/app stop here
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
    }

    void failurePartWayReportsEachStepAndRetriesNothing()
    {
        Proposal p;
        p.kind = QStringLiteral("tasks");
        p.caseId = QStringLiteral("case-5");
        p.summary = QStringLiteral("three steps, the second fails");
        p.steps << ProposalStep{QStringLiteral("create_partner"),
                                QStringLiteral("res.partner"),
                                QStringLiteral("create"),
                                {{QStringLiteral("name"), QStringLiteral("Step One")}},
                                0,
                                {},
                                {}}
                << ProposalStep{QStringLiteral("create_thing"),
                                QStringLiteral("no.such.model"),
                                QStringLiteral("create"),
                                {{QStringLiteral("name"), QStringLiteral("Step Two")}},
                                0,
                                {},
                                {}}
                << ProposalStep{QStringLiteral("create_partner"),
                                QStringLiteral("res.partner"),
                                QStringLiteral("create"),
                                {{QStringLiteral("name"), QStringLiteral("Step Three")}},
                                0,
                                {},
                                {}};
        const qint64 id = store(p);
        WriteExecutor::execute(m_db, OdooProposals::planExecute(m_db, id));
        const ProposalRunner::Outcome outcome = runSteps(OdooProposals::load(m_db, id));
        QVERIFY(!outcome.succeeded);
        QCOMPARE(outcome.results.size(), 3);
        QVERIFY(outcome.results.at(0).toObject().value(QStringLiteral("success")).toBool());
        QVERIFY(outcome.results.at(0).toObject().value(QStringLiteral("record_id")).toInt() > 0);
        QVERIFY(!outcome.results.at(1).toObject().value(QStringLiteral("success")).toBool());
        QVERIFY(outcome.results.at(1)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("no.such.model")));
        QVERIFY(outcome.results.at(2).toObject().value(QStringLiteral("skipped")).toBool());
        QTest::qWait(300);
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 2); // step 3 never sent, nothing sent twice

        WriteExecutor::execute(m_db, OdooProposals::planFinish(m_db, id, outcome.results, false));
        const Proposal after = OdooProposals::load(m_db, id);
        QCOMPARE(after.state, QStringLiteral("failed"));
        QCOMPARE(after.results, outcome.results);
        QVERIFY(test::failureOf([&] { OdooProposals::planExecute(m_db, id); })); // not run again
    }

    void proposalLeftExecutingCanBeClosedButNeverRerun()
    {
        const qint64 id = store(OdooProposals::buildLead(QStringLiteral("case-8"),
                                                         {QStringLiteral("Crashed"), {}, {}, {}, {}, {}}));
        QVERIFY(test::failureOf([&] { OdooProposals::planAbandon(m_db, id); })); // pending: not this way
        WriteExecutor::execute(m_db, OdooProposals::planExecute(m_db, id));
        // The session that claimed it is gone before it recorded anything.
        WriteExecutor::execute(m_db, OdooProposals::planAbandon(m_db, id));
        const Proposal p = OdooProposals::load(m_db, id);
        QCOMPARE(p.state, QStringLiteral("failed"));
        QVERIFY(p.results.first()
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("unknown")));
        QVERIFY(test::failureOf([&] { OdooProposals::planExecute(m_db, id); }));
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
    }

    void cancelledIsNeverExecuted()
    {
        const qint64 id = store(OdooProposals::buildLead(QStringLiteral("case-6"),
                                                         {QStringLiteral("Cancel me"), {}, {}, {}, {}, {}}));
        WriteExecutor::execute(m_db, OdooProposals::planCancel(m_db, id));
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("cancelled"));
        const auto error = test::failureOf([&] { OdooProposals::planExecute(m_db, id); });
        QVERIFY(error && error->kind == ErrorKind::Conflict);
        QVERIFY(test::failureOf([&] { OdooProposals::planCancel(m_db, id); }));
    }

    void tasksEventAndActivityReachOdooAsMeant()
    {
        const Proposal tasks = OdooProposals::buildTasks(
            QStringLiteral("case-7"), 1,
            {{QStringLiteral("Design mockups"), QStringLiteral("wireframes"), QStringLiteral("2026-12-15"),
              QStringLiteral("1")},
             {QStringLiteral("Develop frontend"), QString(), QString(), QString()}});
        QCOMPARE(tasks.steps.size(), 2);
        const Proposal event =
            OdooProposals::buildEvent(QStringLiteral("case-7"), {QStringLiteral("Kickoff"),
                                                                 QStringLiteral("2026-12-01T10:00:00"),
                                                                 QStringLiteral("2026-12-01T11:30:00"),
                                                                 QStringLiteral("Room A"),
                                                                 QString(),
                                                                 {3, 14}});
        OdooProposals::ActivityInput a;
        a.resModel = QStringLiteral("res.partner");
        a.resId = 14;
        a.summary = QStringLiteral("Follow up");
        a.dateDeadline = QStringLiteral("2026-12-10");
        const Proposal activity = built([&](auto done) {
            OdooProposals::buildActivity(m_client.get(), QStringLiteral("case-7"), a, this, done);
        });
        for (const Proposal& p : {tasks, event, activity}) {
            const qint64 id = store(p);
            WriteExecutor::execute(m_db, OdooProposals::planExecute(m_db, id));
            const ProposalRunner::Outcome outcome = runSteps(OdooProposals::load(m_db, id));
            QVERIFY2(outcome.succeeded,
                     qPrintable(QString::fromUtf8(QJsonDocument(outcome.results).toJson())));
        }
        bool sawTask = false;
        for (const auto& t : m_server->state(QStringLiteral("project.task")))
            sawTask = sawTask || (t.toObject().value(QStringLiteral("name")).toString() ==
                                      QLatin1String("Design mockups") &&
                                  t.toObject()
                                      .value(QStringLiteral("description"))
                                      .toString()
                                      .contains(QStringLiteral("case-7")));
        QVERIFY(sawTask);
        bool sawEvent = false;
        for (const auto& e : m_server->state(QStringLiteral("calendar.event"))) {
            const QJsonObject o = e.toObject();
            if (o.value(QStringLiteral("name")).toString() == QLatin1String("Kickoff"))
                sawEvent = o.value(QStringLiteral("partner_ids")).toArray().size() == 2;
        }
        QVERIFY(sawEvent);
        bool sawActivity = false;
        for (const auto& e : m_server->state(QStringLiteral("mail.activity"))) {
            const QJsonObject o = e.toObject();
            sawActivity = sawActivity ||
                          (o.value(QStringLiteral("summary")).toString() == QLatin1String("Follow up") &&
                           o.value(QStringLiteral("res_model")).toString() == QLatin1String("res.partner") &&
                           o.value(QStringLiteral("res_id")).toInt() == 14);
        }
        QVERIFY(sawActivity);
    }

    void modulesAreClassifiedByNameAndAuthor()
    {
        QCOMPARE(OdooModules::classify(QStringLiteral("ipai_finance_ppm"), QStringLiteral("InsightPulse AI")),
                 QStringLiteral("ipai"));
        QCOMPARE(OdooModules::classify(QStringLiteral("crm"), QStringLiteral("Odoo S.A.")),
                 QStringLiteral("core"));
        QCOMPARE(
            OdooModules::classify(QStringLiteral("web_responsive"),
                                  QStringLiteral("LasLabs, Tecnativa, Odoo Community Association (OCA)")),
            QStringLiteral("oca"));
        QCOMPARE(OdooModules::classify(QStringLiteral("base"), QString()), QStringLiteral("core"));
    }

    void badInputIsRefusedBeforeAnythingIsStored()
    {
        QVERIFY(test::failureOf([] { OdooProposals::buildLead(QStringLiteral("c"), {}); }));
        QVERIFY(test::failureOf([] { OdooProposals::buildTasks(QStringLiteral("c"), 1, {}); }));
        QVERIFY(test::failureOf([] {
            OdooProposals::buildTasks(QStringLiteral("c"), 1,
                                      {{QStringLiteral("x"), {}, {}, QStringLiteral("9")}});
        }));
        QVERIFY(test::failureOf([] {
            OdooProposals::buildEvent(QStringLiteral("c"), {QStringLiteral("x"),
                                                            QStringLiteral("2026-12-01T11:00:00"),
                                                            QStringLiteral("2026-12-01T10:00:00"),
                                                            {},
                                                            {},
                                                            {}});
        }));
        const Proposal ok =
            OdooProposals::buildLead(QStringLiteral("fine"), {QStringLiteral("x"), {}, {}, {}, {}, {}});
        Proposal badCase = ok;
        badCase.caseId = QStringLiteral("'; DROP TABLE odoo_proposals; --");
        const QString before = test::snapshot(m_db);
        QVERIFY(test::failureOf(
            [&] { OdooProposals::planStore(m_db, QStringLiteral("acme-finance-ph"), badCase); }));
        QCOMPARE(test::snapshot(m_db), before);
        QVERIFY(
            test::failureOf([&] { OdooProposals::planStore(m_db, QStringLiteral("no-such-tenant"), ok); }));
    }
};

QTEST_GUILESS_MAIN(TestOdooProposals)
#include "tst_odoo_proposals.moc"
