#include "tests/common/FakeExporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fusion::test {

namespace {
QByteArray exporterJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool exporterOk(const QByteArray& answer)
{
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("ok")).toBool();
}
} // namespace

FakeExporter::FakeExporter()
    : m_server(QStringLiteral("fake_exporter.py"), {})
{
}

bool FakeExporter::setNamespaces(const QMap<QString, Namespace>& namespaces, bool replace)
{
    QJsonObject spaces;
    for (auto it = namespaces.begin(); it != namespaces.end(); ++it) {
        spaces.insert(it.key(),
                      QJsonObject{{QStringLiteral("cpu"), it->cpuCores},
                                  {QStringLiteral("memory"), double(it->memoryBytes)},
                                  {QStringLiteral("storage_used"), double(it->storageUsedBytes)},
                                  {QStringLiteral("storage_capacity"), double(it->storageCapacityBytes)},
                                  {QStringLiteral("pods"), it->podsRunning},
                                  {QStringLiteral("pending"), it->podsPending}});
    }
    return exporterOk(m_server.control(
        "POST", QStringLiteral("/_namespaces"),
        exporterJson({{QStringLiteral("namespaces"), spaces}, {QStringLiteral("replace"), replace}})));
}

bool FakeExporter::removeNamespace(const QString& name)
{
    return exporterOk(m_server.control("POST", QStringLiteral("/_namespaces"),
                                       exporterJson({{QStringLiteral("remove"), QJsonArray{name}}})));
}

bool FakeExporter::setNodes(const QMap<QString, Node>& nodes)
{
    QJsonObject all;
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        all.insert(it.key(), QJsonObject{{QStringLiteral("ready"), it->ready},
                                         {QStringLiteral("cpu"), it->cpuCores},
                                         {QStringLiteral("memory"), double(it->memoryBytes)}});
    }
    return exporterOk(
        m_server.control("POST", QStringLiteral("/_nodes"), exporterJson({{QStringLiteral("nodes"), all}})));
}

bool FakeExporter::setDown(bool down)
{
    return exporterOk(
        m_server.control("POST", QStringLiteral("/_down"), exporterJson({{QStringLiteral("down"), down}})));
}

bool FakeExporter::setQueryError(int lines)
{
    return exporterOk(m_server.control("POST", QStringLiteral("/_query_error"),
                                       exporterJson({{QStringLiteral("lines"), lines}})));
}

QJsonObject FakeExporter::stats() const
{
    return QJsonDocument::fromJson(m_server.control("GET", QStringLiteral("/_stats"))).object();
}

void FakeExporter::reset()
{
    m_server.control("POST", QStringLiteral("/_reset"));
}

} // namespace fusion::test
