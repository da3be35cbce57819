// fusionctl automation: the n8n instances (n8n, n8n-eu, …; --instance picks one, n8n unless given), their
// workflows and executions read with the instance's API key from the keychain, workflows
// activated and deactivated (asked first and audited: models/jobs/WorkflowToggle), and a workflow's webhook
// run for a tenant as an operation (models/jobs/AutomationRun).
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/IntegrationCli.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8nClient.h"
#include "models/integrations/N8nInstance.h"
#include "models/jobs/AutomationRun.h"
#include "models/jobs/WorkflowToggle.h"
#include "models/tenants/TenantRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {

using namespace integration;

QJsonObject workflowJson(const N8nWorkflow& w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("active"), w.active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(w.tags)},
            {QStringLiteral("tenants"), QJsonArray::fromStringList(w.tenants())},
            {QStringLiteral("updated_at"), timeJson(w.updatedAt)}};
}

QJsonObject executionJson(const N8nExecution& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("workflow_id"), e.workflowId},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("mode"), e.mode},
            {QStringLiteral("finished"), e.finished},
            {QStringLiteral("started_at"), timeJson(e.startedAt)},
            {QStringLiteral("stopped_at"), timeJson(e.stoppedAt)}};
}

// --instance CODE (default n8n): read before finishArgs() so that a stray option is still reported.
QString automationInstanceOption(Context& c)
{
    return c.args.option(QStringLiteral("instance")).value_or(QStringLiteral("n8n"));
}

// An instance that is not one (unknown, or not an n8n provider) is a usage error: nothing is asked.
int automationCheckInstance(Context& c, const QString& instance)
{
    try {
        IntegrationEndpoints::requireN8nInstance(c.db, instance);
    } catch (const Failure& f) {
        return c.usage(f.error().message);
    }
    return ExitOk;
}

int automationInstances(Context& c)
{
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const QList<N8nInstanceInfo> list = N8nInstance::instances(c.db);
    QJsonArray json;
    QList<QStringList> rows;
    for (const N8nInstanceInfo& i : list) {
        json.append(
            QJsonObject{{QStringLiteral("code"), i.code},
                        {QStringLiteral("name"), i.name},
                        {QStringLiteral("address"), i.address},
                        {QStringLiteral("key_set"), i.keySet},
                        {QStringLiteral("problem"), i.setupProblem.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(i.setupProblem)}});
        rows << QStringList{i.code, i.name, i.address.isEmpty() ? QStringLiteral("-") : i.address,
                            i.keySet ? tr("yes") : tr("no"),
                            i.setupProblem.isEmpty() ? QStringLiteral("-") : i.setupProblem};
    }
    c.report(
        json,
        rows.isEmpty() ? std::optional<QString>()
                       : table({tr("CODE"), tr("NAME"), tr("ADDRESS"), tr("KEY SET"), tr("PROBLEM")}, rows),
        rows.isEmpty() ? tr("There is no n8n instance; add one with \"fusionctl keys provider add n8n --name "
                            "n8n --base-url URL\".")
                       : QString());
    return ExitOk;
}

int automationWorkflows(Context& c)
{
    const QString instance = automationInstanceOption(c);
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString active = c.args.option(QStringLiteral("active")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (const int exit = automationCheckInstance(c, instance); exit != ExitOk)
        return exit;
    N8nWorkflowFilter filter;
    if (active == QLatin1String("yes"))
        filter.active = true;
    else if (active == QLatin1String("no"))
        filter.active = false;
    else if (!active.isEmpty())
        return c.usage(tr("--active is yes or no, not \"%1\"").arg(active));
    if (!tenant.isEmpty()) {
        TenantRepository(c.db).requireBySlug(tenant);
        filter.tags << N8n::tenantTag(tenant);
    }
    const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(c.db, instance);
    withSecret(c, api, [&c, api, filter, tenant](const KeySecret& secret) {
        auto* client = new N8nClient(api.baseUrl, c.owner);
        client->listWorkflows(
            filter, secret.key, [&c, client, tenant](const Result<QList<N8nWorkflow>>& result) {
                client->deleteLater();
                if (!result)
                    return c.done(c.fail(result.error()));
                QJsonArray json;
                QList<QStringList> rows;
                for (const N8nWorkflow& w : result.value()) {
                    json.append(workflowJson(w));
                    rows << QStringList{w.id, w.active ? tr("yes") : tr("no"),
                                        w.tenants().join(QLatin1Char(',')), w.name};
                }
                c.report(json,
                         rows.isEmpty() ? std::optional<QString>()
                                        : table({tr("ID"), tr("ACTIVE"), tr("TENANTS"), tr("NAME")}, rows),
                         rows.isEmpty()
                             ? (tenant.isEmpty()
                                    ? tr("n8n has no such workflows.")
                                    : tr("n8n has no workflows tagged %1.").arg(N8n::tenantTag(tenant)))
                             : QString());
                c.done(ExitOk);
            });
    });
    return ExitPending;
}

int automationExecutions(Context& c)
{
    const QString instance = automationInstanceOption(c);
    N8nExecutionFilter filter;
    filter.workflowId = c.args.option(QStringLiteral("workflow")).value_or(QString());
    filter.status = c.args.option(QStringLiteral("status")).value_or(QString());
    const int limit = int(c.args.intOption(QStringLiteral("limit"), {1, N8n::kMaxLimit}).value_or(20));
    const QString cursor = c.args.option(QStringLiteral("cursor")).value_or(QString());
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (const int exit = automationCheckInstance(c, instance); exit != ExitOk)
        return exit;
    if (all && !cursor.isEmpty())
        return c.usage(tr("--all reads every page: it takes no --cursor"));
    const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(c.db, instance);
    const auto print = [&c](const QList<N8nExecution>& list, const QString& next) {
        QJsonArray json;
        QList<QStringList> rows;
        for (const N8nExecution& e : list) {
            json.append(executionJson(e));
            rows << QStringList{e.id,   e.workflowId,          e.status,
                                e.mode, timeText(e.startedAt), timeText(e.stoppedAt)};
        }
        const QString note = !next.isEmpty()
                                 ? tr("More: add --cursor %1 for the next page, or --all.").arg(next)
                             : rows.isEmpty() ? tr("n8n has no such executions.")
                                              : QString();
        c.report(QJsonObject{{QStringLiteral("executions"), json},
                             {QStringLiteral("next_cursor"),
                              next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)}},
                 rows.isEmpty() ? std::optional<QString>()
                                : table({tr("ID"), tr("WORKFLOW"), tr("STATUS"), tr("MODE"),
                                         tr("STARTED (UTC)"), tr("STOPPED (UTC)")},
                                        rows),
                 note);
        c.done(ExitOk);
    };
    withSecret(c, api, [&c, api, filter, limit, cursor, all, print](const KeySecret& secret) {
        auto* client = new N8nClient(api.baseUrl, c.owner);
        if (all)
            return client->allExecutions(filter, secret.key,
                                         [&c, client, print](const Result<QList<N8nExecution>>& result) {
                                             client->deleteLater();
                                             if (!result)
                                                 return c.done(c.fail(result.error()));
                                             print(result.value(), {});
                                         });
        client->executionsPage(filter, limit, cursor, secret.key,
                               [&c, client, print](const Result<N8nExecutionPage>& result) {
                                   client->deleteLater();
                                   if (!result)
                                       return c.done(c.fail(result.error()));
                                   print(result.value().executions, result.value().nextCursor);
                               });
    });
    return ExitPending;
}

int automationSetActive(Context& c, bool active)
{
    WorkflowToggle::Request request;
    request.workflowId = c.args.requirePositional(tr("workflow id"));
    request.active = active;
    request.instance = automationInstanceOption(c);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (const int exit = automationCheckInstance(c, request.instance); exit != ExitOk)
        return exit;
    if (!WorkflowToggle::isValidWorkflowId(request.workflowId))
        return c.usage(tr("\"%1\" is not an n8n workflow id").arg(request.workflowId));
    auto* job = new WorkflowToggle(jobHost(c), QCoreApplication::instance());
    showProgress(c, job);
    job->start(request, [&c, job, active](const Result<WorkflowToggle::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const N8nWorkflow& w = result.value().workflow;
        c.report(workflowJson(w),
                 (w.active ? tr("Workflow %1 (%2) is active.") : tr("Workflow %1 (%2) is inactive."))
                     .arg(w.id, w.name));
        c.done(w.active == active ? ExitOk : ExitError);
    });
    return ExitPending;
}

int automationActivate(Context& c)
{
    return automationSetActive(c, true);
}

int automationDeactivate(Context& c)
{
    return automationSetActive(c, false);
}

int automationRun(Context& c)
{
    AutomationRun::Request request;
    request.workflowId = c.args.requirePositional(tr("workflow id"));
    request.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    request.webhookPath = c.args.option(QStringLiteral("path")).value_or(QString());
    request.operationType = c.args.option(QStringLiteral("type")).value_or(QString());
    request.instance = automationInstanceOption(c);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (const int exit = automationCheckInstance(c, request.instance); exit != ExitOk)
        return exit;
    if (request.tenantSlug.isEmpty())
        return c.usage(tr("automation run needs --tenant SLUG"));
    if (request.webhookPath.isEmpty())
        return c.usage(tr("automation run needs the workflow's webhook path (--path)"));
    QString why;
    if (AutomationRun::operationTypeFor(request.webhookPath, request.operationType, &why).isEmpty())
        return c.usage(why + QLatin1Char(' ') + tr("Use --type TYPE."));
    auto* job = new AutomationRun(jobHost(c), QCoreApplication::instance());
    showProgress(c, job);
    job->start(request, [&c, job](const Result<AutomationRun::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const AutomationRun::Outcome& o = result.value();
        QJsonObject json{{QStringLiteral("operation_id"), o.operationId},
                         {QStringLiteral("started"), o.started},
                         {QStringLiteral("execution_id"),
                          o.executionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.executionId)},
                         {QStringLiteral("execution_url"), o.executionUrl.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(o.executionUrl.toString())}};
        if (!o.started) {
            json.insert(QStringLiteral("error"), o.failure);
            c.report(json, std::nullopt,
                     tr("fusionctl: operation %1 failed: %2").arg(o.operationId).arg(o.failure));
            return c.done(ExitError);
        }
        QString text =
            o.executionId.isEmpty()
                ? tr("Operation %1 is running; n8n's execution is not known: %2")
                      .arg(o.operationId)
                      .arg(o.note)
                : tr("Operation %1 is running as n8n execution %2.").arg(o.operationId).arg(o.executionId);
        if (!o.executionUrl.isEmpty())
            text += QLatin1Char('\n') + o.executionUrl.toString();
        c.report(json, text);
        c.done(ExitOk);
    });
    return ExitPending;
}

} // namespace

void registerAutomationCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("automation instances"),
           {},
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "the n8n instances (providers n8n and n8n-…): address, whether the API key is "
                             "set, what is missing; every automation command takes --instance CODE (default "
                             "n8n)"),
           {},
           automationInstances});
    r.add({QStringLiteral("automation workflows"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG] [--active yes|no] [--instance CODE]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "n8n's workflows (a tenant's: tagged tenant:SLUG), with the n8n vault key"),
           {},
           automationWorkflows});
    r.add({QStringLiteral("automation executions"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--workflow ID] [--status S] [--limit N] [--cursor C] [--all]\n"
                             "[--instance CODE]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "n8n's executions, newest first: one page and the cursor of the next, or --all"),
           {QStringLiteral("all")},
           automationExecutions});
    r.add({QStringLiteral("automation activate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID [--instance CODE]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "activate an n8n workflow (asks; audited)"),
           {},
           automationActivate});
    r.add({QStringLiteral("automation deactivate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID [--instance CODE]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "deactivate an n8n workflow (asks; audited)"),
           {},
           automationDeactivate});
    r.add(
        {QStringLiteral("automation run"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID --tenant SLUG --path PATH [--type TYPE]\n"
                                                    "[--instance CODE]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "call a workflow's production webhook once for a tenant, recorded as an operation "
                           "(TYPE: the path's last segment unless given) with n8n's execution id (asks)"),
         {},
         automationRun});
}

} // namespace fusion::cli
