#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace fusion::test {

// The Python standard-library Odoo 17 test server (tests/fixtures/fake_odoo.py), started on a free port for
// the lifetime of this object, with its control endpoints: the calls it received, misbehaviour on demand,
// its records, a reset. Control calls block (they are test set-up, never the code under test).
class FakeOdoo {
public:
    struct Options {
        int partners = 0;       // extra generated partners
        int installSeconds = 1; // how long button_immediate_install takes
        QString tlsCert;        // serve HTTPS with this certificate and key (PEM files)
        QString tlsKey;
    };
    FakeOdoo();
    explicit FakeOdoo(const Options& options);
    FakeOdoo(const FakeOdoo&) = delete;
    FakeOdoo& operator=(const FakeOdoo&) = delete;

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); } // http://127.0.0.1:PORT (https when TLS)

    QJsonArray calls();                     // GET /_calls
    void clearCalls();                      // DELETE /_calls
    void reset();                           // POST /_reset
    QJsonArray state(const QString& model); // GET /_state/<model>
    // POST /_misbehave {"mode": mode, ...extra}
    void misbehave(const QString& mode, const QJsonObject& extra = {});
    // How many received calls were `model_method` (e.g. "write"), or common `method` (e.g. "authenticate").
    int countCalls(const QString& methodOrModelMethod);

private:
    FixtureServer m_server;
};

// A self-signed certificate for 127.0.0.1 made with the openssl tool; its SHA-256 fingerprint in hex.
struct SelfSignedCertificate {
    QString certPath;
    QString keyPath;
    QString sha256;
    bool ok = false;
};
SelfSignedCertificate makeSelfSignedCertificate(const QTemporaryDir& dir);

} // namespace fusion::test
