#pragma once

#include "tests/common/FixtureServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace fusion::test {

// The Python standard-library server playing the providers' validation endpoints and chat APIs
// (tests/fixtures/fake_providers.py): OpenAI and Anthropic model lists and chat calls with token usage,
// Google geocoding, the Twilio account resource and an OAuth token endpoint, each with the secrets it
// accepts, a call log without secrets, and misbehaviour on demand (429, 500, timeout, malformed JSON, a
// dropped connection).
class FakeProviders {
public:
    FakeProviders();

    bool ok() const { return m_server.ok(); }
    QString error() const { return m_server.error(); }
    QUrl url() const { return m_server.url(); }

    // openai, anthropic, google_maps: the keys it accepts.
    void setValidKeys(const QString& provider, const QStringList& keys);
    void setValidTwilio(const QString& accountSid, const QString& authToken);
    void setValidOAuth(const QString& clientId, const QString& clientSecret, const QString& refreshToken);
    // Kapa: a key valid for one project.
    void setValidKapa(const QString& projectId, const QString& key);
    // Streamed answers: `delayMs` before each fragment, and `extraWords` words ("w1 w2 …") added to every
    // chat answer, so that a stream lasts long enough to be watched or stopped.
    void setStream(int delayMs, int extraWords);
    // mode: none, 429, 500, timeout, malformed, drop, cut (a stream ends midway without its end),
    // stream_error (the provider's error event midway); for the next `count` provider requests.
    void misbehave(const QString& mode, int count = 1, int seconds = 30);
    // Cached input tokens the chat endpoints report from now on (0 at start and after reset()).
    void setCachedTokens(int tokens);
    // Chat calls answered 200 with usage (billed calls) since the last clear or reset.
    int chatCalls();
    // Provider requests received and not yet answered (a "timeout" one until its late answer is written).
    int pendingRequests();
    // Waits until no provider request is pending (a timed-out client's request is answered, and billed, late:
    // a test that counts calls waits for it first). False if one still is after `timeoutMs`.
    bool waitUntilIdle(int timeoutMs = 30000);
    QJsonArray calls(); // {provider, method, path, auth_kind[, model]}
    void clearCalls();
    void reset();

    // The vector the stand-in's text-embedding-3-small answers for `text` at `dimensions` (the same
    // Python function computes it), for stores the test fills itself, such as a Supabase project's chunks.
    static QJsonArray embeddingOf(const QString& text, int dimensions = 1536);

private:
    FixtureServer m_server;
};

} // namespace fusion::test
