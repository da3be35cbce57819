#include "models/net/HttpRequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace fusion {

namespace {
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
    , m_reader(options.maxBytes)
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
        if (m_reader.close() == HttpResponseReader::State::Complete) {
            complete(); // the body ran until the server closed
            return;
        }
        fail(Failure::Network,
             m_sent && !m_reader.receivedAnything()
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
    const qsizetype before = m_reader.body().size();
    switch (m_reader.feed(m_socket->readAll())) {
    case HttpResponseReader::State::ProtocolError:
        fail(Failure::Protocol, m_reader.error());
        return;
    case HttpResponseReader::State::TooLarge:
        fail(Failure::TooLarge, m_reader.error());
        return;
    case HttpResponseReader::State::NeedHead:
        return;
    case HttpResponseReader::State::Body:
    case HttpResponseReader::State::Complete:
        break;
    }
    if (m_reader.body().size() > before)
        Q_EMIT bodyGrew(); // a slot may abort()
    if (m_reader.state() == HttpResponseReader::State::Complete)
        complete();
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
