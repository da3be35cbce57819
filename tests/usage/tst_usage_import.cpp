// Usage import and record through the real fusionctl, on SQLite and PostgreSQL: a good file is stored whole
// and a second import adds nothing; a hostile file (bad encodings, wrong columns, negative and huge numbers,
// injection strings, broken quoting) gets a report by line and reason while its valid rows are stored;
// --strict, a broken header, UTF-16 and a store failing half-way leave the database exactly as it was.
#include "models/audit/WriteExecutor.h"
#include "models/storage/Database.h"
#include "models/usage/PriceTable.h"
#include "models/usage/UsageImport.h"
#include "models/usage/UsageWriter.h"
#include "tests/common/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace fusion;

class TestUsageImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<test::PgTestDatabase> m_pg;
    int m_n = 0;
    QString m_url;
    Database m_db;

    void open()
    {
        QFETCH(QString, store);
        ++m_n;
        m_db.close();
        if (store == QLatin1String("postgresql")) {
            m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("imp%1").arg(m_n));
            QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
            test::prepare(m_db, m_pg->target());
            m_url = m_pg->url();
        } else {
            const DatabaseTarget t = test::sqliteTarget(m_dir, QStringLiteral("i%1.db").arg(m_n));
            test::prepare(m_db, t);
            m_url = t.toUrl();
        }
    }

    static void stores()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    test::CliResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_url} + args, input);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(m_n).arg(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    qint64 count(const QString& sql) { return m_db.scalar(sql).toLongLong(); }

    // line → reasons, from the --json report
    static QHash<int, QString> report(const test::CliResult& r)
    {
        QHash<int, QString> out;
        for (const auto& v : r.json().object().value(QStringLiteral("rejected")).toArray())
            out.insert(v.toObject().value(QStringLiteral("line")).toInt(),
                       v.toObject()
                           .value(QStringLiteral("reasons"))
                           .toVariant()
                           .toStringList()
                           .join(QStringLiteral("; ")));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: this test needs the PostgreSQL fixture");
    }

    void goodFileOnceAndOnlyOnce_data() { stores(); }
    void goodFileOnceAndOnlyOnce()
    {
        open();
        const QString file = QStringLiteral(FUSION_TEST_DATA_DIR "/usage/good.csv");
        auto r = cli({QStringLiteral("usage"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 3); // no terminal, no --yes: asked, not confirmed
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage")), qint64(0));
        r = cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("import"), file,
                 QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("stored")).toInt(), 5);
        QVERIFY(r.err.contains(QStringLiteral("Registers 3 new consumers")));
        QVERIFY(r.err.contains(QStringLiteral("without a price")));
        // Quoted commas and line breaks survive; the offset is converted to UTC; cost from the price table.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT error FROM api_usage WHERE dedup_key = 'id:req-2'"))
                     .toString(),
                 QStringLiteral("upstream said:\n\"overloaded\""));
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT feature FROM api_usage WHERE dedup_key = 'id:req-1'"))
                     .toString(),
                 QStringLiteral("summary, short"));
        QCOMPARE(Database::toDateTime(
                     m_db.scalar(QStringLiteral("SELECT occurred_at FROM api_usage WHERE dedup_key = "
                                                "'id:req-2'")))
                     .toString(Qt::ISODateWithMs),
                 QStringLiteral("2026-11-02T09:00:01.250Z"));
        // gpt-4o-mini: 1000 × 0.15 + 200 × 0.60 = 150 + 120 micro-dollars.
        QCOMPARE(count(QStringLiteral("SELECT cost_micros FROM api_usage WHERE dedup_key = 'id:req-1'")),
                 qint64(270));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage WHERE NOT priced")), qint64(1));
        QVERIFY(m_db.scalar(QStringLiteral(
                                "SELECT tenant_id FROM consumers WHERE code = 'acme-finance/fusion_ai'"))
                    .isValid());
        // What was imported counts against the budgets: the counters hold the same money and requests.
        QCOMPARE(count(QStringLiteral(
                     "SELECT sum(spent_micros) FROM usage_counters WHERE period = 'month' AND user_name "
                     "= ''")),
                 count(QStringLiteral("SELECT sum(cost_micros) FROM api_usage")));
        QCOMPARE(count(QStringLiteral(
                     "SELECT sum(requests) FROM usage_counters WHERE period = 'day' AND user_name = ''")),
                 qint64(5));
        const QString before = test::snapshot(m_db);
        r = cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("import"), file,
                 QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("changed")).toBool(true), false);
        QVERIFY(r.err.contains(QStringLiteral("5 rows already imported are skipped")));
        QCOMPARE(test::snapshot(m_db), before);
        // A file that has grown since: only the new row goes in, and the summary counts the rows skipped.
        QFile good(file);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QString grown = write(
            QStringLiteral("grown.csv"),
            good.readAll() + "2026-11-03T08:00:00Z,acme-finance/fusion_ai,openai,alice,chat,gpt-4o-mini,"
                             "10,10,0,100,ok,,req-grown\n");
        r = cli({QStringLiteral("usage"), QStringLiteral("import"), grown, QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported 1 row, skipped 5 already imported, 0 rejected.")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("usage"), QStringLiteral("unpriced")});
        QVERIFY(r.out.contains(QStringLiteral("gpt-unknown-9")));
    }

    void hostileFileIsReportedByLine_data() { stores(); }
    void hostileFileIsReportedByLine()
    {
        open();
        QByteArray csv = "\xEF\xBB\xBF"
                         "occurred_at,consumer,provider,user,feature,model,tokens_in,tokens_out\n"; // 1
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat,gpt-4o,10,5\n";                      // 2 ok
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,al\xFF\xFEice,chat,gpt-4o,10,5\n"; // 3 bad UTF-8
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat,gpt-4o,-10,5\n";        // 4 negative
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat,gpt-4o,99999999999999999999,5\n"; // 5 huge
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat,gpt-4o,1000000001,5\n";           // 6 > 1e9
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat\n";                               // 7 fields
        csv +=
            "2026-11-05T10:00:00Z,x'); DROP TABLE api_usage; --,openai,alice,chat,gpt-4o,1,1\n"; // 8 bad
                                                                                                 // consumer
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,\"'; DELETE FROM consumers; "
               "--\",\"<script>\",gpt-4o,1,1\n";                                    // 9 ok, stored as text
        csv += "2026-11-05 10:00:00,acme/ai,openai,alice,chat,gpt-4o,1,1\n";        // 10 no zone
        csv += "2099-01-01T00:00:00Z,acme/ai,openai,alice,chat,gpt-4o,1,1\n";       // 11 future
        csv += "2026-11-05T10:00:00Z,acme/ai,nosuch,alice,chat,gpt-4o,1,1\n";       // 12 provider
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,al\x01ice,chat,gpt-4o,1,1\n";   // 13 control
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,ch\"at,gpt-4o,1,1\n";     // 14 stray quote
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,chat,gpt-4o,1.5,1\n";     // 15 not whole
        csv += "not a date,ACME,openai,alice,chat,gpt-4o,x,1\n";                    // 16 several
        csv += "2026-11-05T10:00:00Z,acme/ai,openai,alice,\"unclosed,gpt-4o,1,1\n"; // 17 to EOF
        const QString path = write(QStringLiteral("hostile.csv"), csv);
        const QString before = test::snapshot(m_db);
        const auto r = cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("import"), path,
                            QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("stored")).toInt(), 2);
        const QHash<int, QString> rejected = report(r);
        const QList<QPair<int, QString>> expected{{3, QStringLiteral("not UTF-8")},
                                                  {4, QStringLiteral("tokens_in is negative")},
                                                  {5, QStringLiteral("tokens_in is too large")},
                                                  {6, QStringLiteral("tokens_in is over a billion")},
                                                  {7, QStringLiteral("5 fields where the header names 8")},
                                                  {8, QStringLiteral("not a consumer name")},
                                                  {10, QStringLiteral("no time zone")},
                                                  {11, QStringLiteral("in the future")},
                                                  {12, QStringLiteral("no provider \"nosuch\"")},
                                                  {13, QStringLiteral("control")},
                                                  {14, QStringLiteral("quote")},
                                                  {15, QStringLiteral("tokens_in is not a whole number")},
                                                  {16, QStringLiteral("not an ISO 8601")},
                                                  {17, QStringLiteral("not closed")}};
        for (const auto& [line, words] : expected)
            QVERIFY2(rejected.value(line).contains(words),
                     qPrintable(QStringLiteral("line %1: %2").arg(line).arg(rejected.value(line))));
        QCOMPARE(rejected.size(), expected.size());
        QVERIFY(rejected.value(16).contains(QStringLiteral("tokens_in")) &&
                rejected.value(16).contains(QStringLiteral("consumer")));
        // The person sees the same report on standard error.
        QVERIFY(r.err.contains(QStringLiteral("line 4: tokens_in is negative")));
        // Injection strings are data: stored as written, nothing else touched.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT user_name FROM api_usage WHERE feature = '<script>'"))
                     .toString(),
                 QStringLiteral("'; DELETE FROM consumers; --"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM consumers")), qint64(1));
        QVERIFY(test::snapshot(m_db) != before);

        // --strict: any bad row refuses the file, and nothing at all is written.
        const QString strictBefore = test::snapshot(m_db);
        const auto strict =
            cli({QStringLiteral("usage"), QStringLiteral("import"), write(QStringLiteral("h2.csv"), csv),
                 QStringLiteral("--strict"), QStringLiteral("--yes")});
        QCOMPARE(strict.code, 1);
        QVERIFY(strict.err.contains(QStringLiteral("Nothing imported")));
        QCOMPARE(test::snapshot(m_db), strictBefore);
    }

    void unreadableFilesChangeNothing_data() { stores(); }
    void unreadableFilesChangeNothing()
    {
        open();
        const QString before = test::snapshot(m_db);
        auto r = cli({QStringLiteral("usage"), QStringLiteral("import"),
                      write(QStringLiteral("cols.csv"), "when,who,tokens\n2026-11-05T10:00:00Z,a,1\n"),
                      QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("unknown columns: \"when\", \"who\", \"tokens\"")));
        QVERIFY(r.err.contains(QStringLiteral("missing columns: occurred_at, consumer, provider")));
        r = cli({QStringLiteral("usage"), QStringLiteral("import"),
                 write(QStringLiteral("u16.csv"), QByteArray("\xFF\xFE") + QByteArray("o\0c\0", 4)),
                 QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("UTF-16")));
        r = cli({QStringLiteral("usage"), QStringLiteral("import"), write(QStringLiteral("empty.csv"), ""),
                 QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("usage"), QStringLiteral("import"),
                 m_dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("--yes")});
        QCOMPARE(r.code, 5);
        QCOMPARE(test::snapshot(m_db), before);
    }

    void jsonLines_data() { stores(); }
    void jsonLines()
    {
        open();
        QByteArray jsonl;
        jsonl += "{\"occurred_at\": \"2026-11-06T09:00:00Z\", \"consumer\": \"acme/ai\", \"provider\": "
                 "\"anthropic\", "
                 "\"model\": \"claude-haiku-4-5\", \"tokens_in\": 1000, \"tokens_out\": 100, \"cost\": "
                 "0.0125}\n"; // 1
        jsonl += "\n";        // 2
        jsonl += "[1, 2]\n";  // 3
        jsonl += "{\"occurred_at\": \"2026-11-06T09:00:00Z\", \"consumer\": \"acme/ai\", \"provider\": "
                 "\"openai\", "
                 "\"colour\": \"red\"}\n"; // 4
        jsonl += "{\"occurred_at\": \"2026-11-06T09:00:00Z\", \"consumer\": \"acme/ai\", \"provider\": "
                 "\"openai\", "
                 "\"tokens_in\": {\"a\": 1}}\n"; // 5
        jsonl += "{\"occurred_at\": \"2026-11-06T09:00:00Z\", \"consumer\": \"acme/ai\", \"provider\": "
                 "\"openai\", "
                 "\"tokens_out\": 2.5}\n"; // 6
        jsonl += "{not json\n";            // 7
        jsonl += "{\"occurred_at\": \"2026-11-06T09:00:00Z\", \"consumer\": \"acme/ai\", \"provider\": "
                 "\"openai\", "
                 "\"tokens_in\": 1e300}\n"; // 8
        const auto r = cli({QStringLiteral("--json"), QStringLiteral("usage"), QStringLiteral("import"),
                            write(QStringLiteral("u.jsonl"), jsonl), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("stored")).toInt(), 1);
        const QHash<int, QString> rejected = report(r);
        QCOMPARE(QList<int>(rejected.keyBegin(), rejected.keyEnd()).size(), 6);
        QVERIFY(rejected.value(3).contains(QStringLiteral("not a JSON object")));
        QVERIFY(rejected.value(4).contains(QStringLiteral("unknown field \"colour\"")));
        QVERIFY(rejected.value(5).contains(QStringLiteral("text or a number")));
        QVERIFY(rejected.value(6).contains(QStringLiteral("not a whole number")));
        QVERIFY(rejected.value(7).contains(QStringLiteral("not JSON")));
        QVERIFY(
            rejected.value(8).contains(QStringLiteral("tokens_in is too large"))); // 1e300, as in a CSV file
        // A given cost is taken as is.
        QCOMPARE(count(QStringLiteral("SELECT cost_micros FROM api_usage")), qint64(12500));
    }

    // PostgreSQL: a trigger makes the 40th row of the batch fail in the database itself.
    void failingWrite_data()
    {
        QTest::addColumn<QString>("store");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void failingWrite()
    {
        open();
        QVERIFY(m_pg->superuserExec(QStringLiteral("CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql "
                                                   "AS $$ BEGIN IF NEW.feature = 'boom' THEN RAISE "
                                                   "EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; "
                                                   "END $$; CREATE TRIGGER boom BEFORE INSERT ON "
                                                   "api_usage FOR EACH ROW EXECUTE FUNCTION boom()")));
        QByteArray csv = "occurred_at,consumer,provider,feature,tokens_in,model\n";
        for (int i = 0; i < 60; ++i)
            csv += QStringLiteral("2026-11-07T10:%1:00Z,acme/ai,openai,%2,10,gpt-4o\n")
                       .arg(i, 2, 10, QLatin1Char('0'))
                       .arg(i == 39 ? QStringLiteral("boom") : QStringLiteral("chat"))
                       .toUtf8();
        const QString before = test::snapshot(m_db);
        const auto r = cli({QStringLiteral("usage"), QStringLiteral("import"),
                            write(QStringLiteral("boom.csv"), csv), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("disk full")), qPrintable(r.err));
        QCOMPARE(test::snapshot(m_db), before);
    }

    // The bulk writer moves rows into the log a batch at a time; a batch holding rows already stored, or
    // rows repeated within it, is redone a row at a time. Either way exactly the rows stored are counted,
    // against the result and against the budget counters.
    void bulkCountsOnlyTheRowsStored_data() { stores(); }
    void bulkCountsOnlyTheRowsStored()
    {
        open();
        const QDateTime start(QDate(2026, 11, 9), QTime(8, 0), Qt::UTC);
        auto row = [&](int i) {
            UsageRecord r;
            r.occurredAt = start.addSecs(i * 60);
            r.consumer = QStringLiteral("acme/ai");
            r.provider = QStringLiteral("openai");
            r.user = i % 2 ? QStringLiteral("alice") : QStringLiteral("bob");
            r.model = QStringLiteral("gpt-4o-mini");
            r.tokens.in = 1000 + i;
            r.tokens.out = 10;
            r.requestId = QStringLiteral("bulk-%1").arg(i);
            return r;
        };
        const PriceTable prices = PriceTable::fromDatabase(m_db);
        UsageWriter::preparePartitions(m_db, {start.date()});
        {
            Transaction tx(m_db);
            QCOMPARE(UsageWriter::write(m_db, {row(5)}, QStringLiteral("import"), prices).stored, qint64(1));
            tx.commit();
        }
        // A clean batch first (all of it stored in one move), then one with row 5 stored before and rows
        // 90–99 repeating rows 0–9.
        QList<UsageRecord> clean;
        for (int i = 200; i < 300; ++i)
            clean << row(i);
        QList<UsageRecord> rows;
        for (int i = 0; i < 100; ++i)
            rows << row(i < 90 ? i : i - 90);
        UsageWriter::Outcome clean_, mixed;
        {
            Transaction tx(m_db);
            clean_ = UsageWriter::write(m_db, clean, QStringLiteral("import"), prices);
            mixed = UsageWriter::write(m_db, rows, QStringLiteral("import"), prices);
            tx.commit();
        }
        QCOMPARE(clean_.stored, qint64(100));
        QCOMPARE(clean_.skipped, qint64(0));
        QCOMPARE(mixed.stored, qint64(89));
        QCOMPARE(mixed.skipped, qint64(11));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage")), qint64(190));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM api_usage")), qint64(190));
        // The log's ids follow the rows' order in the file, as a row at a time did.
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM api_usage a JOIN api_usage b ON a.id < b.id "
                                 "WHERE a.occurred_at > b.occurred_at AND a.dedup_key LIKE 'id:bulk-2__' "
                                 "AND b.dedup_key LIKE 'id:bulk-2__'")),
            qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT sum(cost_micros) FROM api_usage")) - clean_.costMicros -
                     mixed.costMicros,
                 count(QStringLiteral("SELECT cost_micros FROM api_usage WHERE dedup_key = 'id:bulk-5'")));
        QCOMPARE(count(QStringLiteral(
                     "SELECT sum(requests) FROM usage_counters WHERE period = 'day' AND user_name = ''")),
                 qint64(190));
        QCOMPARE(count(QStringLiteral(
                     "SELECT sum(spent_micros) FROM usage_counters WHERE period = 'day' AND user_name = ''")),
                 count(QStringLiteral("SELECT sum(cost_micros) FROM api_usage")));
        QCOMPARE(count(QStringLiteral("SELECT sum(requests) FROM usage_counters WHERE period = 'day' AND "
                                      "user_name = 'alice'")),
                 count(QStringLiteral("SELECT count(*) FROM api_usage WHERE user_name = 'alice'")));
    }

    // The write stores what the check found new, by the rows' places in the same bytes; rows another session
    // stored in between are skipped by the log's unique key — each stored once, counted once, and the
    // outcome says how many were skipped.
    void rowsStoredBetweenCheckAndWriteAreSkipped_data() { stores(); }
    void rowsStoredBetweenCheckAndWriteAreSkipped()
    {
        open();
        QByteArray csv = "occurred_at,consumer,provider,user,model,tokens_in,tokens_out,request_id\n";
        for (int i = 0; i < 5000; ++i)
            csv += QStringLiteral("2026-11-05T%1:%2:00Z,acme/ai,openai,u%3,gpt-4o-mini,%4,10,between-%5\n")
                       .arg(8 + i / 600, 2, 10, QLatin1Char('0'))
                       .arg((i / 10) % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 7)
                       .arg(100 + i)
                       .arg(i)
                       .toUtf8();
        // A repeat within the file, which the check counts and the write must leave out too.
        csv += "2026-11-05T08:00:00Z,acme/ai,openai,u0,gpt-4o-mini,100,10,between-0\n";
        const QString path = write(QStringLiteral("between.csv"), csv);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const UsageImport::Checked checked = UsageImport::check(m_db, file, path);
        QVERIFY2(checked.ok(), qPrintable(checked.fatal));
        QCOMPARE(checked.fresh, qint64(5000));
        QCOMPARE(checked.repeated, qint64(1));
        const PendingWrite planned = UsageImport::planImport(m_db, checked, path, false);
        // Another session stores three of the file's rows (one in the first batch, one in the last).
        {
            Database other;
            other.open(m_db.target());
            for (const int i : {0, 2500, 4999}) {
                UsageRecord r;
                r.occurredAt = QDateTime(QDate(2026, 11, 5), QTime(8 + i / 600, (i / 10) % 60), Qt::UTC);
                r.consumer = QStringLiteral("acme/ai");
                r.provider = QStringLiteral("openai");
                r.user = QStringLiteral("u%1").arg(i % 7);
                r.model = QStringLiteral("gpt-4o-mini");
                r.tokens.in = 100 + i;
                r.tokens.out = 10;
                r.requestId = QStringLiteral("between-%1").arg(i);
                WriteExecutor::execute(other, UsageImport::planRecord(other, r));
            }
        }
        const QJsonObject outcome = WriteExecutor::execute(m_db, planned);
        QCOMPARE(outcome.value(QStringLiteral("stored")).toInteger(), qint64(4997));
        QCOMPARE(outcome.value(QStringLiteral("skipped")).toInteger(), qint64(3));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage")), qint64(5000));
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT dedup_key) FROM api_usage")), qint64(5000));
        QCOMPARE(count(QStringLiteral(
                     "SELECT sum(requests) FROM usage_counters WHERE period = 'day' AND user_name = ''")),
                 qint64(5000));
        QCOMPARE(
            count(QStringLiteral(
                "SELECT sum(spent_micros) FROM usage_counters WHERE period = 'month' AND user_name = ''")),
            count(QStringLiteral("SELECT sum(cost_micros) FROM api_usage")));
    }

    void recordOneRow_data() { stores(); }
    void recordOneRow()
    {
        open();
        auto r = cli({QStringLiteral("usage"), QStringLiteral("record"), QStringLiteral("--consumer"),
                      QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("openai"),
                      QStringLiteral("--model"), QStringLiteral("gpt-4o"), QStringLiteral("--tokens-in"),
                      QStringLiteral("1000"), QStringLiteral("--tokens-out"), QStringLiteral("-5"),
                      QStringLiteral("--yes")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("usage"), QStringLiteral("record"), QStringLiteral("--consumer"),
                 QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--model"), QStringLiteral("gpt-4o"), QStringLiteral("--tokens-in"),
                 QStringLiteral("1000"), QStringLiteral("--tokens-out"), QStringLiteral("100"),
                 QStringLiteral("--request-id"), QStringLiteral("abc"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("$0.0035")));
        // The same request id again: nothing to record.
        r = cli({QStringLiteral("usage"), QStringLiteral("record"), QStringLiteral("--consumer"),
                 QStringLiteral("acme/ai"), QStringLiteral("--provider"), QStringLiteral("openai"),
                 QStringLiteral("--model"), QStringLiteral("gpt-4o"), QStringLiteral("--tokens-in"),
                 QStringLiteral("1000"), QStringLiteral("--tokens-out"), QStringLiteral("100"),
                 QStringLiteral("--request-id"), QStringLiteral("abc"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("Nothing to change")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM api_usage")), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'usage.record'")),
                 qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestUsageImport)
#include "tst_usage_import.moc"
