// The PII redactor. The input is a vault secret and a text (split at the first NUL); the secret's fingerprint
// is given to the redactor and the secret is put into the text as a token of its own. Whatever the redactor
// reports as a vault secret is gone from its output; no marker appears that is not counted (a finding may be
// covered by a later one — a vault secret inside a password= value — so counts can exceed markers, never the
// reverse); the work it does stays linear in the text (RedactionCost).

#include "models/ai/Redactor.h"
#include "tests/fuzz/FuzzCheck.h"

#include <algorithm>

using namespace fusion;
using namespace fusion::ai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fusion::fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray secret = nul < 0 ? QByteArray() : input.left(nul);
    const QString rest = QString::fromUtf8(nul < 0 ? input : input.mid(nul + 1));

    QList<Fingerprint> vault;
    QString text = rest;
    const QString secretText = QString::fromUtf8(secret);
    if (!secret.isEmpty() && secretText.size() <= Redactor::maxVaultSecretLength) {
        vault << Fingerprint::of(SecretBytes(secret));
        const qsizetype mid = rest.size() / 2;
        text = rest.left(mid) + QLatin1Char(' ') + secretText + QLatin1Char(' ') + rest.mid(mid);
    }
    const Redactor redactor(vault);
    RedactionCost cost;
    const Redaction r = redactor.redact(text, &cost);

    // The secret as the token it was put in as (" SECRET "): the same characters inside a longer token are
    // another word, which the redactor rightly leaves.
    const bool token = !secretText.isEmpty() && std::none_of(secretText.cbegin(), secretText.cend(),
                                                             [](QChar c) { return c.isSpace(); });
    if (r.counts.value(QStringLiteral("secret")) > 0 && token)
        FUZZ_CHECK(!r.text.contains(QLatin1Char(' ') + secretText + QLatin1Char(' ')));
    for (const RedactionKind kind : Redactor::kinds()) {
        const int n = r.counts.value(Redactor::kindName(kind));
        FUZZ_CHECK(n >= 0);
        FUZZ_CHECK(r.text.count(Redactor::marker(kind)) <= text.count(Redactor::marker(kind)) + n);
    }
    FUZZ_CHECK(r.changed() || r.text == text);
    // Linear: a bounded stretch per detector start. Vault candidates: a start's hash goes on from one end to
    // the next, so a character is fed only to the hash of its token's start and of the delimiter starts it
    // lies within eight delimiters (and 16 characters) of — about 25, at most 3 UTF-8 bytes each — and at
    // most nine candidates end at a character (two digests per short token). The bound was 2048 bytes a
    // character and was broken: each character of a run of a key's last four was an end whose candidates
    // were hashed whole, up to 9 x 512 characters (regressions/redactor/run-of-the-last-four).
    FUZZ_CHECK(cost.probed <= 64 * (text.size() + 1));
    FUZZ_CHECK(cost.hashed <= 256 * (text.size() + 1));
    FUZZ_CHECK(cost.digests <= 16 * (text.size() + 1));
    FUZZ_CHECK(!Redactor::describe(r.counts).isNull());
    return 0;
}
