#include "tests/common/FixtureServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslSocket>
#include <QThread>

namespace fusion::test {

FixtureServer::FixtureServer(const QString& script, const QStringList& args, bool tls)
    : m_tls(tls)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    const QStringList all =
        QStringList{QStringLiteral(FUSION_FIXTURES_DIR "/") + script, QStringLiteral("--port"),
                    QStringLiteral("0"), QStringLiteral("--port-file"), portFile} +
        args;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral("python3"), all);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("python3 did not start");
        return;
    }
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = f.readAll().trimmed().toInt();
            if (m_port > 0)
                return;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("%1 exited with code %2").arg(script).arg(m_process->exitCode());
            return;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("%1 did not report its port").arg(script);
}

FixtureServer::~FixtureServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QUrl FixtureServer::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QByteArray FixtureServer::control(const QByteArray& verb, const QString& path, const QByteArray& body) const
{
    // A blocking HTTP/1.0 exchange: test set-up, so no event loop is involved.
    QSslSocket socket;
    if (m_tls) {
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForEncrypted(10000))
            return {};
    } else {
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!socket.waitForConnected(10000))
            return {};
    }
    QByteArray request = verb + ' ' + path.toUtf8() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty())
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);
    socket.waitForBytesWritten(10000);
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(10000))
        response += socket.readAll();
    response += socket.readAll();
    const qsizetype split = response.indexOf("\r\n\r\n");
    return split < 0 ? QByteArray() : response.mid(split + 4);
}

} // namespace fusion::test
