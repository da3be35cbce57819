// The redactor's credential detectors: keys and tokens of known shapes, Bearer tokens, password=… and
// header assignments, passwords in URLs and private keys. (The key vault's own secrets: RedactVault.cpp.)
#include "models/ai/RedactScanners.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace fusion::ai {

Redactor::Scanner::Match Redactor::Scanner::knownToken(qsizetype i)
{
    // The providers' documented shapes. Lengths are minimums: providers lengthen keys over time. Most words
    // fail on their second character.
    const char16_t second = at(i + 1);
    switch (at(i)) {
    case u's':
        if (second != u'k')
            return {};
        if (at(i + 2) == u'-') // OpenAI sk-…, sk-proj-…, sk-svcacct-…; Anthropic sk-ant-…
            return keyTail(i, 3, Alphabet::Base64url, 20, OpenAiTail);
        [[fallthrough]];
    case u'r':
        if (second == u'k' && (startsWith(i + 2, "_live_") || startsWith(i + 2, "_test_")))
            return keyTail(i, 8, Alphabet::Alnum, 10); // Stripe secret and restricted keys
        return {};
    case u'w':
        if (second == u'h' && startsWith(i, "whsec_"))
            return keyTail(i, 6, Alphabet::Alnum, 20); // Stripe webhook signing secret
        return {};
    case u'g': {
        if (second == u'i' && startsWith(i, "github_pat_"))
            return keyTail(i, 11, Alphabet::Word, 20);
        if (second != u'h')
            return {};
        const char16_t t = at(i + 2); // GitHub personal, OAuth, server, user-to-server, refresh tokens
        if ((t == u'p' || t == u'o' || t == u's' || t == u'u' || t == u'r') && at(i + 3) == u'_')
            return keyTail(i, 4, Alphabet::Alnum, 20);
        return {};
    }
    case u'x': {
        if (second == u'a' && startsWith(i, "xapp-")) // Slack app-level token
            return keyTail(i, 5, Alphabet::AlnumDash, 10, SlackAppTail);
        const char16_t t = at(i + 3); // Slack bot, user, app, refresh, session tokens
        if (second == u'o' && at(i + 2) == u'x' &&
            (t == u'a' || t == u'b' || t == u'p' || t == u'r' || t == u's') && at(i + 4) == u'-')
            return keyTail(i, 5, Alphabet::AlnumDash, 10, SlackTail);
        return {};
    }
    case u'A':
        if (startsWith(i, "AKIA") || startsWith(i, "ASIA")) { // AWS access key id: exactly 20
            const qsizetype n = runOf(i + 4, [](char16_t c) { return upper(c) || digit(c); });
            if (n == 16 && !alnum(at(i + 20)))
                return {i, i + 20, RedactionKind::Credential};
        } else if (startsWith(i, "AIza")) { // Google API key: exactly 39
            if (runOf(i + 4, base64url) == 35)
                return {i, i + 39, RedactionKind::Credential};
        }
        return {};
    default:
        return {};
    }
}

// A key's tail: the longest run of its alphabet, long enough and with a digit in it ("sk-learn-estimators"
// is not a key). `rejected`: the slot that remembers a rejection, for alphabets with '-'.
Redactor::Scanner::Match Redactor::Scanner::keyTail(qsizetype i, qsizetype prefix, Alphabet alphabet,
                                                    int minLength, int rejected)
{
    if (rejected >= 0 && i < m_rejectedUntil[std::size_t(rejected)])
        return {};
    const qsizetype from = i + prefix;
    qsizetype j = from;
    bool anyDigit = false;
    while (j < m_n) {
        const char16_t c = at(j);
        const bool in = alphabet == Alphabet::Base64url   ? base64url(c)
                        : alphabet == Alphabet::AlnumDash ? alnumDash(c)
                        : alphabet == Alphabet::Word      ? word(c)
                                                          : alnum(c);
        if (!in)
            break;
        anyDigit = anyDigit || digit(c);
        ++j;
    }
    if (j - from >= minLength && anyDigit)
        return {i, j, RedactionKind::Credential};
    if (rejected >= 0)
        m_rejectedUntil[std::size_t(rejected)] = j;
    return {};
}

// A JSON Web Token: three base64url parts, the header starting "eyJ" ('{"'); the signature may be empty.
Redactor::Scanner::Match Redactor::Scanner::jwt(qsizetype i)
{
    if (i < m_rejectedUntil[JwtParts] || !startsWith(i, "eyJ"))
        return {};
    qsizetype j = i + runOf(i, base64url);
    if (j - i >= 10 && at(j) == u'.') {
        const qsizetype payload = j + 1;
        j = payload + runOf(payload, base64url);
        if (j - payload >= 2 && at(j) == u'.') {
            j += 1 + runOf(j + 1, base64url);
            return {i, j, RedactionKind::Credential};
        }
    }
    // A start inside what was read ends the same way.
    m_rejectedUntil[JwtParts] = std::max(m_rejectedUntil[JwtParts], j);
    return {};
}

// "Bearer <token>" outside an Authorization header (log lines, curl commands cut short). The word is kept.
Redactor::Scanner::Match Redactor::Scanner::bearer(qsizetype i)
{
    static const char word6[] = "bearer";
    for (int k = 0; k < 6; ++k) {
        if (fold(at(i + k)) != char16_t(word6[k]))
            return {};
    }
    qsizetype j = i + 6;
    const qsizetype spaces = runOf(j, [](char16_t c) { return c == u' '; });
    if (spaces == 0 || spaces > 3)
        return {};
    j += spaces;
    const qsizetype from = j;
    bool anyDigit = false;
    while (j < m_n && bearerChar(at(j))) {
        anyDigit = anyDigit || digit(at(j));
        ++j;
    }
    if (j - from < 16 || !anyDigit)
        return {};
    return {from, j, RedactionKind::Credential};
}

// password=…, "api_key": "…", 'secret' => '…', X-Api-Key: …, Authorization: Bearer …. The name stays, the
// value goes.
Redactor::Scanner::Match Redactor::Scanner::assignment(qsizetype i)
{
    const char16_t op = at(i);
    qsizetype v = i + 1;
    if (op == u'=') {
        const char16_t before = at(i - 1);
        if (at(i + 1) == u'=' || before == u'=' || before == u'!' || before == u'<' || before == u'>')
            return {}; // a comparison, base64 padding
        if (at(i + 1) == u'>')
            v = i + 2;
    } else {
        if (at(i + 1) == u':' || at(i - 1) == u':' || at(i + 1) == u'/')
            return {}; // C++ scopes, IPv6, URLs
        if (at(i + 1) == u'=')
            v = i + 2;
    }
    qsizetype j = i - 1;
    for (int k = 0; k < 4 && (at(j) == u' ' || at(j) == u'\t'); ++k)
        --j;
    if (quote(at(j))) {
        --j;
        if (at(j) == u'\\')
            --j;
    }
    const Name kind = name(j);
    if (kind == Name::None)
        return {};

    qsizetype from = v;
    for (int k = 0; k < 8 && (at(from) == u' ' || at(from) == u'\t'); ++k)
        ++from;
    char16_t q = 0;
    bool escaped = false; // a JSON document inside a JSON string: \"password\": \"…\"
    if (at(from) == u'\\' && quote(at(from + 1))) {
        q = at(from + 1);
        escaped = true;
        from += 2;
    } else if (quote(at(from))) {
        q = at(from);
        ++from;
    }
    qsizetype to = from;
    if (q) {
        while (to < m_n) {
            const char16_t c = at(to);
            if (c == u'\n' || c == u'\r')
                break;
            if (c == u'\\') {
                if (escaped && at(to + 1) == q)
                    break;
                to += 2;
                continue;
            }
            if (!escaped && c == q)
                break;
            ++to;
        }
        to = std::min(to, m_n);
    } else if (kind == Name::Authorization) {
        // A header value runs to the end of its line (or of the quoted header in a curl command).
        while (to < m_n && at(to) != u'\n' && at(to) != u'\r' && !quote(at(to)) && at(to) != u'\\')
            ++to;
        while (to > from && at(to - 1) == u' ')
            --to;
    } else {
        while (to < m_n && !valueStop(at(to)))
            ++to;
    }
    if (to == from)
        return {};
    const QStringView value(m_p + from, to - from);
    if (!q && (value.front() == u'{' || value.front() == u'['))
        return {}; // an object or list: its members are looked at one by one
    for (const char* literal : {"true", "false", "null", "none", "nil", "undefined"}) {
        if (value.compare(QLatin1String(literal), Qt::CaseInsensitive) == 0)
            return {};
    }
    if (kind == Name::Authorization) { // keep the scheme: "Bearer [CREDENTIAL]", "Basic [CREDENTIAL]"
        qsizetype s = from;
        while (s < to && alpha(at(s)))
            ++s;
        if (s > from && s < to && at(s) == u' ') {
            while (s < to && at(s) == u' ')
                ++s;
            from = s;
        }
    }
    if (marked(from, to))
        return {};
    return {from, to, RedactionKind::Credential};
}

// Whether the name ending at j (letters, digits, '_', '-', '.', compared without the separators and without
// case) is one whose value is secret: *password, *secret, *token, *api_key, *private_key, … — but not
// prompt_tokens, token_type or max_tokens.
Redactor::Scanner::Name Redactor::Scanner::name(qsizetype j)
{
    char rev[16];
    int count = 0, letters = 0;
    const qsizetype last = j;
    for (; last - j < 64; --j) {
        const char16_t c = at(j);
        if (alnum(c)) {
            if (count < 16)
                rev[count++] = char(fold(c));
            ++letters;
        } else if (c != u'_' && c != u'-' && c != u'.') {
            break;
        }
    }
    // Most names end in none of the keywords' last letters.
    if (count == 0 || !std::strchr("detnyls", rev[0]))
        return Name::None;
    if (nameEndsWith(rev, count, "authorization"))
        return Name::Authorization;
    for (std::string_view w :
         {"password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "secretkey",
          "privatekey", "authkey", "credential", "credentials", "sessionid"}) {
        if (nameEndsWith(rev, count, w))
            return Name::Secret;
    }
    if (letters == 4 && nameEndsWith(rev, count, "pass"))
        return Name::Secret;
    return Name::None;
}

// postgresql://maria:s3cret@db.example.com/fusion → postgresql://maria:[CREDENTIAL]@db.example.com/fusion
Redactor::Scanner::Match Redactor::Scanner::userinfo(qsizetype i)
{
    if (!(at(i + 1) == u'/' && at(i + 2) == u'/' && alnum(at(i - 1))))
        return {};
    qsizetype j = i + 3;
    const qsizetype user = j;
    while (j - user < 128) {
        const char16_t c = at(j);
        if (c == 0 || space(c) || quote(c) || c == u'/' || c == u'@' || c == u':' || c == u'?' || c == u'#' ||
            c == u'<' || c == u'>' || c == u'[' || c == u']')
            break;
        ++j;
    }
    if (at(j) != u':')
        return {};
    const qsizetype from = ++j;
    while (j - from < 1024) {
        const char16_t c = at(j);
        if (c == 0 || space(c) || quote(c) || c == u'/' || c == u'@' || c == u'?' || c == u'#' || c == u'<' ||
            c == u'>')
            break;
        ++j;
    }
    if (j == from || at(j) != u'@' || marked(from, j))
        return {};
    return {from, j, RedactionKind::Credential};
}

// -----BEGIN … PRIVATE KEY----- … -----END … PRIVATE KEY-----, whole. A block cut short (a truncated log
// line) goes up to the next "-----", the end of a JSON string, a blank line or the end.
Redactor::Scanner::Match Redactor::Scanner::pem(qsizetype i)
{
    if (at(i + 1) != u'-' || !startsWith(i, "-----BEGIN "))
        return {};
    qsizetype j = i + 11;
    const qsizetype label = j;
    while (j - label < 64 && (upper(at(j)) || digit(at(j)) || at(j) == u' '))
        ++j;
    if (!startsWith(j, "-----") ||
        !QStringView(m_p + label, j - label).contains(QLatin1String("PRIVATE KEY")))
        return {};
    for (j += 5; j < m_n; ++j) {
        const char16_t c = at(j);
        if (c == u'"')
            break;
        if (c == u'\n' && (at(j + 1) == u'\n' || (at(j + 1) == u'\r' && at(j + 2) == u'\n')))
            break;
        if (c == u'-' && startsWith(j, "-----")) {
            if (startsWith(j, "-----END ")) {
                qsizetype k = j + 9;
                while (k - j < 80 && (upper(at(k)) || digit(at(k)) || at(k) == u' '))
                    ++k;
                if (startsWith(k, "-----"))
                    return {i, k + 5, RedactionKind::Credential};
            }
            break;
        }
    }
    return {i, j, RedactionKind::Credential};
}

} // namespace fusion::ai
