#include "tests/integrations/FakeMattermost.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fusion::test {

namespace {
QByteArray mattermostJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakeMattermost::FakeMattermost()
    : m_server(QStringLiteral("fake_mattermost.py"), {})
{
}

QString FakeMattermost::hookUrl(const QString& id) const
{
    return url().toString() + QStringLiteral("/hooks/") + id;
}

void FakeMattermost::addHook(const QString& id, const QString& label, bool enabled)
{
    m_server.control("POST", QStringLiteral("/_hooks"),
                     mattermostJson({{QStringLiteral("hooks"),
                                      QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                             {QStringLiteral("label"), label},
                                                             {QStringLiteral("enabled"), enabled}}}}}));
}

void FakeMattermost::misbehave(const QString& mode, int count, int seconds)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     mattermostJson({{QStringLiteral("mode"), mode},
                                     {QStringLiteral("count"), count},
                                     {QStringLiteral("seconds"), seconds}}));
}

QJsonArray FakeMattermost::posts()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_posts"))).array();
}

QByteArray FakeMattermost::callsJson()
{
    return m_server.control("GET", QStringLiteral("/_calls"));
}

QJsonArray FakeMattermost::calls()
{
    return QJsonDocument::fromJson(callsJson()).array();
}

void FakeMattermost::clearCalls()
{
    m_server.control("DELETE", QStringLiteral("/_calls"));
}

void FakeMattermost::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
