#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fusion {

// Reads one HTTP/1.1 response as its bytes arrive, in any split: the status line and headers, then a body
// delimited by Content-Length, by chunks, or by the server closing the connection; at most `maxBytes` of
// body. Pure (no socket), so HttpRequest feeds it what the socket read and a fuzzer feeds it anything.
class HttpResponseReader {
public:
    enum class State {
        NeedHead,      // the status line and headers are not all there yet
        Body,          // the head was read; the body is arriving (body() holds what came, de-chunked)
        Complete,      // the whole answer arrived
        ProtocolError, // not HTTP: a malformed status line, headers or chunk (error() says which)
        TooLarge,      // the body is (or says it will be) larger than maxBytes
    };
    static constexpr qsizetype kMaxHead = 64 * 1024;
    static constexpr qsizetype kMaxChunkLine = 1024;

    explicit HttpResponseReader(qint64 maxBytes = 32 * 1024 * 1024);

    // Consumes what arrived. Bytes after a complete answer, or after an error, are ignored.
    State feed(QByteArrayView bytes);
    // The server closed the connection: a body delimited by the close is complete; anything else unfinished
    // stays as it is (the caller reports the cut answer).
    State close();

    State state() const { return m_state; }
    bool headReady() const { return m_state != State::NeedHead && m_status != 0; }
    bool receivedAnything() const { return m_received > 0; }
    QString error() const { return m_error; } // for ProtocolError and TooLarge, in words

    int status() const { return m_status; }
    QByteArray reason() const { return m_reason; }
    QByteArray contentType() const { return m_contentType; }
    qint64 contentLength() const { return m_contentLength; } // -1: not given (chunked, or until close)
    bool chunked() const { return m_chunked; }
    const QByteArray& body() const { return m_body; } // never more than maxBytes, even when TooLarge

private:
    bool parseHead();
    bool parseChunks();
    void fail(State state, const QString& why);
    void failTooLarge();

    qint64 m_maxBytes;
    QByteArray m_buffer; // received, not yet consumed
    QByteArray m_body;
    QByteArray m_reason;
    QByteArray m_contentType;
    QString m_error;
    State m_state = State::NeedHead;
    int m_status = 0;
    qint64 m_received = 0;
    qsizetype m_headScanned = 0; // how much of m_buffer was searched for the head's end
    qint64 m_contentLength = -1;
    qint64 m_chunkRemaining = -1; // -1: expecting a size line; -2: the CRLF after a chunk; -3: the trailers
    bool m_chunked = false;
};

} // namespace fusion
