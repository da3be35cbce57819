#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing Keycloak (tests/fixtures/fake_keycloak.py): OIDC discovery,
// client credentials, the admin REST client lists, a call log without secrets or tokens, and misbehaviour on
// demand. Over HTTPS when given a certificate and its key (PEM files).
class FakeKeycloak {
public:
    FakeKeycloak();
    FakeKeycloak(const QString& tlsCert, const QString& tlsKey);

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    // Replaces every realm: [{"realm", "accessTokenLifespan", "clients": [{"clientId", "id", "secret",
    // "redirectUris", "webOrigins", "enabled", "serviceAccountsEnabled", "admin", "scope"}]}].
    void setRealms(const QJsonArray& realms);
    // mode: none, issuer_mismatch, 500, 503, html, malformed, wrong_types, timeout, drop, huge_error (a
    // 20,000-line text/plain 500);
    // on: any, discovery, token, admin.
    void misbehave(const QString& mode, const QString& on = QStringLiteral("any"), int count = 1,
                   int seconds = 30);
    QJsonArray calls(); // {method, path, realm, kind, clientId, auth, status}
    QByteArray rawCalls();
    void clearCalls();
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
