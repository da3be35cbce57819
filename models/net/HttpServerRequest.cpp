#include "models/net/HttpServerRequest.h"

namespace fusion {

namespace {

// RFC 9110's tchar: what a method or a header name may hold.
bool httpIsToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        const bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(char(c));
        if (!ok)
            return false;
    }
    return true;
}

// Field values and targets: visible ASCII, spaces, tabs and obs-text, never a control character (a bare CR
// or a NUL is how requests are smuggled past a proxy).
bool httpHasControl(const QByteArray& text, bool allowSpace)
{
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0x7f || (c < 0x20 && !(allowSpace && c == '\t')) || (!allowSpace && c == ' '))
            return true;
    }
    return false;
}

} // namespace

HttpServerRequest::HttpServerRequest(HttpLimits limits)
    : m_limits(limits)
{
}

HttpServerRequest::State HttpServerRequest::fail(int status, const QString& error)
{
    m_state = State::Failed;
    m_status = status;
    m_error = error;
    m_buffer.clear();
    m_body.clear();
    return m_state;
}

HttpServerRequest::State HttpServerRequest::feed(const QByteArray& bytes)
{
    if (m_state == State::Failed)
        return m_state;
    if (m_state == State::Complete) {
        // Only one request per connection is read: anything after the body is a body longer than it said.
        return bytes.isEmpty() ? m_state
                               : fail(400, tr("The request has more bytes than its Content-Length says."));
    }
    m_buffer += bytes;
    if (m_state == State::ReadingHead) {
        // RFC 9112 lets a server ignore empty lines before the request line.
        while (m_buffer.startsWith("\r\n") || m_buffer.startsWith('\n'))
            m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
        qsizetype end = -1;
        qsizetype skip = 0;
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lf = m_buffer.indexOf("\n\n");
        if (crlf >= 0 && (lf < 0 || crlf < lf)) {
            end = crlf;
            skip = 4;
        } else if (lf >= 0) {
            end = lf;
            skip = 2;
        }
        if (end < 0) {
            // Up to 3 bytes over the limit may still be the blank line ending a head within it: refusing them
            // made the verdict depend on how the reads fell (found by fuzz_http_server_request).
            if (m_buffer.size() > m_limits.maxHeadBytes + 3)
                return fail(431,
                            tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes));
            return m_state;
        }
        if (end > m_limits.maxHeadBytes)
            return fail(431,
                        tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeadBytes));
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + skip);
        if (parseHead(head) == State::Failed)
            return m_state;
        m_headRead = true;
        m_state = State::ReadingBody;
    }
    return takeBody();
}

HttpServerRequest::State HttpServerRequest::takeBody()
{
    const qsizetype wanted = m_contentLength.value_or(0);
    if (m_buffer.size() > wanted)
        return fail(400, tr("The request has more bytes than its Content-Length says."));
    if (m_buffer.size() < wanted)
        return m_state;
    m_body = std::exchange(m_buffer, QByteArray());
    m_state = State::Complete;
    return m_state;
}

HttpServerRequest::State HttpServerRequest::parseHead(const QByteArray& head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> parts = lines.takeFirst().split(' ');
    if (parts.size() != 3 || !httpIsToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(400, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    m_method = parts.at(0);
    m_target = parts.at(1);
    const QByteArray& version = parts.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.')
        return fail(400, tr("The request line is not \"METHOD /path HTTP/1.1\"."));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, tr("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
    // Origin form only: this server is nobody's proxy.
    if (!m_target.startsWith('/') || httpHasControl(m_target, false))
        return fail(400, tr("The request target must be a path starting with \"/\"."));

    if (lines.size() > m_limits.maxHeaders)
        return fail(431, tr("The request has more than %1 headers.").arg(m_limits.maxHeaders));
    for (const QByteArray& line : std::as_const(lines)) {
        // A line folded onto the previous one (obs-fold) is refused, as RFC 9112 allows.
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, tr("A header is folded over two lines."));
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        // No space between the name and the colon (RFC 9112 says refuse it: proxies disagree on it).
        if (!httpIsToken(name))
            return fail(400, tr("A header line is not \"Name: value\"."));
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (httpHasControl(value, true))
            return fail(400, tr("A header value holds a control character."));
        m_headers.append({name.toLower(), value});
    }
    if (version == "HTTP/1.1" && !header("host"))
        return fail(400, tr("An HTTP/1.1 request must name its Host."));
    // Chunked bodies are not read: the length must be known before the body, to refuse it unread.
    if (header("transfer-encoding"))
        return fail(411, tr("Send the body with a Content-Length, not a Transfer-Encoding."));
    std::optional<QByteArray> length;
    for (const auto& [name, value] : std::as_const(m_headers)) {
        if (name != "content-length")
            continue;
        if (length && *length != value)
            return fail(400, tr("The request has two different Content-Length headers."));
        length = value;
    }
    if (length) {
        bool digits = !length->isEmpty();
        for (const char c : *length)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return fail(400, tr("The Content-Length is not a whole number of bytes."));
        // More digits than any limit could allow is too large, not a number to overflow on.
        bool ok = false;
        const qlonglong n = length->size() > 15 ? -1 : length->toLongLong(&ok);
        if (!ok || n > m_limits.maxBodyBytes)
            return fail(
                413,
                tr("The body is larger than %1 bytes; nothing was read of it.").arg(m_limits.maxBodyBytes));
        m_contentLength = qsizetype(n);
    } else if (m_method == "POST" || m_method == "PUT" || m_method == "PATCH") {
        return fail(411, tr("A %1 request needs a Content-Length.").arg(QString::fromLatin1(m_method)));
    }
    return m_state;
}

QByteArray HttpServerRequest::path() const
{
    const qsizetype query = m_target.indexOf('?');
    return query < 0 ? m_target : m_target.left(query);
}

std::optional<QByteArray> HttpServerRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [n, value] : m_headers) {
        if (n == lower)
            return value;
    }
    return std::nullopt;
}

QByteArray HttpServerRequest::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray HttpServerRequest::response(int status, const QList<QPair<QByteArray, QByteArray>>& headers,
                                       const QByteArray& body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    out += body;
    return out;
}

} // namespace fusion
