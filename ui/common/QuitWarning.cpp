#include "ui/common/QuitWarning.h"

#include "models/jobs/RunningWork.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace fusion {

QuitWarning::QuitWarning(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("quitWarning"));
    setWindowTitle(tr("Quit while work is running?"));
    m_intro->setObjectName(QStringLiteral("quitWarningIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("Fusion Console is still working on what is listed below. Stop and Quit stops each at "
           "its next step and records it as cancelled; a write already under way cannot be "
           "stopped, so it is finished whole first and the app quits once it ends."));
    m_list->setObjectName(QStringLiteral("quitWarningList"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(4); // entries of several lines stay apart
    m_status->setObjectName(QStringLiteral("quitWarningStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_progress->setObjectName(QStringLiteral("quitWarningProgress"));
    m_progress->setRange(0, 0); // busy until a step count is known
    m_progress->hide();
    m_stop = m_buttons->addButton(tr("Stop and Quit"), QDialogButtonBox::DestructiveRole);
    m_stop->setObjectName(QStringLiteral("quitWarningStop"));
    m_keep = m_buttons->addButton(tr("Keep Working"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("quitWarningKeep"));
    m_keep->setDefault(true); // Enter never quits by accident
    connect(m_stop, &QPushButton::clicked, this, &QuitWarning::stopAndQuit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(520, 280);

    connect(&RunningWork::instance(), &RunningWork::changed, this, &QuitWarning::refresh);
    refresh();
}

void QuitWarning::stopAndQuit()
{
    m_stopping = true;
    m_stop->setEnabled(false);
    m_stop->setText(tr("Stopping…"));
    // Once asked to stop, work cannot be un-stopped: going back would leave it half-cancelled.
    m_keep->hide();
    m_status->show();
    m_progress->show();
    RunningWork::instance().stopAll();
    refresh();
}

void QuitWarning::refresh()
{
    const QList<RunningWork::Entry> entries = RunningWork::instance().entries();
    m_list->clear();
    for (const RunningWork::Entry& e : entries) {
        // What it is, then its latest step, then what quitting does to it: one short line each.
        QString line = e.description;
        if (!e.progress.isEmpty() && e.progress != e.description)
            line += QLatin1Char('\n') + e.progress;
        if (!e.stoppable)
            line += QLatin1Char('\n') + tr("Cannot be stopped now (a write or an install under way): the app "
                                           "waits for it to end.");
        else if (e.stopRequested)
            line += QLatin1Char('\n') + tr("Stopping at its next step…");
        m_list->addItem(line);
    }
    if (!m_stopping)
        return;
    if (entries.isEmpty()) {
        m_status->setText(tr("Everything has stopped. Quitting…"));
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        if (!m_approved) {
            m_approved = true;
            // After this change's other listeners ran: the window closing deletes this dialog.
            QTimer::singleShot(0, this, [this]() {
                Q_EMIT quitApproved();
                accept();
            });
        }
        return;
    }
    m_status->setText(tr("Waiting for %n task(s) to end before quitting…", nullptr, int(entries.size())));
    // One piece of work with a known step count: show how far it is; otherwise busy.
    if (entries.size() == 1 && entries.first().steps > 0) {
        m_progress->setRange(0, entries.first().steps);
        m_progress->setValue(qBound(0, entries.first().step, entries.first().steps));
    } else {
        m_progress->setRange(0, 0);
    }
}

} // namespace fusion
