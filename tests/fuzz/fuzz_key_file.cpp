// The sealed key export file. A hostile header must not make the key derivation cost more than sealing one
// does (KeyFile::defaultLimits(): Argon2id "moderate", 3 passes over 256 MiB): readHeader() either refuses
// the file or returns limits within that. open() with a fixed passphrase then throws Failure or returns keys
// (run only for headers asking for the least work, so each execution stays fast). The decrypted JSON, which a
// fuzzer cannot forge through the authenticated encryption, is read directly: parseContent() throws Failure
// or returns content that writes back (contentJson) and reads again to the same keys.

#include "models/vault/KeyFile.h"
#include "tests/fuzz/FuzzCheck.h"

#include <sodium.h>

using namespace fusion;

namespace {
void sameContent(const KeyFileContent& a, const KeyFileContent& b)
{
    FUZZ_CHECK(a.keys.size() == b.keys.size());
    FUZZ_CHECK(a.providers.size() == b.providers.size());
    FUZZ_CHECK(a.exportedBy == b.exportedBy);
    for (qsizetype i = 0; i < a.keys.size(); ++i) {
        const ExportedKey& x = a.keys[i];
        const ExportedKey& y = b.keys[i];
        FUZZ_CHECK(x.provider == y.provider && x.kind == y.kind && x.label == y.label && x.notes == y.notes &&
                   x.clientId == y.clientId);
        FUZZ_CHECK(x.secret.key.bytes() == y.secret.key.bytes());
        FUZZ_CHECK(x.secret.clientSecret.bytes() == y.secret.clientSecret.bytes());
        FUZZ_CHECK(x.secret.refreshToken.bytes() == y.secret.refreshToken.bytes());
        FUZZ_CHECK(x.secret.accessToken.bytes() == y.secret.accessToken.bytes());
    }
    for (qsizetype i = 0; i < a.providers.size(); ++i)
        FUZZ_CHECK(a.providers[i].code == b.providers[i].code &&
                   a.providers[i].baseUrl == b.providers[i].baseUrl);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fusion::fuzz::bytes(data, size);
    const KeyFile::KdfLimits most = KeyFile::defaultLimits();
    try {
        const KeyFile::KdfLimits asked = KeyFile::readHeader(input);
        FUZZ_CHECK(asked.opslimit <= most.opslimit && asked.memlimit <= most.memlimit);
        if (asked.opslimit == crypto_pwhash_OPSLIMIT_MIN && asked.memlimit <= 64 * 1024) {
            const KeyFileContent c =
                KeyFile::open(input, SecretBytes(QByteArrayLiteral("fuzzing passphrase")));
            FUZZ_CHECK(!c.keys.isEmpty());
        }
    } catch (const Failure& f) {
        FUZZ_CHECK(!f.error().message.isEmpty());
    }
    try {
        const KeyFileContent c = KeyFile::parseContent(input);
        FUZZ_CHECK(!c.keys.isEmpty());
        sameContent(c, KeyFile::parseContent(KeyFile::contentJson(c)));
    } catch (const Failure& f) {
        FUZZ_CHECK(f.error().kind == ErrorKind::InvalidInput);
        FUZZ_CHECK(!f.error().message.isEmpty());
    }
    return 0;
}
