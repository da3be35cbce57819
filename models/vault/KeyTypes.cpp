#include "models/vault/KeyTypes.h"

#include "models/core/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace fusion {

namespace {
// The vault's own translation context: these messages were written (and translated) as KeyVault's.
struct KeyVaultTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyVault)
};
} // namespace

QString Fingerprint::text() const
{
    if (last4.isEmpty() && hash.isEmpty())
        return KeyVaultTr::tr("no secret");
    return QStringLiteral("…%1 · %2").arg(last4, hash);
}

Fingerprint Fingerprint::of(const SecretBytes& secret)
{
    Fingerprint f;
    const QString text = QString::fromUtf8(secret.bytes());
    // The last four characters say which key it is to someone holding it; for a short secret they would say
    // too much of it, so then only the hash.
    if (text.size() >= 16)
        f.last4 = text.right(4);
    QByteArray digest = QCryptographicHash::hash(secret.bytes(), QCryptographicHash::Sha256);
    f.hash = QString::fromLatin1(digest.toHex().left(12));
    SecretBytes::scrub(digest);
    return f;
}

bool ApiKey::expiresWithin(int days, const QDateTime& now) const
{
    return status != QLatin1String("revoked") && expiresAt.isValid() && expiresAt <= now.addDays(days);
}

bool ApiKey::unusedFor(int days, const QDateTime& now) const
{
    const QDateTime since = lastUsedAt.isValid() ? lastUsedAt : createdAt;
    return status == QLatin1String("active") && since.isValid() && since.addDays(days) < now;
}

bool ApiKey::graceOver(const QDateTime& now) const
{
    return status == QLatin1String("retiring") && retiringUntil.isValid() && retiringUntil < now;
}

SecretBytes KeySecret::serialized(const QString& kind) const
{
    if (kind != QLatin1String("oauth"))
        return key;
    QJsonObject o;
    o.insert(QStringLiteral("client_secret"), QString::fromUtf8(clientSecret.bytes()));
    o.insert(QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken.bytes()));
    if (!accessToken.isEmpty())
        o.insert(QStringLiteral("access_token"), QString::fromUtf8(accessToken.bytes()));
    QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    SecretBytes out(json);
    SecretBytes::scrub(json);
    return out;
}

KeySecret KeySecret::parse(const QString& kind, const SecretBytes& stored)
{
    KeySecret s;
    if (kind != QLatin1String("oauth")) {
        s.key = stored;
        return s;
    }
    const QJsonObject o = QJsonDocument::fromJson(stored.bytes()).object();
    if (o.isEmpty())
        throw Failure(ErrorKind::Internal,
                      KeyVaultTr::tr("The keychain item of this OAuth key is not in the expected form."));
    const auto part = [&o](const char* name) {
        QByteArray bytes = o.value(QLatin1String(name)).toString().toUtf8();
        SecretBytes out(bytes);
        SecretBytes::scrub(bytes);
        return out;
    };
    s.clientSecret = part("client_secret");
    s.refreshToken = part("refresh_token");
    s.accessToken = part("access_token");
    return s;
}

const SecretBytes& KeySecret::identifying(const QString& kind) const
{
    return kind == QLatin1String("oauth") ? clientSecret : key;
}

QString validateKeySecret(const QString& kind, const KeySecret& secret)
{
    const auto bad = [](const SecretBytes& s) {
        for (const char c : s.bytes()) {
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                return true; // a pasted line break or tab would never be part of a key
        }
        return false;
    };
    if (kind == QLatin1String("oauth")) {
        if (secret.clientSecret.isEmpty() || secret.refreshToken.isEmpty())
            return KeyVaultTr::tr("An OAuth key needs its client secret and a refresh token.");
        if (bad(secret.clientSecret) || bad(secret.refreshToken) || bad(secret.accessToken))
            return KeyVaultTr::tr(
                "The secret contains control characters (a line break or tab?); nothing was stored.");
        return {};
    }
    if (secret.key.isEmpty())
        return KeyVaultTr::tr("The key is empty; nothing was stored.");
    if (secret.key.bytes().size() > 4096)
        return KeyVaultTr::tr("The key is longer than 4,096 bytes; that is not an API key.");
    if (bad(secret.key))
        return KeyVaultTr::tr(
            "The key contains control characters (a line break or tab?); nothing was stored.");
    return {};
}

} // namespace fusion
