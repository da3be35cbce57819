// The events intake's pure parts, without a socket: HttpServerRequest reading a request fed in any pieces
// (limits judged on the head, before any body byte is kept), the constant-time comparison of tokens, the
// Authorization header, and the body's event with seed 003's field names and the payload kept as sent.
#include "models/ai/EventReceiver.h"
#include "models/core/Error.h"
#include "models/net/HttpServerRequest.h"
#include "models/secrets/ConstantTime.h"

#include <QTest>

// No raw string literals in this file: moc cannot read past some of them.
using namespace fusion;

namespace {
using State = HttpServerRequest::State;

const QByteArray kBody =
    "{\"source\":\"n8n\",\"event_type\":\"workflow.failed\",\"ref\":\"exec-1\",\"payload\":{\"a\":1}}";

QByteArray post(const QByteArray& body, const QByteArray& extra = {})
{
    return "POST /ipai_ai_connectors/event HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
           "Content-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// Whether parseBody refuses `body`, and with a message containing `words`.
bool refused(const QByteArray& body, const QString& words, QString* message)
{
    try {
        EventReceiver::parseBody(body);
        *message = QStringLiteral("(accepted)");
        return false;
    } catch (const Failure& f) {
        *message = f.error().message;
        return f.error().kind == ErrorKind::InvalidInput && f.error().message.contains(words);
    }
}
} // namespace

class TestHttpServerRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Found by fuzzing (tests/fuzz/regressions/http_server_request): a head that ends within the limit was
    // refused as too large when its blank line arrived in a later read than the limit's byte, and read when
    // it came at once.
    void aHeadEndingAtTheLimitIsReadWhateverTheReads()
    {
        HttpLimits limits;
        limits.maxHeadBytes = 1024;
        const QByteArray start = "GET / HTTP/1.1\r\nHost: h\r\nX: ";
        const QByteArray wire = start + QByteArray(1024 - start.size(), 'a') + "\r\n\r\n";
        for (const qsizetype step : {wire.size(), qsizetype(1), qsizetype(1025)}) {
            HttpServerRequest r(limits);
            for (qsizetype i = 0; i < wire.size(); i += step)
                r.feed(wire.mid(i, step));
            QCOMPARE(r.state(), State::Complete);
        }
        HttpServerRequest over(limits);
        QCOMPARE(over.feed(start + QByteArray(1025 - start.size(), 'a') + "\r\n\r\n"), State::Failed);
        QCOMPARE(over.status(), 431);
    }

    void aRequestInOnePieceOrByteByByte()
    {
        const QByteArray wire = post(kBody);
        HttpServerRequest whole;
        QCOMPARE(whole.feed(wire), State::Complete);
        QCOMPARE(whole.method(), QByteArray("POST"));
        QCOMPARE(whole.path(), QByteArray("/ipai_ai_connectors/event"));
        QCOMPARE(whole.header("content-type").value_or(""), QByteArray("application/json"));
        QCOMPARE(whole.header("CONTENT-TYPE").value_or(""), QByteArray("application/json"));
        QCOMPARE(whole.body(), kBody);

        HttpServerRequest trickle;
        bool headSeen = false;
        for (qsizetype i = 0; i < wire.size(); ++i) {
            const State s = trickle.feed(wire.mid(i, 1));
            QVERIFY(s != State::Failed);
            if (trickle.headRead() && !headSeen) {
                headSeen = true;
                // The head is complete exactly when its blank line arrives.
                QCOMPARE(wire.left(i + 1).endsWith("\r\n\r\n"), true);
            }
            QCOMPARE(s == State::Complete, i == wire.size() - 1);
        }
        QCOMPARE(trickle.body(), kBody);

        // Bare LF line ends and a query string are read too; the path leaves the query out.
        HttpServerRequest lf;
        QCOMPARE(lf.feed("GET /x?token=abc HTTP/1.1\nHost: h\n\n"), State::Complete);
        QCOMPARE(lf.path(), QByteArray("/x"));
        QCOMPARE(lf.target(), QByteArray("/x?token=abc"));
    }

    void limitsAreJudgedOnTheHead_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("too large") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1001\r\n\r\n")
                                   << 413;
        QTest::newRow("absurdly large")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 413;
        QTest::newRow("no length") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\n\r\n") << 411;
        QTest::newRow("chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n") << 411;
        QTest::newRow("two lengths")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n")
            << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("longer than said")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}x") << 400;
        QTest::newRow("no host") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 400;
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n") << 505;
        QTest::newRow("absolute form") << QByteArray("GET http://h/ HTTP/1.1\r\nHost: h\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n") << 400;
        QTest::newRow("folded") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n continued\r\n\r\n") << 400;
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nHost: h\x01\r\n\r\n") << 400;
        QTest::newRow("head too large")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX: ") + QByteArray(3000, 'a') << 431;
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < 20; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("too many headers") << many + "\r\n" << 431;
    }
    void limitsAreJudgedOnTheHead()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpServerRequest r(HttpLimits{2048, 10, 1000});
        QCOMPARE(r.feed(wire), State::Failed);
        QCOMPARE(r.status(), status);
        QVERIFY(!r.error().isEmpty());
        // Once failed, nothing more is read.
        QCOMPARE(r.feed("more"), State::Failed);
        QVERIFY(r.body().isEmpty());
    }

    void theLimitItselfIsAccepted()
    {
        HttpServerRequest r(HttpLimits{2048, 10, 1000});
        QCOMPARE(r.feed("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n"), State::ReadingBody);
        QVERIFY(r.headRead());
        QCOMPARE(r.feed(QByteArray(999, 'x')), State::ReadingBody);
        QCOMPARE(r.feed("x"), State::Complete);
        QCOMPARE(r.body().size(), 1000);
        // A byte after the body is a body longer than it said.
        QCOMPARE(r.feed("y"), State::Failed);
        QCOMPARE(r.status(), 400);
    }

    void responsesCloseTheConnection()
    {
        const QByteArray r =
            HttpServerRequest::response(405, {{"Allow", "POST"}}, QByteArray("{\"error\":\"x\"}"));
        QVERIFY(r.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
        QVERIFY(r.contains("\r\nAllow: POST\r\n"));
        QVERIFY(r.contains("\r\nContent-Length: 13\r\n"));
        QVERIFY(r.contains("\r\nConnection: close\r\n\r\n{\"error\":\"x\"}"));
    }

    void tokensCompareByEveryByte()
    {
        QVERIFY(constantTimeEquals("abcdef", "abcdef"));
        QVERIFY(constantTimeEquals("", ""));
        QVERIFY(!constantTimeEquals("abcdef", "abcdeg"));
        QVERIFY(!constantTimeEquals("abcdef", "xbcdef"));
        QVERIFY(!constantTimeEquals("abcdef", "abcde"));
        QVERIFY(!constantTimeEquals("abcde", "abcdef"));
        QVERIFY(!constantTimeEquals("", "a"));
        // A NUL where the other one ends is still a difference.
        QVERIFY(!constantTimeEquals(QByteArrayView("ab\0", 3), QByteArrayView("ab", 2)));
        QVERIFY(!constantTimeEquals(QByteArrayView("\xff", 1), QByteArrayView("", 0)));
    }

    void theAuthorizationHeader()
    {
        const QByteArray token = "0123456789abcdefghijklmnopqrstuv";
        QVERIFY(EventReceiver::bearerMatches(QByteArray("Bearer ") + token, token));
        QVERIFY(EventReceiver::bearerMatches(QByteArray("bearer  ") + token + ' ', token));
        QVERIFY(!EventReceiver::bearerMatches(std::nullopt, token));
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Bearer"), token));
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Bearer "), token));
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Basic ") + token, token));
        QVERIFY(!EventReceiver::bearerMatches(token, token));
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Bearer ") + token + 'x', token));
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Bearer ") + token.chopped(1), token));
        // No token configured matches nothing, not even an empty one.
        QVERIFY(!EventReceiver::bearerMatches(QByteArray("Bearer "), QByteArray()));
    }

    void theBodyAndSeedFieldNames()
    {
        const IncomingEvent e = EventReceiver::parseBody(kBody);
        QCOMPARE(e.source, QStringLiteral("n8n"));
        QCOMPARE(e.type, QStringLiteral("workflow.failed"));
        QCOMPARE(e.ref, QStringLiteral("exec-1"));
        QCOMPARE(e.payload, QByteArray("{\"a\":1}"));

        // Seed 003's names: type, external_ref, payload_json (the payload as text); a numeric ref.
        const IncomingEvent seed = EventReceiver::parseBody(
            "{\"source\":\"github\",\"type\":\"push\",\"external_ref\":4711,\"payload_json\":\"[1,2]\"}");
        QCOMPARE(seed.type, QStringLiteral("push"));
        QCOMPARE(seed.ref, QStringLiteral("4711"));
        QCOMPARE(seed.payload, QByteArray("[1,2]"));

        // The payload is kept byte for byte: key order, spacing and numbers no double can hold.
        const QByteArray exact = "{ \"z\": 12345678901234567890123, \"a\" : [1.10, {\"s\":\"}]\\\"\"}] }";
        const IncomingEvent kept = EventReceiver::parseBody(QByteArray("{\"payload\" : ") + exact +
                                                            "  , \"source\":\"n8n\",\"event_type\":\"t\"}");
        QCOMPARE(kept.payload, exact);
        QVERIFY(kept.ref.isEmpty());
        // An escaped key is the key it spells.
        QCOMPARE(
            EventReceiver::parseBody("{\"source\":\"n8n\",\"event_type\":\"t\",\"pay\\u006coad\":[true]}")
                .payload,
            QByteArray("[true]"));
    }

    void badBodiesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray("  ") << "empty";
        QTest::newRow("malformed") << QByteArray("{\"source\":") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1]") << "must be a JSON object";
        QTest::newRow("no source") << QByteArray("{\"event_type\":\"t\",\"payload\":{}}") << "no \"source\"";
        QTest::newRow("source number") << QByteArray("{\"source\":1,\"event_type\":\"t\",\"payload\":{}}")
                                       << "\"source\" must be a string";
        QTest::newRow("no type") << QByteArray("{\"source\":\"s\",\"payload\":{}}") << "no \"event_type\"";
        QTest::newRow("both types")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"event_type\":\"a\",\"payload\":{}}")
            << "not both";
        QTest::newRow("fractional ref")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"ref\":1.5,\"payload\":{}}") << "whole number";
        QTest::newRow("object ref") << QByteArray(
                                           "{\"source\":\"s\",\"type\":\"a\",\"ref\":{},\"payload\":{}}")
                                    << "whole number";
        QTest::newRow("no payload") << QByteArray("{\"source\":\"s\",\"type\":\"a\"}") << "no \"payload\"";
        QTest::newRow("scalar payload")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"payload\":3}") << "object or array";
        QTest::newRow("both payloads")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"payload\":{},\"payload_json\":\"{}\"}")
            << "not both";
        QTest::newRow("payload_json not text")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"payload_json\":{}}") << "must be a string";
        QTest::newRow("unknown field")
            << QByteArray("{\"source\":\"s\",\"type\":\"a\",\"payload\":{},\"evnt\":1}")
            << "Unknown field \"evnt\"";
        QTest::newRow("twice") << QByteArray(
                                      "{\"source\":\"s\",\"type\":\"a\",\"payload\":{},\"payload\":[]}")
                               << "given twice";
    }
    void badBodiesAreNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        QString message;
        QVERIFY2(refused(body, words, &message), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHttpServerRequest)
#include "tst_http_server_request.moc"
