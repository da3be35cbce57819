#pragma once

// The vault's value types — a provider, a key's record, its fingerprint and its secret parts — apart from the
// vault's SQL, so the key file and the redactor (fusion_parsers) can use them without Qt SQL.

#include "models/secrets/SecretBytes.h"

#include <QDateTime>
#include <QString>

namespace fusion {

// A service whose credentials the vault keeps (OpenAI, Anthropic, Google Maps, Twilio, Google and Microsoft
// OAuth, or one an owner added).
struct Provider {
    qint64 id = 0;
    QString code;
    QString name;
    QString kind; // api_key or oauth
    QString baseUrl;
    QString baseUrlOverride; // empty: baseUrl
    QString tokenUrl;        // OAuth
    QString validation;      // how a key is checked at no cost (KeyValidator)
    QString tlsSha256; // a certificate the owner trusts although no authority vouches for it; empty: none
    bool builtin = false;
    int rowVersion = 0;
    int liveKeys = 0; // active or retiring
    QString effectiveBaseUrl() const { return baseUrlOverride.isEmpty() ? baseUrl : baseUrlOverride; }
};

// What identifies a secret without revealing it: its last four characters and a prefix of its SHA-256.
struct Fingerprint {
    QString last4;
    QString hash; // 12 lowercase hex digits
    QString text() const;
    static Fingerprint of(const SecretBytes& secret);
};

// A credential. The secret itself is in the keychain under `keychainRef`; this is everything else.
struct ApiKey {
    qint64 id = 0;
    qint64 providerId = 0;
    QString providerCode;
    QString providerName;
    QString label;
    QString notes;
    QString kind; // api_key or oauth
    QString keychainRef;
    QString clientId; // OAuth client id, or an account id (Twilio)
    Fingerprint fingerprint;
    bool isDefault = false;
    QString status;           // active, retiring, revoked
    QString validationStatus; // unknown, valid, rejected, unreachable
    QString validationMessage;
    QString createdBy;
    QDateTime createdAt, rotatedAt, expiresAt, lastUsedAt, lastValidatedAt, revokedAt, retiringUntil,
        accessTokenExpiresAt;
    int rowVersion = 0;

    bool expiresWithin(int days, const QDateTime& now) const;
    bool unusedFor(int days, const QDateTime& now) const; // never used counts from its creation
    bool graceOver(const QDateTime& now) const;           // a retiring key past its grace period
};

// The parts of a credential that are secret, as they are kept in one keychain item: an API key's text, or
// for OAuth the client secret with the refresh and access tokens (as compact JSON).
struct KeySecret {
    SecretBytes key;          // api_key
    SecretBytes clientSecret; // oauth
    SecretBytes refreshToken;
    SecretBytes accessToken;

    SecretBytes serialized(const QString& kind) const;
    static KeySecret parse(const QString& kind, const SecretBytes& stored);
    const SecretBytes& identifying(const QString& kind) const; // what the fingerprint is taken of
};

// Checks what a person typed (or a key file holds) for a key's secret; empty when fine.
QString validateKeySecret(const QString& kind, const KeySecret& secret);

} // namespace fusion
