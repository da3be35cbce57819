// Writes the key file target's sealed seeds (tests/fuzz/corpus/key_file/sealed-*): real export files sealed
// with the fuzz target's passphrase and the least key-derivation work, so open() runs whole on them. Built by
// hand when the format changes (see tests/fuzz/README.md):
//   g++ -std=c++20 -fPIC -I. tests/fuzz/seal_seeds.cpp build/models/libfusion_parsers.a \
//       $(pkg-config --cflags --libs Qt6Core libsodium) -o /tmp/seal_seeds && /tmp/seal_seeds
//       tests/fuzz/corpus/key_file

#include "models/vault/KeyFile.h"

#include <QFile>

#include <sodium.h>

using namespace fusion;

int main(int argc, char** argv)
{
    if (argc != 2)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const SecretBytes passphrase(QByteArrayLiteral("fuzzing passphrase"));
    const KeyFile::KdfLimits least{quint32(crypto_pwhash_OPSLIMIT_MIN), quint64(crypto_pwhash_MEMLIMIT_MIN)};

    KeyFileContent apiKey;
    apiKey.exportedBy = QStringLiteral("owner@acme");
    apiKey.exportedAt = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
    Provider p;
    p.code = QStringLiteral("openai");
    p.name = QStringLiteral("OpenAI");
    p.kind = QStringLiteral("api_key");
    p.baseUrl = QStringLiteral("https://api.openai.com");
    apiKey.providers << p;
    ExportedKey k;
    k.provider = QStringLiteral("openai");
    k.kind = QStringLiteral("api_key");
    k.label = QStringLiteral("prod");
    k.secret.key = SecretBytes(QByteArrayLiteral("sk-proj-abcdefghijklmnop1234"));
    apiKey.keys << k;

    KeyFileContent oauth;
    ExportedKey o;
    o.provider = QStringLiteral("google");
    o.kind = QStringLiteral("oauth");
    o.label = QStringLiteral("workspace");
    o.clientId = QStringLiteral("123.apps");
    o.secret.clientSecret = SecretBytes(QByteArrayLiteral("client-secret"));
    o.secret.refreshToken = SecretBytes(QByteArrayLiteral("refresh-token"));
    oauth.keys << o;

    const QList<QPair<const char*, const KeyFileContent*>> files = {{"sealed-api-key", &apiKey},
                                                                    {"sealed-oauth", &oauth}};
    for (const auto& [name, content] : files) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(KeyFile::seal(*content, passphrase, least));
    }
    // The moderate limits a real export carries, so the header check sees them too (open() is not run on it).
    QFile real(dir + QStringLiteral("/sealed-moderate"));
    if (!real.open(QIODevice::WriteOnly))
        return 1;
    real.write(KeyFile::seal(apiKey, passphrase));
    return 0;
}
