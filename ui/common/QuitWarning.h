#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace fusion {

// The warning shown when the main window is closed while work runs (RunningWork): what is running and what
// quitting does to it. "Keep Working" closes it and nothing changes; "Stop and Quit" asks each piece of work
// to stop at its next step, waits — showing progress — for those that cannot be stopped (a write under way
// ends whole), and says quitApproved() once nothing is left. Work that ends meanwhile leaves the list. Opened
// with open(), never exec().
class QuitWarning : public QDialog {
    Q_OBJECT

public:
    explicit QuitWarning(QWidget* parent = nullptr);

    bool isStopping() const { return m_stopping; }

Q_SIGNALS:
    // Stop and Quit was chosen and every piece of work has ended: the window may close now.
    void quitApproved();

private:
    void stopAndQuit();
    void refresh();

    QLabel* m_intro;
    QListWidget* m_list;
    QLabel* m_status;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_stop;
    QPushButton* m_keep;
    bool m_stopping = false;
    bool m_approved = false;
};

} // namespace fusion
