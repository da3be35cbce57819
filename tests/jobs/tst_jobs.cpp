// The jobs every flow is written as, driven the way fusionctl drives them (database work at once, the
// confirmation answered by the test) against a real SQLite store, the Python Odoo test server and a real
// keychain: one fixed order — plan, confirm, secrets, claim with audit, remote calls, result record — so a
// declined confirmation leaves nothing written and nothing sent, the keychain is read only once the person
// said yes, and the remote outcome is always recorded.
#include "models/audit/WriteExecutor.h"
#include "models/jobs/BundleApply.h"
#include "models/jobs/ModuleSync.h"
#include "models/jobs/PlannedWrite.h"
#include "models/jobs/ProposalExecute.h"
#include "models/jobs/UsageAggregate.h"
#include "models/odoo/OdooConnection.h"
#include "models/odoo/OdooProposals.h"
#include "models/secrets/SecretStore.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "tests/common/FakeOdoo.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QString kSlug = QStringLiteral("acme-finance-ph");

template <typename T>
std::optional<Result<T>> waitFor(const std::shared_ptr<std::optional<Result<T>>>& slot, int ms = 60000)
{
    if (!QTest::qWaitFor([slot] { return slot->has_value(); }, ms))
        return std::nullopt; // the caller sees no answer
    return *slot;
}
} // namespace

class TestJobs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::FakeOdoo> m_server;
    SecretStore m_secrets;
    Database m_db;
    int m_files = 0;
    QString m_template; // demo data prepared once; each test starts from a copy

    // What the test's "person" answers, and what had happened by the time they were asked.
    test::TestPerson m_person;

    JobHost host() { return test::syncJobHost(m_db, m_person, &m_secrets); }

    Result<Unit> keychain(const std::function<void(const std::function<void(Result<Unit>)>&)>& call)
    {
        auto slot = std::make_shared<std::optional<Result<Unit>>>();
        call([slot](Result<Unit> r) { slot->emplace(std::move(r)); });
        if (!QTest::qWaitFor([slot] { return slot->has_value(); }, 30000))
            return Error::make(ErrorKind::KeychainTimeout, QStringLiteral("the keychain did not answer"));
        return **slot;
    }

    void storeSecret(const QByteArray& secret)
    {
        const auto stored = keychain([&](const auto& done) {
            m_secrets.write(OdooConnection::secretKey(kSlug), SecretBytes(secret), this, done);
        });
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    }

    void forgetSecret()
    {
        keychain([&](const auto& done) { m_secrets.remove(OdooConnection::secretKey(kSlug), this, done); });
    }

    void connectOdoo()
    {
        const OdooSettings current = OdooConnection::load(m_db, kSlug);
        WriteExecutor::execute(
            m_db, OdooConnection::planSave(m_db, current,
                                           {{QStringLiteral("odoo_url"), m_server->url().toString()},
                                            {QStringLiteral("odoo_db"), QStringLiteral("odoopeer")},
                                            {QStringLiteral("odoo_login"), QStringLiteral("admin")}},
                                           false));
    }

    void assignBundle(const QString& code)
    {
        TenantRepository repo(m_db);
        const Tenant t = repo.requireBySlug(kSlug);
        QStringList codes;
        for (const Bundle& b : repo.detail(t.id, false).bundles)
            codes << b.code;
        codes << code;
        WriteExecutor::execute(m_db, TenantService(m_db, QStringLiteral("cli")).planSetBundles(t.id, codes));
    }

    qint64 storeProposal()
    {
        const Proposal p = OdooProposals::buildLead(
            QStringLiteral("case-7"),
            OdooProposals::LeadInput{QStringLiteral("Jobs lead"), {}, {}, {}, {}, {}});
        return WriteExecutor::execute(m_db, OdooProposals::planStore(m_db, kSlug, p))
            .value(QStringLiteral("proposal_id"))
            .toInteger();
    }

    int count(const QString& sql)
    {
        QSqlQuery q = m_db.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<test::FakeOdoo>();
        QVERIFY2(m_server->ok(), qPrintable(m_server->error()));
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("template.db"));
        {
            Database db;
            test::prepare(db, target, 12);
            // One file, no write-ahead log beside it, so that a plain copy is the whole database.
            db.execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.execRaw(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        m_template = target.sqlitePath;
    }

    void init()
    {
        m_server->reset();
        m_server->clearCalls();
        m_db.close();
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("j%1.db").arg(++m_files));
        QVERIFY(QFile::copy(m_template, target.sqlitePath));
        m_db.open(target);
        m_person.answer = true;
        m_person.asked = 0;
        m_person.onAsk = nullptr;
        forgetSecret();
    }

    void plannedWriteAsksThenWritesWithItsAuditRow()
    {
        const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString before = test::snapshot(m_db);

        m_person.answer = false;
        PlannedWrite declined(host());
        std::optional<Result<PlannedWrite::Outcome>> got;
        declined.start(
            [](Database& db) {
                return TenantService(db, QStringLiteral("cli")).planAction(kSlug, TenantAction::Pause);
            },
            [&](const Result<PlannedWrite::Outcome>& r) { got = r; });
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(test::snapshot(m_db), before); // declined: nothing at all was written

        m_person.answer = true;
        PlannedWrite accepted(host());
        got.reset();
        accepted.start(
            [](Database& db) {
                return TenantService(db, QStringLiteral("cli")).planAction(kSlug, TenantAction::Pause);
            },
            [&](const Result<PlannedWrite::Outcome>& r) { got = r; });
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QCOMPARE(m_person.asked, 2);
        QCOMPARE(m_person.lastPlan.action, QStringLiteral("tenant.pause"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 1);
        QCOMPARE(TenantRepository(m_db).requireBySlug(kSlug).status, QStringLiteral("paused"));
    }

    void plannedWriteWithNothingToChangeAsksNothing()
    {
        const QString before = test::snapshot(m_db);
        PlannedWrite job(host());
        std::optional<Result<PlannedWrite::Outcome>> got;
        job.start([](Database&) { return PendingWrite{}; },
                  [&](const Result<PlannedWrite::Outcome>& r) { got = r; });
        QVERIFY(got && got->ok());
        QVERIFY(got->value().unchanged);
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void plannedWriteStopsWhenTheStepBeforeTheWriteFails()
    {
        const QString before = test::snapshot(m_db);
        PlannedWrite job(host());
        std::optional<Result<PlannedWrite::Outcome>> got;
        job.start(
            [](Database& db) {
                return TenantService(db, QStringLiteral("cli")).planAction(kSlug, TenantAction::Pause);
            },
            [](const std::function<void(Result<Unit>)>& proceed) {
                proceed(Error::make(ErrorKind::KeychainLocked, QStringLiteral("locked")));
            },
            [&](const Result<PlannedWrite::Outcome>& r) { got = r; });
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::KeychainLocked);
        QCOMPARE(m_person.asked, 1); // asked first, then the step failed
        QCOMPARE(test::snapshot(m_db), before);
    }

    void bundleApplyAsksBeforeAnythingIsRecordedOrInstalled()
    {
        connectOdoo();
        storeSecret("admin");
        assignBundle(QStringLiteral("crm-sales"));
        m_server->clearCalls();
        const QString applies = QStringLiteral("SELECT count(*) FROM operations WHERE type = 'module_apply'");
        const int appliesBefore = count(applies);
        int installsWhenAsked = -1;
        int updatesWhenAsked = -1;
        int operationsWhenAsked = -1;
        m_person.onAsk = [&] {
            installsWhenAsked = m_server->countCalls(QStringLiteral("button_immediate_install"));
            updatesWhenAsked = m_server->countCalls(QStringLiteral("update_list"));
            operationsWhenAsked =
                count(QStringLiteral("SELECT count(*) FROM operations WHERE type = 'module_apply'"));
        };

        m_person.answer = false;
        auto declined = std::make_unique<BundleApply>(host());
        auto slot = std::make_shared<std::optional<Result<BundleApply::Outcome>>>();
        declined->start(QStringLiteral("crm-sales"), kSlug,
                        [slot](const Result<BundleApply::Outcome>& r) { slot->emplace(r); });
        auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        // The person saw which modules this Odoo can install — Odoo was read — but nothing was written
        // anywhere.
        QVERIFY(m_server->countCalls(QStringLiteral("search_read")) > 0);
        QCOMPARE(installsWhenAsked, 0);
        QCOMPARE(updatesWhenAsked, 0);
        QCOMPARE(operationsWhenAsked, appliesBefore);
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 0);
        QCOMPARE(count(applies), appliesBefore);

        m_person.answer = true;
        auto applied = std::make_unique<BundleApply>(host());
        QSignalSpy progress(applied.get(), &Job::progress);
        slot->reset();
        applied->start(QStringLiteral("crm-sales"), kSlug,
                       [slot](const Result<BundleApply::Outcome>& r) { slot->emplace(r); });
        got = waitFor(slot);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        const BundleApply::Outcome& o = got->value();
        QVERIFY(o.operationId > 0);
        // Two of the demo bundle's modules are not on this Odoo: recorded as not installed, never as a
        // success.
        QVERIFY(!o.complete());
        QVERIFY(o.installed().contains(QStringLiteral("sale_management")));
        QCOMPARE(o.notInstalled(),
                 (QStringList{QStringLiteral("crm_stage_probability"), QStringLiteral("sale_order_type")}));
        QCOMPARE(m_server->countCalls(QStringLiteral("button_immediate_install")), 1);
        QCOMPARE(count(applies), appliesBefore + 1);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM operations WHERE id = ?"), {o.operationId})
                     .toString(),
                 QStringLiteral("failed"));
        // The install's steps were reported in order, numbered out of four.
        QStringList texts;
        for (const QList<QVariant>& p : std::as_const(progress))
            texts << p.at(2).toString();
        QVERIFY2(texts.size() >= 4, qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!applied->isRunning());
    }

    void bundleApplyOfAnUnknownBundleIsNotFound()
    {
        BundleApply job(host());
        auto slot = std::make_shared<std::optional<Result<BundleApply::Outcome>>>();
        job.start(QStringLiteral("no-such-bundle"), kSlug,
                  [slot](const Result<BundleApply::Outcome>& r) { slot->emplace(r); });
        const auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotFound);
        QCOMPARE(m_person.asked, 0);
    }

    void proposalExecuteAsksBeforeItReadsTheKeychain()
    {
        connectOdoo(); // no secret in the keychain
        const qint64 id = storeProposal();
        m_server->clearCalls();

        // Declined: the answer is "not confirmed", not "no secret" — the keychain was not read first.
        m_person.answer = false;
        auto slot = std::make_shared<std::optional<Result<ProposalExecute::Outcome>>>();
        auto declined = std::make_unique<ProposalExecute>(host());
        declined->start(id, [slot](const Result<ProposalExecute::Outcome>& r) { slot->emplace(r); });
        auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("pending"));

        // Confirmed, but the keychain has nothing: said in the presenter's terms, the proposal still pending.
        m_person.answer = true;
        slot->reset();
        auto noSecret = std::make_unique<ProposalExecute>(host());
        noSecret->start(id, [slot](const Result<ProposalExecute::Outcome>& r) { slot->emplace(r); });
        got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::KeychainEntryMissing);
        QVERIFY2(got->error().message.contains(QStringLiteral("remedy for odoo-secret")),
                 qPrintable(got->error().message));
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("pending"));
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
    }

    void proposalExecuteRunsOnceAndRecordsWhatOdooDid()
    {
        connectOdoo();
        storeSecret("admin");
        const qint64 id = storeProposal();
        const int audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto slot = std::make_shared<std::optional<Result<ProposalExecute::Outcome>>>();
        auto job = std::make_unique<ProposalExecute>(host());
        job->start(id, [slot](const Result<ProposalExecute::Outcome>& r) { slot->emplace(r); });
        auto got = waitFor(slot);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QVERIFY(got->value().succeeded);
        QCOMPARE(got->value().proposal.state, QStringLiteral("executed"));
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 1);
        // The claim and the result, each with its audit row.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits + 2);

        // Never twice: the second run is refused while planning, before anyone is asked.
        const int asked = m_person.asked;
        slot->reset();
        auto again = std::make_unique<ProposalExecute>(host());
        again->start(id, [slot](const Result<ProposalExecute::Outcome>& r) { slot->emplace(r); });
        got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(m_person.asked, asked);
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 1);
    }

    void cancellingWhileAskedClaimsNothing()
    {
        connectOdoo();
        storeSecret("admin");
        const qint64 id = storeProposal();
        auto job = std::make_unique<ProposalExecute>(host());
        m_person.onAsk = [&] { job->cancel(); };
        auto slot = std::make_shared<std::optional<Result<ProposalExecute::Outcome>>>();
        job->start(id, [slot](const Result<ProposalExecute::Outcome>& r) { slot->emplace(r); });
        const auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(OdooProposals::load(m_db, id).state, QStringLiteral("pending"));
        QCOMPARE(m_server->countCalls(QStringLiteral("create")), 0);
    }

    void usageAggregationReportsProgressAndStopsBetweenBatchesWhenCancelled()
    {
        const qint64 maxId = m_db.scalar(QStringLiteral("SELECT max(id) FROM api_usage")).toLongLong();
        QVERIFY2(maxId > 1000, "the demo data has usage to aggregate");
        // Set-up: the demo data comes aggregated; start from nothing aggregated.
        m_db.exec(QStringLiteral("DELETE FROM usage_daily"));
        m_db.exec(QStringLiteral("UPDATE usage_watermark SET last_id = 0"));
        UsageAggregate job(host());
        job.setBatchIds(200);
        QSignalSpy progress(&job, &Job::progress);
        // Cancelled as soon as the first batch reports: the job stops there, keeping what it folded.
        connect(&job, &Job::progress, &job, [&job] { job.cancel(); });
        std::optional<Result<UsageAggregate::Outcome>> got;
        job.start(false, [&](const Result<UsageAggregate::Outcome>& r) { got = r; });
        QVERIFY(got && got->ok());
        QVERIFY(got->value().cancelled);
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.first().at(1).toInt(), 100);
        const qint64 stoppedAt = UsageAggregator::watermark(m_db);
        QVERIFY2(stoppedAt > 0 && stoppedAt < maxId, qPrintable(QString::number(stoppedAt)));
        QCOMPARE(got->value().counts.toId, stoppedAt);

        // Run again to the end: every row folded exactly once, whatever the interruption.
        UsageAggregate rest(host());
        got.reset();
        rest.start(false, [&](const Result<UsageAggregate::Outcome>& r) { got = r; });
        QVERIFY(got && got->ok());
        QVERIFY(!got->value().cancelled);
        QCOMPARE(UsageAggregator::watermark(m_db), maxId);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT sum(requests) + sum(denied) FROM usage_daily")).toLongLong(),
            m_db.scalar(QStringLiteral("SELECT count(*) FROM api_usage")).toLongLong());
    }

    void moduleSyncWithoutAnOdooConnectionSaysHowToSetOne()
    {
        // Set-up: a tenant whose Odoo address was never filled in (the demo data gives every tenant one).
        m_db.exec(QStringLiteral("UPDATE tenants SET odoo_url = '' WHERE slug = ?"), {kSlug});
        ModuleSync job(host());
        auto slot = std::make_shared<std::optional<Result<ModuleSync::Outcome>>>();
        job.start(kSlug, [slot](const Result<ModuleSync::Outcome>& r) { slot->emplace(r); });
        const auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(QStringLiteral("remedy for odoo-connection")),
                 qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 0);
    }

    void moduleSyncRecordsOdoosModulesOnceConfirmed()
    {
        connectOdoo();
        storeSecret("admin");
        const QString before = test::snapshot(m_db);
        m_person.answer = false;
        auto slot = std::make_shared<std::optional<Result<ModuleSync::Outcome>>>();
        auto declined = std::make_unique<ModuleSync>(host());
        declined->start(kSlug, [slot](const Result<ModuleSync::Outcome>& r) { slot->emplace(r); });
        auto got = waitFor(slot);
        QVERIFY(got && !got->ok());
        QCOMPARE(test::snapshot(m_db), before);

        m_person.answer = true;
        slot->reset();
        auto job = std::make_unique<ModuleSync>(host());
        job->start(kSlug, [slot](const Result<ModuleSync::Outcome>& r) { slot->emplace(r); });
        got = waitFor(slot);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QVERIFY(got->value().modules > 0);
        QVERIFY(got->value().installed > 0);
        QVERIFY(got->value().installed <= got->value().modules);
        QVERIFY(test::snapshot(m_db) != before);
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
