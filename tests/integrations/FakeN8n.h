#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing n8n (tests/fixtures/fake_n8n.py): the public API v1's workflows
// and executions paged by cursor, activate/deactivate, production webhooks with Header Auth, a call log
// without secrets, and misbehaviour on demand (401, 403, 500, an HTML page, malformed JSON, wrong types, a
// missing cursor, timeout, drop, a looping cursor).
class FakeN8n {
public:
    FakeN8n();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    void setKey(const QString& key);
    // Objects with name, active, tags (names), webhook {path, header, value}, respond, trigger, id; their
    // ids.
    QStringList seedWorkflows(const QJsonArray& workflows);
    // {workflowId, count, status (text or list), mode, startedAt, stepSeconds}.
    void seedExecutions(const QJsonObject& request);
    // mode: none, 401, 403, 500, html, malformed, wrong_types, missing, timeout, drop, loop; target: any,
    // api, webhook; count -1: until reset; `after` requests of the target answered normally first.
    void misbehave(const QString& mode, int count = 1, const QString& target = QStringLiteral("any"),
                   int seconds = 30, int after = 0);
    QByteArray callsJson(); // [{method, path, query, auth, status, tenant}]
    QJsonArray calls();
    void clearCalls();
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
