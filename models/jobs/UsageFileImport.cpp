#include "models/jobs/UsageFileImport.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fusion {

UsageFileImport::UsageFileImport(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
    // The database thread only counts the bytes it read; this thread reads the count on a timer and reports.
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &UsageFileImport::publish);
}

UsageFileImport::~UsageFileImport()
{
    // A reading that is still going on stops at its next line; what it read is dropped with this job.
    if (m_shared)
        m_shared->stop = true;
}

void UsageFileImport::start(const QString& path, bool strict, Done done)
{
    begin();
    m_done = std::move(done);
    m_path = path;
    m_rejected.clear();
    m_rejectedTotal = 0;
    m_writing = false;
    m_shared = std::make_shared<UsageImport::Progress>();
    m_size = QFileInfo(path).size();
    m_shown = 0;
    m_reading = tr("Reading %1").arg(QFileInfo(path).fileName());
    report(0, 100, m_reading);
    m_poll.start();
    auto shared = m_shared;
    onDatabase<std::shared_ptr<UsageImport::Checked>>(
        // Reading and checking every row of a large file takes long: on the long-job worker, not this thread.
        [path, shared](Database& db) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Failure(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
            auto checked =
                std::make_shared<UsageImport::Checked>(UsageImport::check(db, file, path, shared.get()));
            if (!checked->stopped && !checked->fatal.isEmpty())
                throw Failure(ErrorKind::InvalidInput, tr("%1: %2").arg(path, checked->fatal));
            return checked; // when stopped, about a part of the file: dropped by the caller
        },
        [this, strict](const Result<std::shared_ptr<UsageImport::Checked>>& read) {
            m_poll.stop();
            if (!read)
                return finish(read.error());
            if (isCancelled())
                return finish(cancelledError());
            publish();
            plan(read.value(), strict);
        },
        true);
}

void UsageFileImport::plan(const std::shared_ptr<UsageImport::Checked>& result, bool strict)
{
    m_rejected = result->rejected;
    m_rejectedTotal = result->rejectedTotal;
    Q_EMIT checked();
    report(0, 0,
           tr("Checking %n row(s)", nullptr,
              int(qMin<qint64>(result->fresh + result->repeated + result->rejectedTotal, INT_MAX))));
    const QString path = m_path;
    auto progress = m_shared;
    onDatabase<PendingWrite>(
        [result, path, strict, progress](Database& db) {
            return UsageImport::planImport(db, *result, path, strict, progress);
        },
        [this, result](const Result<PendingWrite>& planned) {
            const qint64 skipped = result->repeated;
            if (!planned)
                return finish(planned.error());
            if (isCancelled())
                return finish(cancelledError());
            ask(planned.value(), skipped);
        },
        true);
}

void UsageFileImport::ask(const PendingWrite& pending, qint64 skipped)
{
    if (!pending.apply || !pending.plan.hasChanges()) {
        Outcome o;
        o.unchanged = true;
        o.skipped = skipped;
        o.rejected = m_rejected;
        o.rejectedTotal = m_rejectedTotal;
        o.plan = pending.plan;
        return finish(o);
    }
    confirm(pending.plan, [this, pending, skipped](bool yes) {
        if (!yes)
            return finish(notConfirmedError());
        if (isCancelled())
            return finish(cancelledError());
        m_writing = true;
        m_reading = tr("Storing %n row(s)", nullptr, int(qMin<qint64>(pending.plan.rowsAffected, INT_MAX)));
        m_shared->bytesRead = 0;
        m_shown = -1;
        report(0, 100, m_reading);
        m_poll.start();
        // One transaction for every row and the audit row; a large one takes long, hence the long-job worker.
        write(
            pending,
            [this, pending, skipped](const Result<QJsonObject>& written) {
                m_writing = false;
                m_poll.stop();
                if (!written)
                    return finish(written.error());
                Outcome o;
                o.written = written.value();
                o.stored = o.written.value(QStringLiteral("stored")).toInteger();
                // Rows found stored by the time of the write (another import meanwhile) are skipped too.
                o.skipped = skipped + o.written.value(QStringLiteral("skipped")).toInteger();
                o.rejected = m_rejected;
                o.rejectedTotal = m_rejectedTotal;
                o.plan = pending.plan;
                finish(o);
            },
            true);
    });
}

void UsageFileImport::cancel()
{
    if (m_writing)
        return; // too late: the write runs to its end
    Job::cancel();
    // Read by the database thread at every line of the file.
    if (m_shared)
        m_shared->stop = true;
}

void UsageFileImport::publish()
{
    if (!m_shared || m_size <= 0)
        return;
    const int percent = int(std::clamp<qint64>(m_shared->bytesRead.load() * 100 / m_size, 0, 100));
    if (percent == m_shown)
        return;
    m_shown = percent;
    report(percent, 100, m_reading);
}

void UsageFileImport::finish(const Result<Outcome>& result)
{
    m_poll.stop();
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
