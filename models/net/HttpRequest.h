#pragma once

#include "models/net/HttpResponseReader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QSslSocket;
class QTimer;

namespace fusion {

// One HTTP/1.1 request (a POST, or a GET) on a connection of its own, answered once and never sent twice.
//
// Why not QNetworkAccessManager: Qt 6.4 resends a request, POST included, when a kept-alive connection
// closes before the answer arrives (an Odoo worker killed mid-request does exactly that). For a write
// that is a duplicated record; for an OAuth refresh a spent refresh token. Here nothing is ever resent; a
// lost answer is reported as such. Header values may be credentials: the request bytes and the headers are
// overwritten once sent and when the object goes away.
class HttpRequest : public QObject {
    Q_OBJECT

public:
    struct Options {
        int timeoutMs = 30000;
        qint64 maxBytes = 32 * 1024 * 1024; // of the body; more is refused while it arrives
        QString trustedSha256;              // a certificate to accept although no authority vouches for it
        QByteArray contentType = "text/xml";
        QByteArray userAgent = "Fusion Console";
        QByteArray method = "POST";                   // or "GET" (then without a body)
        QList<QPair<QByteArray, QByteArray>> headers; // more request headers, e.g. Authorization
    };
    enum class Failure {
        None,
        Timeout,   // no complete answer in time
        TooLarge,  // the body grew over maxBytes
        Untrusted, // TLS: the certificate is not trusted (untrustedFingerprint() says which)
        Network,   // refused, unreachable, closed before the whole answer
        Protocol,  // not HTTP: a malformed status line, headers or chunk
    };

    HttpRequest(const QUrl& url, const QByteArray& body, const Options& options, QObject* parent = nullptr);
    ~HttpRequest() override;

    void start();
    void abort();

    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    QString untrustedFingerprint() const { return m_untrusted; }
    bool requestSent() const
    {
        return m_sent;
    } // false: the server never got it, so nothing can have happened
    int status() const { return m_reader.status(); }
    QByteArray reason() const { return m_reader.reason(); }
    QByteArray contentType() const { return m_reader.contentType(); }
    const QByteArray& body() const { return m_reader.body(); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    // More of the body arrived (already de-chunked): a streamed answer (server-sent events) can be read as it
    // comes, from body(). A slot may call abort().
    void bodyGrew();
    void finished();

private:
    void send();
    void readAvailable();
    void fail(Failure failure, const QString& why);
    void complete();

    QUrl m_url;
    QByteArray m_request;
    Options m_options;
    QSslSocket* m_socket;
    QTimer* m_timer;
    QElapsedTimer m_clock;
    HttpResponseReader m_reader; // the answer, parsed as it arrives
    QString m_error;
    QString m_untrusted;
    Failure m_failure = Failure::None;
    bool m_sent = false;
    bool m_done = false;
};

} // namespace fusion
