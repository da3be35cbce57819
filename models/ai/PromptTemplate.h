#pragma once

#include "models/core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fusion {

// Why a prompt template cannot be parsed or rendered. The editor needs more than one line of text (where to
// put the cursor, which declared variables to mark), so this carries the parts; toError() is the line for
// fusionctl and the jobs.
struct PromptProblem {
    QString message; // for a person, translated; names the position or every variable refused

    // A parse error: where it is. offset counts UTF-16 code units (a QTextCursor position); line and column
    // are 1-based and the column counts characters, so an emoji before the error counts once.
    qsizetype offset = -1;
    int line = 0;
    int column = 0;

    // A render error: every name refused, not just the first.
    QStringList undeclared; // used by the template but not declared, in order of first use
    QStringList missing;    // declared but given no value, in order of declaration
    QStringList unexpected; // given a value but neither declared nor used, sorted

    bool isNull() const { return message.isEmpty(); }
    bool isParseError() const { return line > 0; }
    Error toError() const { return Error::make(ErrorKind::InvalidInput, message); }
};

// A prompt's `{{variable}}` template, parsed once into literal and variable segments and then rendered as
// often as needed in one pass over the segments (linear in the template plus the values).
//
// The language:
//   {{name}}, {{ name }}  a variable; spaces and tabs may surround the name. Names match
//                         [A-Za-z_][A-Za-z0-9_.]* — ASCII only, so a name reads and types the same
//                         everywhere.
//   \{{                   a literal "{{" (the escape consumes exactly those two braces). Before "{{", a run
//                         of 2n backslashes is n literal backslashes and the braces still open a variable;
//                         2n+1 backslashes are n backslashes and a literal "{{". A backslash anywhere else is
//                         itself, so paths, regular expressions and LaTeX in a prompt need no escaping.
//   { and }               a single brace is literal, and so is "}}" outside a variable: JSON examples and
//                         objects in a prompt need no escaping.
//   {{{name}}}            in a run of three or more "{", the last two open the variable and the others are
//                         literal: this renders "{" + value + "}" (handy inside JSON). It is not Handlebars'
//                         unescaped form: values are never escaped anyway.
// Refused with the position (line:column) and a message saying what to write instead; parsing stops at the
// first problem:
//   an unclosed variable ("{{name", "{{name}", or a line break before "}}") — at its "{{";
//   an empty one ("{{}}", "{{ }}") — at its "{{";
//   a name that starts with anything but a letter or "_", or holds any other character ("{{first-name}}",
//   "{{größe}}", "{{name|upper}}") — at that character, which the message quotes;
//   a "{" inside a variable ("{{a{{b}}}}": variables do not nest) — at that brace;
//   text between the name and "}}" ("{{a b}}") — at that text.
//
// Rendering (render()): the declared variables are the prompt's interface, whatever the template's
// current version uses. Refused, naming every variable concerned, in one problem:
//   a variable the template uses that is not declared;
//   a declared variable with no value — even one this version of the template does not use, so a caller
//   that forgets it fails now rather than when a later version starts using it. An empty string is a value;
//   a value given for a name that is not declared (a misspelt name would otherwise be silently ignored).
// A value given for a declared variable the template does not use is accepted and unused. Values are
// inserted verbatim in a single pass: a value holding "{{x}}" stays exactly that text.
class PromptTemplate {
    Q_DECLARE_TR_FUNCTIONS(fusion::PromptTemplate)

public:
    struct Segment {
        enum class Kind { Literal, Variable };
        Kind kind = Kind::Literal;
        QString text;         // a literal with its escapes resolved, or the variable's name
        qsizetype offset = 0; // where the segment starts in the source (a variable: its "{{")
        qsizetype length = 0; // how many UTF-16 code units of the source it spans (for highlighting)
    };

    struct Rendered {
        QString text;
        PromptProblem problem;
        bool ok() const { return problem.isNull(); }
    };

    PromptTemplate() = default; // the empty template: valid, renders ""

    // Never throws: an invalid template reports its problem() and renders nothing.
    static PromptTemplate parse(const QString& source);

    bool isValid() const { return m_problem.isNull(); }
    const PromptProblem& problem() const { return m_problem; }
    const QString& source() const { return m_source; }
    const QList<Segment>& segments() const { return m_segments; }
    // The distinct variable names in order of first use (what the editor lists as detected).
    const QStringList& variables() const { return m_variables; }

    Rendered render(const QHash<QString, QString>& values, const QStringList& declared) const;

    // Why `name` cannot be a variable's name, or an empty string: for the declared-variables editor.
    static QString nameProblem(const QString& name);
    // The template source that renders `literal` unchanged (every "{{" escaped, backslashes before it
    // doubled).
    static QString escaped(const QString& literal);

private:
    QString m_source;
    QList<Segment> m_segments;
    QStringList m_variables;
    PromptProblem m_problem;
};

} // namespace fusion
