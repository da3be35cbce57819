#include "models/controlplane/MaintenanceWindows.h"

#include "models/core/Error.h"

#include <QSqlQuery>

namespace fusion {

namespace {

MaintenanceWindow windowFrom(const QSqlQuery& q)
{
    MaintenanceWindow w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.startsAt = Database::toDateTime(q.value(2));
    w.endsAt = Database::toDateTime(q.value(3));
    w.notes = q.value(4).toString();
    w.createdBy = q.value(5).toString();
    w.cancelledAt = Database::toDateTime(q.value(6));
    w.rowVersion = q.value(7).toInt();
    w.scheduled = q.value(8).toInt();
    return w;
}

const QString kSelect = QStringLiteral(
    "SELECT w.id, w.name, w.starts_at, w.ends_at, w.notes, w.created_by, w.cancelled_at, w.row_version, "
    "(SELECT count(*) FROM operations o WHERE o.maintenance_window_id = w.id AND o.status = 'queued') "
    "FROM maintenance_windows w");

} // namespace

QList<MaintenanceWindow> MaintenanceWindows::list(Database& db, bool all)
{
    QList<MaintenanceWindow> out;
    QSqlQuery q = all ? db.exec(kSelect + QStringLiteral(" ORDER BY w.starts_at DESC, w.id DESC"))
                      : db.exec(kSelect + QStringLiteral(" WHERE w.cancelled_at IS NULL AND w.ends_at > ? "
                                                         "ORDER BY w.starts_at, w.id"),
                                {Database::nowText()});
    while (q.next())
        out << windowFrom(q);
    return out;
}

std::optional<MaintenanceWindow> MaintenanceWindows::find(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(kSelect + QStringLiteral(" WHERE w.id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return windowFrom(q);
}

QString MaintenanceWindows::spanText(const MaintenanceWindow& w)
{
    const QDateTime s = w.startsAt.toUTC();
    const QDateTime e = w.endsAt.toUTC();
    const QString end = s.date() == e.date() ? e.toString(QStringLiteral("HH:mm"))
                                             : e.toString(QStringLiteral("ddd d MMM HH:mm"));
    return tr("%1–%2 UTC").arg(s.toString(QStringLiteral("ddd d MMM yyyy HH:mm")), end);
}

PendingWrite MaintenanceWindows::planCreate(Database& db, const QString& name, const QDateTime& startsAt,
                                            const QDateTime& endsAt, const QString& notes)
{
    const QString title = name.trimmed();
    if (title.isEmpty() || title.size() > 120)
        throw Failure(ErrorKind::InvalidInput, tr("A window needs a name of 1 to 120 characters."));
    if (!startsAt.isValid() || !endsAt.isValid())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Give the start and the end as date and time, e.g. 2026-12-12T02:00Z."));
    if (endsAt <= startsAt)
        throw Failure(ErrorKind::InvalidInput, tr("The window must end after it starts."));
    if (endsAt <= QDateTime::currentDateTimeUtc())
        throw Failure(ErrorKind::InvalidInput, tr("That window is already over."));
    if (startsAt.secsTo(endsAt) > qint64(kMaxHours) * 3600)
        throw Failure(ErrorKind::InvalidInput, tr("A window lasts at most %1 days.").arg(kMaxHours / 24));
    if (notes.size() > 1000)
        throw Failure(ErrorKind::InvalidInput, tr("The notes are longer than 1,000 characters."));
    MaintenanceWindow w;
    w.name = title;
    w.startsAt = startsAt.toUTC();
    w.endsAt = endsAt.toUTC();
    PendingWrite write;
    write.plan.action = QStringLiteral("maintenance_window.create");
    write.plan.title = tr("Create the maintenance window \"%1\"").arg(title);
    write.plan.verb = tr("Create");
    write.plan.targetType = QStringLiteral("maintenance_window");
    write.plan.target = title;
    write.plan.changes << FieldChange{QStringLiteral("starts_at"), tr("Starts"), QVariant(), w.startsAt}
                       << FieldChange{QStringLiteral("ends_at"), tr("Ends"), QVariant(), w.endsAt};
    if (!notes.isEmpty())
        write.plan.changes << FieldChange{QStringLiteral("notes"), tr("Notes"), QVariant(), notes};
    const int overlapping =
        db.scalar(QStringLiteral("SELECT count(*) FROM maintenance_windows WHERE cancelled_at IS NULL AND "
                                 "starts_at < ? AND ends_at > ?"),
                  {Database::timeText(w.endsAt), Database::timeText(w.startsAt)})
            .toInt();
    write.plan.effects << tr("Shown on the dashboard until it ends (%1).").arg(spanText(w));
    if (overlapping > 0)
        write.plan.effects << tr("It overlaps %n other window(s).", nullptr, overlapping);
    write.apply = [w, notes](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral("INSERT INTO maintenance_windows (name, starts_at, ends_at, notes, created_by, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {w.name, Database::timeText(w.startsAt), Database::timeText(w.endsAt), notes, d.actor(),
             Database::nowText()});
        return QJsonObject{{QStringLiteral("window_id"), id}};
    };
    return write;
}

PendingWrite MaintenanceWindows::planCancel(Database& db, qint64 id)
{
    const auto w = find(db, id);
    if (!w)
        throw Failure(ErrorKind::NotFound, tr("There is no maintenance window %1.").arg(id));
    if (w->cancelled())
        throw Failure(ErrorKind::Conflict, tr("The window \"%1\" is already cancelled.").arg(w->name));
    const int running =
        db.scalar(QStringLiteral("SELECT count(*) FROM operations WHERE maintenance_window_id = ? "
                                 "AND status = 'running'"),
                  {id})
            .toInt();
    PendingWrite write;
    write.plan.action = QStringLiteral("maintenance_window.cancel");
    write.plan.title = tr("Cancel the maintenance window \"%1\"").arg(w->name);
    write.plan.verb = tr("Cancel window");
    write.plan.targetType = QStringLiteral("maintenance_window");
    write.plan.target = w->name;
    write.plan.destructive = w->scheduled > 0;
    write.plan.changes << FieldChange{QStringLiteral("cancelled"), tr("Cancelled"), false, true};
    write.plan.rowsAffected = w->scheduled;
    if (w->scheduled > 0)
        write.plan.effects << tr("%n operation(s) waiting in it are cancelled with it.", nullptr,
                                 w->scheduled);
    if (running > 0)
        write.plan.effects << tr("%n operation(s) already running in it carry on.", nullptr, running);
    const int version = w->rowVersion;
    write.apply = [id, version](Database& d) {
        const QString now = Database::nowText();
        QSqlQuery q =
            d.exec(QStringLiteral("UPDATE maintenance_windows SET cancelled_at = ?, cancelled_by = ?, "
                                  "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND "
                                  "cancelled_at IS NULL"),
                   {now, d.actor(), id, version});
        if (q.numRowsAffected() != 1)
            throw Failure(ErrorKind::Conflict,
                          tr("The window was changed meanwhile by another session; nothing "
                             "was cancelled. Look again."));
        QSqlQuery ops =
            d.exec(QStringLiteral("UPDATE operations SET status = 'cancelled', finished_at = ?, "
                                  "error_message = ? WHERE maintenance_window_id = ? AND status = "
                                  "'queued'"),
                   {now, tr("Its maintenance window was cancelled."), id});
        return QJsonObject{{QStringLiteral("window_id"), id},
                           {QStringLiteral("operations_cancelled"), ops.numRowsAffected()}};
    };
    return write;
}

} // namespace fusion
