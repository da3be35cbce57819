#pragma once

#include "models/storage/Database.h"

#include <QMutex>
#include <QString>

namespace fusion {

// Read-your-writes for reads sent to a standby (docs/scaling.md §5): the WAL position of this process's
// latest commit on the primary, kept by every connection that writes and checked by the one that reads on
// a standby. Shared across the database threads, hence the lock.
class CommitMark {
public:
    // Keeps `lsn` ("16/B374D848", PostgreSQL's text form) if it is later than the one kept.
    void record(const QString& lsn);
    // A commit whose position could not be read: until the next record(), latest() is a position no standby
    // has reached, so reads go to the primary.
    void markUnknown();
    QString latest() const;                      // empty: nothing committed yet
    static quint64 toNumber(const QString& lsn); // 0 for text that is no LSN

private:
    mutable QMutex m_lock;
    quint64 m_latest = 0;
    QString m_text;
    bool m_unknown = false;
};

namespace StandbyReads {
// On the primary, after a commit: its WAL position now, in text form (empty on SQLite or a standby).
QString currentLsn(Database& primary);
// On a standby: whether it has replayed everything up to `lsn` (true when `lsn` is empty, or when the
// connection is not to a standby at all).
bool caughtUp(Database& standby, const QString& lsn);
} // namespace StandbyReads

} // namespace fusion
