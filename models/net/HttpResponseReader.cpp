#include "models/net/HttpResponseReader.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

namespace fusion {

namespace {
// HttpRequest's translation context: these messages were written (and translated) as its own.
struct HttpResponseReaderTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::HttpRequest)
};
} // namespace

HttpResponseReader::HttpResponseReader(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedHead && m_state != State::Body)
        return m_state;
    m_received += bytes.size();
    m_buffer.append(bytes);
    if (m_state == State::NeedHead) {
        if (!parseHead())
            return m_state;
        m_state = State::Body;
    }
    if (m_chunked) {
        if (parseChunks())
            m_state = State::Complete;
        return m_state;
    }
    // Only the body's own bytes: what a server sends after its Content-Length is not part of the answer and
    // must not count against maxBytes (the fuzz target found that it did, but only when it came in the same
    // read as the body's end).
    if (m_contentLength >= 0)
        m_body += QByteArrayView(m_buffer).first(
            std::min<qint64>(m_buffer.size(), m_contentLength - m_body.size()));
    else
        m_body += m_buffer;
    m_buffer.clear();
    if (m_body.size() > m_maxBytes) {
        // What is kept stays within the limit too: the caller may still show the beginning of the answer.
        m_body.truncate(m_maxBytes);
        failTooLarge();
        return m_state;
    }
    if (m_contentLength >= 0 && m_body.size() == m_contentLength)
        m_state = State::Complete;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::close()
{
    if (m_state == State::Body && !m_chunked && m_contentLength < 0)
        m_state = State::Complete; // the body ran until the server closed
    return m_state;
}

bool HttpResponseReader::parseHead()
{
    // From where the last look stopped (less the 3 bytes a blank line may straddle): a head trickling in a
    // byte at a time is read in linear time, not rescanned from its start at every byte.
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", std::max<qsizetype>(0, m_headScanned - 3));
    m_headScanned = m_buffer.size();
    // The same limit whatever the reads: a head ending within it is read even when its last bytes arrive
    // after it, and one ending beyond it is refused even when it came in one read (the request parser's fuzz
    // target found it answering both ways).
    if (end < 0 ? m_buffer.size() > kMaxHead + 3 : end > kMaxHead) {
        fail(State::ProtocolError, HttpResponseReaderTr::tr("the answer's headers are too long"));
        return false;
    }
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    const int status = parts.value(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok || status < 100 || status > 599) {
        fail(State::ProtocolError, HttpResponseReaderTr::tr("the server did not answer in HTTP"));
        return false;
    }
    m_status = status;
    m_reason = statusLine.mid(statusLine.indexOf(' ', 9) + 1);
    if (parts.size() < 3)
        m_reason.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                fail(State::ProtocolError,
                     HttpResponseReaderTr::tr("the answer has an invalid Content-Length"));
                return false;
            }
            if (m_contentLength > m_maxBytes) {
                failTooLarge();
                return false;
            }
        } else if (name == "transfer-encoding") {
            m_chunked = value.toLower().contains("chunked");
        } else if (name == "content-type") {
            m_contentType = value;
        }
    }
    if (m_chunked)
        m_contentLength = -1;
    return true;
}

// Consumes whole chunks from the buffer; true once the last (empty) chunk and the trailers arrived.
bool HttpResponseReader::parseChunks()
{
    for (;;) {
        if (m_chunkRemaining == -1) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0 ? m_buffer.size() > kMaxChunkLine + 1 : eol > kMaxChunkLine) {
                fail(State::ProtocolError, HttpResponseReaderTr::tr("a chunk of the answer is malformed"));
                return false;
            }
            if (eol < 0)
                return false;
            QByteArray sizeText = m_buffer.left(eol);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(State::ProtocolError, HttpResponseReaderTr::tr("a chunk of the answer is malformed"));
                return false;
            }
            m_buffer.remove(0, eol + 2);
            if (size == 0) {
                m_chunkRemaining = -3;
            } else {
                // Not m_body.size() + size: a chunk size near 2^63 overflowed that (undefined behaviour).
                if (size > m_maxBytes - m_body.size()) {
                    failTooLarge();
                    return false;
                }
                m_chunkRemaining = size;
            }
        }
        if (m_chunkRemaining == -3) // trailers (usually none), then an empty line
            return m_buffer.startsWith("\r\n") || m_buffer.contains("\r\n\r\n");
        if (m_chunkRemaining == -2) {
            if (m_buffer.size() < 2)
                return false;
            if (!m_buffer.startsWith("\r\n")) {
                fail(State::ProtocolError, HttpResponseReaderTr::tr("a chunk of the answer is malformed"));
                return false;
            }
            m_buffer.remove(0, 2);
            m_chunkRemaining = -1;
            continue;
        }
        const qint64 take = std::min<qint64>(m_chunkRemaining, m_buffer.size());
        m_body += m_buffer.left(take);
        m_buffer.remove(0, take);
        m_chunkRemaining -= take;
        if (m_chunkRemaining > 0)
            return false;
        m_chunkRemaining = -2;
    }
}

void HttpResponseReader::fail(State state, const QString& why)
{
    m_state = state;
    m_error = why;
    m_buffer.clear();
}

void HttpResponseReader::failTooLarge()
{
    fail(State::TooLarge, HttpResponseReaderTr::tr("the answer is larger than %1 bytes").arg(m_maxBytes));
}

} // namespace fusion
