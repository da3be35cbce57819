#include "models/ai/PromptTemplate.h"

#include <QSet>

#include <algorithm>

namespace fusion {

namespace {

// Names are ASCII on purpose (see the header): QChar::isLetter would let in look-alikes from other scripts.
bool promptIsNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_';
}

bool promptIsNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return promptIsNameStart(c) || (u >= u'0' && u <= u'9') || u == u'.';
}

bool promptIsBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool promptIsLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The character at `offset`, as a message quotes it: itself when printable (a whole surrogate pair), its code
// point when it would be invisible (a zero-width space, a control character).
QString promptQuotedChar(const QString& source, qsizetype offset)
{
    char32_t code = source.at(offset).unicode();
    qsizetype units = 1;
    if (source.at(offset).isHighSurrogate() && offset + 1 < source.size() &&
        source.at(offset + 1).isLowSurrogate()) {
        code = QChar::surrogateToUcs4(source.at(offset), source.at(offset + 1));
        units = 2;
    }
    if (QChar::isPrint(code) && code != U' ')
        return QChar(u'"') + source.mid(offset, units) + QChar(u'"');
    return QStringLiteral("U+") + QString::number(uint(code), 16).toUpper().rightJustified(4, u'0');
}

// At most this many names are spelt out in one message; the lists in PromptProblem hold them all.
constexpr qsizetype kPromptNamesShown = 20;

class PromptParser {
    Q_DECLARE_TR_FUNCTIONS(fusion::PromptTemplate)

public:
    explicit PromptParser(const QString& source)
        : m_source(source)
        , m_size(source.size())
    {
    }

    // Fills `segments` and `variables`, or returns the first problem.
    PromptProblem run(QList<PromptTemplate::Segment>& segments, QStringList& variables)
    {
        QString literal;
        qsizetype literalStart = 0;
        QSet<QString> seen;
        qsizetype i = 0;
        while (i < m_size) {
            const QChar c = m_source.at(i);
            if (c == u'\\') {
                qsizetype run = i;
                while (run < m_size && m_source.at(run) == u'\\')
                    ++run;
                const qsizetype count = run - i;
                if (opensAt(run)) {
                    literal += QString(count / 2, u'\\');
                    if (count % 2 == 1) {
                        literal += QStringLiteral("{{");
                        i = run + 2;
                    } else {
                        i = run;
                    }
                } else {
                    literal += QStringView(m_source).mid(i, count);
                    i = run;
                }
                continue;
            }
            if (!opensAt(i)) {
                literal += c;
                ++i;
                continue;
            }
            // In a run of three or more braces the last two open the variable; the others are literal.
            qsizetype braces = i;
            while (braces < m_size && m_source.at(braces) == u'{')
                ++braces;
            const qsizetype open = braces - 2;
            literal += QStringView(m_source).mid(i, open - i);

            QString name;
            qsizetype end = 0;
            PromptProblem problem = placeholder(open, name, end);
            if (!problem.isNull())
                return problem;
            if (!literal.isEmpty()) {
                segments.append(
                    {PromptTemplate::Segment::Kind::Literal, literal, literalStart, open - literalStart});
                literal.clear();
            }
            segments.append({PromptTemplate::Segment::Kind::Variable, name, open, end - open});
            if (!seen.contains(name)) {
                seen.insert(name);
                variables.append(name);
            }
            i = end;
            literalStart = end;
        }
        if (!literal.isEmpty())
            segments.append(
                {PromptTemplate::Segment::Kind::Literal, literal, literalStart, m_size - literalStart});
        return {};
    }

private:
    bool opensAt(qsizetype i) const
    {
        return i + 1 < m_size && m_source.at(i) == u'{' && m_source.at(i + 1) == u'{';
    }

    bool endsLine(qsizetype i) const { return i >= m_size || promptIsLineBreak(m_source.at(i)); }

    qsizetype skipBlanks(qsizetype i) const
    {
        while (i < m_size && promptIsBlank(m_source.at(i)))
            ++i;
        return i;
    }

    // The variable whose "{{" is at `open`: its name and where it ends, or why it is not one.
    PromptProblem placeholder(qsizetype open, QString& name, qsizetype& end) const
    {
        qsizetype p = skipBlanks(open + 2);
        if (endsLine(p))
            return unclosed(open);
        QChar c = m_source.at(p);
        if (c == u'}')
            return at(open, tr("the placeholder has no variable name; write {{name}}."));
        if (c == u'{')
            return nested(p);
        if (!promptIsNameStart(c))
            return at(p, tr("a variable name must start with a letter (A-Z, a-z) or \"_\", not %1.")
                             .arg(promptQuotedChar(m_source, p)));
        const qsizetype nameStart = p;
        while (p < m_size && promptIsNameChar(m_source.at(p)))
            ++p;
        name = m_source.mid(nameStart, p - nameStart);
        if (endsLine(p))
            return unclosed(open);
        c = m_source.at(p);
        if (c == u'{')
            return nested(p);
        if (!promptIsBlank(c) && c != u'}')
            return at(
                p, tr("%1 cannot be part of a variable name; names use only A-Z, a-z, 0-9, \"_\" and \".\".")
                       .arg(promptQuotedChar(m_source, p)));
        p = skipBlanks(p);
        if (endsLine(p))
            return unclosed(open);
        if (m_source.at(p) == u'}' && p + 1 < m_size && m_source.at(p + 1) == u'}') {
            end = p + 2;
            return {};
        }
        if (m_source.at(p) == u'}' && endsLine(p + 1))
            return unclosed(open);
        if (m_source.at(p) == u'{')
            return nested(p);
        return at(p, tr("expected \"}}\" after the variable name \"%1\", found %2.")
                         .arg(name, promptQuotedChar(m_source, p)));
    }

    PromptProblem unclosed(qsizetype open) const
    {
        return at(open,
                  tr("this placeholder is not closed with \"}}\" on its line; for a literal \"{{\" write "
                     "\\{{."));
    }

    PromptProblem nested(qsizetype p) const
    {
        return at(p, tr("a placeholder cannot contain \"{\": placeholders do not nest; for a literal \"{{\" "
                        "write \\{{."));
    }

    PromptProblem at(qsizetype offset, const QString& what) const
    {
        PromptProblem problem;
        problem.offset = offset;
        problem.line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < offset; ++i) {
            if (m_source.at(i) == u'\n') {
                ++problem.line;
                lineStart = i + 1;
            }
        }
        problem.column = 1;
        for (qsizetype i = lineStart; i < offset; ++i) {
            // The second half of a surrogate pair is the same character as the first.
            if (!(m_source.at(i).isLowSurrogate() && i > lineStart && m_source.at(i - 1).isHighSurrogate()))
                ++problem.column;
        }
        problem.message = tr("Line %1, column %2: %3")
                              .arg(QString::number(problem.line), QString::number(problem.column), what);
        return problem;
    }

    const QString& m_source;
    const qsizetype m_size;
};

QString promptNameList(const QStringList& names)
{
    if (names.size() <= kPromptNamesShown)
        return names.join(QStringLiteral(", "));
    return PromptTemplate::tr("%1, … (%2 in all)")
        .arg(names.mid(0, kPromptNamesShown).join(QStringLiteral(", ")), QString::number(names.size()));
}

} // namespace

PromptTemplate PromptTemplate::parse(const QString& source)
{
    PromptTemplate t;
    t.m_source = source;
    PromptParser parser(t.m_source);
    t.m_problem = parser.run(t.m_segments, t.m_variables);
    if (!t.m_problem.isNull()) {
        // Half a template is no template: nothing may render from it or be listed as detected.
        t.m_segments.clear();
        t.m_variables.clear();
    }
    return t;
}

PromptTemplate::Rendered PromptTemplate::render(const QHash<QString, QString>& values,
                                                const QStringList& declared) const
{
    Rendered out;
    if (!isValid()) {
        out.problem = m_problem;
        return out;
    }
    const QSet<QString> declaredSet(declared.cbegin(), declared.cend());
    PromptProblem& problem = out.problem;
    QSet<QString> undeclaredSet;
    for (const QString& name : m_variables) {
        if (!declaredSet.contains(name)) {
            problem.undeclared.append(name);
            undeclaredSet.insert(name);
        }
    }
    QSet<QString> listed;
    for (const QString& name : declared) {
        if (!values.contains(name) && !listed.contains(name)) {
            problem.missing.append(name);
            listed.insert(name);
        }
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A used but undeclared variable is already named once; its value is not a second problem.
        if (!declaredSet.contains(it.key()) && !undeclaredSet.contains(it.key()))
            problem.unexpected.append(it.key());
    }
    std::sort(problem.unexpected.begin(), problem.unexpected.end());

    QStringList sentences;
    if (!problem.undeclared.isEmpty())
        sentences << tr("Used in the template but not declared by the prompt: %1.")
                         .arg(promptNameList(problem.undeclared));
    if (!problem.missing.isEmpty())
        sentences
            << tr("Declared by the prompt but given no value: %1.").arg(promptNameList(problem.missing));
    if (!problem.unexpected.isEmpty())
        sentences << tr("Given a value but not declared by the prompt: %1.")
                         .arg(promptNameList(problem.unexpected));
    if (!sentences.isEmpty()) {
        problem.message = sentences.join(u' ');
        return out;
    }

    qsizetype size = 0;
    for (const Segment& s : m_segments)
        size += s.kind == Segment::Kind::Literal ? s.text.size() : values.value(s.text).size();
    out.text.reserve(size);
    for (const Segment& s : m_segments) {
        if (s.kind == Segment::Kind::Literal)
            out.text += s.text;
        else
            out.text += values.value(s.text); // verbatim: never parsed again
    }
    return out;
}

QString PromptTemplate::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("A variable needs a name.");
    if (!promptIsNameStart(name.at(0)))
        return tr("A variable name must start with a letter (A-Z, a-z) or \"_\", not %1.")
            .arg(promptQuotedChar(name, 0));
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (!promptIsNameChar(name.at(i)))
            return tr("%1 cannot be part of a variable name; names use only A-Z, a-z, 0-9, \"_\" and \".\".")
                .arg(promptQuotedChar(name, i));
    }
    return {};
}

QString PromptTemplate::escaped(const QString& literal)
{
    QString out;
    out.reserve(literal.size() + literal.size() / 8);
    const qsizetype n = literal.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype run = i;
        while (run < n && literal.at(run) == u'\\')
            ++run;
        const bool opens = run + 1 < n && literal.at(run) == u'{' && literal.at(run + 1) == u'{';
        if (!opens) {
            out += QStringView(literal).mid(i, run - i);
            if (run < n)
                out += literal.at(run);
            i = run + 1;
            continue;
        }
        // Each backslash doubled, then one more that makes the two braces literal.
        out += QString(2 * (run - i) + 1, u'\\');
        out += QStringLiteral("{{");
        i = run + 2;
    }
    return out;
}

} // namespace fusion
