// The redactor's number detectors: payment cards (Luhn-checked), IBANs (mod-97-checked) and phone numbers,
// and number(), which decides what a run of digits at a word start may be (it tries IP addresses first).
#include "models/ai/RedactScanners.h"

#include <algorithm>

namespace fusion::ai {

bool Redactor::Lexicon::luhn(const unsigned char* digits, int count)
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
bool Redactor::Lexicon::ibanChecksum(const char16_t* chars, int count)
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

} // namespace fusion::ai
