#include "models/ai/Redactor.h"

#include "models/secrets/SecretBytes.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace fusion::ai {

// The scanner's vocabulary: character classes, markers and check digits. Members of a nested type rather than
// free functions, because unity builds put several files in one translation unit and these short names must
// not meet another file's.
struct Redactor::Lexicon {
    static constexpr int kindCount = 7;
    static constexpr const char* kindNames[kindCount] = {"email", "phone",      "card",  "iban",
                                                         "ip",    "credential", "secret"};
    static constexpr const char* markers[kindCount] = {"[EMAIL]", "[PHONE]",      "[CARD]",  "[IBAN]",
                                                       "[IP]",    "[CREDENTIAL]", "[SECRET]"};

    static constexpr bool digit(char16_t c) { return c >= u'0' && c <= u'9'; }
    static constexpr bool upper(char16_t c) { return c >= u'A' && c <= u'Z'; }
    static constexpr bool lower(char16_t c) { return c >= u'a' && c <= u'z'; }
    static constexpr bool alpha(char16_t c) { return upper(c) || lower(c); }
    static constexpr bool alnum(char16_t c) { return digit(c) || alpha(c); }
    static constexpr bool word(char16_t c) { return alnum(c) || c == u'_'; }
    static constexpr bool hex(char16_t c)
    {
        return digit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    }
    static constexpr bool space(char16_t c)
    {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    }
    static constexpr bool quote(char16_t c) { return c == u'"' || c == u'\'' || c == u'`'; }
    static constexpr char16_t fold(char16_t c) { return upper(c) ? char16_t(c + 32) : c; }
    // Key and token alphabets.
    static constexpr bool base64url(char16_t c) { return alnum(c) || c == u'-' || c == u'_'; }
    static constexpr bool alnumDash(char16_t c) { return alnum(c) || c == u'-'; }
    static constexpr bool bearerChar(char16_t c)
    {
        return alnum(c) || c == u'.' || c == u'_' || c == u'~' || c == u'+' || c == u'/' || c == u'=' ||
               c == u'-';
    }
    // Letters beyond ASCII in e-mail addresses (RFC 6531: jürgen.müller@example.de).
    static bool wideLetter(char16_t c) { return c >= 128 && QChar(c).isLetterOrNumber(); }
    // Local part of an e-mail address (the common subset of RFC 5322, without quoted strings).
    static bool localChar(char16_t c)
    {
        return alnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-' || wideLetter(c);
    }
    // Where an unquoted assignment value ends: password=x&user=y, token=x, secret=x; …
    static constexpr bool valueStop(char16_t c)
    {
        return c == 0 || space(c) || quote(c) || c == u'&' || c == u',' || c == u';' || c == u')' ||
               c == u']' || c == u'}' || c == u'<' || c == u'>' || c == u'\\';
    }
    // Where a vault secret may start inside a token: key=SECRET, "SECRET", (SECRET), [SECRET], <k>SECRET.
    static constexpr bool vaultDelimiter(char16_t c)
    {
        return c == u'=' || c == u':' || quote(c) || c == u'(' || c == u'[' || c == u'{' || c == u',' ||
               c == u';' || c == u'>';
    }

    // What the main loop does with an ASCII character: copy it, look at a word start, or try the detectors
    // that start with it.
    enum CharClass : unsigned char { Plain, Word, Trigger };
    static const std::array<unsigned char, 128> charClasses;

    static bool luhn(const unsigned char* digits, int count)
    {
        int sum = 0;
        bool twice = false;
        for (int k = count - 1; k >= 0; --k) {
            int v = digits[k];
            if (twice) {
                v *= 2;
                if (v > 9)
                    v -= 9;
            }
            sum += v;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    // ISO 13616: the first four characters moved to the end, letters as 10–35, the number mod 97 is 1.
    static bool ibanChecksum(const char16_t* chars, int count)
    {
        int r = 0;
        auto add = [&r](char16_t c) {
            if (digit(c))
                r = (r * 10 + (c - u'0')) % 97;
            else
                r = (r * 100 + (c - u'A' + 10)) % 97;
        };
        for (int k = 4; k < count; ++k)
            add(chars[k]);
        for (int k = 0; k < 4; ++k)
            add(chars[k]);
        const int check = (chars[2] - u'0') * 10 + (chars[3] - u'0');
        return r == 1 && check >= 2 && check <= 98;
    }

    // `rev` holds a name's last letters and digits, lowercased, last first.
    static bool nameEndsWith(const char* rev, int count, std::string_view keyword)
    {
        const int length = int(keyword.size());
        if (length > count)
            return false;
        for (int k = 0; k < length; ++k) {
            if (rev[k] != keyword[length - 1 - k])
                return false;
        }
        return true;
    }
};

const std::array<unsigned char, 128> Redactor::Lexicon::charClasses = [] {
    std::array<unsigned char, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[c] = word(char16_t(c)) ? Word : Plain;
    for (char c : {'@', '=', ':', '-', '+', '('})
        t[static_cast<unsigned char>(c)] = Trigger;
    return t;
}();

// The single pass. Detectors read the text through at(), which also records how far they looked (the cost
// the tests bound). A detector returns what to replace; the main loop copies everything else verbatim, in
// runs, when the next replacement comes.
class Redactor::Scanner : private Lexicon {
public:
    explicit Scanner(QStringView text)
        : m_p(text.data())
        , m_n(text.size())
    {
    }

    void run();
    QString takeText(QStringView original);

    std::array<int, kindCount> counts{};
    qint64 probed = 0;

private:
    struct Match {
        qsizetype from = -1;
        qsizetype to = -1;
        RedactionKind kind = RedactionKind::Credential;
        qsizetype skip = -1; // no match: nothing starts before here either (an IBAN with a wrong check)
        explicit operator bool() const { return from >= 0; }
    };
    enum class Name { None, Secret, Authorization };

    char16_t at(qsizetype j)
    {
        m_low = std::min(m_low, j);
        m_high = std::max(m_high, j);
        return (j >= 0 && j < m_n) ? m_p[j].unicode() : u'\0';
    }
    bool startsWith(qsizetype j, const char* s)
    {
        for (; *s; ++s, ++j) {
            if (at(j) != char16_t(*s))
                return false;
        }
        return true;
    }
    template <typename Pred>
    qsizetype runOf(qsizetype j, Pred pred)
    {
        const qsizetype from = j;
        while (j < m_n && pred(at(j)))
            ++j;
        return j - from;
    }
    void replace(const Match& m);
    // Whether text[from, to) starts with a marker: redacted already (a vault secret, or a second run).
    bool marked(qsizetype from, qsizetype to) const
    {
        const QStringView rest(m_p + from, to - from);
        return std::any_of(std::begin(markers), std::end(markers),
                           [&rest](const char* m) { return rest.startsWith(QLatin1String(m)); });
    }

    Match wordStart(qsizetype i);
    Match trigger(qsizetype i);
    Match number(qsizetype i);
    Match knownToken(qsizetype i);
    enum class Alphabet { Base64url, AlnumDash, Alnum, Word };
    // Slots of m_rejectedUntil: the detectors whose alphabet has '-', so a start can be inside a rejection.
    enum Rejected { OpenAiTail, SlackTail, SlackAppTail, JwtParts, RejectedCount };
    Match keyTail(qsizetype i, qsizetype prefix, Alphabet alphabet, int minLength, int rejected = -1);
    Match jwt(qsizetype i);
    Match bearer(qsizetype i);
    Match iban(qsizetype i);
    Match card(qsizetype i);
    Match phone(qsizetype i);
    bool phoneShape(qsizetype i, const int* len, const bool* paren, const char16_t* sepAfter, int groups);
    qsizetype quad(qsizetype i);
    Match ipv4(qsizetype i);
    Match ipv6(qsizetype i);
    bool versionContext(qsizetype i);
    Match email(qsizetype i);
    Match assignment(qsizetype i);
    Name name(qsizetype j);
    Match userinfo(qsizetype i);
    Match pem(qsizetype i);

    const QChar* m_p;
    qsizetype m_n;
    qsizetype m_copied = 0; // everything before this is in m_out
    QString m_out;
    qsizetype m_low = 0, m_high = 0;
    // Keys whose alphabet includes '-' can start again inside a rejected one ("sk-sk-sk-…"); such a start
    // ends where the rejected one did and is rejected for the same reason, so it is not read again.
    std::array<qsizetype, RejectedCount> m_rejectedUntil{};
};

void Redactor::Scanner::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        const char16_t c = m_p[i].unicode();
        if (c >= 128 || charClasses[c] == Plain) {
            ++i;
            continue;
        }
        const bool isWord = charClasses[c] == Word;
        // A word character right after a replacement is the rest of that word: nothing starts there.
        if (isWord && i > 0 && word(m_p[i - 1].unicode())) {
            while (i < m_n && word(m_p[i].unicode()))
                ++i;
            continue;
        }
        m_low = m_high = i;
        const Match m = isWord ? wordStart(i) : trigger(i);
        probed += m_high - m_low + 1;
        if (m && m.to > i) {
            replace(m);
            i = m.to;
        } else if (isWord) {
            // Nothing starts inside a word: skip it whole.
            ++i;
            while (i < m_n && word(m_p[i].unicode()))
                ++i;
            i = std::max(i, m.skip);
        } else {
            ++i;
        }
    }
}

void Redactor::Scanner::replace(const Match& m)
{
    Q_ASSERT(m.from >= m_copied && m.to > m.from);
    if (m_out.isNull())
        m_out.reserve(m_n);
    m_out.append(m_p + m_copied, m.from - m_copied);
    m_out.append(QLatin1String(markers[int(m.kind)]));
    m_copied = m.to;
    ++counts[std::size_t(m.kind)];
}

QString Redactor::Scanner::takeText(QStringView original)
{
    if (m_out.isNull())
        return original.toString();
    m_out.append(m_p + m_copied, m_n - m_copied);
    return std::move(m_out);
}

Redactor::Scanner::Match Redactor::Scanner::wordStart(qsizetype i)
{
    const char16_t c = m_p[i].unicode();
    if (digit(c))
        return number(i);
    Match m;
    switch (c) {
    case u's':
    case u'r':
    case u'w':
    case u'g':
    case u'x':
    case u'A':
        m = knownToken(i);
        break;
    case u'e':
        m = jwt(i);
        break;
    case u'B':
    case u'b':
        m = bearer(i);
        break;
    default:
        break;
    }
    if (!m && upper(c)) {
        m = iban(i);
        if (m || m.skip > i)
            return m;
    }
    if (!m && hex(c))
        m = ipv6(i);
    return m;
}

Redactor::Scanner::Match Redactor::Scanner::trigger(qsizetype i)
{
    switch (m_p[i].unicode()) {
    case u'@':
        return email(i);
    case u'=':
        return assignment(i);
    case u':': {
        if (Match m = assignment(i))
            return m;
        if (Match m = userinfo(i))
            return m;
        // "::1", "[::ffff:10.0.0.1]"; not "std::max"
        const char16_t before = at(i - 1);
        if (at(i + 1) == u':' && !word(before) && before != u':')
            return ipv6(i);
        return {};
    }
    case u'-':
        return pem(i);
    case u'+':
    case u'(': {
        const char16_t before = at(i - 1);
        if (alnum(before) || before == u'+' || before == u'_')
            return {};
        return phone(i);
    }
    default:
        return {};
    }
}

// --- numbers: IP addresses, cards, phones -------------------------------------------------------------

Redactor::Scanner::Match Redactor::Scanner::number(qsizetype i)
{
    // A number glued to something by '-', '.', '_', '/', '#' or ',' is the rest of an identifier, a version
    // or an amount: ORD-2026-000123, 10.0.19045.2965, 1,234,567.89.
    const char16_t before = at(i - 1);
    if ((before == u'-' || before == u'.' || before == u'_' || before == u'/' || before == u'#' ||
         before == u',') &&
        alnum(at(i - 2)))
        return {};
    Match m = ipv6(i);
    if (!m)
        m = ipv4(i);
    if (!m)
        m = card(i);
    if (!m)
        m = phone(i);
    return m;
}

// Where a dotted quad starting at i ends (each part 0–255, at most three digits), or -1.
qsizetype Redactor::Scanner::quad(qsizetype i)
{
    qsizetype j = i;
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (at(j) != u'.')
                return -1;
            ++j;
        }
        const qsizetype from = j;
        int value = 0;
        while (digit(at(j)) && j - from < 4) {
            value = value * 10 + (at(j) - u'0');
            ++j;
        }
        if (j == from || j - from > 3 || value > 255)
            return -1;
    }
    return j;
}

Redactor::Scanner::Match Redactor::Scanner::ipv4(qsizetype i)
{
    const qsizetype end = quad(i);
    if (end < 0)
        return {};
    // A fifth part makes it a version (10.0.19045.2965.1); so does a letter or digit right after.
    if (word(at(end)) || (at(end) == u'.' && digit(at(end + 1))))
        return {};
    if (versionContext(i))
        return {};
    return {i, end, RedactionKind::Ip};
}

// "Odoo 17.0.1.3", "module 17.0.1.3", "version: 17.0.1.3", "app_version=17.0.1.3": a dotted quad named as
// a version is one.
bool Redactor::Scanner::versionContext(qsizetype i)
{
    qsizetype j = i - 1;
    for (int k = 0; k < 4; ++k) {
        const char16_t c = at(j);
        if (c != u' ' && c != u'\t' && c != u':' && c != u'=' && !quote(c))
            break;
        --j;
    }
    char rev[16];
    int count = 0;
    while (count < 16 && (alpha(at(j)) || at(j) == u'_')) {
        if (alpha(at(j)))
            rev[count++] = char(fold(at(j)));
        --j;
    }
    const bool whole = !alpha(at(j)) && at(j) != u'_';
    for (std::string_view w : {"version", "release", "build", "odoo", "module", "firmware", "kernel"}) {
        if (nameEndsWith(rev, count, w))
            return true;
    }
    for (std::string_view w : {"ver", "rev"}) {
        if (whole && count == int(w.size()) && nameEndsWith(rev, count, w))
            return true;
    }
    return false;
}

Redactor::Scanner::Match Redactor::Scanner::ipv6(qsizetype i)
{
    qsizetype j = i;
    bool compressed = false;
    if (at(j) == u':') {
        if (at(j + 1) != u':')
            return {};
        compressed = true;
        j += 2;
    } else {
        // The rest of a longer run of colons and hex digits (a hash, a hex dump) is not an address.
        if (at(i - 1) == u':' || at(i - 1) == u'.')
            return {};
        // Cheap refusal first: an IPv6 address starts with one to four hex digits and a colon.
        int h = 0;
        while (h < 5 && hex(at(j + h)))
            ++h;
        if (h == 0 || h > 4 || at(j + h) != u':')
            return {};
    }
    int groups = 0;
    bool anyDigit = false;
    for (;;) {
        const qsizetype from = j;
        while (j - from < 5 && hex(at(j))) {
            anyDigit = anyDigit || digit(at(j));
            ++j;
        }
        if (j == from)
            break; // only right after "::"
        if (j - from > 4)
            return {};
        if (at(j) == u'.' && digit(at(j + 1))) { // the last 32 bits as a dotted quad: ::ffff:10.0.0.1
            const qsizetype end = quad(from);
            if (end < 0 || groups > 6)
                return {};
            j = end;
            groups += 2;
            break;
        }
        if (++groups > 8)
            return {};
        if (at(j) == u':' && at(j + 1) == u':') {
            if (compressed)
                return {};
            compressed = true;
            j += 2;
            continue;
        }
        if (at(j) == u':' && hex(at(j + 1))) {
            ++j;
            continue;
        }
        break;
    }
    if (compressed ? (groups == 0 || groups > 7) : groups != 8)
        return {};
    // "a::b", "dead:beef:…" are more likely code or data than addresses.
    if (!anyDigit)
        return {};
    if (word(at(j)) || (at(j) == u'.' && digit(at(j + 1))))
        return {};
    return {i, j, RedactionKind::Ip};
}

Redactor::Scanner::Match Redactor::Scanner::card(qsizetype i)
{
    // Issuers' first digits: 2 and 5 Mastercard, 3 Amex/Diners/JCB, 4 Visa, 6 Discover/UnionPay/Maestro.
    if (at(i) < u'2' || at(i) > u'6')
        return {};
    unsigned char digits[19];
    int count = 0;
    // Where the number could end: after each group (4111 1111 1111 1111 123 — the CVV is not part of it).
    struct Cut {
        int count;
        qsizetype pos;
        int shortest;
    };
    Cut cuts[20];
    int cutCount = 0;
    char16_t sep = 0;
    int group = 0, shortest = 99;
    bool overflow = false;
    qsizetype j = i;
    for (;;) {
        const char16_t c = at(j);
        if (digit(c)) {
            if (count == 19) {
                overflow = true;
                break;
            }
            digits[count++] = static_cast<unsigned char>(c - u'0');
            ++group;
            ++j;
            continue;
        }
        if ((c == u' ' || c == u'-') && (sep == 0 || sep == c) && digit(at(j + 1))) {
            shortest = std::min(shortest, group);
            cuts[cutCount++] = {count, j, shortest};
            sep = c;
            group = 0;
            ++j;
            continue;
        }
        break;
    }
    if (!overflow) {
        shortest = std::min(shortest, group);
        cuts[cutCount++] = {count, j, shortest};
    }
    for (int k = cutCount - 1; k >= 0; --k) {
        const Cut& cut = cuts[k];
        if (cut.count < 13 || cut.count > 19 || cut.shortest < 3)
            continue;
        const char16_t after = at(cut.pos);
        const bool last = k == cutCount - 1 && !overflow;
        if (last ? (word(after) || ((after == u'.' || after == u',') && digit(at(cut.pos + 1))))
                 : after != u' ')
            continue;
        if (luhn(digits, cut.count))
            return {i, cut.pos, RedactionKind::Card};
    }
    return {};
}

// International (+49 30 1234567, +1 (555) 123-4567, +44.20.7946.0958), national with a trunk zero
// (030 1234567, 0171-1234567, 01 23 45 67 89), North American (555-123-4567, 1 555 123 4567) and a
// parenthesised area code ((555) 123-4567, (030) 1234567).
Redactor::Scanner::Match Redactor::Scanner::phone(qsizetype i)
{
    constexpr int maxGroups = 8;
    int len[maxGroups];
    bool paren[maxGroups];
    qsizetype end[maxGroups];
    char16_t sepAfter[maxGroups];
    int groups = 0, digits = 0;
    char16_t dotted = 0; // '.' or 'o': dots are all or nothing (05.12.2026 14:30 is no phone)
    qsizetype j = i;
    if (at(j) == u'+')
        ++j;
    for (;;) {
        const bool inParen = at(j) == u'(';
        const qsizetype from = inParen ? j + 1 : j;
        qsizetype k = from;
        while (digit(at(k)) && k - from < 16)
            ++k;
        const int length = int(k - from);
        if (length == 0 || length > 15 || (inParen && (at(k) != u')' || length > 5)))
            break;
        if (inParen)
            ++k;
        if (groups == maxGroups)
            break;
        len[groups] = length;
        paren[groups] = inParen;
        end[groups] = k;
        sepAfter[groups] = 0;
        ++groups;
        digits += length;
        if (digits > 16)
            break;
        char16_t sep = at(k);
        qsizetype next = k;
        if (sep == u' ' || sep == u'-' || sep == u'.' || sep == u'/')
            ++next;
        else
            sep = 0;
        if (!(digit(at(next)) || (at(next) == u'(' && digit(at(next + 1)))))
            break;
        // Without a separator only a parenthesis may join two groups: +49(0)30, (555)123-4567.
        if (sep == 0 && !inParen && at(next) != u'(')
            break;
        if (sep != 0) {
            const char16_t kind = sep == u'.' ? u'.' : u'o';
            if (dotted != 0 && dotted != kind)
                break;
            dotted = kind;
        }
        sepAfter[groups - 1] = sep == 0 ? u'(' : sep;
        j = next;
    }
    for (int k = groups; k >= 1; --k) {
        // A phone number followed by another number ends at a space, never inside "-" or "." runs.
        if (k < groups && sepAfter[k - 1] != u' ')
            continue;
        const qsizetype stop = end[k - 1];
        const char16_t after = at(stop);
        if (k == groups && (word(after) || ((after == u'.' || after == u',') && digit(at(stop + 1)))))
            continue;
        if (phoneShape(i, len, paren, sepAfter, k))
            return {i, stop, RedactionKind::Phone};
    }
    return {};
}

bool Redactor::Scanner::phoneShape(qsizetype i, const int* len, const bool* paren, const char16_t* sepAfter,
                                   int groups)
{
    int total = 0;
    bool anyParen = false;
    for (int k = 0; k < groups; ++k) {
        total += len[k];
        anyParen = anyParen || paren[k];
    }
    const char16_t lead = at(i);
    if (lead == u'+') {
        // E.164: at most 15 digits; a "(0)" trunk prefix may come on top.
        if (paren[0])
            return false;
        return total >= 8 && total <= (anyParen ? 16 : 15);
    }
    if (lead == u'(') {
        if (groups < 2)
            return false;
        for (int k = 1; k < groups; ++k) {
            if (paren[k])
                return false;
        }
        if (at(i + 1) == u'0')
            return len[0] >= 2 && len[0] <= 5 && total >= 9 && total <= 12;
        return len[0] == 3 && at(i + 1) >= u'2' && total == 10;
    }
    if (anyParen)
        return false;
    auto sameSeparators = [&] {
        for (int k = 1; k + 1 < groups; ++k) {
            if (sepAfter[k] != sepAfter[0])
                return false;
        }
        return sepAfter[0] == u' ' || sepAfter[0] == u'-' || sepAfter[0] == u'.';
    };
    if (lead == u'0') {
        if (groups < 2)
            return false;
        for (int k = 0; k < groups; ++k) {
            if (len[k] < 2)
                return false;
        }
        // A date with a time: 05-12-2026 1430, 2026-12-05.
        if (groups >= 3 && len[0] <= 2 && len[1] <= 2 && len[2] == 4)
            return false;
        const bool international = at(i + 1) == u'0' && at(i + 2) != u'0'; // 0049 30 1234567
        return total >= 9 && total <= (international ? 15 : 12);
    }
    if (lead == u'1') // 1 555 123 4567, 1-555-123-4567
        return groups == 4 && len[0] == 1 && len[1] == 3 && len[2] == 3 && len[3] == 4 && sameSeparators();
    if (lead >= u'2' && lead <= u'9') // 555-123-4567
        return groups == 3 && len[0] == 3 && len[1] == 3 && len[2] == 4 && sameSeparators();
    return false;
}

// --- letters: IBANs and keys of known shapes ----------------------------------------------------------

Redactor::Scanner::Match Redactor::Scanner::iban(qsizetype i)
{
    if (!(upper(at(i)) && upper(at(i + 1)) && digit(at(i + 2)) && digit(at(i + 3))))
        return {};
    char16_t chars[34];
    int count = 0;
    // Printed form: groups of four separated by one space, the last one shorter.
    struct Cut {
        int count;
        qsizetype pos;
    };
    Cut cuts[10];
    int cutCount = 0;
    int group = 0;
    bool spaced = false, overflow = false;
    qsizetype j = i;
    for (;;) {
        const char16_t c = at(j);
        if (upper(c) || digit(c)) {
            if (count == 34) {
                overflow = true;
                break;
            }
            chars[count++] = c;
            ++group;
            ++j;
            continue;
        }
        if (c == u' ' && group == 4 && (count == 4 || spaced) && (upper(at(j + 1)) || digit(at(j + 1)))) {
            spaced = true;
            cuts[cutCount++] = {count, j}; // at most eight: 34 characters in groups of four
            group = 0;
            ++j;
            continue;
        }
        break;
    }
    if (!overflow && !word(at(j)))
        cuts[cutCount++] = {count, j};
    for (int k = cutCount - 1; k >= 0; --k) {
        if (cuts[k].count >= 15 && ibanChecksum(chars, cuts[k].count))
            return {i, cuts[k].pos, RedactionKind::Iban};
    }
    // An IBAN with a wrong check stays whole: its groups are not phone or card numbers either.
    Match rejected;
    if (count >= 15)
        rejected.skip = j;
    return rejected;
}

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

// --- triggers: e-mail, assignments, URLs with a password, private keys ---------------------------------

Redactor::Scanner::Match Redactor::Scanner::email(qsizetype i)
{
    // The local part was copied already (it is after the last replacement): look back for it.
    qsizetype from = i;
    while (from > m_copied && i - from < 64 && localChar(at(from - 1)))
        --from;
    if (from > m_copied && localChar(at(from - 1)))
        return {}; // longer than 64: not an address
    while (from < i && at(from) == u'.')
        ++from;
    if (from == i || at(i - 1) == u'.')
        return {};
    // The domain: two labels or more, the last of letters only.
    qsizetype j = i + 1, best = -1;
    int labels = 0;
    for (;;) {
        const qsizetype label = j;
        bool letters = true;
        while (alnum(at(j)) || at(j) == u'-' || wideLetter(at(j))) {
            letters = letters && alpha(at(j));
            if (++j - i > 254)
                return {};
        }
        const qsizetype length = j - label;
        if (length == 0 || length > 63 || at(label) == u'-' || at(j - 1) == u'-')
            break;
        ++labels;
        if (labels >= 2 && letters && length >= 2)
            best = j;
        if (at(j) == u'.' && alnum(at(j + 1))) {
            ++j;
            continue;
        }
        break;
    }
    if (best < 0)
        return {};
    return {from, best, RedactionKind::Email};
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

// --- Redactor -------------------------------------------------------------------------------------------

Redactor::Redactor(const QList<Fingerprint>& vaultSecrets)
{
    for (const Fingerprint& f : vaultSecrets) {
        const QByteArray prefix = QByteArray::fromHex(f.hash.toLatin1());
        if (f.hash.size() != 12 || prefix.size() != 6)
            continue; // not a fingerprint Fingerprint::of made
        VaultNeedle needle;
        needle.last4 = f.last4.size() == 4 ? f.last4 : QString();
        std::memcpy(needle.sha256Prefix.data(), prefix.constData(), 6);
        m_vault << needle;
    }
}

QList<RedactionKind> Redactor::kinds()
{
    return {RedactionKind::Email, RedactionKind::Phone,      RedactionKind::Card,       RedactionKind::Iban,
            RedactionKind::Ip,    RedactionKind::Credential, RedactionKind::VaultSecret};
}

QString Redactor::kindName(RedactionKind kind)
{
    return QString::fromLatin1(Lexicon::kindNames[int(kind)]);
}

QString Redactor::marker(RedactionKind kind)
{
    return QString::fromLatin1(Lexicon::markers[int(kind)]);
}

QString Redactor::describe(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (RedactionKind kind : kinds()) {
        const int n = counts.value(kindName(kind));
        if (n <= 0)
            continue;
        switch (kind) {
        case RedactionKind::Email:
            parts << tr("%n e-mail address(es)", nullptr, n);
            break;
        case RedactionKind::Phone:
            parts << tr("%n phone number(s)", nullptr, n);
            break;
        case RedactionKind::Card:
            parts << tr("%n card number(s)", nullptr, n);
            break;
        case RedactionKind::Iban:
            parts << tr("%n IBAN(s)", nullptr, n);
            break;
        case RedactionKind::Ip:
            parts << tr("%n IP address(es)", nullptr, n);
            break;
        case RedactionKind::Credential:
            parts << tr("%n credential(s)", nullptr, n);
            break;
        case RedactionKind::VaultSecret:
            parts << tr("%n vault secret(s)", nullptr, n);
            break;
        }
    }
    if (parts.isEmpty())
        return tr("nothing redacted");
    return QLocale().createSeparatedList(parts);
}

Redaction Redactor::redact(QStringView text, RedactionCost* cost) const
{
    RedactionCost spent;
    int secrets = 0;
    QString withoutSecrets;
    QStringView view = text;
    if (!m_vault.isEmpty()) {
        // First, so a vault key reads [SECRET] even where it also has a known shape; the scanner leaves the
        // markers alone.
        withoutSecrets = replaceVaultSecrets(text, secrets, spent);
        if (secrets > 0)
            view = withoutSecrets;
    }
    Scanner scanner(view);
    scanner.run();
    scanner.counts[std::size_t(RedactionKind::VaultSecret)] += secrets;

    Redaction r;
    r.text = scanner.takeText(view);
    for (RedactionKind kind : kinds()) {
        if (const int n = scanner.counts[std::size_t(kind)])
            r.counts.insert(kindName(kind), n);
    }
    spent.probed += scanner.probed;
    if (cost)
        *cost = spent;
    return r;
}

QString Redactor::replaceVaultSecrets(QStringView text, int& found, RedactionCost& cost) const
{
    const QChar* p = text.data();
    const qsizetype n = text.size();
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    // Hashes text[from, to) once and says which needle (of `needles`) it is, or -1.
    auto identify = [&](qsizetype from, qsizetype to, const std::vector<const VaultNeedle*>& needles) {
        QByteArray bytes = text.mid(from, to - from).toUtf8();
        sha.reset();
        sha.addData(bytes);
        cost.hashed += bytes.size();
        SecretBytes::scrub(bytes);
        const QByteArrayView digest = sha.resultView();
        for (std::size_t k = 0; k < needles.size(); ++k) {
            if (std::memcmp(digest.data(), needles[k]->sha256Prefix.data(), 6) == 0)
                return int(k);
        }
        return -1;
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

    // Secrets of 16 characters or more: where a fingerprint's last four end a token.
    if (!withLast4.empty()) {
        std::vector<const VaultNeedle*> same;
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
            // Candidate starts, nearest first: after delimiters inside the token, then the token's start.
            qsizetype starts[9];
            int count = 0;
            qsizetype k = e - 4;
            for (; k >= floor; --k) {
                const char16_t b = p[k].unicode();
                if (Lexicon::space(b))
                    break;
                const bool escape = k > 0 && p[k - 1] == u'\\' && (b == u'n' || b == u't' || b == u'r');
                if ((Lexicon::vaultDelimiter(b) || escape) && count < 8 && to - (k + 1) >= 16)
                    starts[count++] = k + 1;
            }
            if ((k < floor && floor == 0) || (k >= floor && Lexicon::space(p[k].unicode()))) {
                const qsizetype tokenStart = k + 1;
                if (to - tokenStart >= 16 && (count == 0 || starts[count - 1] != tokenStart))
                    starts[count++] = tokenStart;
            }
            for (int s = 0; s < count; ++s) {
                if (!spans.empty() && starts[s] < spans.back().second)
                    continue;
                if (identify(starts[s], to, same) >= 0) {
                    spans.emplace_back(starts[s], to);
                    e = to - 1;
                    break;
                }
            }
        }
    }

    // Secrets under 16 characters: every short token, and the token without its sentence's full stop.
    if (!hashOnly.empty()) {
        std::vector<std::pair<qsizetype, qsizetype>> shortSpans;
        qsizetype from = 0;
        for (qsizetype k = 0; k <= n; ++k) {
            const char16_t c = k < n ? p[k].unicode() : u' ';
            if (!(Lexicon::space(c) || Lexicon::vaultDelimiter(c) || Lexicon::valueStop(c)))
                continue;
            qsizetype to = k;
            if (to > from && to - from < 16) {
                if (identify(from, to, hashOnly) >= 0) {
                    shortSpans.emplace_back(from, to);
                } else {
                    while (to > from && (p[to - 1] == u'.' || p[to - 1] == u'!' || p[to - 1] == u'?'))
                        --to;
                    if (to > from && to < k && identify(from, to, hashOnly) >= 0)
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
