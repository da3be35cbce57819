#include "tests/integrations/FakeKeycloak.h"

#include <QJsonDocument>

namespace fusion::test {

namespace {
QByteArray kcJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakeKeycloak::FakeKeycloak()
    : m_server(QStringLiteral("fake_keycloak.py"), {})
{
}

FakeKeycloak::FakeKeycloak(const QString& tlsCert, const QString& tlsKey)
    : m_server(QStringLiteral("fake_keycloak.py"),
               {QStringLiteral("--tls-cert"), tlsCert, QStringLiteral("--tls-key"), tlsKey}, true)
{
}

void FakeKeycloak::setRealms(const QJsonArray& realms)
{
    m_server.control("POST", QStringLiteral("/_realms"), kcJson({{QStringLiteral("realms"), realms}}));
}

void FakeKeycloak::misbehave(const QString& mode, const QString& on, int count, int seconds)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     kcJson({{QStringLiteral("mode"), mode},
                             {QStringLiteral("on"), on},
                             {QStringLiteral("count"), count},
                             {QStringLiteral("seconds"), seconds}}));
}

QJsonArray FakeKeycloak::calls()
{
    return QJsonDocument::fromJson(rawCalls()).array();
}

QByteArray FakeKeycloak::rawCalls()
{
    return m_server.control("GET", QStringLiteral("/_calls"));
}

void FakeKeycloak::clearCalls()
{
    m_server.control("DELETE", QStringLiteral("/_calls"));
}

void FakeKeycloak::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
