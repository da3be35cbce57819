// The key vault's own secrets in a text, recognised by their fingerprints (last four characters and a
// SHA-256 prefix) without the secrets themselves: Redactor::replaceVaultSecrets, run before the one pass.
#include "models/ai/RedactScanners.h"
#include "models/secrets/SecretBytes.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <iterator>
#include <sodium.h>
#include <utility>
#include <vector>

namespace fusion::ai {

namespace {

// A SHA-256 of text[start, fed) that can be read at any end and then extended: libsodium's state is a plain
// struct, so a digest is taken from a copy. One per candidate start, so each character of a candidate is
// hashed once however many ends share that start (Qt 6.4's QCryptographicHash cannot be copied).
struct RedactVaultRunningHash {
    qsizetype start = 0;
    qsizetype fed = 0;
    crypto_hash_sha256_state state{};
};

} // namespace

QString Redactor::replaceVaultSecrets(QStringView text, int& found, RedactionCost& cost) const
{
    // libsodium asks for sodium_init() before any use; it is idempotent and thread-safe, and SHA-256 keeps no
    // state of its own, so its result changes nothing here.
    static const int sodiumReady = sodium_init();
    Q_UNUSED(sodiumReady);

    const QChar* p = text.data();
    const qsizetype n = text.size();
    std::vector<std::pair<qsizetype, qsizetype>> spans;

    // Adds text[from, to) to a hash as the UTF-8 QString::toUtf8 makes of it. Pieces are cut only where no
    // surrogate pair is split (see below), so the pieces' bytes are the whole candidate's.
    auto feed = [&](crypto_hash_sha256_state& state, qsizetype from, qsizetype to) {
        QByteArray bytes = QStringView(p + from, to - from).toUtf8();
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  quint64(bytes.size()));
        cost.hashed += bytes.size();
        SecretBytes::scrub(bytes);
    };
    // Ends a hash (a copy, when it goes on) and says whether it is one of `needles`' secrets.
    auto finish = [&](crypto_hash_sha256_state& state, const std::vector<const VaultNeedle*>& needles) {
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&state, digest);
        ++cost.digests;
        const bool match = std::any_of(needles.cbegin(), needles.cend(), [&digest](const VaultNeedle* nd) {
            return std::memcmp(digest, nd->sha256Prefix.data(), nd->sha256Prefix.size()) == 0;
        });
        sodium_memzero(digest, sizeof digest);
        sodium_memzero(&state, sizeof state);
        return match;
    };

    std::vector<const VaultNeedle*> withLast4, hashOnly;
    std::array<bool, 256> lastChar{};
    for (const VaultNeedle& nd : m_vault) {
        if (nd.last4.isEmpty()) {
            hashOnly.push_back(&nd);
        } else {
            withLast4.push_back(&nd);
            lastChar[nd.last4.at(3).unicode() & 0xff] = true;
        }
    }

    // Secrets of 16 characters or more: where a fingerprint's last four end a token (not followed by a
    // letter or digit), the candidates are the stretches from the token's start and from after each of the
    // eight nearest delimiters in it, 16 to 512 characters long.
    if (!withLast4.empty()) {
        std::vector<const VaultNeedle*> same;
        // What lies left of the current end, kept as the end moves right so that no end walks back over its
        // token: the last space and, after it, the starts that follow a delimiter or an escape (\n, \t, \r).
        qsizetype seen = 0;
        qsizetype lastSpace = -1;
        std::deque<qsizetype> delimiterStarts;
        // The running hashes of the last end's candidates. A start stays a candidate for consecutive ends
        // (until eight nearer delimiters, a space or the 512-character limit come between), so the next end
        // mostly extends these: a run of a key's last four ("----…" for one ending in "----") costs a digest
        // per candidate and end, not a candidate's whole length.
        std::vector<RedactVaultRunningHash> running, used;
        auto forget = [](std::vector<RedactVaultRunningHash>& hashes) {
            for (RedactVaultRunningHash& h : hashes)
                sodium_memzero(&h.state, sizeof h.state);
            hashes.clear();
        };
        for (qsizetype e = 3; e < n; ++e) {
            const char16_t c = p[e].unicode();
            if (!lastChar[c & 0xff] || (e + 1 < n && Lexicon::alnum(p[e + 1].unicode())))
                continue;
            same.clear();
            const QStringView tail(p + e - 3, 4);
            for (const VaultNeedle* nd : withLast4) {
                if (tail == nd->last4)
                    same.push_back(nd);
            }
            if (same.empty())
                continue;
            const qsizetype to = e + 1;
            const qsizetype floor = std::max<qsizetype>(0, to - maxVaultSecretLength);
            // A candidate holds at least its last four, so what the scan reads ends before them.
            for (; seen <= e - 4; ++seen) {
                const char16_t b = p[seen].unicode();
                if (Lexicon::space(b)) {
                    lastSpace = seen;
                    delimiterStarts.clear();
                    continue;
                }
                const bool escape = seen > 0 && p[seen - 1] == u'\\' && (b == u'n' || b == u't' || b == u'r');
                if (Lexicon::vaultDelimiter(b) || escape)
                    delimiterStarts.push_back(seen + 1);
            }
            while (!delimiterStarts.empty() && delimiterStarts.front() - 1 < floor)
                delimiterStarts.pop_front();

            // Candidate starts, nearest first: after delimiters inside the token, then the token's start. The
            // starts too near the end are the last few of the list, so this reads a bounded number of them.
            qsizetype starts[9];
            int count = 0;
            for (auto it = delimiterStarts.crbegin(); it != delimiterStarts.crend() && count < 8; ++it) {
                if (to - *it >= 16)
                    starts[count++] = *it;
            }
            // The token's start is a candidate while it is within 512 characters (or is the text's start).
            if (floor == 0 || lastSpace >= floor) {
                const qsizetype tokenStart = lastSpace + 1;
                if (to - tokenStart >= 16 && (count == 0 || starts[count - 1] != tokenStart))
                    starts[count++] = tokenStart;
            }

            bool hit = false;
            for (int s = 0; s < count && !hit; ++s) {
                if (!spans.empty() && starts[s] < spans.back().second)
                    continue;
                auto old = std::find_if(running.begin(), running.end(), [&](const RedactVaultRunningHash& h) {
                    return h.start == starts[s];
                });
                RedactVaultRunningHash h;
                if (old != running.end()) {
                    h = *old;
                    sodium_memzero(&old->state, sizeof old->state);
                    running.erase(old);
                } else {
                    h.start = h.fed = starts[s];
                    crypto_hash_sha256_init(&h.state);
                }
                // Never end a piece between the halves of a surrogate pair: a candidate ending in a high
                // surrogate gets it in the copy only.
                qsizetype upTo = to;
                if (upTo > h.fed && p[upTo - 1].isHighSurrogate())
                    --upTo;
                if (upTo > h.fed) {
                    feed(h.state, h.fed, upTo);
                    h.fed = upTo;
                }
                crypto_hash_sha256_state copy = h.state;
                if (h.fed < to)
                    feed(copy, h.fed, to);
                if (finish(copy, same)) {
                    spans.emplace_back(starts[s], to);
                    e = to - 1;
                    hit = true;
                }
                used.push_back(h);
            }
            // The starts this end did not try are behind the text still to come (or before a secret just
            // found): none is a candidate again.
            forget(running);
            std::swap(running, used);
            if (hit)
                forget(running);
        }
        forget(running);
    }

    // Secrets under 16 characters: every short token, and the token without its sentence's full stop.
    if (!hashOnly.empty()) {
        auto identify = [&](qsizetype from, qsizetype to) {
            crypto_hash_sha256_state state;
            crypto_hash_sha256_init(&state);
            feed(state, from, to);
            return finish(state, hashOnly);
        };
        std::vector<std::pair<qsizetype, qsizetype>> shortSpans;
        qsizetype from = 0;
        for (qsizetype k = 0; k <= n; ++k) {
            const char16_t c = k < n ? p[k].unicode() : u' ';
            if (!(Lexicon::space(c) || Lexicon::vaultDelimiter(c) || Lexicon::valueStop(c)))
                continue;
            qsizetype to = k;
            if (to > from && to - from < 16) {
                if (identify(from, to)) {
                    shortSpans.emplace_back(from, to);
                } else {
                    while (to > from && (p[to - 1] == u'.' || p[to - 1] == u'!' || p[to - 1] == u'?'))
                        --to;
                    if (to > from && to < k && identify(from, to))
                        shortSpans.emplace_back(from, to);
                }
            }
            from = k + 1;
        }
        // Both lists are in order and their spans do not overlap within a list; merge, the earlier wins.
        std::vector<std::pair<qsizetype, qsizetype>> merged;
        std::merge(spans.begin(), spans.end(), shortSpans.begin(), shortSpans.end(),
                   std::back_inserter(merged));
        spans.clear();
        for (const auto& s : merged) {
            if (spans.empty() || s.first >= spans.back().second)
                spans.push_back(s);
        }
    }

    found = int(spans.size());
    if (spans.empty())
        return {};
    QString out;
    out.reserve(n);
    qsizetype copied = 0;
    for (const auto& [from, to] : spans) {
        out.append(p + copied, from - copied);
        out.append(QLatin1String(Lexicon::markers[int(RedactionKind::VaultSecret)]));
        copied = to;
    }
    out.append(p + copied, n - copied);
    return out;
}

} // namespace fusion::ai
