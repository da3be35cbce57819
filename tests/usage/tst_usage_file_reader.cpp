// The usage file reader (models/usage/UsageFileReader) on its own: it reads a file a batch at a time, so the
// size of a batch must never change what is read — rows, rejected lines and their reasons, a CSV record
// whose quoted field spans lines and batches — and two readings of the same bytes must agree (the import
// checks a file, asks, then reads it again to store it). Timestamps take a fast path for the common forms;
// it must accept and refuse exactly what Qt's ISO 8601 reader does.
#include "models/usage/UsageFileReader.h"
#include "models/usage/UsageReadAhead.h"

#include <QBuffer>
#include <QTest>

using namespace fusion;

namespace {
struct Reading {
    QStringList rows; // line: the record's fields as read
    QStringList rejected;
    QString fatal;
    QByteArray digest;
    int calls = 0;
};

QString describe(const UsageRecord& r)
{
    return QStringList{r.occurredAt.toString(Qt::ISODateWithMs),
                       r.consumer,
                       r.provider,
                       r.user,
                       r.feature,
                       r.model,
                       QString::number(r.tokens.in),
                       QString::number(r.tokens.out),
                       QString::number(r.tokens.cached),
                       r.costMicros ? QString::number(*r.costMicros) : QStringLiteral("-"),
                       r.latencyMs ? QString::number(*r.latencyMs) : QStringLiteral("-"),
                       r.status,
                       r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("-"),
                       r.error,
                       r.requestId}
        .join(QLatin1Char('|'));
}

// What one batch gave, appended to `out`.
void take(Reading& out, const QList<UsageFileReader::Row>& rows, const QList<UsageRejected>& rejected)
{
    ++out.calls;
    for (const UsageFileReader::Row& r : rows)
        out.rows << QString::number(r.line) + QLatin1Char(':') + describe(r.record);
    for (const UsageRejected& r : rejected)
        out.rejected << QString::number(r.line) + QLatin1Char(':') + r.reasons.join(QLatin1Char(';'));
}

// The reader itself, or (`ahead`) the same reader run on its own thread by UsageReadAhead, as imports do.
Reading read(const QByteArray& bytes, const QString& name, int batch, bool ahead = false)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Reading out;
    QList<UsageFileReader::Row> rows;
    QList<UsageRejected> rejected;
    if (ahead) {
        UsageReadAhead reader(buffer, name, batch);
        while (reader.next(rows, rejected))
            take(out, rows, rejected);
        out.fatal = reader.fatal();
        out.digest = reader.digest();
        if (reader.bytesRead() != bytes.size() && out.fatal.isEmpty())
            out.fatal = QStringLiteral("bytesRead %1 of %2").arg(reader.bytesRead()).arg(bytes.size());
        return out;
    }
    UsageFileReader reader(buffer, name);
    while (reader.next(rows, rejected, batch))
        take(out, rows, rejected);
    out.fatal = reader.fatal();
    out.digest = reader.digest();
    return out;
}

const QByteArray kMixedCsv =
    "occurred_at,consumer,provider,user,model,tokens_in,tokens_out,cost,error,request_id\r\n"
    "2026-10-01T09:00:00Z,acme/ai,openai,ann,gpt-4o,10,5,,,r1\r\n"
    "2026-10-01 09:00:01.250+02:00,acme/ai,openai,\"O'Brien, Pat\",gpt-4o,10,5,0.25,,r2\r\n"
    "2026-10-01T09:00:02Z,acme/ai,openai,bob,gpt-4o,-1,5,,,r3\r\n"
    "2026-10-01T09:00:03Z,acme/ai,openai,cy,gpt-4o,1,2,,\"a long error\n"
    "on two lines, with \"\"quotes\"\"\",r4\r\n"
    "2026-10-01T09:00:04,acme/ai,openai,dee,gpt-4o,1,2,,,r5\r\n"
    "2026-10-01T09:00:05Z,acme/ai,openai,e\"ve,gpt-4o,1,2,,,r6\r\n"
    "2026-10-01T09:00:06Z,Acme,openai,fay,gpt-4o,x,2,-3,,r7\r\n"
    "2026-10-01T09:00:07Z,acme/ai,openai,gus,gpt-4o,1,2\r\n"
    "\r\n"
    "2026-10-01T09:00:08Z,acme/ai,openai,hal,gpt-4o,1,2,,,\"r9\r\n";
} // namespace

class TestUsageFileReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchSizeNeverChangesWhatIsRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << kMixedCsv << QStringLiteral("usage.csv");
        QTest::newRow("jsonl") << QByteArray(
                                      "{\"occurred_at\":\"2026-10-01T09:00:00Z\",\"consumer\":\"acme/ai\","
                                      "\"provider\":\"openai\",\"tokens_in\":3,\"cost\":0.5}\n"
                                      "not json\n"
                                      "\n"
                                      "[1,2]\n"
                                      "{\"occurred_at\":\"2026-10-01T09:00:00+01:00\",\"consumer\":\"b\","
                                      "\"provider\":\"openai\",\"colour\":\"red\"}\n"
                                      "{\"occurred_at\":\"2026-10-01T09:00:00+01:00\",\"consumer\":\"b\","
                                      "\"provider\":\"openai\",\"request_id\":\"j\"}")
                               << QStringLiteral("usage.jsonl");
    }

    void batchSizeNeverChangesWhatIsRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const Reading whole = read(bytes, name, 4096);
        QVERIFY2(whole.fatal.isEmpty(), qPrintable(whole.fatal));
        QVERIFY(!whole.rows.isEmpty());
        QVERIFY(!whole.rejected.isEmpty());
        for (const int batch : {1, 2, 3, 7}) {
            const Reading parts = read(bytes, name, batch);
            QCOMPARE(parts.rows, whole.rows);
            QCOMPARE(parts.rejected, whole.rejected);
            QCOMPARE(parts.digest, whole.digest);
            if (batch < whole.rows.size() + whole.rejected.size())
                QVERIFY(parts.calls > whole.calls); // it did read in parts
            // Read ahead on a second thread: the same batches in the same order, the same digest.
            const Reading ahead = read(bytes, name, batch, true);
            QVERIFY2(ahead.fatal.isEmpty(), qPrintable(ahead.fatal));
            QCOMPARE(ahead.rows, whole.rows);
            QCOMPARE(ahead.rejected, whole.rejected);
            QCOMPARE(ahead.digest, whole.digest);
            QCOMPARE(ahead.calls, parts.calls);
        }
    }

    // An import that stops reading half-way (a check stopped by the person) ends the reading thread at once,
    // and what was handed over is the file's beginning, in order.
    void readingAheadStopsHalfWay()
    {
        QByteArray bytes = "occurred_at,consumer,provider,request_id\n";
        for (int i = 0; i < 50000; ++i)
            bytes += "2026-10-01T09:00:00Z,acme/ai,openai,r" + QByteArray::number(i) + '\n';
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        {
            UsageReadAhead reader(buffer, QStringLiteral("usage.csv"), 100);
            QList<UsageFileReader::Row> rows;
            QList<UsageRejected> rejected;
            QVERIFY(reader.next(rows, rejected));
            QCOMPARE(rows.size(), 100);
            QCOMPARE(rows.first().record.requestId, QStringLiteral("r0"));
            QVERIFY(reader.next(rows, rejected));
            QCOMPARE(rows.first().record.requestId, QStringLiteral("r100"));
            QVERIFY(reader.bytesRead() > 0 && reader.bytesRead() < bytes.size());
        } // destroyed with most of the file unread: returns, never waits for the rest
        QVERIFY(buffer.pos() < bytes.size());
    }

    // A file that cannot be read at all says so through the reading thread too.
    void readingAheadReportsTheFatalProblem()
    {
        const Reading r = read("when,who\n1,2\n", QStringLiteral("usage.csv"), 4096, true);
        QVERIFY2(r.fatal.contains(QStringLiteral("unknown columns")), qPrintable(r.fatal));
        QVERIFY(r.rows.isEmpty());
    }

    void csvRowsAndRejectionsByLine()
    {
        const Reading r = read(kMixedCsv, QStringLiteral("usage.csv"), 4096);
        QCOMPARE(r.rows.size(), 3);
        QVERIFY2(r.rows[0].startsWith(QStringLiteral("2:2026-10-01T09:00:00.000Z|acme/ai|openai|ann|")),
                 qPrintable(r.rows[0]));
        // The offset is taken off: 09:00:01.250+02:00 is 07:00:01.250 UTC. A quoted comma stays in its field.
        QVERIFY2(
            r.rows[1].startsWith(QStringLiteral("3:2026-10-01T07:00:01.250Z|acme/ai|openai|O'Brien, Pat|")),
            qPrintable(r.rows[1]));
        QVERIFY2(r.rows[1].contains(QStringLiteral("|250000|")), qPrintable(r.rows[1])); // $0.25
        // A record over two lines is reported at its first line; doubled quotes are one.
        QVERIFY2(r.rows[2].startsWith(QStringLiteral("5:")), qPrintable(r.rows[2]));
        QVERIFY2(r.rows[2].contains(QStringLiteral("|a long error\non two lines, with \"quotes\"|r4")),
                 qPrintable(r.rows[2]));
        const QStringList expected{
            QStringLiteral("4:tokens_in is negative"),
            QStringLiteral("7:occurred_at \"2026-10-01T09:00:04\" has no time zone"),
            QStringLiteral("8:a quote in the wrong place"),
            QStringLiteral("9:"), // several reasons: checked below
            QStringLiteral("10:7 fields where the header names 10"),
            QStringLiteral("12:a quoted field is not closed"),
        };
        QCOMPARE(r.rejected.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(r.rejected[i].startsWith(expected[i]), qPrintable(r.rejected[i]));
        QVERIFY(r.rejected[3].contains(QStringLiteral("tokens_in is not a whole number")));
        QVERIFY(r.rejected[3].contains(QStringLiteral("cost is negative")));
        QVERIFY(r.rejected[3].contains(QStringLiteral("consumer: ")));
    }

    void digestFollowsEveryByte()
    {
        const Reading a = read(kMixedCsv, QStringLiteral("usage.csv"), 4096);
        QByteArray changed = kMixedCsv;
        changed[changed.indexOf("r1")] = 'R';
        const Reading b = read(changed, QStringLiteral("usage.csv"), 4096);
        QCOMPARE(a.digest.size(), 32);
        QVERIFY(a.digest != b.digest);
        QCOMPARE(read(kMixedCsv, QStringLiteral("usage.csv"), 5).digest, a.digest);
    }

    // A JSON number of any size is refused with the field's name and the reason a CSV file gets for the same
    // value, never converted past qint64 (found by fuzzing: 1.2e33 was undefined behaviour, and then read
    // "not a whole number"; tests/fuzz/regressions/usage_file/tokens-in-1.2e33).
    void jsonNumbersOfAnySize_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<QString>("reason"); // empty: the row is read
        QTest::newRow("1.2e33") << QByteArray("1.2e33") << QStringLiteral("1:tokens_in is too large");
        QTest::newRow("past qint64") << QByteArray("9.3e18") << QStringLiteral("1:tokens_in is too large");
        QTest::newRow("1e15") << QByteArray("1e15") << QStringLiteral("1:tokens_in is too large");
        QTest::newRow("-1.2e33") << QByteArray("-1.2e33") << QStringLiteral("1:tokens_in is negative");
        QTest::newRow("1.5") << QByteArray("1.5") << QStringLiteral("1:tokens_in is not a whole number");
        QTest::newRow("1.2e-33") << QByteArray("1.2e-33")
                                 << QStringLiteral("1:tokens_in is not a whole number");
        QTest::newRow("12 digits") << QByteArray("999999999999")
                                   << QStringLiteral("1:tokens_in is over a billion");
        QTest::newRow("a billion") << QByteArray("1e9") << QString();
        QTest::newRow("1.2e3") << QByteArray("1.2e3") << QString();
    }
    void jsonNumbersOfAnySize()
    {
        QFETCH(QByteArray, number);
        QFETCH(QString, reason);
        const QByteArray line =
            "{\"occurred_at\":\"2026-10-01T09:00:00Z\",\"consumer\":\"a\",\"provider\":\"openai\","
            "\"tokens_in\":" +
            number + "}\n";
        const Reading r = read(line, QStringLiteral("usage.jsonl"), 4096);
        QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
        if (reason.isEmpty()) {
            QCOMPARE(r.rejected, QStringList());
            QCOMPARE(r.rows.size(), 1);
            QVERIFY2(r.rows[0].contains(QLatin1Char('|') + QString::number(qint64(number.toDouble())) +
                                        QStringLiteral("|0|0|")),
                     qPrintable(r.rows[0]));
        } else {
            QCOMPARE(r.rows, QStringList());
            QCOMPARE(r.rejected, QStringList{reason});
        }
    }

    void wholeFileProblemsAreFatal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty");
        QTest::newRow("utf-16") << QByteArray("\xFF\xFEo\0c\0", 6) << QStringLiteral("UTF-16");
        QTest::newRow("header") << QByteArray("when,who\n1,2\n")
                                << QStringLiteral("unknown columns: \"when\", \"who\"");
        QTest::newRow("header not utf-8") << QByteArray("occurred_at,consumer,provider\xC3\x28\n")
                                          << QStringLiteral("(the header) is not UTF-8");
    }

    void wholeFileProblemsAreFatal()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        const Reading r = read(bytes, QStringLiteral("usage.csv"), 4096);
        QVERIFY2(r.fatal.contains(words), qPrintable(r.fatal));
        QVERIFY(r.rows.isEmpty());
    }

    // The fast path for "YYYY-MM-DDTHH:MM:SS[.mmm](Z|±HH:MM)" agrees with Qt's reader on every input, and
    // anything else still goes to Qt's.
    void timestampsAsQtReadsThem_data()
    {
        QTest::addColumn<QString>("text");
        int row = 0;
        for (const char* t : {"2026-10-01T09:15:00Z",
                              "2026-10-01 09:15:00Z",
                              "2026-10-01T09:15:00.250Z",
                              "2026-10-01T09:15:00+02:00",
                              "2026-10-01T09:15:00.999-05:30",
                              "2024-02-29T23:59:59Z",
                              "2026-02-29T10:00:00Z",
                              "2026-13-01T10:00:00Z",
                              "2026-10-01T24:00:00Z",
                              "2026-10-01T23:60:00Z",
                              "2026-10-01T23:59:60Z",
                              "2026-10-01T09:15:00+14:00",
                              "2026-10-01T09:15:00+15:00",
                              "2026-10-01T09:15:00+02:60",
                              "2026-10-01T09:15:00.25Z",
                              "2026-10-01T09:15:00.2500Z",
                              "2026-10-01T09:15:00",
                              "2026-10-01T09:15Z",
                              "2026-10-01",
                              "2026-10-01T09:15:00z",
                              "2026-10-01T09:15:00+0200",
                              "2026-10-01T09:15:00 Z",
                              "  2026-10-01T09:15:00Z  ",
                              "0999-10-01T09:15:00Z",
                              "２０２６-10-01T09:15:00Z",
                              "2026-1O-01T09:15:00Z",
                              "2026-10-01T09:15:00+02:00x",
                              ""})
            QTest::addRow("%d: %s", ++row, t) << QString::fromUtf8(t);
    }

    void timestampsAsQtReadsThem()
    {
        QFETCH(QString, text);
        QStringList reasons;
        const QDateTime ours = UsageFileReader::timestamp(text, reasons);
        QString t = text.trimmed();
        if (t.size() > 10 && t.at(10) == QLatin1Char(' '))
            t[10] = QLatin1Char('T');
        QDateTime qt = QDateTime::fromString(t, Qt::ISODateWithMs);
        const bool qtAccepts = qt.isValid() && t.size() >= 11 && qt.timeSpec() != Qt::LocalTime;
        QCOMPARE(ours.isValid(), qtAccepts);
        QCOMPARE(reasons.isEmpty(), qtAccepts);
        if (qtAccepts) {
            QCOMPARE(ours, qt.toUTC());
            QCOMPARE(ours.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestUsageFileReader)
#include "tst_usage_file_reader.moc"
