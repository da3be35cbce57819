#pragma once

#include "models/vault/KeyTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringView>

#include <array>

namespace fusion::ai {

// What the redactor replaces. Each kind has a fixed marker that takes the place of what was found ("[EMAIL]")
// and a name its count is kept under ("email"). Both are stored with the AI audit, so they are never
// translated and never change.
enum class RedactionKind {
    Email,       // [EMAIL]
    Phone,       // [PHONE]
    Card,        // [CARD]        Luhn-checked, 13–19 digits
    Iban,        // [IBAN]        mod-97-checked
    Ip,          // [IP]          IPv4 and IPv6
    Credential,  // [CREDENTIAL]  keys of known shapes, tokens, private keys, password=… values
    VaultSecret, // [SECRET]      a secret the key vault holds, recognised by its fingerprint
};

struct Redaction {
    QString text;              // the input with each finding replaced by its kind's marker
    QMap<QString, int> counts; // kind name → findings replaced; kinds not found are absent
    bool changed() const { return !counts.isEmpty(); }
};

// What one run cost, so tests can prove hostile input stays linear without timing anything.
struct RedactionCost {
    qint64 probed = 0;  // characters the detectors read beyond the single plain pass
    qint64 hashed = 0;  // bytes hashed to compare vault fingerprints
    qint64 digests = 0; // SHA-256 digests finished for that (each at least one 64-byte block's work)
};

// Removes personal data and secrets from text before it is stored (AI audit requests and responses), and says
// what kinds it removed and how many — never what they were. One pass over the text: plain characters cost
// a table lookup; a detector runs only where its kind can start (a word start, '@', '=', ':', '+', '(' or
// "-----"), reads a bounded stretch, and what it rejects is not looked at again, so a 10 MB string or a
// megabyte of digits takes linear time. Near misses survive: dates, times, version strings (a dotted quad
// right after "version", "Odoo", … or with five parts), order and ticket numbers, amounts, UUIDs, SHAs.
//
// Vault secrets are found without the secrets: where the last four characters of a fingerprint end a token,
// the candidate substrings (from the token's start, and after each '=', ':', quote or bracket in it) are
// hashed and compared with the fingerprint's SHA-256 prefix; a start's hash is extended from one end to the
// next, so a run of a key's last four ("----…") costs a bounded number of digests per character, not a
// candidate's length (RedactVault.cpp). Secrets shorter than 16 characters have no last four in their
// fingerprint; every short token is hashed for them. A vault secret is a token of at most 512 characters.
//
// Thread-safe: redact() is const and keeps its state on the stack.
class Redactor {
    Q_DECLARE_TR_FUNCTIONS(fusion::ai::Redactor)

public:
    explicit Redactor(const QList<Fingerprint>& vaultSecrets = {});

    Redaction redact(QStringView text, RedactionCost* cost = nullptr) const;

    static QList<RedactionKind> kinds();
    static QString
    kindName(RedactionKind kind); // "email", "phone", "card", "iban", "ip", "credential", "secret"
    static QString marker(RedactionKind kind); // "[EMAIL]", …
    // What was redacted, for people: "2 e-mail addresses and 1 card number".
    static QString describe(const QMap<QString, int>& counts);

    static constexpr int maxVaultSecretLength = 512;

private:
    struct Lexicon;
    class Scanner;
    struct VaultNeedle {
        QString last4; // empty: a secret under 16 characters, found by its hash alone
        std::array<unsigned char, 6> sha256Prefix{};
    };

    QString replaceVaultSecrets(QStringView text, int& found, RedactionCost& cost) const;

    QList<VaultNeedle> m_vault;
};

} // namespace fusion::ai
