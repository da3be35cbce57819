#include "models/ai/AiRetention.h"

#include "models/storage/Database.h"

#include <QSqlQuery>

namespace fusion {

namespace {

// The text form both stores compare timestamps in (Database::nowText's format).
QString retentionTimeText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

AiPruneCounts retentionCountsFrom(QSqlQuery q)
{
    AiPruneCounts c;
    if (q.next()) {
        c.auditRows = q.value(0).toLongLong();
        c.idleThreads = q.value(1).toLongLong();
    }
    return c;
}

} // namespace

AiSettings AiRetention::settings(Database& db)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT audit_retention_days, thread_idle_days, updated_by, updated_at, "
                               "row_version FROM ai_settings WHERE id = 1"));
    AiSettings s;
    if (q.next()) {
        s.auditRetentionDays = q.value(0).toInt();
        s.threadIdleDays = q.value(1).toInt();
        s.updatedBy = q.value(2).toString();
        s.updatedAt = Database::toDateTime(q.value(3));
        s.rowVersion = q.value(4).toInt();
    }
    return s;
}

PendingWrite AiRetention::planSettings(Database& db, std::optional<int> auditRetentionDays,
                                       std::optional<int> threadIdleDays)
{
    const AiSettings now = settings(db);
    for (const std::optional<int>& days : {auditRetentionDays, threadIdleDays}) {
        if (days && (*days < 1 || *days > 3650))
            throw Failure(ErrorKind::InvalidInput, tr("A period is a whole number of days from 1 to 3650."));
    }
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("ai.settings");
    plan.title = tr("Change how long the AI platform keeps its records");
    plan.verb = tr("Save");
    plan.targetType = QStringLiteral("ai_settings");
    plan.target = QStringLiteral("ai");
    const int retention = auditRetentionDays.value_or(now.auditRetentionDays);
    const int idle = threadIdleDays.value_or(now.threadIdleDays);
    if (retention != now.auditRetentionDays) {
        plan.changes << FieldChange{QStringLiteral("audit_retention_days"), tr("AI audit kept for (days)"),
                                    now.auditRetentionDays, retention};
        if (retention < now.auditRetentionDays)
            plan.effects << tr("The next prune deletes AI audit rows older than %n day(s).", nullptr,
                               retention);
    }
    if (idle != now.threadIdleDays)
        plan.changes << FieldChange{QStringLiteral("thread_idle_days"),
                                    tr("Threads closed after idle (days)"), now.threadIdleDays, idle};
    if (plan.changes.isEmpty())
        return write;
    plan.rowsAffected = 1;
    const int version = now.rowVersion;
    write.apply = [retention, idle, version](Database& d) {
        const QSqlQuery q =
            d.exec(QStringLiteral("UPDATE ai_settings SET audit_retention_days = ?, thread_idle_days = ?, "
                                  "updated_by = ?, updated_at = ?, row_version = row_version + 1 "
                                  "WHERE id = 1 AND row_version = ?"),
                   {retention, idle, d.actor(), Database::nowText(), version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The settings were changed by someone else meanwhile; nothing was changed."));
        return QJsonObject{};
    };
    return write;
}

AiPruneCounts AiRetention::preview(Database& db, const QDateTime& asOf)
{
    if (db.isPostgres())
        return retentionCountsFrom(db.exec(
            QStringLiteral(
                "SELECT audit_pruned, threads_closed FROM fusion_ai_prune_preview(CAST(? AS timestamptz))"),
            {retentionTimeText(asOf)}));
    const AiSettings s = settings(db);
    return retentionCountsFrom(db.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM ai_audit WHERE occurred_at < ?), (SELECT count(*) FROM "
                       "ai_threads WHERE state = 'active' AND last_message_at < ?)"),
        {retentionTimeText(asOf.addDays(-s.auditRetentionDays)),
         retentionTimeText(asOf.addDays(-s.threadIdleDays))}));
}

PendingWrite AiRetention::planPrune(Database& db, const QDateTime& asOf)
{
    const AiSettings s = settings(db);
    const AiPruneCounts counts = preview(db, asOf);
    PendingWrite write;
    WritePlan& plan = write.plan;
    plan.action = QStringLiteral("ai.prune");
    plan.title = tr("Prune the AI platform's records");
    plan.verb = tr("Prune");
    plan.targetType = QStringLiteral("ai_settings");
    plan.target = QStringLiteral("ai");
    if (counts.auditRows == 0 && counts.idleThreads == 0)
        return write;
    if (counts.auditRows > 0)
        plan.effects << tr("Deletes %n AI audit row(s) older than %1 days.", nullptr, int(counts.auditRows))
                            .arg(s.auditRetentionDays);
    if (counts.idleThreads > 0)
        plan.effects << tr("Closes %n thread(s) without a message for %1 days.", nullptr,
                           int(counts.idleThreads))
                            .arg(s.threadIdleDays);
    plan.rowsAffected = counts.auditRows + counts.idleThreads;
    const QDateTime at = asOf;
    const AiSettings kept = s;
    write.apply = [at, kept](Database& d) {
        AiPruneCounts done;
        if (d.isPostgres()) {
            // The function acts past row-level security with the settings as they are when it runs.
            done = retentionCountsFrom(d.exec(
                QStringLiteral(
                    "SELECT audit_pruned, threads_closed FROM fusion_ai_prune(CAST(? AS timestamptz))"),
                {retentionTimeText(at)}));
        } else {
            done.auditRows = d.exec(QStringLiteral("DELETE FROM ai_audit WHERE occurred_at < ?"),
                                    {retentionTimeText(at.addDays(-kept.auditRetentionDays))})
                                 .numRowsAffected();
            done.idleThreads =
                d.exec(QStringLiteral("UPDATE ai_threads SET state = 'closed', closed_at = ?, row_version = "
                                      "row_version + 1 WHERE state = 'active' AND last_message_at < ?"),
                       {retentionTimeText(at), retentionTimeText(at.addDays(-kept.threadIdleDays))})
                    .numRowsAffected();
        }
        return QJsonObject{{QStringLiteral("audit_pruned"), done.auditRows},
                           {QStringLiteral("threads_closed"), done.idleThreads}};
    };
    return write;
}

} // namespace fusion
