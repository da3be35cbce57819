// fusionctl events token … and events serve as n8n meets them: the intake token made once in a real OS
// keychain (tests/fixtures/with-keychain.sh) and shown only then, then the real fusionctl listening on a free
// port and storing into the throwaway PostgreSQL server what arrives over real TCP connections — once per
// (source, ref) under 16 concurrent senders — while refusing a wrong or missing token, an oversized,
// malformed, misrouted or slow request, and a crowd beyond its connection limit, with nothing stored for any
// of them. A lost database connection is a 503 without the row. SIGTERM stops it cleanly, and its log never
// holds the token or a payload.
#include "tests/common/KeychainControl.h"
#include "tests/common/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace fusion;

namespace {

const QString kTokenItem = QStringLiteral("events/intake-token");
const QByteArray kPath = "/ipai_ai_connectors/event";

QString describe(const test::CliResult& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}

struct HttpAnswer {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased
    QByteArray body;
    QString error;
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString text() const
    {
        return QStringLiteral("%1 %2 %3").arg(status).arg(QString::fromUtf8(body), error);
    }
};

// One exchange on a connection of its own, as a sender makes it: write the request, read the answer until
// the server closes. Blocking, so that it also runs on plain threads.
HttpAnswer exchange(quint16 port, const QByteArray& request, int timeoutMs = 60000)
{
    HttpAnswer a;
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs)) {
        a.error = s.errorString();
        return a;
    }
    s.write(request);
    QByteArray in;
    QElapsedTimer t;
    t.start();
    while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
        if (s.bytesToWrite() > 0)
            s.waitForBytesWritten(50);
        else
            s.waitForReadyRead(50);
        in += s.readAll();
    }
    in += s.readAll();
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0) {
        a.error = QStringLiteral("no complete answer: ") + QString::fromLatin1(in.left(200));
        return a;
    }
    QList<QByteArray> lines = in.left(end).split('\n');
    a.status = lines.takeFirst().split(' ').value(1).toInt();
    for (QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        a.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    a.body = in.mid(end + 4);
    return a;
}

QByteArray request(const QByteArray& method, const QByteArray& path, const QByteArray& token,
                   const QByteArray& body, const QByteArray& extra = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n";
    return r + body;
}

QByteArray eventBody(const QByteArray& source, const QByteArray& ref, const QByteArray& payload)
{
    return QByteArray("{\"source\":\"") + source + "\",\"event_type\":\"workflow.failed\",\"ref\":\"" + ref +
           "\",\"payload\":" + payload + "}";
}

} // namespace

class TestCliEventsServe : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PgTestDatabase> m_pg;
    Database m_admin; // the superuser: set-up and counting, never the code under test
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QByteArray m_oldToken;
    QByteArray m_token;
    QProcess m_server;
    QString m_serverLog;
    quint16 m_port = 0;

    test::CliResult run(const QStringList& args, const QByteArray& input = {})
    {
        return test::runCli(m_home.path(), QStringList{QStringLiteral("--db"), m_pg->url()} + args, input);
    }
    qint64 rows(const QString& source) const
    {
        return m_admin.scalar(QStringLiteral("SELECT count(*) FROM ai_events WHERE source = ?"), {source})
            .toLongLong();
    }
    QString serverLog() const { return QString::fromUtf8(test::readFile(m_serverLog)); }

    // Starts events serve with its standard error in a file (a pipe nobody drains during the load test
    // would fill and stall it); the port is read from its "Listening on" line.
    bool startServer(const QStringList& extra = {}, const QString& url = {})
    {
        m_serverLog = m_dir.filePath(QStringLiteral("serve-%1.log").arg(QDateTime::currentMSecsSinceEpoch()));
        m_server.setProcessEnvironment(test::cliEnvironment(m_home.path()));
        m_server.setStandardErrorFile(m_serverLog);
        m_server.start(test::fusionctlPath(),
                       QStringList{QStringLiteral("--db"), url.isEmpty() ? m_pg->url() : url,
                                   QStringLiteral("events"), QStringLiteral("serve"),
                                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                           extra);
        static const QRegularExpression ready(
            QStringLiteral("Listening on http://127\\.0\\.0\\.1:(\\d+)/ipai_ai_connectors/event"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000 && m_server.state() != QProcess::NotRunning) {
            const QRegularExpressionMatch m = ready.match(serverLog());
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return m_port != 0;
            }
            m_server.waitForFinished(50);
        }
        qWarning("events serve did not start: %s", qPrintable(serverLog()));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::pgHost().isEmpty())
            QFAIL("FUSION_TEST_PGHOST is not set: run this test through CTest (fixture \"pg\")");
        QVERIFY2(test::secretServicePid() > 0, "no Secret Service: run through CTest (with-keychain.sh)");
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_pg = std::make_unique<test::PgTestDatabase>(QStringLiteral("serve"));
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        bool prepared = false;
        try {
            test::prepare(m_admin, m_pg->target(), 0);
            prepared = true;
        } catch (const Failure& f) {
            qWarning("%s", qPrintable(f.error().message));
        }
        QVERIFY(prepared);
    }

    void theTokenIsMadeAskingAndShownOnce()
    {
        // Without a terminal, a write needs --yes: nothing is stored.
        const test::CliResult asked =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("generate")});
        QVERIFY2(asked.code == 3, qPrintable(describe(asked)));
        QVERIFY(asked.out.isEmpty());
        QVERIFY(!test::keychainHasItem(kTokenItem));

        const test::CliResult made = run({QStringLiteral("events"), QStringLiteral("token"),
                                          QStringLiteral("generate"), QStringLiteral("--yes")});
        QVERIFY2(made.code == 0, qPrintable(describe(made)));
        m_oldToken = made.out.trimmed().toLatin1();
        // 32 random bytes as URL-safe base64 without padding.
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                     .match(QString::fromLatin1(m_oldToken))
                     .hasMatch(),
                 m_oldToken.constData());
        QVERIFY(test::keychainHasItem(kTokenItem));
        QVERIFY(!made.err.contains(QString::fromLatin1(m_oldToken)));

        // Replacing one asks again, and says so.
        const test::CliResult again =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("generate")});
        QVERIFY2(again.code == 3, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("Replace")), qPrintable(again.err));
        QVERIFY(again.out.isEmpty());

        // A token given by hand must be long enough, and is never echoed.
        const QByteArray shortToken = "tooShort-12345";
        const test::CliResult tooShort =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("set"),
                 QStringLiteral("--token-stdin"), QStringLiteral("--yes")},
                shortToken + '\n');
        QVERIFY2(tooShort.code == 1, qPrintable(describe(tooShort)));
        QVERIFY2(tooShort.err.contains(QStringLiteral("at least 24")), qPrintable(tooShort.err));
        QVERIFY(!tooShort.err.contains(QString::fromLatin1(shortToken)));
        const QByteArray handMade = "hand-made-token-0123456789abcdef";
        const test::CliResult set =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("set"),
                 QStringLiteral("--token-stdin"), QStringLiteral("--yes")},
                handMade + '\n');
        QVERIFY2(set.code == 0, qPrintable(describe(set)));
        QVERIFY(!set.out.contains(QString::fromLatin1(handMade)) &&
                !set.err.contains(QString::fromLatin1(handMade)));

        // The one the server reads is the latest: a new random one, replacing the hand-made one.
        const test::CliResult replaced =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("generate"),
                 QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(replaced.code == 0, qPrintable(describe(replaced)));
        m_token = replaced.json().object().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(m_token.size(), 43);
        QVERIFY(m_token != m_oldToken);
    }

    void serveStoresOnceAndRefusesTheRest()
    {
        QVERIFY(!m_token.isEmpty());
        QVERIFY(startServer());

        // A good event: 201 with its id, and the row holds the payload as sent.
        const QByteArray payload = "{\"workflow\":\"nightly\",\"big\":12345678901234567890}";
        const HttpAnswer first =
            exchange(m_port, request("POST", kPath, m_token, eventBody("n8n", "exec-1", payload)));
        QVERIFY2(first.status == 201, qPrintable(first.text()));
        QCOMPARE(first.header("content-type"), QByteArray("application/json"));
        const qint64 id = first.json().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(first.json().value(QStringLiteral("duplicate")).toBool(true), false);
        QCOMPARE(rows(QStringLiteral("n8n")), 1);
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT payload->>'big' FROM ai_events WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("12345678901234567890"));

        // The same (source, ref) again: 200, the same id, still one row.
        const HttpAnswer again =
            exchange(m_port, request("POST", kPath, m_token, eventBody("n8n", "exec-1", "{\"other\":1}")));
        QVERIFY2(again.status == 200, qPrintable(again.text()));
        QCOMPARE(again.json(),
                 (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("duplicate"), true}}));
        QCOMPARE(rows(QStringLiteral("n8n")), 1);

        // Seed 003's field names are understood too.
        const HttpAnswer seed = exchange(
            m_port,
            request(
                "POST", kPath, m_token,
                "{\"source\":\"github\",\"type\":\"push\",\"external_ref\":77,\"payload_json\":\"[1]\"}"));
        QVERIFY2(seed.status == 201, qPrintable(seed.text()));
        QCOMPARE(
            m_admin.scalar(QStringLiteral("SELECT ref FROM ai_events WHERE source = 'github'")).toString(),
            QStringLiteral("77"));

        // Refused before anything is stored.
        const QByteArray other = eventBody("refused", "r-1", "{}");
        const HttpAnswer wrong = exchange(m_port, request("POST", kPath, m_oldToken, other));
        QVERIFY2(wrong.status == 401, qPrintable(wrong.text()));
        QVERIFY(wrong.header("www-authenticate").startsWith("Bearer"));
        const HttpAnswer none = exchange(m_port, request("POST", kPath, {}, other));
        QVERIFY2(none.status == 401, qPrintable(none.text()));
        QVERIFY(none.header("www-authenticate").startsWith("Bearer"));
        const HttpAnswer almost = exchange(m_port, request("POST", kPath, m_token.chopped(1), other));
        QVERIFY2(almost.status == 401, qPrintable(almost.text()));

        // 2 MiB: 413 from the head alone; the body still on its way is read and dropped, so the sender gets
        // the answer rather than a reset connection.
        const QByteArray huge =
            eventBody("refused", "r-2", QByteArray("{\"x\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}"));
        const HttpAnswer tooLarge = exchange(m_port, request("POST", kPath, m_token, huge));
        QVERIFY2(tooLarge.status == 413, qPrintable(tooLarge.text()));
        const HttpAnswer malformed = exchange(m_port, request("POST", kPath, m_token, "{\"source\":"));
        QVERIFY2(malformed.status == 400, qPrintable(malformed.text()));
        QVERIFY2(malformed.json()
                     .value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("not valid JSON")),
                 qPrintable(malformed.text()));
        const HttpAnswer shape =
            exchange(m_port, request("POST", kPath, m_token, "{\"source\":\"refused\",\"payload\":{}}"));
        QVERIFY2(shape.status == 400, qPrintable(shape.text()));
        QVERIFY2(
            shape.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("event_type")),
            qPrintable(shape.text()));
        const HttpAnswer badSource =
            exchange(m_port, request("POST", kPath, m_token, eventBody("Not Valid", "r-3", "{}")));
        QVERIFY2(badSource.status == 400, qPrintable(badSource.text()));
        const HttpAnswer get = exchange(m_port, "GET " + kPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(get.status == 405, qPrintable(get.text()));
        QCOMPARE(get.header("allow"), QByteArray("POST"));
        const HttpAnswer elsewhere = exchange(m_port, request("POST", "/other", m_token, other));
        QVERIFY2(elsewhere.status == 404, qPrintable(elsewhere.text()));
        const HttpAnswer noLength =
            exchange(m_port, "POST " + kPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                 m_token + "\r\n\r\n");
        QVERIFY2(noLength.status == 411, qPrintable(noLength.text()));
        // A body longer than its Content-Length says.
        QByteArray overlong = request("POST", kPath, m_token, other);
        overlong.replace(QByteArray("Content-Length: " + QByteArray::number(other.size())),
                         "Content-Length: 2");
        const HttpAnswer longer = exchange(m_port, overlong);
        QVERIFY2(longer.status == 400, qPrintable(longer.text()));
        QCOMPARE(rows(QStringLiteral("refused")), 0);
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT count(*) FROM ai_events")).toLongLong(), 2);
    }

    void sixteenSendersStoreEachReferenceOnce()
    {
        QVERIFY(m_port != 0);
        // 16 senders × 100 distinct references, then every reference sent again by a different sender.
        for (int round = 0; round < 2; ++round) {
            std::atomic<int> created{0}, duplicates{0}, other{0};
            QStringList problems;
            std::mutex problemsLock;
            std::vector<std::thread> senders;
            for (int s = 0; s < 16; ++s) {
                senders.emplace_back([&, s] {
                    const int owner = (s + round) % 16;
                    for (int i = 0; i < 100; ++i) {
                        const QString ref = QStringLiteral("load-%1-%2").arg(owner).arg(i);
                        const HttpAnswer a = exchange(
                            m_port,
                            request("POST", kPath, m_token,
                                    eventBody("load", ref.toUtf8(),
                                              QByteArray("{\"sender\":" + QByteArray::number(s) + "}"))));
                        if (a.status == 201) {
                            ++created;
                        } else if (a.status == 200 && a.json().value(QStringLiteral("duplicate")).toBool()) {
                            ++duplicates;
                        } else {
                            ++other;
                            std::lock_guard<std::mutex> lock(problemsLock);
                            problems << a.text();
                        }
                    }
                });
            }
            for (std::thread& t : senders)
                t.join();
            QVERIFY2(other == 0, qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
            QCOMPARE(created.load(), round == 0 ? 1600 : 0);
            QCOMPARE(duplicates.load(), round == 0 ? 0 : 1600);
            QCOMPARE(rows(QStringLiteral("load")), 1600);
        }
        QCOMPARE(
            m_admin.scalar(QStringLiteral("SELECT count(DISTINCT ref) FROM ai_events WHERE source = 'load'"))
                .toLongLong(),
            1600);
    }

    void aCrowdAndSlowSendersAreBounded()
    {
        QVERIFY(m_port != 0);
        // Let the connections of the load test close on the server's side too.
        QTest::qWait(1000);
        // 64 connections that send nothing fill the server; the 65th is told it is busy.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 64; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(idle.back()->waitForConnected(30000));
        }
        // One of them sends half a request, slowly.
        idle.front()->write("POST " + kPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QVERIFY(idle.front()->waitForBytesWritten(10000));
        const HttpAnswer busy =
            exchange(m_port, request("POST", kPath, m_token, eventBody("refused", "r-4", "{}")));
        QVERIFY2(busy.status == 503, qPrintable(busy.text()));
        // Within the deadline (10 s) each gets 408 and is closed.
        QElapsedTimer t;
        t.start();
        int timedOut = 0;
        for (auto& s : idle) {
            QByteArray in;
            while (!in.contains("\r\n\r\n") && t.elapsed() < 60000) {
                s->waitForReadyRead(100);
                in += s->readAll();
            }
            timedOut += in.startsWith("HTTP/1.1 408 ") ? 1 : 0;
        }
        QCOMPARE(timedOut, 64);
        QVERIFY2(t.elapsed() >= 5000, "answered 408 too early");
        idle.clear();
        // And the server still serves.
        const HttpAnswer after =
            exchange(m_port, request("POST", kPath, m_token, eventBody("n8n", "exec-2", "{}")));
        QVERIFY2(after.status == 201, qPrintable(after.text()));
        QCOMPARE(rows(QStringLiteral("refused")), 0);
    }

    void sigtermStopsItCleanlyAndTheLogHoldsNoSecret()
    {
        QVERIFY(m_server.state() == QProcess::Running);
        m_server.terminate(); // SIGTERM
        QVERIFY(m_server.waitForFinished(60000));
        QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server.exitCode(), 0);
        const QString log = serverLog();
        QVERIFY2(log.contains(QStringLiteral("Stopped")), qPrintable(log.right(500)));
        // One line per request, with its status and event id.
        QVERIFY2(log.contains(QStringLiteral("POST /ipai_ai_connectors/event: 201, event")),
                 qPrintable(log.left(2000)));
        QVERIFY2(log.contains(QStringLiteral("GET /ipai_ai_connectors/event: 405")),
                 qPrintable(log.left(2000)));
        QVERIFY(log.contains(QStringLiteral(": 413")));
        QVERIFY(log.contains(QStringLiteral(": 408")));
        QVERIFY(log.contains(QStringLiteral(": 503")));
        QVERIFY(log.count(QLatin1Char('\n')) >= 3200);
        QVERIFY(!log.contains(QString::fromLatin1(m_token)));
        QVERIFY(!log.contains(QString::fromLatin1(m_oldToken)));
        QVERIFY(!log.contains(QString::fromLatin1(m_token.left(12))));
        QVERIFY(!log.contains(QStringLiteral("nightly")));
        QVERIFY(!log.contains(QStringLiteral("aaaaaaaa")));
    }

    void aLostDatabaseIsNeverAnsweredWithSuccess()
    {
        // A server of its own: this one ends.
        QVERIFY(startServer());
        // The server's session is ended under it: the event cannot be stored, and the sender is told to
        // come back (503), never 2xx; then it stops listening and exits 1, for systemd to restart it.
        QString error;
        QVERIFY2(
            m_pg->superuserExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                               "datname = current_database() AND pid <> pg_backend_pid()"),
                                &error),
            qPrintable(error));
        m_admin.close();
        bool reopened = false;
        try {
            m_admin.open(m_pg->target());
            reopened = true;
        } catch (const Failure& f) {
            qWarning("%s", qPrintable(f.error().message));
        }
        QVERIFY(reopened);
        const HttpAnswer lost =
            exchange(m_port, request("POST", kPath, m_token, eventBody("lost", "l-1", "{}")));
        QVERIFY2(lost.status == 503, qPrintable(lost.text()));
        QCOMPARE(rows(QStringLiteral("lost")), 0);
        QVERIFY(m_server.waitForFinished(60000));
        const QString log = serverLog();
        QVERIFY2(m_server.exitStatus() == QProcess::NormalExit, qPrintable(log.right(6000)));
        QCOMPARE(m_server.exitCode(), 1);
        QVERIFY2(log.contains(QStringLiteral("503 (database: ")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("connection to the database was lost")), qPrintable(log));
        QVERIFY(!log.contains(QString::fromLatin1(m_token)));
    }

    // As the unit's comment suggests: a login with only the intake role, which may add events and read
    // nothing, not even the ids of the events it sent before.
    void theIntakeRoleIsEnough()
    {
        const QString intake = m_pg->createLogin(QStringLiteral("intake"));
        QString error;
        QVERIFY2(
            m_pg->superuserExec(QStringLiteral("GRANT fusion_event_intake TO \"%1\"").arg(intake), &error),
            qPrintable(error));
        QVERIFY(startServer({}, m_pg->url(intake)));
        const QByteArray body = eventBody("intake", "i-1", "{\"a\":1}");
        const HttpAnswer first = exchange(m_port, request("POST", kPath, m_token, body));
        QVERIFY2(first.status == 201, qPrintable(first.text()));
        QVERIFY(first.json().value(QStringLiteral("id")).toInteger() > 0);
        const HttpAnswer again = exchange(m_port, request("POST", kPath, m_token, body));
        QVERIFY2(again.status == 200, qPrintable(again.text()));
        QCOMPARE(again.json(), (QJsonObject{{QStringLiteral("id"), QJsonValue::Null},
                                            {QStringLiteral("duplicate"), true}}));
        QCOMPARE(m_admin.scalar(QStringLiteral("SELECT received_by FROM ai_events WHERE source = 'intake'"))
                     .toString(),
                 intake);
        QCOMPARE(rows(QStringLiteral("intake")), 1);
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(60000));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void withoutATokenNothingListens()
    {
        const test::CliResult asked =
            run({QStringLiteral("events"), QStringLiteral("token"), QStringLiteral("delete")});
        QVERIFY2(asked.code == 3, qPrintable(describe(asked)));
        QVERIFY(test::keychainHasItem(kTokenItem));
        const test::CliResult deleted = run({QStringLiteral("events"), QStringLiteral("token"),
                                             QStringLiteral("delete"), QStringLiteral("--yes")});
        QVERIFY2(deleted.code == 0, qPrintable(describe(deleted)));
        QVERIFY(!test::keychainHasItem(kTokenItem));
        const test::CliResult gone = run({QStringLiteral("events"), QStringLiteral("token"),
                                          QStringLiteral("delete"), QStringLiteral("--yes")});
        QVERIFY2(gone.code == 5, qPrintable(describe(gone)));

        const test::CliResult serve = run({QStringLiteral("events"), QStringLiteral("serve"),
                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY2(serve.code == 1, qPrintable(describe(serve)));
        QVERIFY2(serve.err.contains(QStringLiteral("events token generate")), qPrintable(serve.err));
        QVERIFY(!serve.err.contains(QStringLiteral("Listening")));
        const test::CliResult badAddress = run({QStringLiteral("events"), QStringLiteral("serve"),
                                                QStringLiteral("--listen"), QStringLiteral("nowhere")});
        QVERIFY2(badAddress.code == 2, qPrintable(describe(badAddress)));
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEventsServe)
#include "tst_cli_events_serve.moc"
