// The HTTP/1.1 response reader (what HttpRequest reads off the socket): fed at once and fed in random pieces
// it reaches the same state, head and body; a body never exceeds maxBytes; a complete Content-Length body has
// exactly that length; an error always says why.

#include "models/net/HttpResponseReader.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::HttpResponseReader;
using State = HttpResponseReader::State;

namespace {
void checkConsistent(const HttpResponseReader& r, qint64 maxBytes)
{
    FUZZ_CHECK(r.body().size() <= maxBytes);
    const bool failed = r.state() == State::ProtocolError || r.state() == State::TooLarge;
    FUZZ_CHECK(failed == !r.error().isEmpty());
    if (r.headReady())
        FUZZ_CHECK(r.status() >= 100 && r.status() <= 599);
    if (r.state() == State::Complete && r.contentLength() >= 0)
        FUZZ_CHECK(r.body().size() == r.contentLength());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the body limit: small ones make TooLarge reachable.
    static const qint64 limits[] = {16, 1000, 64 * 1024, 32 * 1024 * 1024};
    const qint64 maxBytes = limits[data[0] % 4];
    const QByteArray input = fusion::fuzz::bytes(data + 1, size - 1);

    HttpResponseReader whole(maxBytes);
    whole.feed(input);
    checkConsistent(whole, maxBytes);

    HttpResponseReader pieces(maxBytes);
    for (const QByteArray& piece : fusion::fuzz::splits(input, fusion::fuzz::seedOf(input)))
        pieces.feed(piece);
    checkConsistent(pieces, maxBytes);

    FUZZ_CHECK(whole.state() == pieces.state());
    FUZZ_CHECK(whole.error() == pieces.error());
    FUZZ_CHECK(whole.status() == pieces.status());
    FUZZ_CHECK(whole.reason() == pieces.reason());
    FUZZ_CHECK(whole.contentType() == pieces.contentType());
    FUZZ_CHECK(whole.body() == pieces.body());

    // The server closing: only a body that runs until the close becomes complete.
    const State before = whole.state();
    const State after = whole.close();
    FUZZ_CHECK(after == before || (before == State::Body && after == State::Complete && !whole.chunked() &&
                                   whole.contentLength() < 0));
    checkConsistent(whole, maxBytes);
    return 0;
}
