#pragma once

#include "models/core/Error.h"
#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

namespace fusion {

class OdooClient;

// A system parameter of a tenant's Odoo that holds what looks like a provider credential, described by its
// fingerprint only — never its value.
struct SprawlFinding {
    QString parameter; // the ir.config_parameter key
    QString looksLike; // "OpenAI key", "Google API key", … or "credential" for a suspicious name
    Fingerprint fingerprint;
    QString vaultKey; // "provider/label" of the vault key with the same secret; empty: unknown to the vault
};

// Finding plaintext copies of credentials in a tenant's Odoo (ir.config_parameter, where modules keep API
// keys in clear): which match a key of the vault — copies to clean up, the vault already has them — and which
// the vault does not know.
class SecretSprawl {
    Q_DECLARE_TR_FUNCTIONS(fusion::SecretSprawl)

public:
    // What a parameter's value looks like if it is a credential (by the providers' documented key shapes, or
    // a name like *api_key*, *secret*, *token*); empty when it does not look like one.
    static QString credentialKind(const QString& key, const QString& value);
    // `parameters`: key → value as read from Odoo. Only suspicious ones are returned, sorted by key.
    static QList<SprawlFinding> findings(const QList<QPair<QString, QString>>& parameters,
                                         const QList<ApiKey>& vault);
    // Reads every ir.config_parameter of the client's Odoo, then compares (on the caller's thread).
    static void scan(OdooClient* client, const QList<ApiKey>& vault, QObject* context,
                     const std::function<void(Result<QList<SprawlFinding>>)>& done);
};

} // namespace fusion
