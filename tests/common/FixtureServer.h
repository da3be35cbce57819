#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace fusion::test {

// One of the Python standard-library test servers in tests/fixtures, started on a free port for the lifetime
// of this object (it reports the port through a file), with blocking calls to its control endpoints.
class FixtureServer {
public:
    // `script`: a file name in tests/fixtures; `args`: what follows "--port 0 --port-file PATH".
    FixtureServer(const QString& script, const QStringList& args, bool tls = false);
    ~FixtureServer();
    FixtureServer(const FixtureServer&) = delete;
    FixtureServer& operator=(const FixtureServer&) = delete;

    bool ok() const { return m_port > 0; }
    QString error() const { return m_error; }
    QUrl url() const; // http://127.0.0.1:PORT (https when TLS)
    // A blocking HTTP/1.0 exchange with a control endpoint; the response body ("" when it failed).
    QByteArray control(const QByteArray& verb, const QString& path, const QByteArray& body = {}) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_tls = false;
    QString m_error;
};

} // namespace fusion::test
