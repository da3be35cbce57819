#pragma once
// Marks a prompt template's {{variables}} in the editor as they are typed, and the place of a parse error
// with a wavy underline. A variable never spans a line break, so each line is parsed on its own: typing on
// one line never recolours another.
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace fusion {

class PromptHighlighter : public QSyntaxHighlighter {
    Q_OBJECT

public:
    explicit PromptHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_variable;
    QTextCharFormat m_error;
};

} // namespace fusion
