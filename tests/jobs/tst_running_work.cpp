// The registry of running work (models/jobs/RunningWork) that the app asks before quitting: entries come and
// go with their owners (ended or deleted), progress and stoppability show, stopAll asks each once; every Job
// is listed from begin() to end() by its kind's name with its latest step, without the subclass doing
// anything, and is not stoppable while one of its writes is under way; a Job stopped through the registry
// ends cancelled.
#include "models/jobs/Job.h"
#include "models/jobs/RunningWork.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {

// A job of two steps that each wait for the test: it checks cancel() between them, as real jobs do.
class TwoStepJob : public Job {
    Q_OBJECT

public:
    using Job::Job;
    std::function<void()> next;
    std::optional<Error> outcome;
    bool ended = false;

    void start()
    {
        begin();
        report(1, 2, QStringLiteral("First step of two"));
        next = [this]() {
            if (isCancelled())
                return finish(cancelledError());
            report(2, 2, QStringLiteral("Second step of two"));
            write(PendingWrite{}, [this](const Result<QJsonObject>&) { finish(std::nullopt); });
        };
    }

    // The plan's question, once stopped: the host is never asked.
    void askAfterStop(std::function<void(bool)> answered)
    {
        begin();
        cancel();
        confirm(WritePlan{}, std::move(answered));
    }

private:
    void finish(std::optional<Error> error)
    {
        outcome = std::move(error);
        ended = true;
        end();
    }
};

} // namespace

class TestRunningWork : public QObject {
    Q_OBJECT

    // Database work waits here until the test runs it, so the job is caught mid-write.
    std::function<void()> m_pendingWrite;

    JobHost deferredHost()
    {
        JobHost host;
        host.database = [this](QObject*, std::function<void(Database&)>,
                               std::function<void(std::optional<Error>)> done) {
            // The write itself is not run (no store here): the test only needs its timing. It ends as failed
            // — "done" without an error would claim a value the work never made.
            m_pendingWrite = [done]() {
                done(Error::make(ErrorKind::Internal, QStringLiteral("No store in this test.")));
            };
        };
        return host;
    }

    // A copy: entries() hands out a list of its own, gone at the end of the statement that asked for it.
    static std::optional<RunningWork::Entry> entryOf(const QList<RunningWork::Entry>& entries,
                                                     const QObject* owner)
    {
        for (const RunningWork::Entry& e : entries)
            if (e.owner == owner)
                return e;
        return std::nullopt;
    }

private Q_SLOTS:
    void entriesComeAndGoWithTheirOwners()
    {
        RunningWork& work = RunningWork::instance();
        QVERIFY(work.isEmpty());
        QSignalSpy changed(&work, &RunningWork::changed);
        int stops = 0;
        auto owner = std::make_unique<QObject>();
        work.add(owner.get(), QStringLiteral("Syncing the knowledge base"), [&stops]() { ++stops; });
        QVERIFY(work.contains(owner.get()));
        QCOMPARE(work.entries().size(), 1);
        QCOMPARE(work.entries().first().description, QStringLiteral("Syncing the knowledge base"));
        QVERIFY(work.entries().first().stoppable);
        work.setProgress(owner.get(), 3, 10, QStringLiteral("Reading 3 of 10 records"));
        work.setStoppable(owner.get(), false);
        QCOMPARE(work.entries().first().progress, QStringLiteral("Reading 3 of 10 records"));
        QCOMPARE(work.entries().first().steps, 10);
        QVERIFY(!work.entries().first().stoppable);
        work.stopAll();
        work.stopAll(); // asked once only
        QCOMPARE(stops, 1);
        QVERIFY(work.entries().first().stopRequested);
        // Registered anew (started again): one entry, not asked to stop.
        work.add(owner.get(), QStringLiteral("Syncing again"), [&stops]() { ++stops; });
        QCOMPARE(work.entries().size(), 1);
        QVERIFY(!work.entries().first().stopRequested);
        // Deleted while listed: gone.
        owner.reset();
        QVERIFY(work.isEmpty());
        QVERIFY(changed.size() >= 6);
        // Unknown owners change nothing.
        QObject stranger;
        work.setProgress(&stranger, 1, 1, QStringLiteral("x"));
        work.remove(&stranger);
        QVERIFY(work.isEmpty());
    }

    void aJobIsListedWhileItRunsAndNotStoppableMidWrite()
    {
        RunningWork& work = RunningWork::instance();
        TwoStepJob job(deferredHost());
        job.start();
        std::optional<RunningWork::Entry> e = entryOf(work.entries(), &job);
        QVERIFY(e);
        // No name given by the subclass: a test job is "A task", with its latest step beside it.
        QCOMPARE(e->description, QStringLiteral("A task"));
        QCOMPARE(e->progress, QStringLiteral("First step of two"));
        QCOMPARE(e->step, 1);
        QVERIFY(e->stoppable);
        job.next();
        e = entryOf(work.entries(), &job);
        QVERIFY(e);
        QCOMPARE(e->progress, QStringLiteral("Second step of two"));
        QVERIFY2(!e->stoppable, "a write under way cannot be stopped");
        QVERIFY(m_pendingWrite);
        m_pendingWrite();
        QVERIFY(job.ended);
        QVERIFY(!job.outcome);
        QVERIFY(!work.contains(&job));
        QVERIFY(work.isEmpty());
    }

    void aJobStoppedThroughTheRegistryEndsCancelled()
    {
        RunningWork& work = RunningWork::instance();
        TwoStepJob job(deferredHost());
        m_pendingWrite = nullptr;
        job.start();
        work.stopAll();
        QVERIFY(job.isCancelled());
        QVERIFY(work.contains(&job)); // still running until its next step
        job.next();
        QVERIFY(job.ended);
        QVERIFY(job.outcome);
        QCOMPARE(job.outcome->message, Job::cancelledError().message);
        QVERIFY2(!m_pendingWrite, "nothing was written after the stop");
        QVERIFY(work.isEmpty());
    }

    void aStoppedJobAsksNobody()
    {
        int asked = 0;
        JobHost host = deferredHost();
        host.confirm = [&asked](const WritePlan&, QObject*, std::function<void(bool)> answer) {
            ++asked;
            answer(true);
        };
        TwoStepJob job(host);
        std::optional<bool> answer;
        job.askAfterStop([&answer](bool yes) { answer = yes; });
        QCOMPARE(answer, std::optional<bool>(false));
        QCOMPARE(asked, 0);
    }

    void aJobDeletedMidRunLeavesTheList()
    {
        auto job = std::make_unique<TwoStepJob>(deferredHost());
        job->start();
        QVERIFY(!RunningWork::instance().isEmpty());
        job.reset();
        QVERIFY(RunningWork::instance().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunningWork)
#include "tst_running_work.moc"
