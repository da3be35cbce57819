#pragma once

#include "models/secrets/SecretBytes.h"
#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

namespace fusion {

// What checking a key with its provider found out.
struct ValidationResult {
    QString status;  // valid, rejected (the provider said no), unreachable (no definite answer), unknown
    QString message; // one line: the provider's own words where it gave some
    int httpStatus = 0;
    qint64 latencyMs = 0;
    // OAuth: the refresh gave a new access token (kept in the keychain item, never in the database).
    SecretBytes accessToken;
    QDateTime accessTokenExpiresAt;
};

// Checks a key the cheapest way its provider offers — never a paid call: the model lists of OpenAI and
// Anthropic, the account resource of Twilio, a refresh-token exchange for OAuth, and for Google Maps a
// geocoding request without an address (a valid key gets "invalid request", which is not billed; a bad one
// "request denied"). Only a definite answer from the provider is "valid" or "rejected"; rate limits, server
// errors, timeouts, malformed bodies and no network at all are "unreachable", with what happened.
class KeyValidator {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyValidator)

public:
    struct Options {
        int timeoutMs = 15000;
    };
    static void validate(const Provider& provider, const ApiKey& key, const KeySecret& secret,
                         QObject* context, const std::function<void(ValidationResult)>& done,
                         const Options& options);
    static void validate(const Provider& provider, const ApiKey& key, const KeySecret& secret,
                         QObject* context, const std::function<void(ValidationResult)>& done)
    {
        validate(provider, key, secret, context, done, Options{});
    }

    // Where a provider's calls go: its base URL (or the owner's override) with `path`. The OAuth token URL
    // follows an override too, so a test server or a proxy stands in for the whole provider.
    static QUrl endpoint(const Provider& provider, const QString& path);
    static QUrl tokenEndpoint(const Provider& provider);
};

} // namespace fusion
