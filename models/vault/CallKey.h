#pragma once

#include "models/core/Error.h"
#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace fusion {

class Database;
class SecretStore;

// The key an outgoing call uses, and reading its secret when the call is about to be sent. Only the
// keychain item's name is held until then: the secret itself is read once, just before it is needed.
struct CallKey {
    Q_DECLARE_TR_FUNCTIONS(fusion::CallKey)

public:
    QString providerCode;
    QString label;
    QString kind; // api_key or oauth: how the keychain item is to be parsed
    QString keychainRef;

    bool isNull() const { return keychainRef.isEmpty(); }

    // The key with id `keyId` unless it is revoked, else (no id given) the provider's active default;
    // null when there is none.
    static CallKey find(Database& db, const QString& providerCode, std::optional<qint64> keyId = {});

    // Reads and parses the secret on `context`'s thread. A failure is said in the vault's words: a missing
    // keychain item names the way out, a locked or absent keychain says so.
    void read(SecretStore* secrets, QObject* context,
              const std::function<void(Result<KeySecret>)>& done) const;
};

} // namespace fusion
