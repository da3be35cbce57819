#include "ui/usage/UsageImportAction.h"

#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/OpenFile.h"
#include "ui/common/Pane.h"
#include "ui/usage/RejectedRowsDialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace fusion {

UsageImportAction::UsageImportAction(AppContext* context, Pane* pane)
    : QObject(pane)
    , m_context(context)
    , m_pane(pane)
    , m_button(new QPushButton(pane))
    , m_area(new QWidget(pane))
    , m_progress(new QProgressBar(m_area))
    , m_status(new QLabel(m_area))
{
    m_button->setObjectName(QStringLiteral("importUsageButton"));
    m_area->setObjectName(QStringLiteral("importProgressArea"));
    auto* layout = new QHBoxLayout(m_area);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setFixedWidth(120);
    m_progress->setTextVisible(false); // the label beside it says what it is doing
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_area->hide();
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (UsageFileImport* const running = m_job.data()) {
            // Stops at the next line read or the next step; nothing is stored.
            m_stopped = true;
            running->cancel();
            updateButton();
        } else {
            askFile();
        }
    });
    updateButton();
}

void UsageImportAction::askFile()
{
    OpenFile::ask(
        m_pane,
        {tr("Import Usage"), tr("Usage files (*.csv *.jsonl *.ndjson *.json);;CSV files (*.csv);;JSON "
                                "lines (*.jsonl *.ndjson *.json);;All files (*)")},
        [this](const QString& path) { importFile(path); });
}

void UsageImportAction::importFile(const QString& path)
{
    if (m_job || !m_context->capabilities().can(Capability::RecordUsage))
        return;
    // The job reads, checks and stores on the long-job worker: the panes keep answering meanwhile.
    auto* job = new UsageFileImport(AppJobs::host(m_context, m_pane), this);
    m_job = job;
    m_fileName = QFileInfo(path).fileName();
    m_rejected.clear();
    m_confirming = false;
    m_stopped = false;
    connect(job, &Job::progress, this, &UsageImportAction::showProgress);
    connect(job, &Job::confirming, this, [this] {
        m_confirming = true;
        m_progress->hide();
        m_status->setText(tr("Waiting for your confirmation…"));
        updateButton();
    });
    connect(job, &Job::finished, job, &QObject::deleteLater);
    m_area->show();
    updateButton();
    job->start(path, false, [this, job](const Result<UsageFileImport::Outcome>& result) {
        present(result, job->rejected(), job->rejectedTotal());
    });
}

void UsageImportAction::showProgress(int step, int steps, const QString& text)
{
    m_confirming = false;
    m_progress->show();
    m_progress->setRange(0, steps); // steps 0: how far along is not known (checking, storing)
    m_progress->setValue(step);
    m_status->setText(steps > 0 ? tr("%1… %2%").arg(text).arg(step) : tr("%1…").arg(text));
    updateButton();
}

void UsageImportAction::present(const Result<UsageFileImport::Outcome>& result,
                                const QList<UsageImport::Rejected>& rejected, qint64 rejectedTotal)
{
    m_job = nullptr;
    m_confirming = false;
    m_area->hide();
    m_status->clear();
    updateButton();
    m_rejected = rejected;
    m_rejectedTotal = rejectedTotal;
    MessageBar* const bar = m_pane->messageBar();
    const auto details = [this] { showRejected(); };
    if (!result) {
        const Error& error = result.error();
        if (error.kind == ErrorKind::NotConfirmed) {
            // Declined in the confirmation: the person chose it, nothing to say. Stopped: say it did stop.
            if (m_stopped)
                bar->show(MessageBar::Info, tr("Stopped importing %1; nothing was stored.").arg(m_fileName));
        } else if (!m_rejected.isEmpty()) {
            bar->showWithLink(MessageBar::Failure, error.message, tr("Details…"), details);
        } else {
            bar->showError(error);
        }
        Q_EMIT finished();
        return;
    }
    const UsageFileImport::Outcome& o = result.value();
    const QString text = tr("Imported %n row(s)", nullptr, int(qMin<qint64>(o.stored, INT_MAX))) +
                         tr(", skipped %n already imported", nullptr, int(qMin<qint64>(o.skipped, INT_MAX))) +
                         tr(", %n rejected.", nullptr, int(qMin<qint64>(m_rejectedTotal, INT_MAX)));
    if (!m_rejected.isEmpty())
        bar->showWithLink(MessageBar::Warning, text, tr("Details…"), details);
    else
        bar->show(o.stored > 0 ? MessageBar::Success : MessageBar::Info, text);
    Q_EMIT finished();
}

void UsageImportAction::showRejected()
{
    if (m_rejected.isEmpty())
        return;
    auto* dialog = new RejectedRowsDialog(m_fileName, m_rejected, m_rejectedTotal, m_pane);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsageImportAction::updateButton()
{
    const Capabilities& caps = m_context->capabilities();
    UsageFileImport* const job = m_job.data(); // one read: a second could be null
    if (!job) {
        m_button->setText(tr("&Import Usage…"));
        m_button->setEnabled(caps.can(Capability::RecordUsage));
        m_button->setToolTip(
            caps.can(Capability::RecordUsage)
                ? tr("Import usage from a CSV or JSON lines file; you see what will be stored "
                     "before anything is.")
                : caps.whyNot(Capability::RecordUsage));
        return;
    }
    m_button->setText(tr("Stop &Importing"));
    // Asked: the confirmation's Cancel stops it. Storing: one transaction, which runs to its end.
    m_button->setEnabled(!m_stopped && !m_confirming && !job->isWriting());
    m_button->setToolTip(job->isWriting() ? tr("Storing in one transaction; it runs to its end.")
                                          : tr("Stop importing; nothing is stored."));
}

} // namespace fusion
