#pragma once
// What the redactor's detectors share (internal to models/ai, included by Redactor.cpp and the Redact*.cpp
// files only): the lexicon (character classes, markers, check digits) and the single-pass Scanner. The
// Scanner's detectors are defined in one file for each kind of finding (RedactNumbers.cpp, RedactNetwork.cpp,
// RedactCredentials.cpp), so that no file outgrows what a reviewer reads at once; they are members of nested
// types of Redactor, so unity builds, which put these files in one translation unit, meet no duplicate names.
#include "models/ai/Redactor.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <string_view>

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

    // Check digits, defined with the detectors that use them (RedactNumbers.cpp).
    static bool luhn(const unsigned char* digits, int count);
    static bool ibanChecksum(const char16_t* chars, int count);

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

    // The detectors, one file for each kind of finding: number, card, phone, phoneShape and iban in
    // RedactNumbers.cpp; quad, ipv4, ipv6, versionContext and email in RedactNetwork.cpp; knownToken,
    // keyTail, jwt, bearer, assignment, name, userinfo and pem in RedactCredentials.cpp.
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

} // namespace fusion::ai
