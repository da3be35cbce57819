#include "tests/integrations/FakeSuperset.h"

#include <QJsonDocument>

namespace fusion::test {

namespace {
QByteArray supersetJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakeSuperset::FakeSuperset()
    : m_server(QStringLiteral("fake_superset.py"), {})
{
}

void FakeSuperset::setUser(const QString& username, const QString& password)
{
    m_server.control(
        "POST", QStringLiteral("/_user"),
        supersetJson({{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}));
}

void FakeSuperset::seedDashboards(const QJsonArray& dashboards)
{
    m_server.control("POST", QStringLiteral("/_dashboards"),
                     supersetJson({{QStringLiteral("dashboards"), dashboards}}));
}

void FakeSuperset::setTokenLifetime(int seconds)
{
    m_server.control("POST", QStringLiteral("/_expiry"),
                     supersetJson({{QStringLiteral("seconds"), seconds}}));
}

void FakeSuperset::misbehave(const QString& mode, int count, int seconds, int after)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     supersetJson({{QStringLiteral("mode"), mode},
                                   {QStringLiteral("count"), count},
                                   {QStringLiteral("seconds"), seconds},
                                   {QStringLiteral("after"), after}}));
}

QByteArray FakeSuperset::callsJson()
{
    return m_server.control("GET", QStringLiteral("/_calls"));
}

QJsonArray FakeSuperset::calls()
{
    return QJsonDocument::fromJson(callsJson()).array();
}

void FakeSuperset::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
