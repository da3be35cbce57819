#include "tests/common/FakeOdoo.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslSocket>
#include <QThread>

namespace fusion::test {

namespace {
QStringList serverArguments(const FakeOdoo::Options& options)
{
    QStringList args{QStringLiteral("--install-seconds"), QString::number(options.installSeconds)};
    if (options.partners > 0)
        args << QStringLiteral("--partners") << QString::number(options.partners);
    if (!options.tlsCert.isEmpty())
        args << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key")
             << options.tlsKey;
    return args;
}
} // namespace

FakeOdoo::FakeOdoo()
    : FakeOdoo(Options{})
{
}

FakeOdoo::FakeOdoo(const Options& options)
    : m_server(QStringLiteral("fake_odoo.py"), serverArguments(options), !options.tlsCert.isEmpty())
{
}

QJsonArray FakeOdoo::calls()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_calls"))).array();
}

void FakeOdoo::clearCalls()
{
    m_server.control("DELETE", QStringLiteral("/_calls"));
}

void FakeOdoo::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"), "{}");
}

QJsonArray FakeOdoo::state(const QString& model)
{
    const QJsonDocument doc =
        QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_state/") + model));
    if (doc.isArray())
        return doc.array();
    // Some servers answer {"records": [...]}; take the list either way.
    return doc.object().value(QStringLiteral("records")).toArray();
}

void FakeOdoo::misbehave(const QString& mode, const QJsonObject& extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("mode"), mode);
    m_server.control("POST", QStringLiteral("/_misbehave"), QJsonDocument(o).toJson(QJsonDocument::Compact));
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
