#include "models/jobs/UsageFileImport.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fusion {

namespace {
// The file as UsageImport::parse() reads it, counting the bytes taken from it so that reading a large file
// shows how far it got, and ending early once the job is stopped. parse() has no hooks of its own; this
// keeps it as it is.
class CountingReader : public QIODevice {
public:
    CountingReader(QFile& file, std::atomic<qint64>& read, const std::atomic<bool>& stop)
        : m_file(file)
        , m_read(read)
        , m_stop(stop)
    {
    }

    // Sequential: what parse() peeks at stays in this device's buffer, never read twice from the file.
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_file.size(); }
    qint64 bytesAvailable() const override
    {
        return m_stop ? 0 : QIODevice::bytesAvailable() + m_file.bytesAvailable();
    }
    // Asked at every line: the file's own atEnd() knows its size, where bytesAvailable() asks the system.
    bool atEnd() const override { return m_stop || (QIODevice::bytesAvailable() == 0 && m_file.atEnd()); }

protected:
    qint64 readData(char* data, qint64 maxSize) override { return counted(m_file.read(data, maxSize)); }
    qint64 readLineData(char* data, qint64 maxSize) override
    {
        return counted(m_file.readLine(data, maxSize));
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 counted(qint64 n)
    {
        if (m_stop)
            return 0;
        if (n > 0)
            m_read += n;
        return n;
    }

    QFile& m_file;
    std::atomic<qint64>& m_read;
    const std::atomic<bool>& m_stop;
};
} // namespace

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
    m_writing = false;
    m_shared = std::make_shared<Shared>();
    m_shown = 0;
    report(0, 100, tr("Reading %1").arg(QFileInfo(path).fileName()));
    m_poll.start();
    auto shared = m_shared;
    onDatabase<std::shared_ptr<UsageImport::Parsed>>(
        // Reading and checking every row of a large file takes long: on the long-job worker, not this thread.
        [path, shared](Database&) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw Failure(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
            shared->size = file.size();
            CountingReader reader(file, shared->read, shared->stop);
            reader.open(QIODevice::ReadOnly);
            auto parsed = std::make_shared<UsageImport::Parsed>(UsageImport::parse(reader, path));
            if (!shared->stop && !parsed->ok())
                throw Failure(ErrorKind::InvalidInput, tr("%1: %2").arg(path, parsed->fatal));
            return parsed; // when stopped, a part of the file: dropped by the caller
        },
        [this, strict](const Result<std::shared_ptr<UsageImport::Parsed>>& read) {
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

void UsageFileImport::plan(const std::shared_ptr<UsageImport::Parsed>& parsed, bool strict)
{
    const qint64 rows = parsed->rows.size();
    const qint64 rejectedByParse = parsed->rejected.size();
    report(0, 0, tr("Checking %n row(s)", nullptr, int(qMin<qint64>(rows + rejectedByParse, INT_MAX))));
    const QString path = m_path;
    onDatabase<PendingWrite>(
        [parsed, path, strict](Database& db) { return UsageImport::planImport(db, *parsed, path, strict); },
        [this, parsed, rows, rejectedByParse](const Result<PendingWrite>& planned) {
            // Planning adds the rows naming an unknown provider to the rejected ones, also when it then
            // refuses the file (strict).
            m_rejected = parsed->rejected;
            const qint64 valid = rows - (m_rejected.size() - rejectedByParse);
            // The plan holds the rows it stores; the parsed copy of a large file need not stay.
            *parsed = UsageImport::Parsed();
            Q_EMIT checked();
            if (!planned)
                return finish(planned.error());
            if (isCancelled())
                return finish(cancelledError());
            ask(planned.value(), valid - planned.value().plan.rowsAffected);
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
        o.plan = pending.plan;
        return finish(o);
    }
    confirm(pending.plan, [this, pending, skipped](bool yes) {
        if (!yes)
            return finish(notConfirmedError());
        if (isCancelled())
            return finish(cancelledError());
        m_writing = true;
        report(0, 0, tr("Storing %n row(s)", nullptr, int(qMin<qint64>(pending.plan.rowsAffected, INT_MAX))));
        // One transaction for every row and the audit row; a large one takes long, hence the long-job worker.
        write(
            pending,
            [this, pending, skipped](const Result<QJsonObject>& written) {
                m_writing = false;
                if (!written)
                    return finish(written.error());
                Outcome o;
                o.written = written.value();
                o.stored = o.written.value(QStringLiteral("stored")).toInteger();
                // Rows found stored by the time of the write (another import meanwhile) are skipped too.
                o.skipped = skipped + o.written.value(QStringLiteral("skipped")).toInteger();
                o.rejected = m_rejected;
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
    if (!m_shared)
        return;
    const qint64 size = m_shared->size.load();
    if (size <= 0)
        return;
    const int percent = int(std::clamp<qint64>(m_shared->read.load() * 100 / size, 0, 100));
    if (percent == m_shown)
        return;
    m_shown = percent;
    report(percent, 100, tr("Reading %1").arg(QFileInfo(m_path).fileName()));
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
