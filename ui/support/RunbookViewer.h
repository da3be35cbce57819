#pragma once

#include "models/support/Runbooks.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace fusion {

class AppContext;
class Loads;

// One runbook, rendered from its Markdown (the text in force: an owner's edit, else the one shipped with the
// app). Owners edit it in a plain-text editor with a live preview and save it through the confirmation path,
// or reset it to the shipped text; everyone else reads. Opened (never exec()'d) by the Support pane, the
// operation drawer and the dashboard.
class RunbookViewer : public QDialog {
    Q_OBJECT

public:
    RunbookViewer(AppContext* context, const QString& type, QWidget* parent = nullptr);
    const Runbook& runbook() const { return m_runbook; }

Q_SIGNALS:
    void shown(); // the runbook's text is on screen (after every load)

private:
    void reload();
    void apply(const Runbook& r);
    void startEditing();
    void stopEditing();
    void save();
    void reset();
    void updatePreview();

    AppContext* m_context;
    Loads* m_loads;
    QString m_type;
    Runbook m_runbook;
    QLabel* m_status;
    QLabel* m_problem;
    QStackedWidget* m_pages;
    QTextBrowser* m_browser;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_save;
    QPushButton* m_cancelEdit;
};

} // namespace fusion
