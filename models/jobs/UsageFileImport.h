#pragma once

#include "models/jobs/Job.h"
#include "models/usage/UsageImport.h"

#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace fusion {

// Importing a usage file (CSV or JSON lines) as one job, presented by `fusionctl usage import` and by the
// Usage pane: read and check the file on the host's long-job worker (a file may hold millions of rows; it
// is read as a stream, never held whole), say which rows are left out, confirm the plan, then read it again
// and store the valid rows with the audit row in one transaction, on the long-job worker too. Progress is in
// bytes read, for both readings. Rows stored before are skipped; with `strict` any rejected row refuses the
// whole file. A file that cannot be read at all ends the job with an error and nothing else. Cancellable
// until the write begins; the write runs to its end.
class UsageFileImport : public Job {
    Q_OBJECT

public:
    struct Outcome {
        bool unchanged = false; // nothing new to store: nothing was asked or written
        qint64 stored = 0;
        qint64 skipped = 0;                    // stored before, or repeated within the file
        QList<UsageImport::Rejected> rejected; // by line, every reason: the first kMaxRejectedListed
        qint64 rejectedTotal = 0;
        WritePlan plan;
        QJsonObject written; // the write's facts as audited: stored, skipped at write time, unpriced, cost
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit UsageFileImport(JobHost host, QObject* parent = nullptr);
    ~UsageFileImport() override;

    void start(const QString& path, bool strict, Done done);
    // Before the write: the job ends with cancelledError() at its next step (reading stops at once). Once the
    // write has begun it is too late; the write runs to its end.
    void cancel() override;
    bool isWriting() const { return m_writing; }
    // The rows left out, once checked() was emitted: the first UsageImport::kMaxRejectedListed of them, and
    // how many there are.
    const QList<UsageImport::Rejected>& rejected() const { return m_rejected; }
    qint64 rejectedTotal() const { return m_rejectedTotal; }

Q_SIGNALS:
    // The file was read and checked against the store, before anyone is asked: rejected() holds the rows left
    // out — also when `strict` then refuses the file. Not emitted for a file that cannot be read at all.
    void checked();

private:
    void plan(const std::shared_ptr<UsageImport::Checked>& result, bool strict);
    void ask(const PendingWrite& pending, qint64 skipped);
    void publish();
    void finish(const Result<Outcome>& result);

    std::shared_ptr<UsageImport::Progress> m_shared;
    qint64 m_size = 0;
    QString m_reading; // what the progress says: reading, or storing
    QTimer m_poll;
    QString m_path;
    QList<UsageImport::Rejected> m_rejected;
    qint64 m_rejectedTotal = 0;
    int m_shown = -1;
    bool m_writing = false;
    Done m_done;
};

} // namespace fusion
