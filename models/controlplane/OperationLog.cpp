#include "models/controlplane/OperationLog.h"

#include "models/controlplane/MaintenanceWindows.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/core/BoundedText.h"
#include "models/core/Error.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8n.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/support/Runbooks.h"
#include "models/vault/KeyVault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace fusion {

const QStringList& OperationLog::severities()
{
    static const QStringList all{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("error")};
    return all;
}

QString OperationLog::severityLabel(const QString& severity)
{
    if (severity == QLatin1String("debug"))
        return tr("Debug");
    if (severity == QLatin1String("info"))
        return tr("Info");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    if (severity == QLatin1String("error"))
        return tr("Error");
    return severity;
}

OperationDetail OperationLog::detail(Database& db, qint64 operationId, const QString& minSeverity)
{
    if (!minSeverity.isEmpty() && !severities().contains(minSeverity))
        throw Failure(ErrorKind::InvalidInput,
                      tr("The severity is debug, info, warning or error, not \"%1\".").arg(minSeverity));
    QSqlQuery q = db.exec(
        QStringLiteral(
            "SELECT o.id, o.tenant_id, COALESCE(t.slug, ''), o.type, o.status, o.payload, o.logs_url, "
            "o.trigger_source, o.actor, o.created_at, o.started_at, o.finished_at, o.scheduled_for, "
            "COALESCE(w.name, ''), COALESCE(o.wave, 0), COALESCE(g.image || ':' || g.tag, ''), "
            "o.rerun_of, o.external_ref, o.error_message FROM operations o LEFT JOIN tenants t ON t.id "
            "= o.tenant_id LEFT JOIN maintenance_windows w ON w.id = o.maintenance_window_id LEFT JOIN "
            "tested_image_tags g ON g.id = o.tested_tag_id WHERE o.id = ?"),
        {operationId});
    if (!q.next())
        throw Failure(ErrorKind::NotFound,
                      tr("There is no operation %1 (or your role may not see it).").arg(operationId));
    OperationDetail d;
    Operation& o = d.operation;
    o.id = q.value(0).toLongLong();
    o.tenantId = Database::toOptionalInt(q.value(1));
    o.tenantSlug = q.value(2).toString();
    o.type = q.value(3).toString();
    o.status = q.value(4).toString();
    o.payload = q.value(5).toString();
    o.logsUrl = q.value(6).toString();
    o.triggerSource = q.value(7).toString();
    o.actor = q.value(8).toString();
    o.createdAt = Database::toDateTime(q.value(9));
    o.startedAt = Database::toDateTime(q.value(10));
    o.finishedAt = Database::toDateTime(q.value(11));
    d.scheduledFor = Database::toDateTime(q.value(12));
    d.windowName = q.value(13).toString();
    d.wave = q.value(14).toInt();
    d.imageReference = q.value(15).toString();
    d.rerunOf = Database::toOptionalInt(q.value(16));
    d.externalRef = q.value(17).toString();
    d.errorMessage = q.value(18).toString();
    const QJsonObject payload = QJsonDocument::fromJson(o.payload.toUtf8()).object();
    const QString workflow = payload.value(QStringLiteral("workflow_id")).toString();
    // The instance that ran it (AutomationRun records it); runs from before there were several: "n8n".
    const QString instance = payload.value(QStringLiteral("n8n_instance")).toString(QStringLiteral("n8n"));
    if (!d.externalRef.isEmpty() && !workflow.isEmpty() && IntegrationEndpoints::isN8nInstance(instance)) {
        for (const Provider& p : KeyVault::providers(db)) {
            if (p.code != instance)
                continue; // an instance removed since: no link rather than a wrong one
            const QUrl n8n(p.effectiveBaseUrl());
            if (n8n.isValid() && !n8n.host().isEmpty())
                d.executionUrl = N8n::executionPageUrl(n8n, workflow, d.externalRef);
        }
    }
    if (o.status == QLatin1String("failed"))
        d.runbookUrl = PlatformSettings::runbookUrl(PlatformSettings::read(db).runbookBaseUrl, o.type);
    if (const auto runbook = Runbooks::find(db, o.type)) {
        d.runbookType = runbook->type;
        d.runbookTitle = runbook->title;
    }

    QSqlQuery reruns =
        db.exec(QStringLiteral("SELECT id FROM operations WHERE rerun_of = ? ORDER BY id"), {operationId});
    while (reruns.next())
        d.rerunBy << reruns.value(0).toLongLong();

    QStringList wanted = severities();
    if (!minSeverity.isEmpty())
        wanted = wanted.mid(wanted.indexOf(minSeverity));
    QString marks;
    QVariantList params{operationId,
                        Database::timeText(QDateTime::currentDateTimeUtc().addDays(-kEventDays))};
    for (const QString& s : wanted) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        params << s;
    }
    params << kMaxEvents + 1;
    QSqlQuery e =
        db.exec(QStringLiteral("SELECT id, at, severity, message, recorded_by FROM operation_events "
                               "WHERE operation_id = ? AND at >= ? AND severity IN (") +
                    marks + QStringLiteral(") ORDER BY at DESC, id DESC LIMIT ?"),
                params);
    while (e.next()) {
        if (d.events.size() == kMaxEvents) {
            d.eventsCapped = true;
            break;
        }
        d.events << OperationEvent{e.value(0).toLongLong(), Database::toDateTime(e.value(1)),
                                   e.value(2).toString(), e.value(3).toString(), e.value(4).toString()};
    }
    if (!d.eventsCapped)
        d.eventsCapped =
            db.scalar(QStringLiteral("SELECT count(*) FROM operation_events WHERE operation_id = ? "
                                     "AND at < ?"),
                      {operationId, params[1]})
                .toInt() > 0;
    return d;
}

PendingWrite OperationLog::planRerun(Database& db, qint64 operationId, const QString& triggerSource,
                                     std::optional<qint64> windowId)
{
    const OperationDetail previous = detail(db, operationId);
    const Operation& o = previous.operation;
    if (o.status == QLatin1String("queued") || o.status == QLatin1String("running"))
        throw Failure(ErrorKind::InvalidInput, tr("Operation %1 is still %2: re-run it once it has finished.")
                                                   .arg(operationId)
                                                   .arg(OperationListModel::statusLabel(o.status)));
    if (!o.tenantId)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Operation %1 belongs to no tenant any more.").arg(operationId));
    const bool upgrade = o.type == QLatin1String("upgrade_image");
    std::optional<MaintenanceWindow> window;
    QDateTime at;
    if (upgrade) {
        if (!windowId)
            throw Failure(
                ErrorKind::InvalidInput,
                tr("An image upgrade runs in a maintenance window: choose the window to re-run it in."));
        window = MaintenanceWindows::find(db, *windowId);
        if (!window)
            throw Failure(ErrorKind::NotFound, tr("There is no maintenance window %1.").arg(*windowId));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (window->cancelled() || window->endsAt <= now.addSecs(60))
            throw Failure(ErrorKind::InvalidInput,
                          tr("The window \"%1\" is cancelled or over.").arg(window->name));
        at = window->startsAt > now ? window->startsAt : now.addSecs(60);
    } else if (windowId) {
        throw Failure(ErrorKind::InvalidInput,
                      tr("Only an image upgrade is scheduled in a maintenance window."));
    }
    PendingWrite write;
    write.plan.action = QStringLiteral("operation.rerun");
    write.plan.title = tr("Re-run operation %1 (%2) for %3")
                           .arg(operationId)
                           .arg(OperationListModel::typeLabel(o.type), o.tenantSlug);
    write.plan.verb = tr("Re-run");
    write.plan.targetType = QStringLiteral("operation");
    write.plan.target = QString::number(operationId);
    write.plan.tenantId = o.tenantId;
    write.plan.changes << FieldChange{QStringLiteral("type"), tr("Operation"), QVariant(),
                                      OperationListModel::typeLabel(o.type)}
                       << FieldChange{QStringLiteral("payload"), tr("Payload"), QVariant(), o.payload};
    if (upgrade)
        write.plan.changes << FieldChange{QStringLiteral("scheduled_for"), tr("Scheduled for"), QVariant(),
                                          at};
    write.plan.effects
        << tr("A new queued operation for the automation; operation %1 stays as it was.").arg(operationId);
    const qint64 tenantId = *o.tenantId;
    const QString type = o.type;
    const QString payload = o.payload;
    const QString source = triggerSource;
    const std::optional<qint64> wid = windowId;
    write.apply = [operationId, tenantId, type, payload, source, wid, at, upgrade](Database& d) {
        const qint64 id = d.insertReturningId(
            QStringLiteral(
                "INSERT INTO operations (tenant_id, type, status, payload, trigger_source, actor, "
                "created_at, rerun_of, scheduled_for, maintenance_window_id, tested_tag_id) SELECT ?, ?, "
                "'queued', ?, ?, ?, ?, ?, ?, ?, tested_tag_id FROM operations WHERE id = ?"),
            {tenantId, type, payload, source, d.actor(), Database::nowText(), operationId,
             upgrade ? QVariant(Database::timeText(at)) : QVariant(), wid ? QVariant(*wid) : QVariant(),
             operationId});
        return QJsonObject{{QStringLiteral("operation_id"), id}, {QStringLiteral("rerun_of"), operationId}};
    };
    return write;
}

PendingWrite OperationLog::planReport(Database& db, const Report& r)
{
    static const QStringList statuses{QStringLiteral("running"), QStringLiteral("succeeded"),
                                      QStringLiteral("failed")};
    if (!r.status.isEmpty() && !statuses.contains(r.status))
        throw Failure(ErrorKind::InvalidInput,
                      tr("A report's status is running, succeeded or failed, not \"%1\".").arg(r.status));
    if (!severities().contains(r.severity))
        throw Failure(ErrorKind::InvalidInput,
                      tr("The severity is debug, info, warning or error, not \"%1\".").arg(r.severity));
    const QString message = r.message.trimmed();
    if (message.size() > 4000)
        throw Failure(ErrorKind::InvalidInput, tr("A log message is at most 4,000 characters."));
    if (r.status == QLatin1String("failed") && message.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Say why it failed (--message): the people on call read it."));
    if (!r.logsUrl.isEmpty()) {
        const QUrl url(r.logsUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            throw Failure(ErrorKind::InvalidInput, tr("The logs URL must be an http or https address."));
    }
    if (r.externalRef.size() > 200)
        throw Failure(ErrorKind::InvalidInput, tr("An execution id is at most 200 characters."));
    if (r.status.isEmpty() && message.isEmpty() && r.logsUrl.isEmpty() && r.externalRef.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("Nothing to report: give a status, a message, a logs URL or an "
                         "execution id."));
    // The operation as this login may see it; the automation role reads operations but not their details.
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT o.status, o.type, o.tenant_id, o.logs_url, o.external_ref FROM "
                               "operations o WHERE o.id = ?"),
                {r.operationId});
    if (!q.next())
        throw Failure(ErrorKind::NotFound,
                      tr("There is no operation %1 (or your role may not see it).").arg(r.operationId));
    const QString before = q.value(0).toString();
    const std::optional<qint64> tenantId = Database::toOptionalInt(q.value(2));
    const QString oldLogs = q.value(3).toString();
    const QString oldRef = q.value(4).toString();
    if (!r.status.isEmpty() && r.status != before &&
        (before == QLatin1String("succeeded") || before == QLatin1String("failed") ||
         before == QLatin1String("cancelled")))
        throw Failure(
            ErrorKind::Conflict,
            tr("Operation %1 is already %2; its status cannot change.").arg(r.operationId).arg(before));

    if (r.status == QLatin1String("running") && before == QLatin1String("queued"))
        if (const QString frozen = PlatformSettings::freezeProblem(PlatformSettings::read(db));
            !frozen.isEmpty())
            throw Failure(ErrorKind::Conflict, frozen);

    PendingWrite write;
    write.plan.action = QStringLiteral("operation.report");
    write.plan.title = tr("Report on operation %1").arg(r.operationId);
    write.plan.verb = tr("Report");
    write.plan.targetType = QStringLiteral("operation");
    write.plan.target = QString::number(r.operationId);
    write.plan.tenantId = tenantId;
    if (!r.status.isEmpty() && r.status != before)
        write.plan.changes << FieldChange{QStringLiteral("status"), tr("Status"), before, r.status};
    if (!r.logsUrl.isEmpty() && r.logsUrl != oldLogs)
        write.plan.changes << FieldChange{QStringLiteral("logs_url"), tr("Logs"), oldLogs, r.logsUrl};
    if (!r.externalRef.isEmpty() && r.externalRef != oldRef)
        write.plan.changes << FieldChange{QStringLiteral("external_ref"), tr("Execution"), oldRef,
                                          r.externalRef};
    if (!message.isEmpty())
        write.plan.effects << tr("Adds to its log (%1): %2")
                                  .arg(severityLabel(r.severity), BoundedText::oneLine(message, 200));
    const Report report{r.operationId, r.status, message, r.severity, r.logsUrl, r.externalRef};
    write.apply = [report, before](Database& d) {
        const QString now = Database::nowText();
        if (!report.status.isEmpty() && report.status != before) {
            const bool finished = report.status != QLatin1String("running");
            QSqlQuery u = d.exec(
                QStringLiteral(
                    "UPDATE operations SET status = ?, started_at = COALESCE(started_at, ?), "
                    "finished_at = CASE WHEN ? THEN ? ELSE finished_at END, error_message = CASE WHEN ? "
                    "THEN ? ELSE error_message END WHERE id = ? AND status = ?"),
                {report.status, now, finished, now, report.status == QLatin1String("failed"),
                 report.message.left(2000), report.operationId, before});
            if (u.numRowsAffected() != 1)
                throw Failure(ErrorKind::Conflict,
                              tr("Operation %1 changed meanwhile; nothing was recorded. Look again.")
                                  .arg(report.operationId));
        }
        if (!report.logsUrl.isEmpty())
            d.exec(QStringLiteral("UPDATE operations SET logs_url = ? WHERE id = ?"),
                   {report.logsUrl, report.operationId});
        if (!report.externalRef.isEmpty())
            d.exec(QStringLiteral("UPDATE operations SET external_ref = ? WHERE id = ?"),
                   {report.externalRef, report.operationId});
        if (!report.message.isEmpty())
            d.exec(QStringLiteral(
                       "INSERT INTO operation_events (operation_id, at, severity, message, recorded_by) "
                       "VALUES (?, ?, ?, ?, ?)"),
                   {report.operationId, now, report.severity, report.message, d.actor()});
        return QJsonObject{{QStringLiteral("operation_id"), report.operationId},
                           {QStringLiteral("status"), report.status.isEmpty() ? before : report.status}};
    };
    return write;
}

} // namespace fusion
