// The redactor's network detectors: IP addresses (IPv4, IPv6, IPv4-mapped IPv6) and e-mail addresses, with
// the context that keeps a version number ("Odoo 17.0.1.3") from being taken for an address.
#include "models/ai/RedactScanners.h"

#include <string_view>

namespace fusion::ai {

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

} // namespace fusion::ai
