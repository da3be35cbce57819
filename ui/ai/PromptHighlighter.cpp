#include "ui/ai/PromptHighlighter.h"

#include "models/ai/PromptTemplate.h"

#include <QGuiApplication>
#include <QPalette>

namespace fusion {

PromptHighlighter::PromptHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    // The palette's link colour reads well on light and dark themes alike.
    m_variable.setForeground(QGuiApplication::palette().color(QPalette::Link));
    m_variable.setFontWeight(QFont::DemiBold);
    m_error.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_error.setUnderlineColor(Qt::red);
}

void PromptHighlighter::highlightBlock(const QString& text)
{
    const PromptTemplate parsed = PromptTemplate::parse(text);
    for (const PromptTemplate::Segment& s : parsed.segments()) {
        if (s.kind == PromptTemplate::Segment::Kind::Variable)
            setFormat(int(s.offset), int(s.length), m_variable);
    }
    const PromptProblem& problem = parsed.problem();
    if (problem.isParseError() && problem.offset >= 0)
        setFormat(int(problem.offset), int(text.size() - problem.offset), m_error);
}

} // namespace fusion
