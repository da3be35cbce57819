// The usage import job (models/jobs/UsageFileImport) against a real SQLite store, driven the way fusionctl
// drives it (database work at once, the confirmation answered by the test) and, for progress and stopping,
// on a database worker thread the way the app drives it: a declined import writes nothing; a mixed file
// stores its good rows with one audit row and reports every bad line with its reasons; a second import of the
// same file skips everything; strict refuses the whole file; a file that cannot be read is an error with
// nothing stored; reading a large file reports how far it got and stops when cancelled, before anything is
// written.
#include "models/core/AppSetup.h"
#include "models/jobs/UsageFileImport.h"
#include "models/storage/DbWorker.h"
#include "tests/common/JobTestHost.h"
#include "tests/common/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace fusion;

namespace {
const QString kGood = QStringLiteral(FUSION_TEST_DATA_DIR "/usage/good.csv");
const QString kMixed = QStringLiteral(FUSION_TEST_DATA_DIR "/usage/mixed.csv");
const QString kWrongColumns = QStringLiteral(FUSION_TEST_DATA_DIR "/usage/wrong-columns.csv");

using Got = std::optional<Result<UsageFileImport::Outcome>>;

QString reasonsOf(const QList<UsageImport::Rejected>& rejected, qint64 line)
{
    for (const UsageImport::Rejected& r : rejected) {
        if (r.line == line)
            return r.reasons.join(QStringLiteral("; "));
    }
    return {};
}
} // namespace

class TestUsageImportJob : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;
    DatabaseTarget m_target;
    int m_files = 0;
    QString m_template; // an empty, migrated store; each test starts from a copy

    test::TestPerson m_person;

    JobHost host() { return test::syncJobHost(m_db, m_person); }

    // Runs an import to its end with the host above (everything at once).
    Got run(const QString& path, bool strict, UsageFileImport* job = nullptr)
    {
        std::unique_ptr<UsageFileImport> own;
        if (!job) {
            own = std::make_unique<UsageFileImport>(host());
            job = own.get();
        }
        Got got;
        job->start(path, strict, [&got](const Result<UsageFileImport::Outcome>& r) { got = r; });
        return got;
    }

    qint64 count(const QString& sql) { return m_db.scalar(sql).toLongLong(); }

    // `rows` valid usage rows, each its own request.
    static QByteArray usageCsv(int rows)
    {
        QByteArray csv = "occurred_at,consumer,provider,feature,model,tokens_in,tokens_out,request_id\n";
        csv.reserve(qsizetype(rows) * 90);
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("2026-10-%1T%2:%3:00Z,acme/ai,openai,chat,gpt-4o,%4,10,big-%5\n")
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(100 + i)
                       .arg(i)
                       .toUtf8();
        return csv;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppSetup::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // plurals
        const DatabaseTarget target = test::sqliteTarget(m_dir, QStringLiteral("template.db"));
        {
            Database db;
            test::prepare(db, target);
            // One file, no write-ahead log beside it, so that a plain copy is the whole database.
            db.execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.execRaw(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        m_template = target.sqlitePath;
    }

    void init()
    {
        m_db.close();
        m_target = test::sqliteTarget(m_dir, QStringLiteral("u%1.db").arg(++m_files));
        QVERIFY(QFile::copy(m_template, m_target.sqlitePath));
        m_db.open(m_target);
        m_person.answer = true;
        m_person.asked = 0;
        m_person.onAsk = nullptr;
    }

    void decliningWritesNothing()
    {
        const QString before = test::snapshot(m_db);
        m_person.answer = false;
        UsageFileImport job(host());
        QSignalSpy checked(&job, &UsageFileImport::checked);
        const Got got = run(kGood, false, &job);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(checked.size(), 1);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(m_person.lastPlan.action, QStringLiteral("usage.import"));
        QCOMPARE(m_person.lastPlan.rowsAffected, qint64(5));
        QCOMPARE(test::snapshot(m_db), before);
        QVERIFY(!job.isRunning());
    }

    void mixedFileStoresTheGoodRowsAndReportsEveryBadLine()
    {
        UsageFileImport job(host());
        QSignalSpy progress(&job, &Job::progress);
        // The rows left out are known before the person is asked.
        qsizetype rejectedWhenAsked = -1;
        m_person.onAsk = [&] { rejectedWhenAsked = job.rejected().size(); };
        const Got got = run(kMixed, false, &job);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        const UsageFileImport::Outcome& o = got->value();
        QVERIFY(!o.unchanged);
        QCOMPARE(o.stored, qint64(3));
        QCOMPARE(o.skipped, qint64(0));
        QCOMPARE(rejectedWhenAsked, qsizetype(5));
        const QList<QPair<int, QStringList>> expected{
            {3, {QStringLiteral("no time zone")}},
            {4, {QStringLiteral("tokens_in is negative")}},
            {5, {QStringLiteral("there is no provider \"nosuch\"")}},
            {7, {QStringLiteral("5 fields where the header names 9")}},
            {8,
             {QStringLiteral("not an ISO 8601"), QStringLiteral("tokens_in is not a whole number"),
              QStringLiteral("not a consumer name")}}};
        QCOMPARE(o.rejected.size(), expected.size());
        for (const auto& [line, words] : expected) {
            const QString reasons = reasonsOf(o.rejected, line);
            for (const QString& w : words)
                QVERIFY2(reasons.contains(w),
                         qPrintable(QStringLiteral("line %1: %2").arg(line).arg(reasons)));
        }
        QCOMPARE(reasonsOf(o.rejected, 8).count(QStringLiteral("; ")), 2); // three reasons, each said once
        // Stored: lines 2, 6 and 9, with one audit row holding what the write did.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage")), qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage WHERE dedup_key IN ('id:mixed-1', "
                                      "'id:mixed-5', 'id:mixed-8')")),
                 qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.import'")),
                 qint64(1));
        const QString audited =
            m_db.scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'usage.import'"))
                .toString();
        QVERIFY2(audited.contains(QStringLiteral("\"stored\":3")), qPrintable(audited));
        QCOMPARE(o.written.value(QStringLiteral("stored")).toInt(), 3);
        QCOMPARE(o.plan.target, QStringLiteral("mixed.csv"));
        // Reading, checking, storing — in that order.
        QStringList texts;
        for (const QList<QVariant>& p : std::as_const(progress))
            texts << p.at(2).toString();
        QVERIFY2(texts.first().startsWith(QStringLiteral("Reading mixed.csv")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        // (Plurals as written until the English translation has these messages: "row(s)".)
        QVERIFY2(texts.filter(QStringLiteral("Checking 8 row")).size() == 1,
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.last().startsWith(QStringLiteral("Storing 3 row")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(progress.first().at(1).toInt(), 100);
    }

    void importingTwiceSkipsEverythingTheSecondTime()
    {
        Got got = run(kGood, false);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        QCOMPARE(got->value().stored, qint64(5));
        QCOMPARE(m_person.asked, 1);
        const QString before = test::snapshot(m_db);
        got = run(kGood, false);
        QVERIFY(got && got->ok());
        const UsageFileImport::Outcome& o = got->value();
        QVERIFY(o.unchanged);
        QCOMPARE(o.stored, qint64(0));
        QCOMPARE(o.skipped, qint64(5));
        QVERIFY(o.rejected.isEmpty());
        QVERIFY2(o.plan.effects.join(QLatin1Char('|'))
                     .contains(QStringLiteral("5 rows already imported are skipped")),
                 qPrintable(o.plan.effects.join(QLatin1Char('|'))));
        QCOMPARE(m_person.asked, 1); // nothing to store: nobody is asked
        QCOMPARE(test::snapshot(m_db), before);
    }

    void strictRefusesTheWholeFile()
    {
        const QString before = test::snapshot(m_db);
        UsageFileImport job(host());
        QSignalSpy checked(&job, &UsageFileImport::checked);
        const Got got = run(kMixed, true, &job);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::InvalidInput);
        QVERIFY2(got->error().message.contains(QStringLiteral("Nothing imported: 5 rows")),
                 qPrintable(got->error().message));
        // The report still lists every line, the unknown provider among them.
        QCOMPARE(checked.size(), 1);
        QCOMPARE(job.rejected().size(), 5);
        QVERIFY(reasonsOf(job.rejected(), 5).contains(QStringLiteral("nosuch")));
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void aFileThatCannotBeReadIsAnErrorWithNothingStored_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes"); // written to `file` in the test's folder when not empty
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.csv")) << QByteArray()
                                 << int(ErrorKind::NotFound) << QStringLiteral("Cannot read");
        QTest::newRow("folder") << m_dir.path() << QByteArray() << int(ErrorKind::NotFound)
                                << QStringLiteral("Cannot read");
        QTest::newRow("wrong columns") << kWrongColumns << QByteArray() << int(ErrorKind::InvalidInput)
                                       << QStringLiteral("unknown columns: \"when\", \"who\", \"tokens\"");
        QTest::newRow("utf-16") << QStringLiteral("u16.csv") << QByteArray("\xFF\xFEo\0c\0", 6)
                                << int(ErrorKind::InvalidInput) << QStringLiteral("UTF-16");
        QTest::newRow("binary") << QStringLiteral("garbage.csv")
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe\x01\x02", 20)
                                << int(ErrorKind::InvalidInput) << QStringLiteral("not UTF-8");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QByteArray("")
                               << int(ErrorKind::InvalidInput) << QStringLiteral("The file is empty");
    }

    void aFileThatCannotBeReadIsAnErrorWithNothingStored()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const QString path = QDir::isAbsolutePath(file) ? file : write(file, bytes);
        const QString before = test::snapshot(m_db);
        UsageFileImport job(host());
        QSignalSpy checked(&job, &UsageFileImport::checked);
        const Got got = run(path, false, &job);
        QVERIFY(got && !got->ok());
        QCOMPARE(int(got->error().kind), kind);
        QVERIFY2(got->error().message.contains(words), qPrintable(got->error().message));
        QVERIFY2(got->error().message.contains(path), qPrintable(got->error().message));
        QCOMPARE(checked.size(), 0); // no report of rows: the file as a whole was refused
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
    }

    // The write reads the file again: what it stores must be what was checked and confirmed. A file edited
    // while the person looks at the confirmation stores nothing and says why.
    void aFileChangedAfterTheCheckStoresNothing()
    {
        const QString path = write(QStringLiteral("changing.csv"), usageCsv(50));
        const QString before = test::snapshot(m_db);
        m_person.onAsk = [path] {
            QFile f(path);
            if (f.open(QIODevice::Append))
                f.write("2026-10-03T10:00:00Z,acme/ai,openai,chat,gpt-4o,999,10,sneaked-in\n");
        };
        const Got got = run(path, false);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::Conflict);
        QVERIFY2(
            got->error().message.contains(QStringLiteral("changing.csv changed after it was checked; nothing "
                                                         "was imported")),
            qPrintable(got->error().message));
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(test::snapshot(m_db), before);
        // Imported again as it now is: all 51 rows.
        m_person.onAsk = nullptr;
        const Got again = run(path, false);
        QVERIFY2(again && again->ok(),
                 again && !again->ok() ? qPrintable(again->error().message) : "no answer");
        QCOMPARE(again->value().stored, qint64(51));
    }

    // A file of mostly bad rows: every one is counted, the first ten thousand are listed with their reasons,
    // and memory does not grow with the rest.
    void manyRejectedRowsAreCountedAndTheFirstListed()
    {
        QByteArray csv = usageCsv(2);
        for (int i = 0; i < 10050; ++i)
            csv += "2026-10-02T10:00:00Z,acme/ai,openai,chat,gpt-4o,-" + QByteArray::number(i + 1) +
                   ",10,bad-" + QByteArray::number(i) + '\n';
        const QString path = write(QStringLiteral("mostly-bad.csv"), csv);
        UsageFileImport job(host());
        const Got got = run(path, false, &job);
        QVERIFY2(got && got->ok(), got && !got->ok() ? qPrintable(got->error().message) : "no answer");
        const UsageFileImport::Outcome& o = got->value();
        QCOMPARE(o.stored, qint64(2));
        QCOMPARE(o.rejectedTotal, qint64(10050));
        QCOMPARE(o.rejected.size(), UsageImport::kMaxRejectedListed);
        QCOMPARE(o.rejected.first().line, qint64(4));
        QCOMPARE(o.rejected.last().line, qint64(4 + UsageImport::kMaxRejectedListed - 1));
        QVERIFY(reasonsOf(o.rejected, 4).contains(QStringLiteral("tokens_in is negative")));
        QVERIFY2(m_person.lastPlan.effects.join(QLatin1Char('|'))
                     .contains(QStringLiteral("10050 rows are not valid")),
                 qPrintable(m_person.lastPlan.effects.join(QLatin1Char('|'))));
    }

    void cancellingOnceCheckedAsksAndWritesNothing()
    {
        const QString before = test::snapshot(m_db);
        UsageFileImport job(host());
        connect(&job, &UsageFileImport::checked, &job, [&job] { job.cancel(); });
        const Got got = run(kMixed, false, &job);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void cancellingWhileAskedWritesNothing()
    {
        const QString before = test::snapshot(m_db);
        UsageFileImport job(host());
        m_person.onAsk = [&job] { job.cancel(); }; // the person then says yes: too late, it was stopped
        const Got got = run(kGood, false, &job);
        QVERIFY(got && !got->ok());
        QCOMPARE(got->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(test::snapshot(m_db), before);
    }

    // The app's way: the reading on a worker thread, its progress polled here, Stop pressed half-way.
    void aLargeFileReportsHowFarItIsReadAndStopsWhenCancelled()
    {
        // Large enough that reading it takes many polls even in a fast build; stopped, it ends at once.
        const int rows = 150000;
        const QString path = write(QStringLiteral("big.csv"), usageCsv(rows));
        const QString wholeRows = write(QStringLiteral("whole.csv"), usageCsv(2000));
        const QString before = test::snapshot(m_db);

        DbWorker worker(QStringLiteral("test-long-job"), nullptr);
        auto opened = std::make_shared<std::optional<Result<Unit>>>();
        const DatabaseTarget target = m_target;
        worker.run<Unit>(
            this,
            [target](Database& db) {
                db.open(target);
                return Unit{};
            },
            [opened](const Result<Unit>& r) { opened->emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(opened->has_value(), 15000);
        QVERIFY(opened->value().ok());
        JobHost h = host();
        h.longDatabase = [&worker](QObject* context, const std::function<void(Database&)>& work,
                                   const std::function<void(std::optional<Error>)>& done) {
            worker.run<Unit>(
                context,
                [work](Database& db) {
                    work(db);
                    return Unit{};
                },
                [done](const Result<Unit>& r) { done(r ? std::nullopt : std::optional<Error>(r.error())); });
        };

        UsageFileImport job(h);
        QList<int> percents;
        QElapsedTimer sinceStop;
        connect(&job, &Job::progress, &job, [&](int step, int steps, const QString&) {
            if (steps != 100)
                return;
            percents << step;
            // Stopped as soon as the reading shows it is under way.
            if (step > 0 && !job.isCancelled()) {
                sinceStop.start();
                job.cancel();
            }
        });
        auto got = std::make_shared<Got>();
        job.start(path, false, [got](const Result<UsageFileImport::Outcome>& r) { got->emplace(r); });
        QVERIFY(job.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(got->has_value(), 120000);
        QVERIFY(!(*got)->ok());
        QCOMPARE((*got)->error().kind, ErrorKind::NotConfirmed);
        QVERIFY2(percents.size() >= 2 && percents.last() > 0 && percents.last() < 100,
                 qPrintable(QStringLiteral("%1").arg(percents.isEmpty() ? -1 : percents.last())));
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QVERIFY2(sinceStop.elapsed() < 5000, qPrintable(QString::number(sinceStop.elapsed())));
        QCOMPARE(m_person.asked, 0);
        QCOMPARE(test::snapshot(m_db), before);

        // Not stopped, the whole file is read (to 100 %) and checked before anyone is asked; declined,
        // nothing is written.
        m_person.answer = false;
        percents.clear();
        UsageFileImport whole(h);
        connect(&whole, &Job::progress, &whole, [&percents](int step, int steps, const QString&) {
            if (steps == 100)
                percents << step;
        });
        got->reset();
        whole.start(wholeRows, false, [got](const Result<UsageFileImport::Outcome>& r) { got->emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(got->has_value(), 60000);
        QVERIFY(!(*got)->ok());
        QCOMPARE((*got)->error().kind, ErrorKind::NotConfirmed);
        QCOMPARE(m_person.asked, 1);
        QCOMPARE(m_person.lastPlan.rowsAffected, qint64(2000));
        QVERIFY(percents.size() >= 2);
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(test::snapshot(m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestUsageImportJob)
#include "tst_usage_import_job.moc"
