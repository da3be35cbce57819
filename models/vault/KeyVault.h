#pragma once

#include "models/core/WritePlan.h"
#include "models/secrets/SecretBytes.h"
#include "models/storage/Database.h"
#include "models/vault/KeyTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

struct NewKey {
    QString providerCode;
    QString label;
    QString notes;
    QString clientId;
    std::optional<QDate> expires;
    bool makeDefault = false; // the first live key of a provider becomes its default regardless
    QString validationStatus = QStringLiteral("unknown"); // what checking the secret before saving found
    QString validationMessage;
};

// The key vault's records: providers and keys, each change a confirmed, audited write. The secrets go to and
// come from the keychain around these writes (SecretStore); nothing here ever holds one longer than a call.
class KeyVault {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyVault)

public:
    static QList<Provider> providers(Database& db);
    // A provider an owner adds (a custom service); the built-in ones can only get a base URL override.
    static PendingWrite planAddProvider(Database& db, const Provider& in);
    // Points a provider at another base URL (a proxy, a regional endpoint, a test server); empty: its own.
    static PendingWrite planSetBaseUrl(Database& db, const QString& code, const QString& url);
    // Trusts one certificate for a provider (its SHA-256, in hex with or without colons) although no
    // authority vouches for it — a service behind a private authority; empty: trust only authorities again.
    static PendingWrite planTrustCertificate(Database& db, const QString& code, const QString& sha256);
    static Provider requireProvider(Database& db, const QString& code);
    // Live keys (active and retiring) of one provider or all; revoked ones too when asked.
    static QList<ApiKey> keys(Database& db, const QString& providerCode = {}, bool includeRevoked = false);
    // A live key by label, or the provider's default when `label` is empty.
    static ApiKey requireKey(Database& db, const QString& providerCode, const QString& label);
    static QString newKeychainRef(); // "vault/<uuid>"
    // A keychain error about a key's secret, said in the key's terms (a missing item names the way out).
    static Error secretError(const ApiKey& key, const Error& error);
    // What a plan and an audit row say about a key: never more than this.
    static QString describe(const ApiKey& key);

    // Checks what a person typed for a new key; empty when fine.
    static QString validateSecret(const QString& kind, const KeySecret& secret)
    {
        return validateKeySecret(kind, secret);
    }
    // A new key whose secret is stored under `ref` (written to the keychain after the confirmation and
    // before this write; removed again if this write fails).
    static PendingWrite planAdd(Database& db, const NewKey& in, const QString& ref, const Fingerprint& fp);
    // Makes the key its provider's one default, in one transaction with taking it from the previous one.
    static PendingWrite planSetDefault(Database& db, const QString& providerCode, const QString& label);
    // Revoking asks for the label to be typed. The row stays (history, audit) with its status revoked; the
    // outcome names the keychain item to delete after the write. A revoked key's label may be revoked again,
    // which only deletes its keychain item again (for when the keychain refused the first time).
    // `keychainRef` (optional): set to the item the revoke deletes once its row is written.
    static PendingWrite planRevoke(Database& db, const QString& providerCode, const QString& label,
                                   QString* keychainRef = nullptr);
    // A new key that takes over from `oldLabel`: it becomes the default, the old one is "retiring" until the
    // grace period ends (then revoke it). `validated` says what checking the new secret found ("valid", or
    // "unknown" when the person chose to skip it).
    static PendingWrite planRotate(Database& db, const QString& providerCode, const QString& oldLabel,
                                   const NewKey& key, const QString& ref, const Fingerprint& fp,
                                   int graceDays, const QString& validated, const QString& validationMessage);
    // What checking a key found out (and, for OAuth, until when the new access token lives). Not asked — the
    // person asked for the check — but audited.
    static PendingWrite planRecordValidation(const ApiKey& key, const QString& status, const QString& message,
                                             const QDateTime& accessTokenExpiresAt);
    // Records that a secret left the keychain on someone's request: shown, copied, printed (`keys get`) or
    // exported. Not asked (the person just asked for it), always audited; the secret itself never is. A key
    // printed for a program (`keys get`, the source document's get_api_key) counts as used.
    static PendingWrite planDisclose(const ApiKey& key, const QString& how);
};

} // namespace fusion
