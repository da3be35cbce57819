// fusionctl sso, automation, analytics and health: the control plane's outside services (Keycloak, n8n,
// Superset, Prometheus) reached at their vault providers' addresses with their vault keys, each secret read
// from the keychain just before the request that needs it (models/integrations/IntegrationEndpoints.h says
// which key is which). A write in n8n is asked first and audited; a workflow run is an operation
// (models/jobs/AutomationRun).
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/audit/WriteExecutor.h"
#include "models/controlplane/RealmTemplates.h"
#include "models/integrations/AnalyticsCatalog.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/KeycloakClient.h"
#include "models/integrations/N8nClient.h"
#include "models/integrations/ResourceKpis.h"
#include "models/integrations/Superset.h"
#include "models/jobs/AutomationRun.h"
#include "models/jobs/EtlTest.h"
#include "models/jobs/SsoCheck.h"
#include "models/jobs/WorkflowToggle.h"
#include "models/tenants/TenantRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>

#include <cmath>

namespace fusion::cli {

namespace {

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Reads `endpoint`'s secret, then runs `then` with it; a keychain failure ends the command.
void withSecret(Context& c, const IntegrationEndpoint& endpoint, std::function<void(const KeySecret&)> then)
{
    endpoint.key.read(c.secrets, c.owner, [&c, then = std::move(then)](Result<KeySecret> secret) {
        if (!secret)
            return c.done(c.fail(secret.error()));
        then(secret.value());
    });
}

// --- sso ---------------------------------------------------------------------------------------------------

int keycloakFailed(Context& c, const KeycloakProblem& p)
{
    // The admin client refused by Keycloak is a permission to grant there; the rest are errors to fix.
    Error e = Error::make(p.kind == KeycloakFailure::Forbidden ? ErrorKind::PermissionDenied
                                                               : ErrorKind::Connection,
                          p.message);
    if (p.kind == KeycloakFailure::TlsUntrusted && !p.fingerprint.isEmpty())
        e.message += QLatin1Char(' ') + tr("(certificate SHA-256 %1)").arg(p.fingerprint);
    return c.fail(e);
}

// Runs one SsoCheck for the tenant named on the command line; `show` prints what Keycloak answered.
int ssoCheck(Context& c, SsoCheck::Kind kind, std::function<int(const SsoCheck::Outcome&)> show)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new SsoCheck(jobHost(c), QCoreApplication::instance());
    job->start(kind, slug, [&c, job, show = std::move(show)](const Result<SsoCheck::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        if (!result.value().ok())
            return c.done(keycloakFailed(c, result.value().problem));
        c.done(show(result.value()));
    });
    return ExitPending;
}

int ssoTest(Context& c)
{
    return ssoCheck(c, SsoCheck::Kind::TestLogin, [&c](const SsoCheck::Outcome& o) {
        const KeycloakLoginReport& r = *o.login;
        Fields f;
        f.add(tr("Tenant"), QStringLiteral("tenant"), o.slug)
            .add(tr("Realm"), QStringLiteral("realm"), o.realm)
            .add(tr("Client"), QStringLiteral("client_id"), o.clientId)
            .add(tr("Issuer"), QStringLiteral("issuer"), r.discovery.issuer)
            .add(tr("Authorization endpoint"), QStringLiteral("authorization_endpoint"),
                 r.discovery.authorizationEndpoint)
            .add(tr("Token endpoint"), QStringLiteral("token_endpoint"), r.discovery.tokenEndpoint)
            .add(tr("Userinfo endpoint"), QStringLiteral("userinfo_endpoint"), r.discovery.userinfoEndpoint)
            .add(tr("JWKS"), QStringLiteral("jwks_uri"), r.discovery.jwksUri)
            .add(tr("Token lifetime"), QStringLiteral("expires_in"), tr("%n second(s)", nullptr, r.expiresIn),
                 r.expiresIn)
            .add(tr("Token type"), QStringLiteral("token_type"), r.tokenType)
            .add(tr("Scope"), QStringLiteral("scope"), r.scope)
            .json(QStringLiteral("ok"), true);
        const QString slug = o.slug;
        c.show(f, [&c, slug] { c.console.err(tr("Test login of %1 succeeded.").arg(slug)); });
        return int(ExitOk);
    });
}

int ssoCompare(Context& c)
{
    return ssoCheck(c, SsoCheck::Kind::Compare, [&c](const SsoCheck::Outcome& o) {
        const KeycloakComparison& r = *o.comparison;
        const QStringList findings = KeycloakDriftCheck::describe(r.drift, o.clientId);
        Fields f;
        f.add(tr("Tenant"), QStringLiteral("tenant"), o.slug)
            .add(tr("Realm"), QStringLiteral("realm"), o.realm)
            .add(tr("Client"), QStringLiteral("client_id"), o.clientId)
            .add(tr("In sync"), QStringLiteral("in_sync"), r.drift.inSync() ? tr("yes") : tr("no"),
                 r.drift.inSync())
            .add(tr("Console"), QStringLiteral("console_url"), r.consoleUrl.toString())
            .json(QStringLiteral("client_missing"), r.drift.clientMissing)
            .json(QStringLiteral("client_disabled"), r.drift.clientDisabled)
            .json(QStringLiteral("only_ours"), QJsonArray::fromStringList(r.drift.onlyOurs))
            .json(QStringLiteral("only_keycloak"), QJsonArray::fromStringList(r.drift.onlyKeycloak))
            .json(QStringLiteral("findings"), QJsonArray::fromStringList(findings));
        c.show(f, [&c, findings] { c.console.out(findings.join(QLatin1Char('\n'))); });
        // Drift is what a script checks for: exit 1 unless in sync.
        return int(r.drift.inSync() ? ExitOk : ExitError);
    });
}

// --- sso realm templates -------------------------------------------------------------------------------

int ssoTemplatesList(Context& c)
{
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    using T = RealmTemplate;
    const ListView<RealmTemplate> view({
        {tr("NAME"), QStringLiteral("name"), [](const T& t) { return t.values.name; }},
        {tr("REALM"), QStringLiteral("realm_pattern"), [](const T& t) { return t.values.realmPattern; }},
        {tr("CLIENT ID"), QStringLiteral("client_id_pattern"),
         [](const T& t) { return t.values.clientIdPattern; }},
        {tr("REDIRECT URIS"), QStringLiteral("redirect_uris"),
         [](const T& t) { return t.values.redirectUris.split(QLatin1Char('\n')).join(QStringLiteral(", ")); },
         [](const T& t) {
             return QJsonValue(QJsonArray::fromStringList(
                 t.values.redirectUris.split(QLatin1Char('\n'), Qt::SkipEmptyParts)));
         }},
        {tr("DESCRIPTION"), QStringLiteral("description"), [](const T& t) { return t.values.description; }},
    });
    view.print(
        c, RealmTemplates::list(c.db),
        ListText().ifEmpty(tr("No realm templates. Create one with \"fusionctl sso templates create\".")));
    return ExitOk;
}

// The fields given on the command line over `base` (what the template holds now, or nothing).
RealmTemplateInput ssoTemplateFields(Context& c, RealmTemplateInput base)
{
    const auto set = [&c](const char* option, QString& field) {
        if (const auto v = c.args.option(QLatin1String(option)))
            field = *v;
    };
    set("realm", base.realmPattern);
    set("client-id", base.clientIdPattern);
    set("description", base.description);
    if (const QStringList uris = c.args.options(QStringLiteral("redirect-uri")); !uris.isEmpty())
        base.redirectUris = uris.join(QLatin1Char('\n'));
    if (c.args.flag(QStringLiteral("no-redirect-uris")))
        base.redirectUris.clear();
    return base;
}

int ssoTemplatesCreate(Context& c)
{
    RealmTemplateInput in;
    in.name = c.args.requirePositional(tr("name"));
    in = ssoTemplateFields(c, in);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planCreate(c.db, in), [&c, in](const QJsonObject& o) {
        c.report(o, tr("Created the realm template \"%1\".").arg(in.name.trimmed()));
    });
}

int ssoTemplatesEdit(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    const auto current = RealmTemplates::find(c.db, name);
    const RealmTemplateInput in = ssoTemplateFields(c, current ? current->values : RealmTemplateInput{});
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planEdit(c.db, name, in), [&c, name](const QJsonObject& o) {
        c.report(o, tr("Saved the realm template \"%1\".").arg(name));
    });
}

int ssoTemplatesDelete(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(RealmTemplates::planDelete(c.db, name), [&c, name](const QJsonObject& o) {
        c.report(o, tr("Deleted the realm template \"%1\".").arg(name));
    });
}

// --- automation --------------------------------------------------------------------------------------------

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

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << int(h.size());
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(r[i].size()));
    const auto line = [&widths](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i)
            padded << (i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i]);
        return padded.join(QStringLiteral("  "));
    };
    QStringList out{line(header)};
    for (const QStringList& r : rows)
        out << line(r);
    return out.join(QLatin1Char('\n'));
}

int automationWorkflows(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString active = c.args.option(QStringLiteral("active")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
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
    const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(c.db);
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
    N8nExecutionFilter filter;
    filter.workflowId = c.args.option(QStringLiteral("workflow")).value_or(QString());
    filter.status = c.args.option(QStringLiteral("status")).value_or(QString());
    const int limit = int(c.args.intOption(QStringLiteral("limit"), {1, N8n::kMaxLimit}).value_or(20));
    const QString cursor = c.args.option(QStringLiteral("cursor")).value_or(QString());
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (all && !cursor.isEmpty())
        return c.usage(tr("--all reads every page: it takes no --cursor"));
    const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(c.db);
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
    if (const int exit = c.finishArgs(); exit != ExitOk)
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
    if (const int exit = c.finishArgs(); exit != ExitOk)
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

// --- analytics ---------------------------------------------------------------------------------------------

int analyticsDashboards(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (!tenant.isEmpty())
        TenantRepository(c.db).requireBySlug(tenant);
    // The same fetch as the Analytics pane's: the superset endpoint, its login from the keychain, every page.
    auto* fetch = new SupersetDashboards(jobHost(c), c.owner);
    fetch->fetch([&c, fetch, tenant](const Result<QList<SupersetDashboard>>& result) {
        fetch->deleteLater();
        if (!result)
            return c.done(c.fail(result.error()));
        QJsonArray json;
        QList<QStringList> rows;
        for (const SupersetDashboard& d : result.value()) {
            if (!tenant.isEmpty() && !d.tenants().contains(tenant))
                continue;
            json.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("title"), d.title},
                                    {QStringLiteral("slug"), d.slug},
                                    {QStringLiteral("url"), d.url.toString()},
                                    {QStringLiteral("published"), d.published},
                                    {QStringLiteral("tenants"), QJsonArray::fromStringList(d.tenants())},
                                    {QStringLiteral("changed_on"), timeJson(d.changedOn)}});
            rows << QStringList{QString::number(d.id), d.published ? tr("yes") : tr("no"),
                                d.tenants().join(QLatin1Char(',')), d.title, d.url.toString()};
        }
        c.report(
            json,
            rows.isEmpty() ? std::optional<QString>()
                           : table({tr("ID"), tr("PUBLISHED"), tr("TENANTS"), tr("TITLE"), tr("URL")}, rows),
            rows.isEmpty()
                ? (tenant.isEmpty() ? tr("Superset has no dashboards.")
                                    : tr("Superset has no dashboards tagged %1.").arg(N8n::tenantTag(tenant)))
                : QString());
        c.done(ExitOk);
    });
    return ExitPending;
}

int analyticsEtlTest(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new EtlTest(jobHost(c), QCoreApplication::instance());
    showProgress(c, job);
    job->start(slug, [&c, job](const Result<EtlTest::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const EtlTest::Outcome& o = result.value();
        const QString took = tr("%1 ms").arg(o.durationMs);
        if (!o.ok) {
            c.report(
                o.json(), std::nullopt,
                tr("fusionctl: the ETL test of %1 failed after %2: %3").arg(o.tenantSlug, took, o.failure));
            return c.done(ExitError);
        }
        c.report(o.json(), tr("The ETL test of %1 succeeded: HTTP %2 in %3; %4")
                               .arg(o.tenantSlug)
                               .arg(o.httpStatus)
                               .arg(took, o.summary));
        c.done(ExitOk);
    });
    return ExitPending;
}

// --- health ------------------------------------------------------------------------------------------------

QString percent(double used, double total)
{
    return total > 0 ? QStringLiteral("%1 %").arg(100.0 * used / total, 0, 'f', 0) : QStringLiteral("-");
}

QString gib(double bytes)
{
    return QStringLiteral("%1 GiB").arg(bytes / (1024.0 * 1024 * 1024), 0, 'f', 1);
}

QString stateName(TenantKpiHealth::State s)
{
    switch (s) {
    case TenantKpiHealth::Healthy:
        return QStringLiteral("healthy");
    case TenantKpiHealth::Degraded:
        return QStringLiteral("degraded");
    case TenantKpiHealth::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

void printHealth(Context& c, ResourceKpis* kpis, const QMap<QString, QString>& namespaceOf)
{
    const KpiSnapshot s = kpis->snapshot();
    const bool fresh = kpis->isFresh();
    if (s.isNull()) {
        c.done(c.fail(Error::make(ErrorKind::Connection, kpis->lastError())));
        return;
    }
    const PlatformKpis& p = s.platform;
    const QList<TenantKpiHealth> tenants = ResourceKpis::tenantHealth(s, namespaceOf, fresh);
    QJsonArray tenantJson;
    QList<QStringList> rows;
    for (const TenantKpiHealth& t : tenants) {
        tenantJson.append(
            QJsonObject{{QStringLiteral("slug"), t.slug},
                        {QStringLiteral("namespace"), t.ns},
                        {QStringLiteral("state"), stateName(t.state)},
                        {QStringLiteral("reason"), t.reason},
                        {QStringLiteral("cpu_cores"), number(t.kpis.cpuCores)},
                        {QStringLiteral("memory_bytes"), number(t.kpis.memoryBytes)},
                        {QStringLiteral("storage_used_bytes"), number(t.kpis.storageUsedBytes)},
                        {QStringLiteral("storage_capacity_bytes"), number(t.kpis.storageCapacityBytes)},
                        {QStringLiteral("pods_running"), t.kpis.podsRunning}});
        rows << QStringList{t.slug,
                            t.ns,
                            stateName(t.state),
                            QString::number(t.kpis.cpuCores, 'f', 2),
                            gib(t.kpis.memoryBytes),
                            percent(t.kpis.storageUsedBytes, t.kpis.storageCapacityBytes),
                            QString::number(t.kpis.podsRunning),
                            t.reason};
    }
    const QString stale = fresh ? QString() : kpis->statusText();
    QJsonObject json{
        {QStringLiteral("fresh"), fresh},
        {QStringLiteral("sampled_at"), timeJson(s.sampledAt)},
        {QStringLiteral("note"), stale.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(stale)},
        {QStringLiteral("error"), fresh ? QJsonValue(QJsonValue::Null) : QJsonValue(kpis->lastError())},
        {QStringLiteral("platform"),
         QJsonObject{{QStringLiteral("cpu_used_cores"), number(p.cpuUsedCores)},
                     {QStringLiteral("cpu_allocatable_cores"), number(p.cpuAllocatableCores)},
                     {QStringLiteral("memory_used_bytes"), number(p.memoryUsedBytes)},
                     {QStringLiteral("memory_allocatable_bytes"), number(p.memoryAllocatableBytes)},
                     {QStringLiteral("storage_used_bytes"), number(p.storageUsedBytes)},
                     {QStringLiteral("storage_capacity_bytes"), number(p.storageCapacityBytes)},
                     {QStringLiteral("nodes_ready"), p.nodesReady},
                     {QStringLiteral("nodes_total"), p.nodesTotal}}},
        {QStringLiteral("tenants"), tenantJson}};
    QStringList text{tr("Sampled (UTC): %1").arg(timeText(s.sampledAt)),
                     tr("CPU: %1 of %2 cores (%3)")
                         .arg(QString::number(p.cpuUsedCores, 'f', 2),
                              QString::number(p.cpuAllocatableCores, 'f', 2),
                              percent(p.cpuUsedCores, p.cpuAllocatableCores)),
                     tr("Memory: %1 of %2 (%3)")
                         .arg(gib(p.memoryUsedBytes), gib(p.memoryAllocatableBytes),
                              percent(p.memoryUsedBytes, p.memoryAllocatableBytes)),
                     tr("Storage: %1 of %2 (%3)")
                         .arg(gib(p.storageUsedBytes), gib(p.storageCapacityBytes),
                              percent(p.storageUsedBytes, p.storageCapacityBytes)),
                     tr("Nodes ready: %1 of %2").arg(p.nodesReady).arg(p.nodesTotal)};
    if (!rows.isEmpty())
        text << QString()
             << table({tr("TENANT"), tr("NAMESPACE"), tr("STATE"), tr("CPU"), tr("MEMORY"), tr("STORAGE"),
                       tr("PODS"), tr("REASON")},
                      rows);
    QString note;
    if (!fresh)
        note = tr("%1 (%2)").arg(stale, kpis->lastError());
    c.report(json, text.join(QLatin1Char('\n')), note);
    // Old figures are not today's: a script must not take them for a healthy platform.
    c.done(fresh ? ExitOk : ExitError);
}

int healthShow(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    QMap<QString, QString> namespaceOf;
    if (!tenant.isEmpty()) {
        const Tenant t = TenantRepository(c.db).requireBySlug(tenant);
        if (t.k8sNamespace.isEmpty())
            throw Failure(ErrorKind::InvalidInput,
                          tr("%1 has no Kubernetes namespace recorded; its resources cannot be told apart.")
                              .arg(tenant));
        namespaceOf.insert(t.slug, t.k8sNamespace);
    } else {
        namespaceOf = IntegrationEndpoints::tenantNamespaces(c.db);
    }
    const IntegrationEndpoint e = IntegrationEndpoints::prometheus(c.db);
    auto* kpis = new ResourceKpis(e.baseUrl, c.owner);
    kpis->setTrustedSha256(e.tlsSha256);
    // The last good figures, kept between runs, so that Prometheus being away still shows what was known.
    const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheDir.isEmpty() && QDir().mkpath(cacheDir))
        kpis->setCachePath(QDir(cacheDir).filePath(QStringLiteral("resource-kpis.json")));
    const auto refresh = [&c, kpis, namespaceOf] {
        QObject::connect(
            kpis, &ResourceKpis::refreshed, c.owner,
            [&c, kpis, namespaceOf] {
                printHealth(c, kpis, namespaceOf);
                kpis->deleteLater();
            },
            Qt::SingleShotConnection);
        kpis->refresh();
    };
    if (e.key.isNull()) {
        refresh();
        return ExitPending;
    }
    withSecret(c, e, [kpis, refresh](const KeySecret& secret) {
        kpis->setToken(secret.key);
        refresh();
    });
    return ExitPending;
}

} // namespace

void registerIntegrationCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("sso test"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "a test login with a tenant's Keycloak client (its secret: vault key keycloak/SLUG): "
               "issuer, endpoints, token lifetime, or exactly what failed"),
           {},
           ssoTest});
    r.add({QStringLiteral("sso compare"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "drift between a tenant's SSO record and its Keycloak client's redirect URIs (admin "
               "key keycloak_admin_api), with the console URL; exit 1 when they differ"),
           {},
           ssoCompare});
    r.add({QStringLiteral("sso templates list"),
           {},
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "Keycloak realm templates the create wizard fills a tenant's SSO record from"),
           {},
           ssoTemplatesList});
    r.add({QStringLiteral("sso templates create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME --realm PATTERN --client-id PATTERN [--redirect-uri PATTERN]...\n"
                             "[--description TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "a realm template; patterns may hold {slug} and {odoo_url} (owners; asks)"),
           {},
           ssoTemplatesCreate});
    r.add({QStringLiteral("sso templates edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME [--realm P] [--client-id P] [--redirect-uri P]... [--no-redirect-uris]\n"
                             "[--description TEXT]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "change a realm template (tenants' SSO records are not changed)"),
           {QStringLiteral("no-redirect-uris")},
           ssoTemplatesEdit});
    r.add({QStringLiteral("sso templates delete"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete a realm template (owners; asks)"),
           {},
           ssoTemplatesDelete});
    r.add({QStringLiteral("automation workflows"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG] [--active yes|no]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "n8n's workflows (a tenant's: tagged tenant:SLUG), with the n8n vault key"),
           {},
           automationWorkflows});
    r.add({QStringLiteral("automation executions"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--workflow ID] [--status S] [--limit N] [--cursor C] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "n8n's executions, newest first: one page and the cursor of the next, or --all"),
           {QStringLiteral("all")},
           automationExecutions});
    r.add({QStringLiteral("automation activate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "activate an n8n workflow (asks; audited)"),
           {},
           automationActivate});
    r.add({QStringLiteral("automation deactivate"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "deactivate an n8n workflow (asks; audited)"),
           {},
           automationDeactivate});
    r.add(
        {QStringLiteral("automation run"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "WORKFLOW_ID --tenant SLUG --path PATH [--type TYPE]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "call a workflow's production webhook once for a tenant, recorded as an operation "
                           "(TYPE: the path's last segment unless given) with n8n's execution id (asks)"),
         {},
         automationRun});
    r.add(
        {QStringLiteral("analytics dashboards"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "Superset's dashboards (a tenant's: tagged tenant:SLUG), with the superset vault "
                           "key's login"),
         {},
         analyticsDashboards});
    r.add(
        {QStringLiteral("analytics etl-test"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands",
                           "run a tenant's ETL check once (its n8n webhook or Supabase RPC; asks, audited): "
                           "status, duration, execution id or the answer, or exactly what failed"),
         {},
         analyticsEtlTest});
    r.add({QStringLiteral("health show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG]"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "resource KPIs from Prometheus: the platform's CPU, memory, storage and nodes, and "
               "each tenant namespace's; the last known ones with \"No data since\" when stale"),
           {},
           healthShow});
}

} // namespace fusion::cli
