// The events intake's request parser: fed at once and in random pieces it ends in the same state with the
// same request; limits hold (head, header count, body); a failure carries one of the statuses it documents
// and a reason. Each request it accepts is answered with HttpServerRequest::response(), which the client-side
// reader (HttpResponseReader) must read back to the same status and body.

#include "models/net/HttpResponseReader.h"
#include "models/net/HttpServerRequest.h"
#include "tests/fuzz/FuzzCheck.h"

using fusion::HttpServerRequest;
using State = HttpServerRequest::State;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fusion::fuzz::bytes(data, size);
    // Small limits, so each of them is reachable by an input of a few kilobytes.
    fusion::HttpLimits limits;
    limits.maxHeadBytes = 1024;
    limits.maxHeaders = 8;
    limits.maxBodyBytes = 2048;

    HttpServerRequest whole(limits);
    whole.feed(input);
    HttpServerRequest pieces(limits);
    for (const QByteArray& piece : fusion::fuzz::splits(input, fusion::fuzz::seedOf(input)))
        pieces.feed(piece);

    for (const HttpServerRequest* r : {&whole, &pieces}) {
        FUZZ_CHECK(r->body().size() <= limits.maxBodyBytes);
        if (r->state() == State::Failed) {
            FUZZ_CHECK(!r->error().isEmpty());
            FUZZ_CHECK(r->status() == 400 || r->status() == 411 || r->status() == 413 || r->status() == 431 ||
                       r->status() == 505);
        }
        if (r->state() == State::Complete) {
            FUZZ_CHECK(r->headRead());
            FUZZ_CHECK(!r->method().isEmpty());
            FUZZ_CHECK(r->target().startsWith(r->path()));
            FUZZ_CHECK(r->body().size() == r->contentLength().value_or(0));
        }
    }
    FUZZ_CHECK(whole.state() == pieces.state());
    FUZZ_CHECK(whole.status() == pieces.status());
    FUZZ_CHECK(whole.error() == pieces.error());
    FUZZ_CHECK(whole.method() == pieces.method());
    FUZZ_CHECK(whole.target() == pieces.target());
    FUZZ_CHECK(whole.body() == pieces.body());

    // The answer the intake would send, read by our own client.
    const int status = whole.state() == State::Failed ? whole.status() : 200;
    const QByteArray answer = HttpServerRequest::response(
        status, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}}, whole.body());
    fusion::HttpResponseReader reader;
    reader.feed(answer);
    FUZZ_CHECK(reader.state() == fusion::HttpResponseReader::State::Complete);
    FUZZ_CHECK(reader.status() == status);
    FUZZ_CHECK(reader.body() == whole.body());
    return 0;
}
