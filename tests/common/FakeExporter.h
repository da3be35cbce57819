#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

namespace fusion::test {

// The Python standard-library exporter publishing kube-style series for Prometheus to scrape
// (tests/fixtures/fake_exporter.py): per namespace a CPU counter growing at its cores, memory, a volume's
// used and capacity bytes and pod phases; per node its Ready condition and allocatable CPU and memory.
class FakeExporter {
public:
    struct Namespace {
        double cpuCores = 0;
        qint64 memoryBytes = 0;
        qint64 storageUsedBytes = 0;
        qint64 storageCapacityBytes = 0; // 0: no volume
        int podsRunning = 1;
        int podsPending = 0;
    };
    struct Node {
        bool ready = true;
        double cpuCores = 4;
        qint64 memoryBytes = 16LL * 1024 * 1024 * 1024;
    };

    FakeExporter();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    // Adds or changes these namespaces (all others stay, unless `replace`); false when refused.
    bool setNamespaces(const QMap<QString, Namespace>& namespaces, bool replace = false);
    bool removeNamespace(const QString& name);
    bool setNodes(const QMap<QString, Node>& nodes);
    // While down, /metrics answers 503: Prometheus's scrape fails and it marks the series stale.
    bool setDown(bool down);
    // From now on GET /api/v1/query answers 502 with a text/plain trace of `lines` lines (0: off), for a
    // Prometheus client pointed at the exporter: a failing proxy's whole trace.
    bool setQueryError(int lines);
    QJsonObject stats() const; // {scrapes, namespaces, nodes, down}
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
