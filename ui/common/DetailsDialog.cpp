#include "ui/common/DetailsDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

namespace {
// Whether `text` has a line too long to read without wrapping (minified JSON, an HTML page on one line);
// tracebacks, whose indentation carries meaning, stay unwrapped.
bool detailsDialogHasHugeLine(const QString& text)
{
    constexpr qsizetype kLongest = 2000;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        if (end - start > kLongest)
            return true;
        start = end + 1;
    }
    return false;
}
} // namespace

DetailsDialog::DetailsDialog(QWidget* parent, const QString& title, const QString& summary,
                             const QString& text)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("detailsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);
    setSizeGripEnabled(true);
    auto* layout = new QVBoxLayout(this);
    if (!summary.isEmpty()) {
        auto* label = new QLabel(summary, this);
        label->setObjectName(QStringLiteral("detailsSummaryLabel"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    m_text->setObjectName(QStringLiteral("detailsText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(detailsDialogHasHugeLine(text) ? QPlainTextEdit::WidgetWidth
                                                           : QPlainTextEdit::NoWrap);
    m_text->setPlainText(text);
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetailsButton"));
    copy->setToolTip(tr("Copy the whole text to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QGuiApplication::clipboard()->setText(m_text->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 520);
}

DetailsDialog* DetailsDialog::showText(QWidget* parent, const QString& title, const QString& summary,
                                       const QString& text)
{
    auto* dialog = new DetailsDialog(parent, title, summary, text);
    // show(), not open(): open() would make it window-modal, and the point is to read it beside the pane.
    // Neither waits in a nested event loop.
    dialog->setModal(false);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString DetailsDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace fusion
