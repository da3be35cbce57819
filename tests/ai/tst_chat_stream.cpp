// The providers' streamed answers as the console reads them: server-sent-event framing however the bytes are
// split, OpenAI's chunks (Ollama's are the same) and Anthropic's events — the text as it grows, the usage,
// the end — and what a stream cut midway or failing midway leaves: the text so far, and no claim it was
// whole.
#include "models/ai/ChatStream.h"
#include "models/net/SseParser.h"

#include <QTest>

using namespace fusion;
using fusion::ai::ChatStream;

namespace {

QByteArray openAiChunk(const QString& content, const QString& finish = {})
{
    QByteArray delta = content.isNull() ? QByteArrayLiteral("{\"role\":\"assistant\",\"content\":\"\"}")
                                        : "{\"content\":\"" + content.toUtf8() + "\"}";
    const QByteArray fin = finish.isEmpty() ? QByteArrayLiteral("null") : "\"" + finish.toUtf8() + "\"";
    return "data: "
           "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
           "\"choices\":[{\"index\":0,\"delta\":" +
           delta + ",\"finish_reason\":" + fin + "}]}\n\n";
}

const QByteArray kOpenAiUsage =
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-4o-mini-2024-07-18\","
    "\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14,"
    "\"prompt_tokens_details\":{\"cached_tokens\":4}}}\n\n";

QByteArray openAiStream()
{
    return openAiChunk(QString()) + openAiChunk(QStringLiteral("ok")) +
           openAiChunk(QStringLiteral(" Hello")) +
           openAiChunk(QStringLiteral(" there"), QStringLiteral("stop")) + kOpenAiUsage + "data: [DONE]\n\n";
}

QByteArray anthropicEvent(const QByteArray& name, const QByteArray& json)
{
    return "event: " + name + "\ndata: " + json + "\n\n";
}

QByteArray anthropicStart()
{
    return anthropicEvent(
               "message_start",
               "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":"
               "\"assistant\",\"model\":\"claude-haiku-4-5\",\"content\":[],\"stop_reason\":null,"
               "\"usage\":{\"input_tokens\":7,\"cache_creation_input_tokens\":0,"
               "\"cache_read_input_tokens\":4,\"output_tokens\":1}}}") +
           anthropicEvent(
               "content_block_start",
               "{\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\","
               "\"text\":\"\"}}") +
           anthropicEvent("ping", "{\"type\":\"ping\"}");
}

QByteArray anthropicDelta(const QByteArray& text)
{
    return anthropicEvent("content_block_delta",
                          "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                          "\"text_delta\",\"text\":\"" +
                              text + "\"}}");
}

QByteArray anthropicEnd()
{
    return anthropicEvent("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}") +
           anthropicEvent("message_delta",
                          "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                          "\"stop_sequence\":null},\"usage\":{\"output_tokens\":3}}") +
           anthropicEvent("message_stop", "{\"type\":\"message_stop\"}");
}

} // namespace

class TestChatStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sseFramingSurvivesAnySplit_data()
    {
        QTest::addColumn<QByteArray>("newline");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("CR") << QByteArray("\r");
    }
    void sseFramingSurvivesAnySplit()
    {
        QFETCH(QByteArray, newline);
        const QByteArray nl = newline;
        const QByteArray stream = ": keep-alive" + nl + "event: one" + nl + "data: first" + nl +
                                  "data:second" + nl + "id: 7" + nl + nl + "data: {\"x\":1}" + nl + nl +
                                  "event: empty" + nl + nl + "data: unfinished";
        // One byte at a time and all at once give the same events; the unfinished one is held back.
        for (const int step : {1, 2, 5, int(stream.size())}) {
            SseParser parser;
            QList<SseEvent> events;
            for (qsizetype at = 0; at < stream.size(); at += step)
                events += parser.feed(stream.mid(at, step));
            QCOMPARE(events.size(), 2);
            QCOMPARE(events[0].name, QByteArray("one"));
            QCOMPARE(events[0].data, QByteArray("first\nsecond"));
            QCOMPARE(events[1].name, QByteArray());
            QCOMPARE(events[1].data, QByteArray("{\"x\":1}"));
            QVERIFY(parser.pending());
        }
    }

    void anOversizedEventIsAnErrorNotUnboundedMemory()
    {
        SseParser parser(1000);
        QVERIFY(parser.feed("data: " + QByteArray(600, 'a') + "\n").isEmpty());
        QVERIFY(parser.feed("data: " + QByteArray(600, 'b') + "\n\n").isEmpty());
        QVERIFY(parser.failed());
        QVERIFY(parser.error().contains(QLatin1String("1000")));
        QVERIFY(parser.feed("data: x\n\n").isEmpty()); // nothing after an error
    }

    // Found by fuzzing (tests/fuzz/regressions/sse): the events completed in the same read as an oversized
    // one were dropped with it, so whether they were seen depended on how the stream happened to be cut into
    // reads.
    void eventsBeforeAnOversizedOneAreKeptWhateverTheReads()
    {
        const QByteArray stream = "data: first\n\ndata: " + QByteArray(1200, 'x') + "\n\n";
        SseParser whole(1000);
        const QList<SseEvent> events = whole.feed(stream);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("first"));
        QVERIFY(whole.failed());
        SseParser pieces(1000);
        QCOMPARE(pieces.feed(stream.left(14)).size(), 1);
        QVERIFY(pieces.feed(stream.mid(14)).isEmpty());
        QCOMPARE(pieces.error(), whole.error());
    }

    // The person sees the text that arrived and why the answer stopped, not an empty answer.
    void aStreamKeepsItsTextWhenAnOversizedEventFollowsInTheSameRead()
    {
        ChatStream stream(QStringLiteral("openai"));
        const QString added =
            stream.feed(openAiChunk(QStringLiteral("ok")) + openAiChunk(QStringLiteral(" Hello")) +
                        "data: " + QByteArray(5 * 1024 * 1024, 'x') + "\n\n");
        QCOMPARE(added, QStringLiteral("ok Hello"));
        QVERIFY(stream.failed());
        QVERIFY2(stream.error().contains(QLatin1String("larger than")), qPrintable(stream.error()));
        QCOMPARE(stream.reply().text, QStringLiteral("ok Hello"));
        QVERIFY(!stream.reply().ok);
    }

    void openAiTextArrivesPieceByPieceWithUsageAtTheEnd()
    {
        ChatStream stream(QStringLiteral("openai"));
        const QByteArray bytes = openAiStream();
        QStringList pieces;
        for (qsizetype at = 0; at < bytes.size(); at += 7)
            if (const QString added = stream.feed(bytes.mid(at, 7)); !added.isEmpty())
                pieces << added;
        QVERIFY2(pieces.size() >= 3, qPrintable(pieces.join(QLatin1Char('|'))));
        QCOMPARE(pieces.join(QString()), QStringLiteral("ok Hello there"));
        QVERIFY(stream.complete());
        QVERIFY(stream.usageKnown());
        const ChatReply r = stream.reply();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.model, QStringLiteral("gpt-4o-mini-2024-07-18"));
        QCOMPARE(r.finish, QStringLiteral("stop"));
        QCOMPARE(r.tokens.in, 11);
        QCOMPARE(r.tokens.out, 3);
        QCOMPARE(r.tokens.cached, 4);
    }

    void anOpenAiStreamCutMidwayKeepsItsTextButIsNotWhole()
    {
        ChatStream stream(QStringLiteral("ollama"));
        stream.feed(openAiChunk(QString()) + openAiChunk(QStringLiteral("ok")) +
                    openAiChunk(QStringLiteral(" Hel")));
        const ChatReply r = stream.reply();
        QVERIFY(!r.ok);
        QCOMPARE(r.text, QStringLiteral("ok Hel"));
        QVERIFY(!stream.complete());
        QVERIFY(!stream.usageKnown());
        QVERIFY(r.error.contains(QLatin1String("ended before")));
    }

    void aStreamWithoutUsageIsWholeButUnpriced()
    {
        ChatStream stream(QStringLiteral("openai"));
        stream.feed(openAiChunk(QStringLiteral("ok"), QStringLiteral("stop")) + "data: [DONE]\n\n");
        QVERIFY(stream.complete());
        const ChatReply r = stream.reply();
        QVERIFY(!r.ok);
        QCOMPARE(r.text, QStringLiteral("ok"));
        QVERIFY(r.error.contains(QLatin1String("token usage")));
    }

    void anOpenAiErrorMidStreamIsReportedWithTheTextSoFar()
    {
        ChatStream stream(QStringLiteral("openai"));
        stream.feed(
            openAiChunk(QStringLiteral("ok")) +
            "data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
            "\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n" +
            openAiChunk(QStringLiteral(" ignored")));
        QVERIFY(stream.failed());
        QVERIFY(stream.error().contains(QLatin1String("server_error")));
        QCOMPARE(stream.reply().text, QStringLiteral("ok"));
    }

    void aChunkThatIsNotJsonFailsTheStream()
    {
        ChatStream stream(QStringLiteral("openai"));
        stream.feed("data: {\"choices\":[{\"delta\":{\"content\":\"ok\"}}]}\n\ndata: {truncated\n\n");
        QVERIFY(stream.failed());
        QCOMPARE(stream.reply().text, QStringLiteral("ok"));
        QVERIFY(!stream.reply().ok);
    }

    void hostileUsageIsNotBelieved()
    {
        ChatStream stream(QStringLiteral("openai"));
        stream.feed(openAiChunk(QStringLiteral("ok"), QStringLiteral("stop")) +
                    "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":-5,\"completion_tokens\":1}}\n\n"
                    "data: [DONE]\n\n");
        QVERIFY(stream.failed());
        QVERIFY(!stream.usageKnown());
        QVERIFY(!stream.reply().ok);
    }

    void anthropicEventsGiveTextUsageAndEnd()
    {
        ChatStream stream(QStringLiteral("anthropic"));
        QString text;
        text += stream.feed(anthropicStart());
        QVERIFY(!stream.usageKnown()); // output tokens come at the end
        text += stream.feed(anthropicDelta("ok"));
        text += stream.feed(anthropicDelta(" Hello"));
        QCOMPARE(text, QStringLiteral("ok Hello"));
        QVERIFY(!stream.complete());
        stream.feed(anthropicEnd());
        QVERIFY(stream.complete());
        const ChatReply r = stream.reply();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.model, QStringLiteral("claude-haiku-4-5"));
        QCOMPARE(r.finish, QStringLiteral("end_turn"));
        QCOMPARE(r.tokens.in, 11); // 7 uncached + 4 read from the cache
        QCOMPARE(r.tokens.cached, 4);
        QCOMPARE(r.tokens.out, 3);
    }

    void anAnthropicErrorEventKeepsTheTextAndTheInputTokens()
    {
        ChatStream stream(QStringLiteral("anthropic"));
        stream.feed(anthropicStart() + anthropicDelta("ok") +
                    anthropicEvent("error", "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\","
                                            "\"message\":\"Overloaded\"}}"));
        QVERIFY(stream.failed());
        QVERIFY(stream.error().contains(QLatin1String("Overloaded")));
        const ChatReply r = stream.reply();
        QVERIFY(!r.ok);
        QCOMPARE(r.text, QStringLiteral("ok"));
        QCOMPARE(r.tokens.in, 11);
    }

    void aStreamedRequestAsksForEventsAndUsage()
    {
        ChatRequest request;
        request.model = QStringLiteral("gpt-4o-mini");
        request.prompt = QStringLiteral("Why?");
        request.history << ChatTurn{QStringLiteral("user"), QStringLiteral("Hi")}
                        << ChatTurn{QStringLiteral("assistant"), QStringLiteral("Hello")};
        request.stream = true;
        const ChatApi::Http openai = ChatApi::build(QStringLiteral("openai"), QStringLiteral("http://x/"),
                                                    request, SecretBytes(QByteArray("sk-1")));
        QVERIFY(openai.body.contains("\"stream\":true"));
        QVERIFY(openai.body.contains("\"include_usage\":true"));
        QVERIFY(openai.body.indexOf("\"Hi\"") < openai.body.indexOf("\"Hello\""));
        QVERIFY(openai.body.indexOf("\"Hello\"") < openai.body.indexOf("\"Why?\""));
        // Ollama needs no key: no Authorization header at all.
        const ChatApi::Http ollama = ChatApi::build(
            QStringLiteral("ollama"), QStringLiteral("http://x/ollama"), request, SecretBytes());
        QCOMPARE(ollama.url.toString(), QStringLiteral("http://x/ollama/v1/chat/completions"));
        QVERIFY(ollama.headers.isEmpty());
        const ChatApi::Http anthropic = ChatApi::build(
            QStringLiteral("anthropic"), QStringLiteral("http://x"), request, SecretBytes(QByteArray("k")));
        QVERIFY(anthropic.body.contains("\"stream\":true"));
        QVERIFY(!anthropic.body.contains("include_usage"));
        QCOMPARE(ChatApi::messageCount(request), 3);
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chat_stream.moc"
