#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QString>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing Mattermost's incoming webhooks
// (tests/fixtures/fake_mattermost.py): 200 "ok", Mattermost's JSON errors (400 payload, 403 disabled hook,
// 404 unknown hook), misbehaviour on demand (400, 500, html, timeout, drop), what was posted, and a call log
// that never holds a hook id.
class FakeMattermost {
public:
    FakeMattermost();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }
    // The incoming-webhook address of hook `id` (the secret a tenant's channel key holds).
    QString hookUrl(const QString& id) const;

    // A hook the server knows; `label` is how the call log and the posts name it.
    void addHook(const QString& id, const QString& label, bool enabled = true);
    // mode: none, 400, 500, html, timeout, drop, huge_error (a 20,000-line text/plain 500); count -1: until
    // reset.
    void misbehave(const QString& mode, int count = 1, int seconds = 30);
    QJsonArray posts(); // [{hook, text, channel, username}]
    QJsonArray calls(); // [{method, hook, status, bytes}]
    QByteArray callsJson();
    void clearCalls();
    void reset();

private:
    FixtureServer m_server;
};

} // namespace fusion::test
