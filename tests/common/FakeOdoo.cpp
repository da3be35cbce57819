#include "FakeOdoo.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>
#include <QThread>

namespace fusion::test {

FakeOdoo::FakeOdoo()
    : FakeOdoo(Options{})
{
}

FakeOdoo::FakeOdoo(const Options& options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QStringList args{QStringLiteral(FUSION_FIXTURES_DIR "/fake_odoo.py"),
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--port-file"),
                     portFile,
                     QStringLiteral("--install-seconds"),
                     QString::number(options.installSeconds)};
    if (options.partners > 0)
        args << QStringLiteral("--partners") << QString::number(options.partners);
    if (!options.tlsCert.isEmpty()) {
        args << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key")
             << options.tlsKey;
        m_tls = true;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(QStringLiteral("python3"), args);
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
            m_error = QStringLiteral("fake_odoo.py exited with code %1").arg(m_process->exitCode());
            return;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("fake_odoo.py did not report its port");
}

FakeOdoo::~FakeOdoo()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QUrl FakeOdoo::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

QByteArray FakeOdoo::control(const QByteArray& verb, const QString& path, const QByteArray& body)
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

QJsonArray FakeOdoo::calls()
{
    return QJsonDocument::fromJson(control("GET", QStringLiteral("/_calls"))).array();
}

void FakeOdoo::clearCalls()
{
    control("DELETE", QStringLiteral("/_calls"));
}

void FakeOdoo::reset()
{
    control("POST", QStringLiteral("/_reset"), "{}");
}

QJsonArray FakeOdoo::state(const QString& model)
{
    const QJsonDocument doc = QJsonDocument::fromJson(control("GET", QStringLiteral("/_state/") + model));
    if (doc.isArray())
        return doc.array();
    // Some servers answer {"records": [...]}; take the list either way.
    return doc.object().value(QStringLiteral("records")).toArray();
}

void FakeOdoo::misbehave(const QString& mode, const QJsonObject& extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("mode"), mode);
    control("POST", QStringLiteral("/_misbehave"), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int FakeOdoo::countCalls(const QString& methodOrModelMethod)
{
    int n = 0;
    const QJsonArray all = calls();
    for (const auto& v : all) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("model_method")).toString() == methodOrModelMethod ||
            (c.value(QStringLiteral("model_method")).toString().isEmpty() &&
             c.value(QStringLiteral("method")).toString() == methodOrModelMethod))
            ++n;
    }
    return n;
}

SelfSignedCertificate makeSelfSignedCertificate(const QTemporaryDir& dir)
{
    SelfSignedCertificate c;
    c.certPath = dir.filePath(QStringLiteral("cert.pem"));
    c.keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), c.keyPath,
             QStringLiteral("-out"), c.certPath, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return c;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(c.certPath);
    if (certs.isEmpty())
        return c;
    c.sha256 = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
    c.ok = true;
    return c;
}

} // namespace fusion::test
