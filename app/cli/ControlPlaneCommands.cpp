// fusionctl settings, and one operation: its drawer (show), re-run, the automation's report, and the freeze.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "app/cli/TimeText.h"
#include "models/controlplane/OperationLog.h"
#include "models/controlplane/PlatformSettings.h"
#include "models/itemmodels/OperationListModel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fusion::cli {

namespace {

QString limitText(const std::optional<int>& limit)
{
    return limit ? QString::number(*limit) : tr("none");
}

// ---- settings -------------------------------------------------------------------------------------------

int settingsShow(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PlatformSettingsValues v = PlatformSettings::read(c.db);
    QJsonObject limits;
    for (const QString& env : PlatformSettings::environments())
        limits.insert(env, v.softLimits.value(env) ? QJsonValue(*v.softLimits.value(env)) : QJsonValue());
    const int tenants = PlatformSettings::tenantCount(c.db);
    Fields f;
    f.add(tr("Environment"), QStringLiteral("environment"),
          QStringLiteral("%1 (%2)").arg(PlatformSettings::environmentLabel(v.environment), v.environment),
          v.environment)
        .add(tr("Tenants"), QStringLiteral("tenants"),
             v.currentLimit() ? tr("%1 of a soft limit of %2").arg(tenants).arg(*v.currentLimit())
                              : tr("%1 (no limit)").arg(tenants),
             tenants)
        .add(tr("Operations"), QStringLiteral("operations_frozen"),
             v.frozen ? PlatformSettings::freezeProblem(v) : tr("running normally"), v.frozen)
        .add(tr("Runbooks"), QStringLiteral("runbook_base_url"),
             v.runbookBaseUrl.isEmpty() ? tr("none") : v.runbookBaseUrl, v.runbookBaseUrl)
        .json(QStringLiteral("freeze_reason"), v.freezeReason)
        .json(QStringLiteral("frozen_by"), v.frozenBy)
        .json(QStringLiteral("frozen_at"), timeJson(v.frozenAt))
        .json(QStringLiteral("soft_tenant_limits"), limits);
    c.show(f, [&] {
        QList<QPair<QString, QString>> rows;
        for (const QString& env : PlatformSettings::environments())
            rows << qMakePair(tr("Limit in %1").arg(env), limitText(v.softLimits.value(env)));
        c.console.keyValues(rows);
    });
    return ExitOk;
}

int settingsEnvironment(Context& c)
{
    const QString env = c.args.requirePositional(tr("environment"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(PlatformSettings::planSetEnvironment(c.db, env), [&c,
                                                                                 env](const QJsonObject& o) {
        c.report(o, tr("This database is now marked as %1.").arg(PlatformSettings::environmentLabel(env)));
    });
}

int settingsLimit(Context& c)
{
    const QString env = c.args.requirePositional(tr("environment"));
    const QString value = c.args.requirePositional(tr("limit"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    std::optional<int> limit;
    if (value != QLatin1String("none")) {
        const auto n = Args::wholeNumber(value, {1, 1000000});
        if (!n)
            return c.usage(Args::invalid(tr("limit"), tr("a number from 1 to 1000000, or none"), value));
        limit = int(*n);
    }
    return c.confirmAndExecute(
        PlatformSettings::planSetLimit(c.db, env, limit), [&c, env, limit](const QJsonObject& o) {
            c.report(o, tr("The soft tenant limit of %1 is now %2.").arg(env, limitText(limit)));
        });
}

int settingsRunbooks(Context& c)
{
    const QString value = c.args.requirePositional(tr("runbook address"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QString url = value == QLatin1String("none") ? QString() : value;
    return c.confirmAndExecute(
        PlatformSettings::planSetRunbookBaseUrl(c.db, url), [&c](const QJsonObject& o) {
            const QString saved = o.value(QStringLiteral("runbook_base_url")).toString();
            c.report(o, saved.isEmpty() ? tr("Failed operations link to no runbook.")
                                        : tr("Failed operations link to runbooks under %1.").arg(saved));
        });
}

int operationsFreeze(Context& c)
{
    const QString reason = c.args.option(QStringLiteral("reason")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(PlatformSettings::planFreeze(c.db, reason), [&c](const QJsonObject& o) {
        c.report(o, tr("Operations are frozen: nothing new starts until they are unfrozen."));
    });
}

int operationsUnfreeze(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(PlatformSettings::planUnfreeze(c.db),
                               [&c](const QJsonObject& o) { c.report(o, tr("Operations are unfrozen.")); });
}

// ---- one operation --------------------------------------------------------------------------------------

int operationsShow(Context& c)
{
    const qint64 id = c.args.idPositional(tr("operation id")).value_or(0);
    const QString severity = c.args.option(QStringLiteral("severity")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const OperationDetail d = OperationLog::detail(c.db, id, severity);
    const Operation& o = d.operation;
    QJsonArray events;
    for (const OperationEvent& e : d.events)
        events.append(QJsonObject{{QStringLiteral("at"), timeJson(e.at)},
                                  {QStringLiteral("severity"), e.severity},
                                  {QStringLiteral("message"), e.message},
                                  {QStringLiteral("recorded_by"), e.recordedBy}});
    QJsonArray reruns;
    for (qint64 r : d.rerunBy)
        reruns.append(r);
    Fields f;
    f.add(tr("Operation"), QStringLiteral("id"), QString::number(o.id), o.id)
        .add(tr("Tenant"), QStringLiteral("tenant"), o.tenantSlug)
        .add(tr("Type"), QStringLiteral("type"), OperationListModel::typeLabel(o.type), o.type)
        .add(tr("Status"), QStringLiteral("status"), OperationListModel::statusLabel(o.status), o.status)
        .add(tr("Started by"), QStringLiteral("trigger_source"),
             QStringLiteral("%1 (%2)").arg(o.actor, o.triggerSource), o.triggerSource)
        .json(QStringLiteral("actor"), o.actor)
        .add(tr("Created"), QStringLiteral("created_at"), timeText(o.createdAt), timeJson(o.createdAt))
        .add(tr("Scheduled"), QStringLiteral("scheduled_for"),
             d.scheduledFor.isValid()
                 ? (d.windowName.isEmpty() ? timeText(d.scheduledFor)
                                           : tr("%1 (window \"%2\", wave %3)")
                                                 .arg(timeText(d.scheduledFor), d.windowName)
                                                 .arg(d.wave))
                 : QStringLiteral("-"),
             timeJson(d.scheduledFor))
        .add(tr("Started"), QStringLiteral("started_at"), timeText(o.startedAt), timeJson(o.startedAt))
        .add(tr("Finished"), QStringLiteral("finished_at"), timeText(o.finishedAt), timeJson(o.finishedAt))
        .add(tr("Image"), QStringLiteral("image"),
             d.imageReference.isEmpty() ? QStringLiteral("-") : d.imageReference, d.imageReference)
        .add(tr("Error"), QStringLiteral("error"),
             d.errorMessage.isEmpty() ? QStringLiteral("-") : d.errorMessage, d.errorMessage)
        .add(tr("Runbook"), QStringLiteral("runbook_url"),
             d.runbookUrl.isEmpty() ? QStringLiteral("-") : d.runbookUrl, d.runbookUrl)
        .add(tr("Runbook (in app)"), QStringLiteral("runbook"),
             d.runbookType.isEmpty()
                 ? QStringLiteral("-")
                 : tr("%1 (fusionctl runbooks show %2)").arg(d.runbookTitle, d.runbookType),
             d.runbookType)
        .add(tr("Logs"), QStringLiteral("logs_url"), o.logsUrl.isEmpty() ? QStringLiteral("-") : o.logsUrl,
             o.logsUrl)
        .add(tr("Execution"), QStringLiteral("external_ref"),
             d.externalRef.isEmpty() ? QStringLiteral("-")
             : d.executionUrl.isValid()
                 ? QStringLiteral("%1 (%2)").arg(d.externalRef, d.executionUrl.toString())
                 : d.externalRef,
             d.externalRef)
        .json(QStringLiteral("execution_url"), d.executionUrl.toString())
        .add(tr("Re-run of"), QStringLiteral("rerun_of"),
             d.rerunOf ? QString::number(*d.rerunOf) : QStringLiteral("-"),
             d.rerunOf ? QJsonValue(*d.rerunOf) : QJsonValue())
        .json(QStringLiteral("rerun_by"), reruns)
        .json(QStringLiteral("payload"), QJsonDocument::fromJson(o.payload.toUtf8()).object())
        .json(QStringLiteral("events"), events)
        .json(QStringLiteral("events_capped"), d.eventsCapped);
    c.show(f, [&] {
        c.console.out(QString());
        if (d.events.isEmpty()) {
            c.console.out(tr("No log events%1.")
                              .arg(severity.isEmpty() ? QString() : tr(" at %1 or worse").arg(severity)));
            return;
        }
        QList<QStringList> rows;
        for (const OperationEvent& e : d.events)
            rows << QStringList{timeText(e.at), e.severity, e.message};
        c.console.table({tr("AT (UTC)"), tr("SEVERITY"), tr("MESSAGE")}, rows);
        if (d.eventsCapped)
            c.console.out(tr("Older events are not shown: the last %1 days, at most %2.")
                              .arg(OperationLog::kEventDays)
                              .arg(OperationLog::kMaxEvents));
    });
    return ExitOk;
}

int operationsRerun(Context& c)
{
    const qint64 id = c.args.idPositional(tr("operation id")).value_or(0);
    const auto window = c.args.intOption(QStringLiteral("window"), kPositive);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(OperationLog::planRerun(c.db, id, QStringLiteral("cli"), window),
                               [&c, id](const QJsonObject& o) {
                                   c.report(o, tr("Queued operation %1, a re-run of %2.")
                                                   .arg(o.value(QStringLiteral("operation_id")).toInteger())
                                                   .arg(id));
                               });
}

int operationsReport(Context& c)
{
    OperationLog::Report r;
    r.operationId = c.args.idPositional(tr("operation id")).value_or(0);
    r.status = c.args.option(QStringLiteral("status")).value_or(QString());
    r.message = c.args.option(QStringLiteral("message")).value_or(QString());
    r.severity = c.args.option(QStringLiteral("severity")).value_or(QStringLiteral("info"));
    r.logsUrl = c.args.option(QStringLiteral("logs-url")).value_or(QString());
    r.externalRef = c.args.option(QStringLiteral("execution")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(OperationLog::planReport(c.db, r), [&c, r](const QJsonObject& o) {
        c.report(o, tr("Recorded for operation %1.").arg(r.operationId));
    });
}

} // namespace

void registerControlPlaneCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("settings show"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "the environment, tenant limits and the operations freeze"),
           {},
           settingsShow});
    r.add({QStringLiteral("settings environment"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "dev|stage|prod"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "mark which environment this database runs"),
           {},
           settingsEnvironment});
    r.add({QStringLiteral("settings limit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ENV N|none"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "the soft tenant limit of an environment"),
           {},
           settingsLimit});
    r.add({QStringLiteral("settings runbooks"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "URL|none"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "where runbooks live: a failed operation links to URL/TYPE"),
           {},
           settingsRunbooks});
    r.add({QStringLiteral("operations show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID [--severity S]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "one operation with its schedule, links and log"),
           {},
           operationsShow});
    r.add(
        {QStringLiteral("operations rerun"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID [--window ID]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "queue a finished operation again with the same payload"),
         {},
         operationsRerun});
    r.add({QStringLiteral("operations report"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "ID [--status running|succeeded|failed] [--message M] [--severity S]\n"
                             "[--logs-url URL] [--execution REF]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "what the automation reports back on an operation"),
           {},
           operationsReport});
    r.add({QStringLiteral("operations freeze"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "--reason R"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "stop every new operation until unfrozen"),
           {},
           operationsFreeze});
    r.add({QStringLiteral("operations unfreeze"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "let operations start again"),
           {},
           operationsUnfreeze});
}

} // namespace fusion::cli
