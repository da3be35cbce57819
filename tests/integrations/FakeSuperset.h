#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing Apache Superset (tests/fixtures/fake_superset.py): login with a
// database user, refresh, dashboards paged with Rison, tokens that expire on demand, a call log without
// secrets and misbehaviour (500, an HTML page, malformed JSON, wrong types, no count, a count that lies,
// timeout, drop).
class FakeSuperset {
public:
    FakeSuperset();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    void setUser(const QString& username, const QString& password);
    // Objects with dashboard_title, slug, published, tags (names).
    void seedDashboards(const QJsonArray& dashboards);
    void setTokenLifetime(int seconds);
    void misbehave(const QString& mode, int count = 1, int seconds = 30, int after = 0);
    QByteArray callsJson();
    QJsonArray calls();
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
