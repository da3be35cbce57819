#pragma once
// HTTP/1.1 as a small server speaks it: one request read off a socket in pieces as they arrive (request line,
// headers, a Content-Length body) under limits that refuse an oversized or malformed request before its body
// is read, and the bytes of an answer. No chunked bodies and no pipelining: the server answers once and
// closes (EventReceiver), so nothing here has to find where a second request begins.
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fusion {

struct HttpLimits {
    qsizetype maxHeadBytes = 16 * 1024; // the request line and the headers together
    int maxHeaders = 64;
    qsizetype maxBodyBytes = 1024 * 1024;
};

class HttpServerRequest {
    Q_DECLARE_TR_FUNCTIONS(fusion::HttpServerRequest)
public:
    enum class State {
        ReadingHead,
        ReadingBody, // the head is read and acceptable; the body is not complete yet
        Complete,
        Failed, // status() and error() say what to answer; nothing more is read
    };

    explicit HttpServerRequest(HttpLimits limits = {});

    // Takes the next bytes off the socket and returns the state after them. The head is judged as soon as
    // it is complete, so a Content-Length over the limit fails here before a byte of the body is kept.
    State feed(const QByteArray& bytes);
    State state() const { return m_state; }
    // The request line and headers are read (ReadingBody, Complete, or Failed after them).
    bool headRead() const { return m_headRead; }

    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; } // as sent, query included
    QByteArray path() const;                       // the target without its query
    // The value of the first header of that name (names compare case-insensitively), trimmed.
    std::optional<QByteArray> header(const QByteArray& name) const;
    std::optional<qsizetype> contentLength() const { return m_contentLength; }
    const QByteArray& body() const { return m_body; }

    // When Failed: the status to answer (400, 408 is the caller's, 411, 413, 431, 505) and why, for the
    // sender.
    int status() const { return m_status; }
    QString error() const { return m_error; }

    // An answer that closes the connection: status line, the given headers, Content-Length, Connection:
    // close, then the body.
    static QByteArray response(int status, const QList<QPair<QByteArray, QByteArray>>& headers,
                               const QByteArray& body);
    static QByteArray reasonPhrase(int status);

private:
    State fail(int status, const QString& error);
    State parseHead(const QByteArray& head);
    State takeBody();

    HttpLimits m_limits;
    State m_state = State::ReadingHead;
    bool m_headRead = false;
    QByteArray m_buffer; // unparsed bytes: the head so far, then the body so far
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers; // names lowercased
    std::optional<qsizetype> m_contentLength;
    QByteArray m_body;
    int m_status = 0;
    QString m_error;
};

} // namespace fusion
