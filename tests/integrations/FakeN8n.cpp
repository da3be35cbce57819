#include "tests/integrations/FakeN8n.h"

#include <QJsonDocument>

namespace fusion::test {

namespace {
QByteArray n8nJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakeN8n::FakeN8n()
    : m_server(QStringLiteral("fake_n8n.py"), {})
{
}

void FakeN8n::setKey(const QString& key)
{
    m_server.control("POST", QStringLiteral("/_key"), n8nJson({{QStringLiteral("key"), key}}));
}

QStringList FakeN8n::seedWorkflows(const QJsonArray& workflows)
{
    const QByteArray answer = m_server.control("POST", QStringLiteral("/_workflows"),
                                               n8nJson({{QStringLiteral("workflows"), workflows}}));
    QStringList ids;
    for (const QJsonValue& id :
         QJsonDocument::fromJson(answer).object().value(QStringLiteral("ids")).toArray())
        ids << id.toString();
    return ids;
}

void FakeN8n::seedExecutions(const QJsonObject& request)
{
    m_server.control("POST", QStringLiteral("/_executions"), n8nJson(request));
}

void FakeN8n::misbehave(const QString& mode, int count, const QString& target, int seconds, int after)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     n8nJson({{QStringLiteral("mode"), mode},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("target"), target},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("after"), after}}));
}

QByteArray FakeN8n::callsJson()
{
    return m_server.control("GET", QStringLiteral("/_calls"));
}

QJsonArray FakeN8n::calls()
{
    return QJsonDocument::fromJson(callsJson()).array();
}

void FakeN8n::clearCalls()
{
    m_server.control("DELETE", QStringLiteral("/_calls"));
}

void FakeN8n::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
