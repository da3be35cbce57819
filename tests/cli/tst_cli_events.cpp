// fusionctl events receive|list|show|process as n8n and an operator drive them on the embedded store: one row
// per (source, ref) whatever the retries, every event without a ref kept, bad input refused by name with
// nothing stored, and marking processed confirmed, audited and refused for events already processed.
#include "tests/cli/CliTest.h"
#include "tests/common/Failures.h"

using namespace fusion;

class TestCliEvents : public QObject, public test::CliFixture {
    Q_OBJECT

    QString m_db;

    test::CliResult events(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(),
                            QStringList{QStringLiteral("--db"), url(m_db), QStringLiteral("events")} + args,
                            input);
    }
    test::CliResult receive(const QString& source, const QString& type, const QString& ref,
                            const QByteArray& payload, const QStringList& extra = {})
    {
        QStringList args{QStringLiteral("receive"), QStringLiteral("--source"), source,
                         QStringLiteral("--type"), type};
        if (!ref.isEmpty())
            args << QStringLiteral("--ref") << ref;
        return events(args + extra, payload);
    }
    QJsonArray listed(const QStringList& extra = {})
    {
        const test::CliResult r = events(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                                     QStringLiteral("--limit"), QStringLiteral("1000")} +
                                         extra);
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonArray(r);
    }
    qint64 rows() const
    {
        Database db;
        qint64 n = -1;
        test::guarded([&] {
            db.open(test::sqliteTarget(m_dir, QStringLiteral("events.db")));
            n = db.scalar(QStringLiteral("SELECT count(*) FROM ai_events")).toLongLong();
        });
        return n;
    }
    qint64 newEvent(const QString& ref)
    {
        const test::CliResult r =
            receive(QStringLiteral("n8n"), QStringLiteral("workflow.failed"), ref,
                    QByteArrayLiteral("{\"ref\":\"") + ref.toUtf8() + "\"}", {QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r)));
        return test::jsonObject(r).value(QStringLiteral("id")).toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        Database db;
        test::guarded([&] { test::prepare(db, test::sqliteTarget(m_dir, QStringLiteral("events.db")), 0); });
        m_db = m_dir.filePath(QStringLiteral("events.db"));
    }

    void aReferenceIsStoredOnce()
    {
        const QByteArray payload =
            R"({"workflow":"nightly-backup","execution":{"id":4711,"status":"error"}})";
        const test::CliResult first = receive(QStringLiteral("n8n"), QStringLiteral("workflow.failed"),
                                              QStringLiteral("exec-4711"), payload);
        QVERIFY2(first.code == 0, qPrintable(test::describe(first)));
        bool numeric = false;
        const qint64 id = first.out.trimmed().toLongLong(&numeric);
        QVERIFY2(numeric && id > 0, qPrintable(first.out));

        // n8n retries: the same reference is stored once, and the retry succeeds naming the event.
        const test::CliResult again = receive(QStringLiteral("n8n"), QStringLiteral("workflow.failed"),
                                              QStringLiteral("exec-4711"), R"({"other":"body"})");
        QVERIFY2(again.code == 0, qPrintable(test::describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("Already received")), qPrintable(test::describe(again)));
        QVERIFY2(again.out.contains(QString::number(id)), qPrintable(again.out));
        const test::CliResult json =
            receive(QStringLiteral("n8n"), QStringLiteral("workflow.failed"), QStringLiteral("exec-4711"),
                    payload, {QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        QCOMPARE(test::jsonObject(json),
                 (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("duplicate"), true}}));
        QCOMPARE(rows(), 1);

        // The same reference from another source is another event.
        const test::CliResult github =
            receive(QStringLiteral("github"), QStringLiteral("push"), QStringLiteral("exec-4711"), payload,
                    {QStringLiteral("--json")});
        QCOMPARE(github.code, 0);
        const QJsonObject o = test::jsonObject(github);
        QCOMPARE(o.value(QStringLiteral("duplicate")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("id")).toInteger() > id);
        QCOMPARE(rows(), 2);

        // What was stored is the first payload.
        const test::CliResult shown =
            events({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QVERIFY2(shown.code == 0, qPrintable(test::describe(shown)));
        const QJsonObject event = test::jsonObject(shown);
        QCOMPARE(event.value(QStringLiteral("payload")).toObject(),
                 QJsonDocument::fromJson(payload).object());
        QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("n8n"));
        QCOMPARE(event.value(QStringLiteral("ref")).toString(), QStringLiteral("exec-4711"));
        QCOMPARE(event.value(QStringLiteral("processed")).toBool(), false);
        QVERIFY(!event.value(QStringLiteral("received_by")).toString().isEmpty());
        // For a person, the payload pretty-printed.
        const test::CliResult text = events({QStringLiteral("show"), QString::number(id)});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("\"workflow\": \"nightly-backup\"")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("exec-4711")), qPrintable(text.out));
    }

    void eventsWithoutAReferenceAreEachKept()
    {
        const qint64 before = rows();
        for (int i = 0; i < 3; ++i) {
            const test::CliResult r =
                receive(QStringLiteral("slack"), QStringLiteral("message"), {}, R"([{"text":"same"}])");
            QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        }
        QCOMPARE(rows(), before + 3);
        QCOMPARE(listed({QStringLiteral("--source"), QStringLiteral("slack")}).size(), 3);
    }

    void badInputIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("message");
        const QByteArray ok = R"({"a":1})";
        QTest::newRow("malformed") << "n8n"
                                   << "t"
                                   << "bad-1" << QByteArray(R"({"a":)") << "not valid JSON";
        QTest::newRow("trailing garbage") << "n8n"
                                          << "t"
                                          << "bad-2" << QByteArray(R"({"a":1} x)") << "not valid JSON";
        QTest::newRow("scalar") << "n8n"
                                << "t"
                                << "bad-3" << QByteArray("42") << "object or array";
        QTest::newRow("empty") << "n8n"
                               << "t"
                               << "bad-4" << QByteArray() << "empty";
        QTest::newRow("not UTF-8") << "n8n"
                                   << "t"
                                   << "bad-5" << QByteArray("{\"a\":\"\xff\xfe\"}") << "not valid JSON";
        QTest::newRow("NUL escape") << "n8n"
                                    << "t"
                                    << "bad-6" << QByteArray(R"({"a":"x\u0000y"})") << "NUL";
        QByteArray big = "{\"blob\":\"";
        big.append(QByteArray(1024 * 1024, 'x'));
        big.append("\"}");
        QTest::newRow("over 1 MiB") << "n8n"
                                    << "t"
                                    << "bad-7" << big << "larger than 1 MiB";
        QTest::newRow("uppercase source") << "N8N"
                                          << "t"
                                          << "bad-8" << ok << "source";
        QTest::newRow("source with a space") << "n8n prod"
                                             << "t"
                                             << "bad-9" << ok << "source";
        QTest::newRow("source too long") << QString(41, QLatin1Char('a')) << "t"
                                         << "bad-10" << ok << "source";
        QTest::newRow("source with a newline") << "n8n\n"
                                               << "t"
                                               << "bad-11" << ok << "source";
        QTest::newRow("type too long")
            << "n8n" << QString(121, QLatin1Char('t')) << "bad-12" << ok << "event type";
        QTest::newRow("ref too long") << "n8n"
                                      << "t" << QString(201, QLatin1Char('r')) << ok << "reference";
    }
    void badInputIsRefusedAndNothingStored()
    {
        QFETCH(QString, source);
        QFETCH(QString, type);
        QFETCH(QString, ref);
        QFETCH(QByteArray, payload);
        QFETCH(QString, message);
        const qint64 before = rows();
        const test::CliResult r = receive(source, type, ref, payload);
        QVERIFY2(r.code == 1, qPrintable(test::describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(test::describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(test::describe(r)));
        QCOMPARE(rows(), before);
    }

    void aPayloadOfExactly1MiBIsTaken()
    {
        QByteArray payload = "[\"";
        payload.append(QByteArray(1024 * 1024 - 4, 'y'));
        payload.append("\"]");
        QCOMPARE(payload.size(), 1024 * 1024);
        QVERIFY(newEventWith(payload) > 0);
    }
    qint64 newEventWith(const QByteArray& payload)
    {
        const test::CliResult r = receive(QStringLiteral("bulk"), QStringLiteral("export"), {}, payload,
                                          {QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(test::describe(r).left(2000)));
        return test::jsonObject(r).value(QStringLiteral("id")).toInteger();
    }

    void missingOptionsAreAUsageError()
    {
        const test::CliResult r =
            events({QStringLiteral("receive"), QStringLiteral("--type"), QStringLiteral("t")}, R"({"a":1})");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--source")), qPrintable(r.err));
    }

    void processingOneIsConfirmedAndAudited()
    {
        const qint64 id = newEvent(QStringLiteral("p-1"));
        QVERIFY(id > 0);
        const QString snapshotBefore = [&] {
            Database db;
            QString s;
            test::guarded([&] {
                db.open(test::sqliteTarget(m_dir, QStringLiteral("events.db")));
                s = test::snapshot(db);
            });
            return s;
        }();
        // Without a terminal and without --yes: refused, nothing changed.
        const test::CliResult no = events({QStringLiteral("process"), QString::number(id),
                                           QStringLiteral("--notes"), QStringLiteral("re-ran the backup")});
        QCOMPARE(no.code, 3);
        QVERIFY2(no.err.contains(QStringLiteral("Mark event %1 processed").arg(id)), qPrintable(no.err));
        {
            Database db;
            test::guarded([&] {
                db.open(test::sqliteTarget(m_dir, QStringLiteral("events.db")));
                QCOMPARE(test::snapshot(db), snapshotBefore);
            });
        }
        const test::CliResult yes =
            events({QStringLiteral("process"), QString::number(id), QStringLiteral("--notes"),
                    QStringLiteral("re-ran the backup"), QStringLiteral("--yes")});
        QVERIFY2(yes.code == 0, qPrintable(test::describe(yes)));
        const QJsonObject e =
            test::jsonObject(events({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}));
        QCOMPARE(e.value(QStringLiteral("processed")).toBool(), true);
        QCOMPARE(e.value(QStringLiteral("notes")).toString(), QStringLiteral("re-ran the backup"));
        QVERIFY(!e.value(QStringLiteral("processed_by")).toString().isEmpty());
        QVERIFY(!e.value(QStringLiteral("processed_at")).toString().isEmpty());

        const test::CliResult audit =
            run(m_db, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                       QStringLiteral("ai_event.process"), QStringLiteral("--json")});
        const QJsonArray rowsOfAudit = test::jsonArray(audit);
        QCOMPARE(rowsOfAudit.size(), 1);
        QCOMPARE(rowsOfAudit.first().toObject().value(QStringLiteral("target")).toString(),
                 QString::number(id));
        QCOMPARE(run(m_db, {QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void processingManyIsOneWrite()
    {
        const qint64 a = newEvent(QStringLiteral("m-1"));
        const qint64 b = newEvent(QStringLiteral("m-2"));
        const qint64 c = newEvent(QStringLiteral("m-3"));
        QVERIFY(a > 0 && b > 0 && c > 0);
        const test::CliResult r =
            events({QStringLiteral("process"), QString::number(a), QString::number(b), QString::number(c),
                    QStringLiteral("--notes"), QStringLiteral("duplicates of INC-12"),
                    QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(test::describe(r)));
        QCOMPARE(test::jsonObject(r).value(QStringLiteral("processed")).toArray(), (QJsonArray{a, b, c}));
        for (const qint64 id : {a, b, c}) {
            const QJsonObject e = test::jsonObject(
                events({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}));
            QCOMPARE(e.value(QStringLiteral("processed")).toBool(), true);
            QCOMPARE(e.value(QStringLiteral("notes")).toString(), QStringLiteral("duplicates of INC-12"));
        }
    }

    void anAlreadyProcessedEventIsRefusedById()
    {
        const qint64 done = listed({QStringLiteral("--processed"), QStringLiteral("yes")})
                                .first()
                                .toObject()
                                .value(QStringLiteral("id"))
                                .toInteger();
        const qint64 open = newEvent(QStringLiteral("r-1"));
        QVERIFY(done > 0 && open > 0);
        const qint64 unprocessed = listed().size();
        const test::CliResult r = events({QStringLiteral("process"), QString::number(open),
                                          QString::number(done), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("event %1 was processed").arg(done)), qPrintable(r.err));
        // Nothing was marked, not even the open one.
        QCOMPARE(listed().size(), unprocessed);
        const test::CliResult missing =
            events({QStringLiteral("process"), QStringLiteral("999999"), QStringLiteral("--yes")});
        QCOMPARE(missing.code, 5);
        QVERIFY2(missing.err.contains(QStringLiteral("999999")), qPrintable(missing.err));
        QCOMPARE(events({QStringLiteral("show"), QStringLiteral("999999")}).code, 5);
    }

    void listFiltersAndItsJson()
    {
        const QJsonArray all = listed({QStringLiteral("--processed"), QStringLiteral("all")});
        const QJsonArray open = listed();
        const QJsonArray done = listed({QStringLiteral("--processed"), QStringLiteral("yes")});
        QCOMPARE(all.size(), rows());
        QCOMPARE(open.size() + done.size(), all.size());
        QCOMPARE(done.size(), 4);
        for (const QJsonValue& v : open)
            QCOMPARE(v.toObject().value(QStringLiteral("processed")).toBool(), false);
        for (const QJsonValue& v : done)
            QCOMPARE(v.toObject().value(QStringLiteral("processed")).toBool(), true);
        // Newest first.
        QVERIFY(all.first().toObject().value(QStringLiteral("id")).toInteger() >
                all.last().toObject().value(QStringLiteral("id")).toInteger());
        const QJsonArray github = listed({QStringLiteral("--source"), QStringLiteral("github"),
                                          QStringLiteral("--processed"), QStringLiteral("all")});
        QCOMPARE(github.size(), 1);
        const test::CliResult two =
            events({QStringLiteral("list"), QStringLiteral("--processed"), QStringLiteral("all"),
                    QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(two.code, 0);
        QCOMPARE(test::jsonArray(two).size(), 2);
        const QStringList keys = github.first().toObject().keys();
        for (const QString& key :
             {QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("type"), QStringLiteral("ref"),
              QStringLiteral("received_at"), QStringLiteral("received_by"), QStringLiteral("processed"),
              QStringLiteral("processed_at"), QStringLiteral("processed_by"), QStringLiteral("notes")})
            QVERIFY2(keys.contains(key), qPrintable(keys.join(QLatin1Char(' '))));
        // Lists leave the payload out.
        QVERIFY(!keys.contains(QStringLiteral("payload")));
        QCOMPARE(
            events({QStringLiteral("list"), QStringLiteral("--processed"), QStringLiteral("maybe")}).code, 2);
        // The table for a person.
        const test::CliResult table =
            events({QStringLiteral("list"), QStringLiteral("--processed"), QStringLiteral("all")});
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QStringLiteral("SOURCE")) && table.out.contains(QStringLiteral("github")),
                 qPrintable(table.out));
    }
};

QTEST_GUILESS_MAIN(TestCliEvents)
#include "tst_cli_events.moc"
