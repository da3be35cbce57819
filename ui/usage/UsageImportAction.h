#pragma once

#include "models/core/Error.h"
#include "models/jobs/UsageFileImport.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace fusion {

class AppContext;
class Pane;

// Usage → Import Usage…: asks for a usage file (CSV or JSON lines), runs the UsageFileImport job on the
// long-job worker with its progress in the pane (the button stops it until the write begins), confirms in
// the app's ConfirmDialog, and says in the pane's message bar what was stored, skipped and rejected — every
// rejected line with its reasons one click away. Only roles that may record usage may import; for the others
// the button says why not. The job's write refreshes what shows usage (afterWrite).
class UsageImportAction : public QObject {
    Q_OBJECT

public:
    UsageImportAction(AppContext* context, Pane* pane);

    // Placed by the pane: the button beside its aggregation controls; what the import is doing (a label and
    // a progress bar, shown while it runs) where there is room for it.
    QPushButton* button() const { return m_button; }
    QWidget* progressArea() const { return m_area; }

    bool isRunning() const { return !m_job.isNull(); }
    // What the button does once a file is chosen.
    void importFile(const QString& path);
    // The rows the last import left out, in a RejectedRowsDialog.
    void showRejected();
    const QList<UsageImport::Rejected>& lastRejected() const { return m_rejected; }
    // After the login's capabilities or the job's step changed.
    void updateButton();

Q_SIGNALS:
    // An import ended, whatever its outcome (shown in the message bar by then).
    void finished();

private:
    void askFile();
    void present(const Result<UsageFileImport::Outcome>& result, const QList<UsageImport::Rejected>& rejected,
                 qint64 rejectedTotal);
    void showProgress(int step, int steps, const QString& text);

    AppContext* m_context;
    Pane* m_pane;
    QPushButton* m_button;
    QWidget* m_area;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPointer<UsageFileImport> m_job; // running while set
    QString m_fileName;
    QList<UsageImport::Rejected> m_rejected;
    qint64 m_rejectedTotal = 0;
    bool m_confirming = false;
    bool m_stopped = false;
};

} // namespace fusion
