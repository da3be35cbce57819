#include "tests/common/FakePostgrest.h"

#include <QJsonDocument>

namespace fusion::test {

namespace {
QByteArray postgrestJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

FakePostgrest::FakePostgrest()
    : m_server(QStringLiteral("fake_postgrest.py"), {})
{
}

void FakePostgrest::setKey(const QString& key)
{
    m_server.control("POST", QStringLiteral("/_key"), postgrestJson({{QStringLiteral("key"), key}}));
}

void FakePostgrest::setChunks(const QString& tenantRef, const QJsonArray& chunks)
{
    m_server.control(
        "POST", QStringLiteral("/_chunks"),
        postgrestJson({{QStringLiteral("tenant_ref"), tenantRef}, {QStringLiteral("chunks"), chunks}}));
}

void FakePostgrest::setExposedSchemas(const QStringList& schemas)
{
    m_server.control("POST", QStringLiteral("/_schemas"),
                     postgrestJson({{QStringLiteral("exposed"), QJsonArray::fromStringList(schemas)}}));
}

void FakePostgrest::setFunction(const QString& schema, const QString& name, const QJsonValue& result)
{
    m_server.control("POST", QStringLiteral("/_functions"),
                     postgrestJson({{QStringLiteral("schema"), schema},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("result"), result}}));
}

void FakePostgrest::misbehave(const QString& mode, int count, int seconds)
{
    m_server.control("POST", QStringLiteral("/_misbehave"),
                     postgrestJson({{QStringLiteral("mode"), mode},
                                    {QStringLiteral("count"), count},
                                    {QStringLiteral("seconds"), seconds}}));
}

QJsonArray FakePostgrest::calls()
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_calls"))).array();
}

void FakePostgrest::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
