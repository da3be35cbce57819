// Server-sent events: the same stream fed at once and in random pieces gives the same events, the same error
// and the same leftover; no event is larger than the limit; after an error nothing more comes out.

#include "models/net/SseParser.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::SseEvent;
using fusion::SseParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fusion::fuzz::bytes(data, size);
    constexpr qsizetype kMax = 512; // small, so an oversized event is reachable

    SseParser whole(kMax);
    const QList<SseEvent> all = whole.feed(input);
    SseParser pieces(kMax);
    QList<SseEvent> collected;
    for (const QByteArray& piece : fusion::fuzz::splits(input, fusion::fuzz::seedOf(input))) {
        const bool failedBefore = pieces.failed();
        const QList<SseEvent> got = pieces.feed(piece);
        if (failedBefore)
            FUZZ_CHECK(got.isEmpty());
        collected += got;
    }
    FUZZ_CHECK(whole.failed() == pieces.failed());
    FUZZ_CHECK(whole.error() == pieces.error());
    if (!whole.failed())
        FUZZ_CHECK(whole.pending() == pieces.pending());
    FUZZ_CHECK(all.size() == collected.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        FUZZ_CHECK(all[i].name == collected[i].name);
        FUZZ_CHECK(all[i].data == collected[i].data);
        FUZZ_CHECK(all[i].data.size() <= kMax && all[i].name.size() <= kMax);
    }
    return 0;
}
