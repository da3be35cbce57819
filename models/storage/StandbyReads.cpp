#include "models/storage/StandbyReads.h"

#include <QMutexLocker>

namespace fusion {

quint64 CommitMark::toNumber(const QString& lsn)
{
    const qsizetype slash = lsn.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return 0;
    bool highOk = false;
    bool lowOk = false;
    const quint64 high = lsn.left(slash).toULongLong(&highOk, 16);
    const quint64 low = lsn.mid(slash + 1).toULongLong(&lowOk, 16);
    return highOk && lowOk ? (high << 32) | low : 0;
}

void CommitMark::record(const QString& lsn)
{
    const quint64 value = toNumber(lsn);
    QMutexLocker locker(&m_lock);
    m_unknown = false;
    if (value > m_latest) {
        m_latest = value;
        m_text = lsn;
    }
}

void CommitMark::markUnknown()
{
    QMutexLocker locker(&m_lock);
    m_unknown = true;
}

QString CommitMark::latest() const
{
    QMutexLocker locker(&m_lock);
    return m_unknown ? QStringLiteral("FFFFFFFF/FFFFFFFF") : m_text;
}

namespace StandbyReads {

QString currentLsn(Database& primary)
{
    if (!primary.isPostgres() || primary.isStandby())
        return {};
    return primary.scalar(QStringLiteral("SELECT pg_current_wal_lsn()::text")).toString();
}

bool caughtUp(Database& standby, const QString& lsn)
{
    if (lsn.isEmpty() || !standby.isPostgres() || !standby.isStandby())
        return true;
    // NULL (a server that left recovery since it was asked) counts as caught up: it replays nothing more.
    return standby
        .scalar(QStringLiteral("SELECT coalesce(pg_last_wal_replay_lsn() >= ?::pg_lsn, true)"), {lsn})
        .toBool();
}

} // namespace StandbyReads

} // namespace fusion
