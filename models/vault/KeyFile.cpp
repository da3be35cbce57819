#include "models/vault/KeyFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace fusion {

namespace {
constexpr char Magic[] = "FCVAULT";
constexpr int MagicBytes = 7;
constexpr quint8 KdfArgon2id = 1;
constexpr int HeaderBytes =
    MagicBytes + 1 + 1 + 4 + 8 + crypto_pwhash_SALTBYTES + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
// What a file may ask of the key derivation: no more than seal() puts in every file (defaultLimits(), about
// 0.4 s and 256 MiB). The fuzz target found the earlier bound (16 passes over 1 GiB) let a hostile header
// hold an import for tens of seconds and a gigabyte before the passphrase was even checked.
constexpr quint32 MaxOpslimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr quint64 MaxMemlimit = crypto_pwhash_MEMLIMIT_MODERATE;

Failure bad(const QString& message)
{
    return Failure(ErrorKind::InvalidInput, message);
}

void ensureSodium()
{
    if (sodium_init() < 0)
        throw Failure(ErrorKind::Internal, KeyFile::tr("The cryptography library could not start."));
}

// The 32-byte key from the passphrase; kept in locked, scrubbed memory by the caller's guard.
void deriveKey(unsigned char* key, const SecretBytes& passphrase, const unsigned char* salt, quint32 ops,
               quint64 mem)
{
    if (crypto_pwhash(key, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, passphrase.bytes().constData(),
                      quint64(passphrase.bytes().size()), salt, ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Failure(ErrorKind::Internal,
                      KeyFile::tr("Not enough memory to derive the key from the passphrase (%1 MiB needed).")
                          .arg(mem / (1024 * 1024)));
}

struct KeyGuard {
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    KeyGuard() { sodium_mlock(key, sizeof key); }
    ~KeyGuard() { sodium_munlock(key, sizeof key); } // zeroes it too
    KeyGuard(const KeyGuard&) = delete;
    KeyGuard& operator=(const KeyGuard&) = delete;
};

QString text(const SecretBytes& s)
{
    return QString::fromUtf8(s.bytes());
}

SecretBytes secretOf(const QJsonObject& o, const char* name)
{
    QByteArray bytes = o.value(QLatin1String(name)).toString().toUtf8();
    SecretBytes s(bytes);
    SecretBytes::scrub(bytes);
    return s;
}

} // namespace

QByteArray KeyFile::contentJson(const KeyFileContent& c)
{
    QJsonArray providers;
    for (const Provider& p : c.providers)
        providers.append(QJsonObject{{QStringLiteral("code"), p.code},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("kind"), p.kind},
                                     {QStringLiteral("base_url"), p.baseUrl},
                                     {QStringLiteral("token_url"), p.tokenUrl},
                                     {QStringLiteral("validation"), p.validation}});
    QJsonArray keys;
    for (const ExportedKey& k : c.keys) {
        QJsonObject o{{QStringLiteral("provider"), k.provider},
                      {QStringLiteral("kind"), k.kind},
                      {QStringLiteral("label"), k.label},
                      {QStringLiteral("notes"), k.notes},
                      {QStringLiteral("client_id"), k.clientId},
                      {QStringLiteral("expires_at"),
                       k.expiresAt.isValid() ? k.expiresAt.toUTC().toString(Qt::ISODate) : QString()}};
        if (k.kind == QLatin1String("oauth")) {
            o.insert(QStringLiteral("client_secret"), text(k.secret.clientSecret));
            o.insert(QStringLiteral("refresh_token"), text(k.secret.refreshToken));
            o.insert(QStringLiteral("access_token"), text(k.secret.accessToken));
        } else {
            o.insert(QStringLiteral("secret"), text(k.secret.key));
        }
        keys.append(o);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("fusion-console-keys")},
                           {QStringLiteral("version"), KeyFile::FormatVersion},
                           {QStringLiteral("exported_by"), c.exportedBy},
                           {QStringLiteral("exported_at"), c.exportedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("providers"), providers},
                           {QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Compact);
}

KeyFileContent KeyFile::parseContent(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String("fusion-console-keys"))
        throw bad(
            KeyFile::tr("The file decrypted, but its content is not a key list (made by another program?)."));
    KeyFileContent c;
    c.exportedBy = root.value(QStringLiteral("exported_by")).toString().left(200);
    c.exportedAt = QDateTime::fromString(root.value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
    for (const auto& v : root.value(QStringLiteral("providers")).toArray()) {
        const QJsonObject o = v.toObject();
        Provider p;
        p.code = o.value(QStringLiteral("code")).toString();
        p.name = o.value(QStringLiteral("name")).toString();
        p.kind = o.value(QStringLiteral("kind")).toString();
        p.baseUrl = o.value(QStringLiteral("base_url")).toString();
        p.tokenUrl = o.value(QStringLiteral("token_url")).toString();
        p.validation = o.value(QStringLiteral("validation")).toString();
        c.providers << p;
    }
    int n = 0;
    for (const auto& v : root.value(QStringLiteral("keys")).toArray()) {
        ++n;
        if (!v.isObject())
            throw bad(KeyFile::tr("Key %1 in the file is not a record.").arg(n));
        const QJsonObject o = v.toObject();
        ExportedKey k;
        k.provider = o.value(QStringLiteral("provider")).toString();
        k.kind = o.value(QStringLiteral("kind")).toString();
        k.label = o.value(QStringLiteral("label")).toString();
        k.notes = o.value(QStringLiteral("notes")).toString();
        k.clientId = o.value(QStringLiteral("client_id")).toString();
        k.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        if (k.kind == QLatin1String("oauth")) {
            k.secret.clientSecret = secretOf(o, "client_secret");
            k.secret.refreshToken = secretOf(o, "refresh_token");
            k.secret.accessToken = secretOf(o, "access_token");
        } else if (k.kind == QLatin1String("api_key")) {
            k.secret.key = secretOf(o, "secret");
        } else {
            throw bad(
                KeyFile::tr("Key %1 in the file has an unknown kind \"%2\".").arg(n).arg(k.kind.left(20)));
        }
        if (k.provider.isEmpty() || k.label.isEmpty())
            throw bad(KeyFile::tr("Key %1 in the file has no provider or label.").arg(n));
        if (const QString why = validateKeySecret(k.kind, k.secret); !why.isEmpty())
            throw bad(KeyFile::tr("Key %1 (%2/%3) in the file: %4").arg(n).arg(k.provider, k.label, why));
        c.keys << k;
    }
    if (c.keys.isEmpty())
        throw bad(KeyFile::tr("The file holds no keys."));
    return c;
}

KeyFile::KdfLimits KeyFile::defaultLimits()
{
    return {quint32(crypto_pwhash_OPSLIMIT_MODERATE), quint64(crypto_pwhash_MEMLIMIT_MODERATE)};
}

QString KeyFile::passphraseProblem(const SecretBytes& passphrase)
{
    if (QString::fromUtf8(passphrase.bytes()).size() < MinPassphraseChars)
        return tr("The passphrase needs at least %1 characters: it is all that protects the secrets in the "
                  "file.")
            .arg(MinPassphraseChars);
    return {};
}

QByteArray KeyFile::seal(const KeyFileContent& content, const SecretBytes& passphrase,
                         const KdfLimits& limits)
{
    ensureSodium();
    if (const QString why = passphraseProblem(passphrase); !why.isEmpty())
        throw bad(why);
    QByteArray header(Magic, MagicBytes);
    header += char(FormatVersion);
    header += char(KdfArgon2id);
    char ops[4];
    qToBigEndian(limits.opslimit, ops);
    header += QByteArray(ops, 4);
    char mem[8];
    qToBigEndian(limits.memlimit, mem);
    header += QByteArray(mem, 8);
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    header += salt + nonce;

    KeyGuard k;
    deriveKey(k.key, passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), limits.opslimit,
              limits.memlimit);
    QByteArray plain = contentJson(content);
    QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(cipher.data()), &written,
        reinterpret_cast<const unsigned char*>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char*>(header.constData()), quint64(header.size()), nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()), k.key);
    SecretBytes::scrub(plain);
    cipher.resize(qsizetype(written));
    return header + cipher;
}

KeyFile::KdfLimits KeyFile::readHeader(const QByteArray& file)
{
    ensureSodium();
    if (file.size() > MaxFileBytes)
        throw bad(tr("The file is larger than %1 MiB; that is not a key export.")
                      .arg(MaxFileBytes / (1024 * 1024)));
    if (file.size() < MagicBytes || !file.startsWith(QByteArray(Magic, MagicBytes)))
        throw bad(tr("This is not a Fusion Console key export file."));
    if (file.size() < MagicBytes + 1)
        throw bad(tr("The file is truncated: it ends inside its header."));
    const quint8 version = quint8(file.at(MagicBytes));
    if (version > FormatVersion)
        throw bad(
            tr("The file was made by a newer Fusion Console (format %1); this one reads format %2. Update "
               "Fusion Console to import it.")
                .arg(version)
                .arg(FormatVersion));
    if (version != FormatVersion)
        throw bad(tr("The file's format %1 is unknown.").arg(version));
    if (file.size() < HeaderBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw bad(
            tr("The file is truncated: it ends before its encrypted part (%1 bytes).").arg(file.size()));
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.constData());
    int at = MagicBytes + 1;
    const quint8 kdf = bytes[at++];
    const quint32 ops = qFromBigEndian<quint32>(bytes + at);
    at += 4;
    const quint64 mem = qFromBigEndian<quint64>(bytes + at);
    at += 8;
    if (kdf != KdfArgon2id)
        throw bad(tr("The file uses a key derivation this version does not know (%1).").arg(kdf));
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > MaxOpslimit || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > MaxMemlimit)
        throw bad(
            tr("The file asks for key-derivation settings outside what Fusion Console accepts (%1 passes, %2 "
               "MiB); it was not made by Fusion Console or was changed.")
                .arg(ops)
                .arg(mem / (1024 * 1024)));
    return {ops, mem};
}

KeyFileContent KeyFile::open(const QByteArray& file, const SecretBytes& passphrase)
{
    const KdfLimits limits = readHeader(file);
    const auto* bytes = reinterpret_cast<const unsigned char*>(file.constData());
    const unsigned char* salt = bytes + MagicBytes + 1 + 1 + 4 + 8;
    const unsigned char* nonce = salt + crypto_pwhash_SALTBYTES; // the header ends after it (HeaderBytes)

    KeyGuard k;
    deriveKey(k.key, passphrase, salt, limits.opslimit, limits.memlimit);
    const qsizetype cipherBytes = file.size() - HeaderBytes;
    QByteArray plain(cipherBytes, Qt::Uninitialized);
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &plainBytes, nullptr, bytes + HeaderBytes,
            quint64(cipherBytes), bytes, HeaderBytes, nonce, k.key) != 0) {
        SecretBytes::scrub(plain);
        throw bad(tr(
            "The passphrase is wrong, or the file was changed or damaged after it was exported. Nothing was "
            "imported."));
    }
    plain.resize(qsizetype(plainBytes));
    try {
        KeyFileContent content = parseContent(plain);
        SecretBytes::scrub(plain);
        return content;
    } catch (...) {
        SecretBytes::scrub(plain);
        throw;
    }
}

} // namespace fusion
