// The providers' JSON: OpenAI's and Anthropic's chat answers (ChatApi::parse), their streamed answers
// (ai::ChatStream over server-sent events) and embeddings answers (EmbeddingsApi::parse). An answer is either
// ok with sane token counts and no error, or not ok with an error; a stream gives the same text, usage and
// verdict whatever pieces it arrives in; an embeddings answer that is accepted is whole and finite.

#include "models/ai/ChatStream.h"
#include "models/ai/EmbeddingsApi.h"
#include "models/usage/ChatApi.h"
#include "tests/fuzz/FuzzCheck.h"

#include <cmath>

using namespace fusion;

namespace {
void checkReply(const ChatReply& r)
{
    FUZZ_CHECK(r.ok == r.error.isEmpty());
    if (r.ok) {
        FUZZ_CHECK(r.tokens.in >= 0 && r.tokens.out >= 0 && r.tokens.cached >= 0);
        FUZZ_CHECK(r.tokens.cached <= r.tokens.in);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks what is read and how: the provider, the HTTP status, the number of texts sent.
    const quint8 mode = data[0];
    const QByteArray body = fusion::fuzz::bytes(data + 1, size - 1);
    const QString provider = (mode & 1) ? QStringLiteral("anthropic") : QStringLiteral("openai");
    switch ((mode >> 1) % 3) {
    case 0: {
        const int status = (mode & 0x40) ? 429 : 200;
        checkReply(ChatApi::parse(provider, status, body));
        break;
    }
    case 1: {
        ai::ChatStream whole(provider);
        const QString wholeText = whole.feed(body);
        ai::ChatStream pieces(provider);
        QString piecesText;
        for (const QByteArray& piece : fusion::fuzz::splits(body, fusion::fuzz::seedOf(body)))
            piecesText += pieces.feed(piece);
        FUZZ_CHECK(wholeText == piecesText);
        FUZZ_CHECK(whole.complete() == pieces.complete());
        FUZZ_CHECK(whole.failed() == pieces.failed());
        FUZZ_CHECK(whole.usageKnown() == pieces.usageKnown());
        const ChatReply a = whole.reply();
        const ChatReply b = pieces.reply();
        checkReply(a);
        FUZZ_CHECK(a.ok == b.ok && a.text == b.text && a.finish == b.finish && a.model == b.model);
        FUZZ_CHECK(a.tokens.in == b.tokens.in && a.tokens.out == b.tokens.out &&
                   a.tokens.cached == b.tokens.cached);
        if (a.ok)
            FUZZ_CHECK(whole.complete() && !whole.failed());
        break;
    }
    default: {
        const qsizetype expected = 1 + (mode >> 4) % 4;
        const EmbeddingsReply r = EmbeddingsApi::parse(200, body, expected);
        if (r.ok()) {
            FUZZ_CHECK(r.vectors.size() == expected);
            FUZZ_CHECK(r.dimensions > 0);
            FUZZ_CHECK(r.promptTokens >= 0);
            for (const QList<float>& v : r.vectors) {
                FUZZ_CHECK(v.size() == r.dimensions);
                for (const float x : v)
                    FUZZ_CHECK(std::isfinite(x));
            }
        }
        break;
    }
    }
    return 0;
}
