// Decodes XML-RPC methodResponse bodies: a strict single-pass reader for the small XML subset XML-RPC uses.
//
// Why not a general XML parser: measured on the 3.6 MB Odoo capture (tests/benchmarks/bench_xmlrpc),
// QXmlStreamReader only tokenizes at about 70 MB/s and expat at about 230 MB/s, before any value is built,
// which cannot reach 10x Python's whole decode; a DOM (pugixml) is fast but costs many times the body in
// nodes. This reader builds the values directly while it scans, never expands a DTD or entity (it refuses
// them), bounds nesting explicitly, and checks UTF-8 once up front.
#include "models/odoo/XmlRpc.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <charconv>
#include <cstring>
#include <limits>
#include <optional>

namespace fusion::xmlrpc {

QString decodeErrorName(DecodeError kind)
{
    switch (kind) {
    case DecodeError::None:
        return QStringLiteral("none");
    case DecodeError::Empty:
        return QStringLiteral("empty");
    case DecodeError::TooLarge:
        return QStringLiteral("too_large");
    case DecodeError::BadEncoding:
        return QStringLiteral("bad_encoding");
    case DecodeError::DtdForbidden:
        return QStringLiteral("dtd_forbidden");
    case DecodeError::TooDeep:
        return QStringLiteral("too_deep");
    case DecodeError::Malformed:
        return QStringLiteral("malformed");
    case DecodeError::BadValue:
        return QStringLiteral("bad_value");
    }
    return QStringLiteral("unknown");
}

namespace {

struct ReaderTr {
    Q_DECLARE_TR_FUNCTIONS(fusion::xmlrpc::Reader)
};

struct Stop {
    DecodeError kind;
    QString message;
    qint64 offset;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The first invalid UTF-8 byte, or -1. Overlong forms, surrogates and code points above U+10FFFF are invalid.
qint64 firstInvalidUtf8(const unsigned char* s, qint64 n)
{
    qint64 i = 0;
    while (i < n) {
        // ASCII runs eight bytes at a time: most of any Odoo response.
        while (i + 8 <= n) {
            quint64 chunk;
            std::memcpy(&chunk, s + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += len;
    }
    return -1;
}

bool isXmlChar(quint32 cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
           (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

void appendUtf8(QByteArray& out, quint32 cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Character data between tags: either a view straight into the body (the common case) or, when it held
// entities, CDATA, comments or carriage returns, the decoded bytes. Always UTF-8.
struct Text {
    const char* begin = nullptr;
    qsizetype size = 0;
    QByteArray decoded;
    bool usesDecoded = false;

    QByteArrayView view() const
    {
        return usesDecoded ? QByteArrayView(decoded) : QByteArrayView(begin, size);
    }
    QString toString() const
    {
        const QByteArrayView v = view();
        return QString::fromUtf8(v.data(), v.size());
    }
    bool isBlank() const
    {
        for (const char c : view()) {
            if (!isSpace(c))
                return false;
        }
        return true;
    }
};

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

class Reader {
public:
    Reader(const char* begin, const char* end, const Limits& limits)
        : m_begin(begin)
        , m_p(begin)
        , m_end(end)
        , m_limits(limits)
    {
    }

    void run(Response& out)
    {
        prolog();
        Tag root = startTag();
        if (root.name == "methodCall")
            fail(DecodeError::Malformed, ReaderTr::tr("the body is a methodCall, not a methodResponse"));
        if (root.name != "methodResponse")
            fail(DecodeError::Malformed,
                 ReaderTr::tr("expected <methodResponse>, found <%1>").arg(root.nameText()));
        if (root.selfClosing)
            fail(DecodeError::Malformed, ReaderTr::tr("<methodResponse/> holds no result"));
        misc();
        Tag kind = startTag();
        if (kind.name == "params") {
            if (kind.selfClosing)
                fail(DecodeError::Malformed, ReaderTr::tr("<params/> holds no return value"));
            misc();
            if (atEndTag())
                fail(DecodeError::Malformed, ReaderTr::tr("<params> holds no return value"));
            expectStart("param");
            misc();
            expectStart("value");
            out.value = valueContent(0, m_lastSelfClosing);
            misc();
            endTag("param");
            misc();
            if (!atEndTag())
                fail(DecodeError::Malformed, ReaderTr::tr("a response carries exactly one return value"));
            endTag("params");
        } else if (kind.name == "fault") {
            if (kind.selfClosing)
                fail(DecodeError::Malformed, ReaderTr::tr("<fault/> holds no fault"));
            misc();
            const qint64 at = offset();
            expectStart("value");
            const QVariant fault = valueContent(0, m_lastSelfClosing);
            misc();
            endTag("fault");
            readFault(fault, at, out);
        } else {
            fail(DecodeError::Malformed,
                 ReaderTr::tr("expected <params> or <fault>, found <%1>").arg(kind.nameText()));
        }
        misc();
        endTag("methodResponse");
        misc();
        if (m_p != m_end)
            fail(DecodeError::Malformed, ReaderTr::tr("unexpected content after </methodResponse>"));
        if (m_badValue)
            throw *m_badValue;
    }

private:
    struct Tag {
        QByteArrayView name;
        bool selfClosing = false;
        QString nameText() const { return QString::fromUtf8(name.data(), name.size()).left(40); }
    };

    [[noreturn]] void fail(DecodeError kind, const QString& why) const { throw Stop{kind, why, offset()}; }
    [[noreturn]] void truncated() const
    {
        fail(DecodeError::Malformed, ReaderTr::tr("the body ends in the middle of the XML"));
    }
    qint64 offset() const { return qint64(m_p - m_begin); }
    bool startsWith(const char* s) const
    {
        const size_t n = std::strlen(s);
        return size_t(m_end - m_p) >= n && std::memcmp(m_p, s, n) == 0;
    }
    void need(qsizetype n) const
    {
        if (m_end - m_p < n)
            truncated();
    }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    // The XML declaration, then comments, processing instructions and whitespace; a DOCTYPE is refused
    // before anything in it is looked at.
    void prolog()
    {
        if (startsWith("<?xml") && m_end - m_p > 5 && isSpace(m_p[5])) {
            const char* close = find("?>");
            if (!close)
                truncated();
            declaration(QByteArrayView(m_p + 5, close - (m_p + 5)));
            m_p = close + 2;
        }
        misc();
    }

    void declaration(QByteArrayView attrs)
    {
        // version="1.0" encoding="…" standalone="…", in any quoting.
        qsizetype i = 0;
        while (i < attrs.size()) {
            while (i < attrs.size() && isSpace(attrs[i]))
                ++i;
            const qsizetype nameStart = i;
            while (i < attrs.size() && attrs[i] != '=' && !isSpace(attrs[i]))
                ++i;
            const QByteArrayView name = attrs.sliced(nameStart, i - nameStart);
            while (i < attrs.size() && isSpace(attrs[i]))
                ++i;
            if (name.isEmpty())
                break;
            if (i >= attrs.size() || attrs[i] != '=')
                fail(DecodeError::Malformed, ReaderTr::tr("the XML declaration is not well-formed"));
            ++i;
            while (i < attrs.size() && isSpace(attrs[i]))
                ++i;
            if (i >= attrs.size() || (attrs[i] != '"' && attrs[i] != '\''))
                fail(DecodeError::Malformed, ReaderTr::tr("the XML declaration is not well-formed"));
            const char quote = attrs[i++];
            const qsizetype valueStart = i;
            while (i < attrs.size() && attrs[i] != quote)
                ++i;
            if (i >= attrs.size())
                fail(DecodeError::Malformed, ReaderTr::tr("the XML declaration is not well-formed"));
            const QByteArray value = attrs.sliced(valueStart, i - valueStart).toByteArray().toLower();
            ++i;
            if (name == "encoding" && value != "utf-8" && value != "utf8" && value != "us-ascii" &&
                value != "ascii")
                fail(DecodeError::BadEncoding,
                     ReaderTr::tr("the body declares the encoding %1; Odoo sends UTF-8")
                         .arg(QString::fromUtf8(value)));
            if (name == "version" && value != "1.0")
                fail(DecodeError::Malformed,
                     ReaderTr::tr("unsupported XML version %1").arg(QString::fromUtf8(value).left(10)));
        }
    }

    const char* find(const char* needle) const
    {
        const size_t n = std::strlen(needle);
        for (const char* s = m_p; s + n <= m_end; ++s) {
            s = static_cast<const char*>(std::memchr(s, needle[0], size_t(m_end - s)));
            if (!s || s + n > m_end)
                return nullptr;
            if (std::memcmp(s, needle, n) == 0)
                return s;
        }
        return nullptr;
    }

    // Whitespace, comments and processing instructions between elements. Anything else that is not a tag
    // is an error: XML-RPC has no text outside values.
    void misc()
    {
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '<')
                break;
            if (startsWith("<!--")) {
                comment();
            } else if (startsWith("<?")) {
                // An XML declaration is allowed only as the very first bytes.
                if (m_end - m_p > 5 &&
                    QByteArrayView(m_p + 2, 3).compare(QByteArrayView("xml"), Qt::CaseInsensitive) == 0 &&
                    (isSpace(m_p[5]) || m_p[5] == '?'))
                    fail(DecodeError::Malformed, ReaderTr::tr("an XML declaration that is not at the start"));
                const char* close = find("?>");
                if (!close)
                    truncated();
                m_p = close + 2;
            } else if (startsWith("<!DOCTYPE") || startsWith("<!ENTITY") || startsWith("<!ELEMENT") ||
                       startsWith("<!ATTLIST")) {
                fail(DecodeError::DtdForbidden,
                     ReaderTr::tr(
                         "the body contains a document type declaration; it is refused, never expanded"));
            } else if (startsWith("<!")) {
                if (m_end - m_p < 9 &&
                    QByteArrayView("<!DOCTYPE").startsWith(QByteArrayView(m_p, m_end - m_p)))
                    truncated();
                fail(DecodeError::Malformed, ReaderTr::tr("unexpected markup between elements"));
            } else {
                break;
            }
        }
        if (m_p < m_end && *m_p != '<')
            fail(DecodeError::Malformed, ReaderTr::tr("unexpected text between elements"));
    }

    void comment()
    {
        m_p += 4;
        // XML allows no "--" inside a comment: the first one must close it.
        const char* dashes = find("--");
        if (!dashes)
            fail(DecodeError::Malformed, ReaderTr::tr("a comment is not closed"));
        if (dashes + 2 >= m_end)
            truncated();
        if (dashes[2] != '>') {
            m_p = dashes;
            fail(DecodeError::Malformed, ReaderTr::tr("\"--\" inside a comment"));
        }
        m_p = dashes + 3;
    }

    bool atEndTag() const { return m_end - m_p >= 2 && m_p[0] == '<' && m_p[1] == '/'; }

    Tag startTag()
    {
        if (m_p >= m_end)
            truncated();
        if (*m_p != '<')
            fail(DecodeError::Malformed, ReaderTr::tr("expected an element"));
        ++m_p;
        if (m_p >= m_end)
            truncated();
        if (*m_p == '/')
            fail(DecodeError::Malformed, ReaderTr::tr("unexpected end tag"));
        Tag tag;
        tag.name = name();
        for (;;) {
            skipSpace();
            need(1);
            if (*m_p == '>') {
                ++m_p;
                break;
            }
            if (*m_p == '/') {
                need(2);
                if (m_p[1] != '>')
                    fail(DecodeError::Malformed, ReaderTr::tr("a tag is not well-formed"));
                m_p += 2;
                tag.selfClosing = true;
                break;
            }
            attribute();
        }
        m_lastSelfClosing = tag.selfClosing;
        return tag;
    }

    QByteArrayView name()
    {
        const char* start = m_p;
        if (m_p >= m_end)
            truncated();
        if (!isNameStart(static_cast<unsigned char>(*m_p)))
            fail(DecodeError::Malformed, ReaderTr::tr("a tag has no valid name"));
        while (m_p < m_end && isNameChar(static_cast<unsigned char>(*m_p)))
            ++m_p;
        if (m_p >= m_end)
            truncated();
        return QByteArrayView(start, m_p - start);
    }

    // XML-RPC has no attributes, but an attribute is well-formed XML: skip it, checking its references.
    void attribute()
    {
        name();
        skipSpace();
        need(1);
        if (*m_p != '=')
            fail(DecodeError::Malformed, ReaderTr::tr("an attribute is not well-formed"));
        ++m_p;
        skipSpace();
        need(1);
        const char quote = *m_p;
        if (quote != '"' && quote != '\'')
            fail(DecodeError::Malformed, ReaderTr::tr("an attribute is not well-formed"));
        ++m_p;
        QByteArray scratch;
        while (m_p < m_end && *m_p != quote) {
            if (*m_p == '<')
                fail(DecodeError::Malformed, ReaderTr::tr("an attribute is not well-formed"));
            if (*m_p == '&')
                reference(scratch);
            else
                ++m_p;
        }
        if (m_p >= m_end)
            truncated();
        ++m_p;
    }

    void expectStart(const char* wanted)
    {
        if (m_p >= m_end)
            truncated();
        if (atEndTag())
            fail(DecodeError::Malformed, ReaderTr::tr("expected <%1>").arg(QLatin1String(wanted)));
        const Tag tag = startTag();
        if (tag.name != QByteArrayView(wanted))
            fail(DecodeError::Malformed,
                 ReaderTr::tr("expected <%1>, found <%2>").arg(QLatin1String(wanted), tag.nameText()));
    }

    void endTag(const char* wanted)
    {
        if (m_p >= m_end)
            truncated();
        if (!atEndTag()) {
            if (*m_p == '<')
                fail(DecodeError::Malformed,
                     ReaderTr::tr("expected </%1>, found another element").arg(QLatin1String(wanted)));
            fail(DecodeError::Malformed, ReaderTr::tr("expected </%1>").arg(QLatin1String(wanted)));
        }
        m_p += 2;
        const QByteArrayView n = name();
        skipSpace();
        need(1);
        if (n != QByteArrayView(wanted) || *m_p != '>')
            fail(DecodeError::Malformed,
                 ReaderTr::tr("expected </%1>, found </%2>")
                     .arg(QLatin1String(wanted), QString::fromUtf8(n.data(), n.size()).left(40)));
        ++m_p;
    }

    // An entity or character reference at m_p, appended to `out` as UTF-8.
    void reference(QByteArray& out)
    {
        const char* start = m_p;
        const char* semi =
            static_cast<const char*>(std::memchr(m_p, ';', size_t(std::min<qint64>(m_end - m_p, 12))));
        if (!semi) {
            if (m_end - m_p < 12)
                truncated();
            fail(DecodeError::Malformed, ReaderTr::tr("a reference is not terminated by ';'"));
        }
        const QByteArrayView ref(start + 1, semi - start - 1);
        m_p = semi + 1;
        if (ref == "lt")
            out.append('<');
        else if (ref == "gt")
            out.append('>');
        else if (ref == "amp")
            out.append('&');
        else if (ref == "quot")
            out.append('"');
        else if (ref == "apos")
            out.append('\'');
        else if (ref.startsWith('#')) {
            const bool hex = ref.size() > 1 && ref[1] == 'x';
            const QByteArrayView digits = ref.sliced(hex ? 2 : 1);
            quint32 cp = 0;
            const auto [end, ec] =
                std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
            if (digits.isEmpty() || ec != std::errc() || end != digits.data() + digits.size()) {
                m_p = start;
                fail(DecodeError::Malformed, ReaderTr::tr("a character reference is not well-formed"));
            }
            if (!isXmlChar(cp)) {
                deferBadValue(ReaderTr::tr("a character reference names U+%1, which XML does not allow")
                                  .arg(QString::number(cp, 16).toUpper().rightJustified(4, QLatin1Char('0'))),
                              qint64(start - m_begin));
                cp = 0xFFFD;
            }
            appendUtf8(out, cp);
        } else {
            m_p = start;
            bool wellFormedName = !ref.isEmpty() && isNameStart(static_cast<unsigned char>(ref[0]));
            for (const char c : ref)
                wellFormedName = wellFormedName && isNameChar(static_cast<unsigned char>(c));
            if (!wellFormedName)
                fail(DecodeError::Malformed, ReaderTr::tr("a '&' that starts no reference"));
            fail(DecodeError::DtdForbidden,
                 ReaderTr::tr("the body uses the entity &%1;, which is never expanded")
                     .arg(QString::fromUtf8(ref.data(), ref.size()).left(40)));
        }
    }

    // Character data up to the next tag (start or end). Comments are skipped; CDATA only where allowed.
    Text text(bool allowCdata)
    {
        Text t;
        t.begin = m_p;
        for (;;) {
            const char* run = m_p;
            while (m_p < m_end) {
                const unsigned char c = static_cast<unsigned char>(*m_p);
                if (c == '<' || c == '&' || c == '\r' || c == ']' || (c < 0x20 && c != '\t' && c != '\n'))
                    break;
                ++m_p;
            }
            if (t.usesDecoded)
                t.decoded.append(run, m_p - run);
            else
                t.size = m_p - t.begin;
            if (m_p >= m_end)
                truncated();
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '<') {
                if (startsWith("<!--")) {
                    switchToDecoded(t);
                    comment();
                    continue;
                }
                if (startsWith("<![CDATA[")) {
                    if (!allowCdata)
                        fail(DecodeError::Malformed,
                             ReaderTr::tr("a CDATA section where only a number is allowed"));
                    switchToDecoded(t);
                    m_p += 9;
                    const char* close = find("]]>");
                    if (!close)
                        fail(DecodeError::Malformed, ReaderTr::tr("a CDATA section is not closed"));
                    for (const char* s = m_p; s < close; ++s) {
                        const unsigned char b = static_cast<unsigned char>(*s);
                        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                            m_p = s;
                            fail(DecodeError::Malformed, ReaderTr::tr("a control character in the text"));
                        }
                    }
                    t.decoded.append(m_p, close - m_p);
                    m_p = close + 3;
                    continue;
                }
                if (m_end - m_p < 9 &&
                    QByteArrayView("<![CDATA[").startsWith(QByteArrayView(m_p, m_end - m_p)))
                    truncated();
                return t;
            }
            if (c == ']') {
                if (startsWith("]]>"))
                    fail(DecodeError::Malformed, ReaderTr::tr("']]>' in text"));
                if (m_end - m_p < 3)
                    truncated();
                if (t.usesDecoded)
                    t.decoded.append(']');
                else
                    t.size = m_p + 1 - t.begin;
                ++m_p;
                continue;
            }
            switchToDecoded(t);
            if (c == '&') {
                reference(t.decoded);
            } else if (c == '\r') {
                // XML line-end normalisation: CR LF and lone CR both become LF.
                t.decoded.append('\n');
                ++m_p;
                if (m_p < m_end && *m_p == '\n')
                    ++m_p;
            } else {
                fail(DecodeError::Malformed, ReaderTr::tr("a control character (0x%1) in the text")
                                                 .arg(int(c), 2, 16, QLatin1Char('0')));
            }
        }
    }

    static void switchToDecoded(Text& t)
    {
        if (!t.usesDecoded) {
            t.decoded = QByteArray(t.begin, t.size);
            t.usesDecoded = true;
        }
    }

    // After <value>: bare text (a string) or exactly one typed element.
    QVariant valueContent(int depth, bool selfClosing)
    {
        if (selfClosing)
            return QString();
        Text t = text(true);
        if (atEndTag()) {
            endTag("value");
            return t.toString();
        }
        if (!t.isBlank())
            fail(DecodeError::Malformed, ReaderTr::tr("text next to a typed value"));
        const Tag tag = startTag();
        QVariant v = typed(tag, depth);
        const Text after = text(false);
        if (!after.isBlank())
            fail(DecodeError::Malformed, ReaderTr::tr("text next to a typed value"));
        if (!atEndTag())
            fail(DecodeError::Malformed, ReaderTr::tr("two values in one <value>"));
        endTag("value");
        return v;
    }

    Text scalarText(const Tag& tag, const char* name, bool allowCdata)
    {
        if (tag.selfClosing)
            return Text{};
        Text t = text(allowCdata);
        endTag(name);
        return t;
    }

    // A bad scalar is reported only once the whole body proved well-formed: a truncated or broken body is
    // "malformed" whatever values it held.
    QVariant badValue(const char* type, QByteArrayView text, qint64 at)
    {
        deferBadValue(ReaderTr::tr("<%1> holds \"%2\", which is not a valid %1")
                          .arg(QLatin1String(type),
                               QString::fromUtf8(text.data(), std::min<qsizetype>(text.size(), 40))),
                      at);
        return {};
    }
    void deferBadValue(const QString& why, qint64 at)
    {
        if (!m_badValue)
            m_badValue = Stop{DecodeError::BadValue, why, at};
    }

    template <typename Int>
    QVariant integer(const char* type, const Tag& tag)
    {
        const qint64 at = offset();
        const Text t = scalarText(tag, type, false);
        QByteArrayView v = trimmed(t.view());
        QByteArrayView digits = v;
        if (!digits.isEmpty() && digits.front() == '+')
            digits = digits.sliced(1);
        Int value = 0;
        const bool doubleSign = v.size() != digits.size() && !digits.isEmpty() && digits.front() == '-';
        if (digits.isEmpty() || digits.front() == '+' || doubleSign ||
            (digits.front() == '-' && digits.size() == 1))
            return badValue(type, v, at);
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 10);
        if (ec != std::errc() || end != digits.data() + digits.size())
            return badValue(type, v, at);
        return QVariant::fromValue<Int>(value);
    }

    QVariant typed(const Tag& tag, int depth)
    {
        const QByteArrayView n = tag.name;
        if (n == "string") {
            if (tag.selfClosing)
                return QString();
            Text t = text(true);
            endTag("string");
            return t.toString();
        }
        if (n == "int" || n == "i4")
            return integer<qint32>(n == "int" ? "int" : "i4", tag);
        if (n == "i8")
            return integer<qint64>("i8", tag);
        if (n == "boolean") {
            const qint64 at = offset();
            const Text t = scalarText(tag, "boolean", false);
            const QByteArrayView v = trimmed(t.view());
            if (v == "1")
                return true;
            if (v == "0")
                return false;
            return badValue("boolean", v, at);
        }
        if (n == "double") {
            const qint64 at = offset();
            const Text t = scalarText(tag, "double", false);
            return number(trimmed(t.view()), at);
        }
        if (n == "dateTime.iso8601") {
            const qint64 at = offset();
            const Text t = scalarText(tag, "dateTime.iso8601", false);
            return dateTime(trimmed(t.view()), at);
        }
        if (n == "base64") {
            const qint64 at = offset();
            const Text t = scalarText(tag, "base64", false);
            return base64(t.view(), at);
        }
        if (n == "nil") {
            if (!tag.selfClosing) {
                if (!text(false).isBlank())
                    fail(DecodeError::Malformed, ReaderTr::tr("<nil> holds text"));
                endTag("nil");
            }
            return QVariant();
        }
        if (n == "struct")
            return structure(tag, depth + 1);
        if (n == "array")
            return array(tag, depth + 1);
        fail(DecodeError::Malformed, ReaderTr::tr("unknown value type <%1>").arg(tag.nameText()));
    }

    QVariant number(QByteArrayView v, qint64 at)
    {
        // Python writes repr(float): digits, a point, an exponent, or inf/nan.
        if (v == "inf" || v == "+inf" || v == "Infinity")
            return std::numeric_limits<double>::infinity();
        if (v == "-inf" || v == "-Infinity")
            return -std::numeric_limits<double>::infinity();
        if (v == "nan" || v == "NaN")
            return std::numeric_limits<double>::quiet_NaN();
        QByteArrayView digits = v;
        if (!digits.isEmpty() && digits.front() == '+')
            digits = digits.sliced(1);
        bool sawDigit = false;
        for (const char c : digits) {
            if (c >= '0' && c <= '9')
                sawDigit = true;
            else if (c != '-' && c != '.' && c != 'e' && c != 'E' && c != '+')
                return badValue("double", v, at);
        }
        double value = 0;
        const auto [end, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value, std::chars_format::general);
        if (!sawDigit || ec != std::errc() || end != digits.data() + digits.size())
            return badValue("double", v, at);
        return value;
    }

    QVariant dateTime(QByteArrayView v, qint64 at)
    {
        // 20261129T08:30:00 or 2026-11-29T08:30:00, no zone (Odoo means UTC).
        const QString s = QString::fromLatin1(v.data(), v.size());
        QDateTime dt;
        if (s.size() == 17)
            dt = QDateTime::fromString(s, QStringLiteral("yyyyMMdd'T'HH:mm:ss"));
        else if (s.size() == 19)
            dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
        if (!dt.isValid())
            return badValue("dateTime.iso8601", v, at);
        dt.setTimeSpec(Qt::UTC);
        return dt;
    }

    QVariant base64(QByteArrayView v, qint64 at)
    {
        QByteArray compact;
        compact.reserve(v.size());
        for (const char c : v) {
            if (!isSpace(c))
                compact.append(c);
        }
        if (compact.size() % 4 != 0)
            return badValue("base64", v, at);
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return badValue("base64", v, at);
        return *decoded;
    }

    QVariant structure(const Tag& tag, int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(DecodeError::TooDeep,
                 ReaderTr::tr("values nest more than %1 levels deep").arg(m_limits.maxDepth));
        QVariantMap map;
        if (tag.selfClosing)
            return map;
        for (;;) {
            misc();
            if (atEndTag())
                break;
            expectStart("member");
            misc();
            if (atEndTag())
                fail(DecodeError::Malformed, ReaderTr::tr("a struct member without a name"));
            const Tag nameTag = startTag();
            if (nameTag.name != "name")
                fail(DecodeError::Malformed, ReaderTr::tr("a struct member without a name"));
            QString key;
            if (!nameTag.selfClosing) {
                const Text t = text(true);
                endTag("name");
                key = internedKey(t);
            }
            misc();
            if (atEndTag())
                fail(DecodeError::Malformed,
                     ReaderTr::tr("struct member \"%1\" has no value").arg(key.left(40)));
            expectStart("value");
            const QVariant value = valueContent(depth, m_lastSelfClosing);
            misc();
            endTag("member");
            map.insert(key, value); // a repeated name: the last one wins, as in Python
        }
        endTag("struct");
        return map;
    }

    QVariant array(const Tag& tag, int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(DecodeError::TooDeep,
                 ReaderTr::tr("values nest more than %1 levels deep").arg(m_limits.maxDepth));
        QVariantList list;
        if (tag.selfClosing)
            fail(DecodeError::Malformed, ReaderTr::tr("<array/> has no <data>"));
        misc();
        if (atEndTag())
            fail(DecodeError::Malformed, ReaderTr::tr("<array> has no <data>"));
        expectStart("data");
        if (!m_lastSelfClosing) {
            for (;;) {
                misc();
                if (atEndTag())
                    break;
                expectStart("value");
                list.append(valueContent(depth, m_lastSelfClosing));
            }
            endTag("data");
        }
        misc();
        endTag("array");
        return list;
    }

    // Every record of a search_read repeats the same field names: share one QString per name.
    QString internedKey(const Text& t)
    {
        const QByteArrayView v = t.view();
        const QByteArray raw = QByteArray::fromRawData(v.data(), v.size());
        auto it = m_keys.constFind(raw);
        if (it != m_keys.constEnd())
            return it.value();
        const QString key = t.toString();
        m_keys.insert(QByteArray(v.data(), v.size()), key);
        return key;
    }

    void readFault(const QVariant& fault, qint64 at, Response& out)
    {
        const QVariantMap map = fault.toMap();
        const char* const resume = m_p;
        m_p = m_begin + at; // a problem is reported where the fault's value starts
        if (fault.typeId() != QMetaType::QVariantMap || !map.contains(QStringLiteral("faultCode")) ||
            !map.contains(QStringLiteral("faultString")))
            fail(DecodeError::Malformed, ReaderTr::tr("a fault without faultCode and faultString"));
        const QVariant code = map.value(QStringLiteral("faultCode"));
        const QVariant text = map.value(QStringLiteral("faultString"));
        if (text.typeId() != QMetaType::QString)
            fail(DecodeError::Malformed, ReaderTr::tr("a fault whose faultString is not a string"));
        out.isFault = true;
        out.faultString = text.toString();
        if (code.typeId() == QMetaType::Int) {
            out.faultCode = code.toInt();
        } else if (code.typeId() == QMetaType::QString) {
            // The legacy /xmlrpc/ endpoints send the exception's text as the code.
            out.faultCode = 0;
            out.faultCodeText = code.toString();
        } else {
            fail(DecodeError::Malformed,
                 ReaderTr::tr("a fault whose faultCode is neither a number nor text"));
        }
        m_p = resume;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    Limits m_limits;
    bool m_lastSelfClosing = false;
    QHash<QByteArray, QString> m_keys;
    std::optional<Stop> m_badValue;
};

} // namespace

Response decodeResponse(QByteArrayView body, const Limits& limits)
{
    Response out;
    const auto stop = [&out](DecodeError kind, const QString& message, qint64 offset) {
        out = Response{};
        out.error = kind;
        out.errorMessage = message;
        out.errorOffset = offset;
        return out;
    };
    if (trimmed(body).isEmpty())
        return stop(DecodeError::Empty, ReaderTr::tr("the server sent an empty response"), 0);
    if (body.size() > limits.maxBytes)
        return stop(DecodeError::TooLarge,
                    ReaderTr::tr("the response is %1 MB, over the limit of %2 MB")
                        .arg(double(body.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(limits.maxBytes) / (1024 * 1024), 0, 'f', 0),
                    limits.maxBytes);
    const auto* bytes = reinterpret_cast<const unsigned char*>(body.data());
    qsizetype start = 0;
    if (body.size() >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        start = 3; // a UTF-8 byte order mark
    else if (body.size() >= 2 &&
             ((bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)))
        return stop(DecodeError::BadEncoding, ReaderTr::tr("the response is UTF-16; Odoo sends UTF-8"), 0);
    const qint64 invalid = firstInvalidUtf8(bytes + start, body.size() - start);
    if (invalid >= 0)
        return stop(DecodeError::BadEncoding,
                    ReaderTr::tr("the response is not valid UTF-8 (at byte %1)").arg(invalid + start),
                    invalid + start);
    try {
        Reader reader(body.data() + start, body.data() + body.size(), limits);
        reader.run(out);
    } catch (const Stop& s) {
        return stop(s.kind, s.message, s.offset + start);
    }
    return out;
}

} // namespace fusion::xmlrpc
