#include "models/vault/CallKey.h"

#include "models/secrets/SecretStore.h"
#include "models/storage/Database.h"

#include <QSqlQuery>

namespace fusion {

CallKey CallKey::find(Database& db, const QString& providerCode, std::optional<qint64> keyId)
{
    QSqlQuery q = keyId
                      ? db.exec(QStringLiteral("SELECT keychain_ref, kind, label FROM api_keys WHERE id = ? "
                                               "AND status <> 'revoked'"),
                                {*keyId})
                      : db.exec(QStringLiteral("SELECT k.keychain_ref, k.kind, k.label FROM api_keys k JOIN "
                                               "providers p ON p.id = k.provider_id WHERE p.code = ? AND "
                                               "k.is_default AND k.status = 'active'"),
                                {providerCode});
    CallKey key;
    key.providerCode = providerCode;
    if (q.next()) {
        key.keychainRef = q.value(0).toString();
        key.kind = q.value(1).toString();
        key.label = q.value(2).toString();
    }
    return key;
}

void CallKey::read(SecretStore* secrets, QObject* context,
                   const std::function<void(Result<KeySecret>)>& done) const
{
    if (!secrets) {
        done(Error::make(ErrorKind::KeychainUnavailable, tr("No keychain is available.")));
        return;
    }
    ApiKey key;
    key.providerCode = providerCode;
    key.label = label;
    key.keychainRef = keychainRef;
    secrets->read(keychainRef, context, [key, kind = kind, done](const Result<SecretBytes>& secret) {
        if (!secret)
            return done(KeyVault::secretError(key, secret.error()));
        done(KeySecret::parse(kind, secret.value()));
    });
}

} // namespace fusion
