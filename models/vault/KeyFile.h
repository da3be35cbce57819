#pragma once

#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"
#include "models/vault/KeyTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace fusion {

// One key as it travels in an export file: everything needed to recreate it elsewhere, secret included.
struct ExportedKey {
    QString provider; // provider code
    QString kind;     // api_key or oauth
    QString label;
    QString notes;
    QString clientId;
    QDateTime expiresAt;
    KeySecret secret;
};

// The content of an export file: the keys, and the definitions of the providers they belong to (so a custom
// provider can be recreated on the other machine).
struct KeyFileContent {
    QList<Provider> providers;
    QList<ExportedKey> keys;
    QString exportedBy;
    QDateTime exportedAt;
};

// The encrypted key export file, format 1 (documented in docs/key-export-format.md):
//
//   "FCVAULT" | version (1 byte) | kdf (1 byte, 1 = Argon2id) | opslimit (4 bytes, big-endian)
//   | memlimit in bytes (8 bytes, big-endian) | salt (16 bytes) | nonce (24 bytes)
//   | XChaCha20-Poly1305 ciphertext of the UTF-8 JSON content, with its 16-byte tag
//
// The key is Argon2id(passphrase, salt, opslimit, memlimit); everything before the ciphertext is the
// additional data, so a changed header fails like a changed ciphertext. Opening checks, in this order and
// each with its own message: size, magic, version (a newer format is named as such), key-derivation limits
// (a hostile file cannot make us allocate gigabytes), length, then authentication — where a wrong passphrase
// and a changed byte cannot be told apart, so the message says both — then the content itself.
class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyFile)

public:
    static constexpr quint8 FormatVersion = 1;
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;
    static constexpr int MinPassphraseChars = 10;

    struct KdfLimits {
        quint32 opslimit;
        quint64 memlimit;
    };
    static KdfLimits defaultLimits(); // Argon2id "moderate": 3 passes over 256 MiB (about 0.4 s)

    static QString passphraseProblem(const SecretBytes& passphrase); // empty when acceptable for sealing
    static QByteArray seal(const KeyFileContent& content, const SecretBytes& passphrase,
                           const KdfLimits& limits);
    static QByteArray seal(const KeyFileContent& content, const SecretBytes& passphrase)
    {
        return seal(content, passphrase, defaultLimits());
    }
    // Throws Failure (InvalidInput) with a message saying exactly what is wrong with the file.
    static KeyFileContent open(const QByteArray& file, const SecretBytes& passphrase);

    // What open() checks before it derives a key — size, magic, version, key derivation and its limits —
    // returning the limits the file asks for; throws like open(). Public for the fuzz target and the tests.
    static KdfLimits readHeader(const QByteArray& file);
    // The decrypted content, both ways: the UTF-8 JSON seal() encrypts and open() reads back (parseContent
    // throws Failure (InvalidInput) saying what is wrong). Public for the fuzz target and the tests.
    static QByteArray contentJson(const KeyFileContent& content);
    static KeyFileContent parseContent(const QByteArray& json);
};

} // namespace fusion
