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
    // Linear: a bounded stretch per detector start, and each token hashed a bounded number of times.
    FUZZ_CHECK(cost.probed <= 64 * (text.size() + 1));
    FUZZ_CHECK(cost.hashed <= 2048 * (text.size() + 1));
    FUZZ_CHECK(!Redactor::describe(r.counts).isNull());
    return 0;
}
