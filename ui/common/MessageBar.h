#pragma once

#include "models/core/Error.h"

#include <QFrame>

#include <functional>

class QLabel;
class QToolButton;
class QTimer;

namespace fusion {

class DetailsDialog;

// A non-blocking message strip above a pane's content: errors stay until dismissed, successes fade after a
// few seconds. The bar and its tooltip show only BoundedText's first lines of what a server said; a
// "Details…" link opens the whole in a DetailsDialog. A message may instead end in a link of its own that
// opens more (e.g. every rejected row of an import).
class MessageBar : public QFrame {
    Q_OBJECT

public:
    enum Kind { Info, Success, Warning, Failure };
    explicit MessageBar(QWidget* parent = nullptr);

    void show(Kind kind, const QString& text, const QString& details = {});
    // Like show(), followed by the link `linkText`, which runs `action` — until the next message replaces it.
    void showWithLink(Kind kind, const QString& text, const QString& linkText, std::function<void()> action);
    void showError(const Error& error);
    // What a view says about `error`: nothing for a cancelled confirmation (the person chose it), else its
    // message. For dialogs that show problems in a label of their own.
    static QString failureText(const Error& error);
    QString text() const;
    Kind kind() const { return m_kind; }
    // The whole text "Details…" opens (empty when there is nothing more to show).
    QString details() const { return m_details; }
    // What the "Details…" link does: the whole text in a non-modal dialog; nullptr when there is none.
    DetailsDialog* openDetails();

private:
    QLabel* m_icon;
    QLabel* m_label;
    QToolButton* m_close;
    QTimer* m_hideTimer;
    QString m_details;
    QString m_summary; // the message the details belong to, above them in the dialog
    std::function<void()> m_action;
    Kind m_kind = Info;
};

} // namespace fusion
