// The redactor's public entry points (redact, kinds, names, markers, describe) and the merge of findings:
// vault secrets replaced first, then the one pass whose main loop hands each word start or trigger character
// to the detectors (RedactNumbers.cpp, RedactNetwork.cpp, RedactCredentials.cpp) and copies everything else.
#include "models/ai/Redactor.h"

#include "models/ai/RedactScanners.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <utility>

namespace fusion::ai {

const std::array<unsigned char, 128> Redactor::Lexicon::charClasses = [] {
    std::array<unsigned char, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[c] = word(char16_t(c)) ? Word : Plain;
    for (char c : {'@', '=', ':', '-', '+', '('})
        t[static_cast<unsigned char>(c)] = Trigger;
    return t;
}();

// The single pass's main loop (the Scanner is described in RedactScanners.h): plain characters cost a table
// lookup, word starts and trigger characters go to the detectors, and a rejected word is skipped whole.
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

} // namespace fusion::ai
