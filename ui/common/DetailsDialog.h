#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace fusion {

// The whole of a server's text (an Odoo traceback, a provider's error body, an error page), on request:
// views show BoundedText's first lines and offer "Details…", which opens this. Non-modal and resizable, so
// that the person can keep it beside the pane while fixing what it says; it deletes itself when closed.
class DetailsDialog : public QDialog {
    Q_OBJECT

public:
    // Shows (non-modal, never exec()) a dialog titled `title` with `summary` above `text` whole, and returns
    // it.
    static DetailsDialog* showText(QWidget* parent, const QString& title, const QString& summary,
                                   const QString& text);
    QString text() const;

private:
    DetailsDialog(QWidget* parent, const QString& title, const QString& summary, const QString& text);
    QPlainTextEdit* m_text;
};

} // namespace fusion
