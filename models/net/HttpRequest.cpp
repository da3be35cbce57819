#include "models/net/HttpRequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace fusion {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fusion::HttpRequest)
};
} // namespace

HttpRequest::HttpRequest(const QUrl& url, const QByteArray& body, const Options& options, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_options(options)
    , m_socket(new QSslSocket(this))
    , m_timer(new QTimer(this))
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    m_request =
        options.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + options.userAgent;
    if (options.method != "GET" || !body.isEmpty())
        m_request += "\r\nContent-Type: " + options.contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size());
    for (const auto& [name, value] : options.headers)
        m_request += "\r\n" + name + ": " + value;
    m_request += "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n" + body;
    // The copies in m_options are not needed any more; the only one left is the request, scrubbed once sent.
    for (auto& header : m_options.headers)
        header.second.fill('\0');
    m_options.headers.clear();

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::Timeout, Tr::tr("no complete answer within %1 ms").arg(m_options.timeoutMs));
    });
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_url.scheme() != QLatin1String("https"))
            send();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &HttpRequest::send);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpRequest::readAvailable);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        const QSslCertificate peer = m_socket->peerCertificate();
        const QString fingerprint =
            peer.isNull() ? QString() : QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        // Only the exact certificate the person trusted for this server, and only for its own errors.
        if (!m_options.trustedSha256.isEmpty() && fingerprint == m_options.trustedSha256.toLower()) {
            m_socket->ignoreSslErrors(errors);
            return;
        }
        m_untrusted = fingerprint.isEmpty() ? QStringLiteral("?") : fingerprint;
        QStringList why;
        for (const QSslError& e : errors)
            why << e.errorString();
        fail(Failure::Untrusted, why.join(QStringLiteral("; ")));
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        readAvailable();
        if (m_done)
            return;
        if (m_headDone && !m_chunked && m_contentLength < 0) {
            complete(); // the body ran until the server closed
            return;
        }
        fail(Failure::Network,
             m_sent && m_buffer.isEmpty() && !m_headDone
                 ? Tr::tr("the server closed the connection without answering")
                 : Tr::tr("the server closed the connection before the whole answer arrived"));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_done || error == QAbstractSocket::RemoteHostClosedError)
            return; // handled by disconnected()
        if (error == QAbstractSocket::SslHandshakeFailedError && !m_untrusted.isEmpty())
            return;
        fail(Failure::Network, m_socket->errorString());
    });
}

HttpRequest::~HttpRequest() = default;

void HttpRequest::start()
{
    m_clock.start();
    m_timer->start(m_options.timeoutMs);
    const bool tls = m_url.scheme() == QLatin1String("https");
    if (tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(config);
        m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
    } else {
        m_socket->connectToHost(m_url.host(), quint16(m_url.port(80)));
    }
}

void HttpRequest::abort()
{
    if (!m_done)
        fail(Failure::Network, Tr::tr("cancelled"));
}

void HttpRequest::send()
{
    m_socket->write(m_request);
    m_sent = true;
    m_request.fill('\0'); // it held the password or API key
    m_request.clear();
}

void HttpRequest::readAvailable()
{
    if (m_done)
        return;
    m_buffer += m_socket->readAll();
    if (!m_headDone) {
        if (!parseHead())
            return;
    }
    const qsizetype before = m_body.size();
    if (m_chunked) {
        const bool last = parseChunks();
        if (m_body.size() > before && !m_done)
            Q_EMIT bodyGrew();
        if (last)
            complete();
        return;
    }
    m_body += m_buffer;
    m_buffer.clear();
    if (m_body.size() > m_options.maxBytes) {
        fail(Failure::TooLarge, Tr::tr("the answer is larger than %1 bytes").arg(m_options.maxBytes));
        return;
    }
    const bool whole = m_contentLength >= 0 && m_body.size() >= m_contentLength;
    if (whole)
        m_body.truncate(m_contentLength);
    if (m_body.size() > before)
        Q_EMIT bodyGrew();
    if (whole)
        complete();
}

bool HttpRequest::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHead)
            fail(Failure::Protocol, Tr::tr("the answer's headers are too long"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QByteArray statusLine = lines.value(0).trimmed();
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    m_status = parts.value(1).toInt(&ok);
    if (!statusLine.startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 599) {
        fail(Failure::Protocol, Tr::tr("the server did not answer in HTTP"));
        return false;
    }
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
                fail(Failure::Protocol, Tr::tr("the answer has an invalid Content-Length"));
                return false;
            }
            if (m_contentLength > m_options.maxBytes) {
                fail(Failure::TooLarge, Tr::tr("the answer is larger than %1 bytes").arg(m_options.maxBytes));
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
    m_headDone = true;
    return true;
}

// Consumes whole chunks from the buffer; true once the last (empty) chunk and the trailers arrived.
bool HttpRequest::parseChunks()
{
    for (;;) {
        if (m_chunkRemaining == -1) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > 1024)
                    fail(Failure::Protocol, Tr::tr("a chunk of the answer is malformed"));
                return false;
            }
            QByteArray sizeText = m_buffer.left(eol);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(Failure::Protocol, Tr::tr("a chunk of the answer is malformed"));
                return false;
            }
            m_buffer.remove(0, eol + 2);
            if (size == 0) {
                // Trailers (usually none), then an empty line.
                const qsizetype endOfTrailers =
                    m_buffer.startsWith("\r\n") ? 0 : m_buffer.indexOf("\r\n\r\n");
                if (endOfTrailers < 0) {
                    m_chunkRemaining = -3;
                    return false;
                }
                return true;
            }
            if (m_body.size() + size > m_options.maxBytes) {
                fail(Failure::TooLarge, Tr::tr("the answer is larger than %1 bytes").arg(m_options.maxBytes));
                return false;
            }
            m_chunkRemaining = size;
        }
        if (m_chunkRemaining == -3) {
            if (m_buffer.startsWith("\r\n") || m_buffer.contains("\r\n\r\n"))
                return true;
            return false;
        }
        if (m_chunkRemaining == -2) {
            if (m_buffer.size() < 2)
                return false;
            if (!m_buffer.startsWith("\r\n")) {
                fail(Failure::Protocol, Tr::tr("a chunk of the answer is malformed"));
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

void HttpRequest::fail(Failure failure, const QString& why)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_error = why;
    m_timer->stop();
    m_request.fill('\0');
    m_socket->abort();
    QMetaObject::invokeMethod(this, &HttpRequest::finished, Qt::QueuedConnection);
}

void HttpRequest::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    m_socket->abort();
    QMetaObject::invokeMethod(this, &HttpRequest::finished, Qt::QueuedConnection);
}

} // namespace fusion
