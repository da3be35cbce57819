// fusionctl tenants: list, show, create, edit and the lifecycle actions.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/roles/RoleService.h"
#include "models/tenants/FieldAssignment.h"
#include "models/tenants/ModuleCounts.h"
#include "models/tenants/TenantReferences.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace fusion::cli {

namespace {
QJsonValue jsonTime(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDate(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString shortTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// A tenant as `tenants list` shows it; `tenants show --json` starts from the same object.
const ListView<Tenant>& tenantsView()
{
    using T = Tenant;
    const auto text = [](QString T::*field) { return [field](const T& t) { return QJsonValue(t.*field); }; };
    const auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    static const ListView<Tenant> view({
        {tr("SLUG"), QStringLiteral("slug"), &T::slug},
        {tr("NAME"), QStringLiteral("name"), &T::name},
        {tr("STATUS"), QStringLiteral("status"), &T::status},
        // The table names the plan, a script gets its code.
        {tr("PLAN"), QStringLiteral("plan"), [](const T& t) { return orDash(t.planName); },
         [orNull](const T& t) { return orNull(t.planCode); }},
        {tr("AGENCY GROUP"), QStringLiteral("agency_group"), [](const T& t) { return orDash(t.agencyGroup); },
         text(&T::agencyGroup)},
        {tr("REGION"), QStringLiteral("region"), &T::region},
        {tr("UPDATED (UTC)"), QStringLiteral("updated_at"), [](const T& t) { return shortTime(t.updatedAt); },
         [](const T& t) { return jsonTime(t.updatedAt); }},
        {{}, QStringLiteral("id"), {}, [](const T& t) { return QJsonValue(t.id); }},
        {{},
         QStringLiteral("infra_template"),
         {},
         [orNull](const T& t) { return orNull(t.infraTemplateName); }},
        {{}, QStringLiteral("db_strategy"), {}, text(&T::dbStrategy)},
        {{}, QStringLiteral("db_name"), {}, text(&T::dbName)},
        {{}, QStringLiteral("db_host"), {}, text(&T::dbHost)},
        {{}, QStringLiteral("k8s_namespace"), {}, text(&T::k8sNamespace)},
        {{}, QStringLiteral("odoo_url"), {}, text(&T::odooUrl)},
        {{}, QStringLiteral("odoo_db"), {}, text(&T::odooDb)},
        {{}, QStringLiteral("odoo_login"), {}, text(&T::odooLogin)},
        {{}, QStringLiteral("created_at"), {}, [](const T& t) { return jsonTime(t.createdAt); }},
        {{}, QStringLiteral("row_version"), {}, [](const T& t) { return QJsonValue(t.rowVersion); }},
    });
    return view;
}

std::optional<TenantSort> parseSort(const QString& s)
{
    static const QList<QPair<QString, TenantSort>> names = {
        {QStringLiteral("name"), TenantSort::Name},
        {QStringLiteral("slug"), TenantSort::Slug},
        {QStringLiteral("status"), TenantSort::Status},
        {QStringLiteral("plan"), TenantSort::Plan},
        {QStringLiteral("agency"), TenantSort::AgencyGroup},
        {QStringLiteral("region"), TenantSort::Region},
        {QStringLiteral("updated"), TenantSort::Updated},
        {QStringLiteral("created"), TenantSort::Created}};
    for (const auto& [name, sort] : names) {
        if (name == s)
            return sort;
    }
    return std::nullopt;
}

int list(Context& c)
{
    TenantQuery q;
    q.search = c.args.option(QStringLiteral("search")).value_or(QString());
    q.status = c.args.option(QStringLiteral("status")).value_or(QString());
    q.planCode = c.args.option(QStringLiteral("plan")).value_or(QString());
    q.agencyGroup = c.args.option(QStringLiteral("agency")).value_or(QString());
    q.descending = c.args.flag(QStringLiteral("desc"));
    const auto sortText = c.args.option(QStringLiteral("sort"));
    if (const auto& sort = sortText) {
        const auto parsed = parseSort(*sort);
        if (!parsed)
            return c.usage(
                tr("unknown --sort \"%1\"; use name, slug, status, plan, agency, region, updated or created")
                    .arg(*sort));
        q.sort = *parsed;
    }
    const auto pageOption = c.args.intOption(QStringLiteral("page"), kPositive);
    const qint64 page = pageOption.value_or(1);
    q.limit = int(c.args.intOption(QStringLiteral("limit"), {1, 1000}).value_or(q.limit));
    // Keyset paging: --first, --last, or the cursor a page printed for the one after or before it. They seek
    // through an index, so the last page of a million tenants is as quick as the first; --page N skips N-1
    // pages with an offset.
    const auto after = c.args.option(QStringLiteral("after"));
    const auto before = c.args.option(QStringLiteral("before"));
    const bool first = c.args.flag(QStringLiteral("first"));
    const bool last = c.args.flag(QStringLiteral("last"));
    const bool paged = pageOption.has_value();
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (int(after.has_value()) + int(before.has_value()) + int(first) + int(last) + int(paged) > 1)
        return c.usage(tr("use one of --page, --first, --last, --after and --before"));
    if (!q.status.isEmpty() && !TenantStatus::all().contains(q.status))
        return c.usage(tr("unknown --status \"%1\"; use %2")
                           .arg(q.status, TenantStatus::all().join(QStringLiteral(", "))));
    if (after || before) {
        const QString token = after ? *after : *before;
        const auto cursor = TenantCursor::fromToken(token);
        if (!cursor || !TenantRepository::cursorFits(*cursor, q.sort))
            return c.usage(tr("the cursor \"%1\" is not one this list printed for --sort %2; repeat the "
                              "--sort (and --desc) of the list that printed it")
                               .arg(token, sortText.value_or(QStringLiteral("name"))));
        q.cursor = *cursor;
        q.from = after ? TenantPageFrom::After : TenantPageFrom::Before;
    } else if (first) {
        q.from = TenantPageFrom::First;
    } else if (last) {
        q.from = TenantPageFrom::Last;
    }
    // A page far past the end must come back empty, not wrap around to some page near the start.
    q.offset = int(std::min<qint64>((page - 1) * q.limit, std::numeric_limits<int>::max()));

    const TenantPage result = TenantRepository(c.db).list(q);
    const qint64 pages = (result.total + result.limit - 1) / result.limit;
    // A page past the end is an empty table under its header, with the page count: only no tenants at all
    // says so.
    ListText text;
    if (result.total == 0)
        text.ifEmpty(q.hasFilters() ? tr("No tenants match.")
                                    : tr("No tenants yet. Create one with \"fusionctl tenants create\"."));
    QString footer = q.from == TenantPageFrom::Offset
                         ? tr("Page %1 of %2 · %3 tenants").arg(page).arg(pages).arg(result.total)
                         : tr("%n tenant(s)", nullptr,
                              int(std::min<qint64>(result.total, std::numeric_limits<int>::max())));
    // The way on, for a script or a person: the same command with --after or --before and this cursor.
    if (result.hasNext)
        footer += tr(" · next: --after %1").arg(result.last.token());
    if (result.hasPrevious)
        footer += tr(" · previous: --before %1").arg(result.first.token());
    QJsonObject around{{QStringLiteral("total"), result.total},
                       {QStringLiteral("offset"), result.offset},
                       {QStringLiteral("limit"), result.limit}};
    around.insert(QStringLiteral("next_cursor"),
                  result.hasNext ? QJsonValue(result.last.token()) : QJsonValue(QJsonValue::Null));
    around.insert(QStringLiteral("previous_cursor"),
                  result.hasPrevious ? QJsonValue(result.first.token()) : QJsonValue(QJsonValue::Null));
    text.footer(footer).jsonIn(QStringLiteral("items"), around);
    tenantsView().print(c, result.rows, text);
    return ExitOk;
}

int show(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    TenantRepository repo(c.db);
    const Tenant tenant = repo.requireBySlug(slug);
    const Capabilities caps = RoleService(c.db).capabilities();
    const TenantDetail d = repo.detail(tenant.id, caps.can(Capability::ViewBillingAmounts));
    const Tenant& t = d.tenant;
    // --json is the tenant's `tenants list` row with the records around it; a person reads names, dashes
    // for what is not set, and a few fields combined.
    Fields f(tenantsView().object(t).toObject());
    f.json(QStringLiteral("subscription"),
           d.subscription.id == 0
               ? QJsonValue(QJsonValue::Null)
               : QJsonValue(QJsonObject{
                     {QStringLiteral("plan"), d.subscription.planName},
                     {QStringLiteral("status"), d.subscription.status},
                     {QStringLiteral("pricing_model"), d.subscription.pricingModel},
                     {QStringLiteral("current_period_start"), jsonDate(d.subscription.currentPeriodStart)},
                     {QStringLiteral("current_period_end"), jsonDate(d.subscription.currentPeriodEnd)},
                     {QStringLiteral("next_invoice_date"), jsonDate(d.subscription.nextInvoiceDate)}}));
    f.json(QStringLiteral("sso"),
           d.sso.id == 0
               ? QJsonValue(QJsonValue::Null)
               : QJsonValue(QJsonObject{
                     {QStringLiteral("keycloak_realm"), d.sso.keycloakRealm},
                     {QStringLiteral("keycloak_client_id"), d.sso.keycloakClientId},
                     {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(d.sso.redirectUris.split(
                                                           QLatin1Char('\n'), Qt::SkipEmptyParts))},
                     {QStringLiteral("status"), d.sso.status}}));
    f.json(QStringLiteral("analytics"),
           d.analytics.id == 0
               ? QJsonValue(QJsonValue::Null)
               : QJsonValue(
                     QJsonObject{{QStringLiteral("supabase_project"), d.analytics.supabaseProject},
                                 {QStringLiteral("schema_name"), d.analytics.schemaName},
                                 {QStringLiteral("sync_mode"), d.analytics.syncMode},
                                 {QStringLiteral("superset_dashboard_url"), d.analytics.supersetDashboardUrl},
                                 {QStringLiteral("etl_kind"), d.analytics.etlKind},
                                 {QStringLiteral("etl_target"), d.analytics.etlTarget}}));
    QJsonArray bundles;
    for (const Bundle& b : d.bundles)
        bundles.append(b.code);
    f.json(QStringLiteral("bundles"), bundles);
    QJsonArray modules;
    for (const ModuleState& m : d.modules)
        modules.append(QJsonObject{{QStringLiteral("name"), m.moduleName},
                                   {QStringLiteral("source"), m.source},
                                   {QStringLiteral("state"), m.state}});
    f.json(QStringLiteral("modules"), modules);
    f.json(QStringLiteral("recent_operations"), operationsView().json(d.operations.mid(0, 20)));
    f.text(tr("Slug"), t.slug)
        .text(tr("Name"), t.name)
        .text(tr("Status"), TenantStatus::label(t.status))
        .text(tr("Agency group"), orDash(t.agencyGroup))
        .text(tr("Plan"), orDash(t.planName))
        .text(tr("Infra template"), orDash(t.infraTemplateName))
        .text(tr("Region"), orDash(t.region))
        .text(tr("Database"),
              QStringLiteral("%1 on %2 (%3)").arg(orDash(t.dbName), orDash(t.dbHost), t.dbStrategy))
        .text(tr("Kubernetes namespace"), orDash(t.k8sNamespace))
        .text(
            tr("Odoo"),
            QStringLiteral("%1 db=%2 login=%3").arg(orDash(t.odooUrl), orDash(t.odooDb), orDash(t.odooLogin)))
        .text(tr("Created"), shortTime(t.createdAt))
        .text(tr("Updated"), shortTime(t.updatedAt))
        .text(tr("Version"), QString::number(t.rowVersion));
    c.show(f, [&] {
        if (d.subscription.id != 0)
            c.console.out(tr("Subscription: %1, %2, %3 → %4, next invoice %5")
                              .arg(d.subscription.planName, d.subscription.status,
                                   d.subscription.currentPeriodStart.toString(Qt::ISODate),
                                   d.subscription.currentPeriodEnd.toString(Qt::ISODate),
                                   d.subscription.nextInvoiceDate.toString(Qt::ISODate)));
        if (d.sso.id != 0)
            c.console.out(
                tr("SSO: realm %1, client %2, %3")
                    .arg(orDash(d.sso.keycloakRealm), orDash(d.sso.keycloakClientId), d.sso.status));
        if (d.analytics.id != 0)
            c.console.out(tr("Analytics: %1/%2 (%3)")
                              .arg(orDash(d.analytics.supabaseProject), orDash(d.analytics.schemaName),
                                   d.analytics.syncMode));
        QStringList bundleNames;
        for (const Bundle& b : d.bundles)
            bundleNames << b.name;
        c.console.out(
            tr("Bundles: %1")
                .arg(bundleNames.isEmpty() ? QStringLiteral("-") : bundleNames.join(QStringLiteral(", "))));
        const ModuleCounts counts = countModules(d.modules);
        c.console.out(tr("Modules: %1 installed, %2 pending, %3 in all")
                          .arg(counts.installed)
                          .arg(counts.pending)
                          .arg(counts.total));
        if (!d.operations.isEmpty()) {
            c.console.out(tr("Recent operations:"));
            QList<QStringList> rows;
            for (const Operation& o : d.operations.mid(0, 10))
                rows << QStringList{QString::number(o.id), shortTime(o.createdAt), o.type, o.status, o.actor};
            c.console.table({tr("ID"), tr("CREATED (UTC)"), tr("TYPE"), tr("STATUS"), tr("ACTOR")}, rows);
        }
    });
    return ExitOk;
}

int create(Context& c)
{
    NewTenant t;
    t.slug = c.args.option(QStringLiteral("slug")).value_or(QString());
    t.name = c.args.option(QStringLiteral("name")).value_or(QString());
    t.agencyGroup = c.args.option(QStringLiteral("agency")).value_or(QString());
    t.planCode = c.args.option(QStringLiteral("plan")).value_or(QString());
    t.bundleCodes = c.args.options(QStringLiteral("bundle"));
    t.infraTemplateName = c.args.option(QStringLiteral("template")).value_or(QString());
    t.region = c.args.option(QStringLiteral("region")).value_or(QString());
    t.dbStrategy = c.args.option(QStringLiteral("db-strategy")).value_or(QStringLiteral("db_per_tenant"));
    t.dbHost = c.args.option(QStringLiteral("db-host")).value_or(QString());
    t.odooUrl = c.args.option(QStringLiteral("odoo-url")).value_or(QString());
    t.keycloakRealm = c.args.option(QStringLiteral("realm")).value_or(QString());
    t.keycloakClientId = c.args.option(QStringLiteral("client-id")).value_or(QString());
    t.redirectUris = c.args.options(QStringLiteral("redirect-uri")).join(QLatin1Char('\n'));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (t.slug.isEmpty() || t.name.isEmpty())
        return c.usage(tr("tenants create needs --slug and --name"));
    const PendingWrite write = TenantService(c.db, QStringLiteral("cli")).planCreate(t);
    return c.confirmAndExecute(write, [&c, &t](const QJsonObject& outcome) {
        c.report(QJsonObject{{QStringLiteral("slug"), t.slug},
                             {QStringLiteral("tenant_id"), outcome.value(QStringLiteral("tenant_id"))},
                             {QStringLiteral("operation_id"), outcome.value(QStringLiteral("operation_id"))}},
                 tr("Created tenant %1 (operation %2 queued).")
                     .arg(t.slug)
                     .arg(outcome.value(QStringLiteral("operation_id")).toInteger()));
    });
}

int runAction(Context& c, TenantAction a)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PendingWrite write = TenantService(c.db, QStringLiteral("cli")).planAction(slug, a);
    return c.confirmAndExecute(write, [&c, &slug](const QJsonObject& outcome) {
        const QString status = outcome.value(QStringLiteral("status")).toString();
        c.report(QJsonObject{{QStringLiteral("slug"), slug},
                             {QStringLiteral("status"), status},
                             {QStringLiteral("operation_id"), outcome.value(QStringLiteral("operation_id"))}},
                 tr("Done: %1 is %2 (operation %3 queued).")
                     .arg(slug, TenantStatus::label(status).toLower())
                     .arg(outcome.value(QStringLiteral("operation_id")).toInteger()));
    });
}

int edit(Context& c)
{
    const QStringList sets = c.args.options(QStringLiteral("set"));
    const auto expect = c.args.intOption(QStringLiteral("expect-version"), kCount);
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (sets.isEmpty())
        return c.usage(tr("tenants edit needs at least one --set FIELD=VALUE"));

    TenantRepository repo(c.db);
    const Tenant tenant = repo.requireBySlug(slug);
    FieldAssignments parsed = FieldAssignments::parse(sets);
    if (parsed.malformed)
        return c.usage(tr("--set takes FIELD=VALUE, not \"%1\"").arg(*parsed.malformed));
    // The names the text gives for a plan and an infra template, resolved to their ids.
    if (parsed.billing.contains(QStringLiteral("plan"))) {
        const QString value = parsed.billing.take(QStringLiteral("plan")).toString();
        const auto plan = value.isEmpty() ? std::nullopt : TenantReferences::planId(c.db, value);
        if (!value.isEmpty() && !plan)
            return c.fail(Error::make(ErrorKind::NotFound, tr("There is no plan \"%1\".").arg(value)));
        parsed.billing.insert(QStringLiteral("plan_id"), plan ? QVariant(*plan) : QVariant());
    }
    if (parsed.tenant.contains(QStringLiteral("infra_template"))) {
        const QString value = parsed.tenant.take(QStringLiteral("infra_template")).toString();
        const auto id = value.isEmpty() ? std::nullopt : TenantReferences::infraTemplateId(c.db, value);
        if (!value.isEmpty() && !id)
            return c.fail(
                Error::make(ErrorKind::NotFound, tr("There is no infra template \"%1\".").arg(value)));
        parsed.tenant.insert(QStringLiteral("infra_template_id"), id ? QVariant(*id) : QVariant());
    }
    const QVariantMap& tenantValues = parsed.tenant;
    const QVariantMap& billing = parsed.billing;
    const QVariantMap& sso = parsed.sso;
    const QVariantMap& analytics = parsed.analytics;
    const std::optional<QStringList>& bundles = parsed.bundles;
    const int expected = int(expect.value_or(tenant.rowVersion));
    if (parsed.records() > 1)
        return c.usage(
            tr("edit one record at a time: tenant fields, bundles, billing.*, sso.* or analytics.*"));

    TenantService service(c.db, QStringLiteral("cli"));
    PendingWrite write;
    if (bundles) {
        write = service.planSetBundles(tenant.id, *bundles);
    } else if (!tenantValues.isEmpty()) {
        write = service.planEditTenant(tenant.id, expected, tenantValues);
    } else if (!billing.isEmpty()) {
        write = service.planEditSubscription(
            tenant.id, expect ? expected : repo.subscription(tenant.id).rowVersion, billing);
    } else if (!sso.isEmpty()) {
        write = service.planEditSso(tenant.id, expect ? expected : repo.sso(tenant.id).rowVersion, sso);
    } else {
        write = service.planEditAnalytics(tenant.id, expect ? expected : repo.analytics(tenant.id).rowVersion,
                                          analytics);
    }
    return c.confirmAndExecute(write, [&c, &slug](const QJsonObject& outcome) {
        c.report(QJsonObject{{QStringLiteral("slug"), slug}, {QStringLiteral("result"), outcome}},
                 tr("Saved changes to %1.").arg(slug));
    });
}
} // namespace

void registerTenantCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("tenants list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--status S] [--search Q] [--plan P] [--agency G]\n"
                             "[--sort name|slug|status|plan|agency|region|updated|created] [--desc]\n"
                             "[--page N | --first | --last | --after CURSOR | --before CURSOR] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "tenants, filtered and sorted, a page at a time"),
           {QStringLiteral("desc"), QStringLiteral("first"), QStringLiteral("last")},
           list});
    r.add(
        {QStringLiteral("tenants show"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "a tenant with its billing, SSO, bundles and operations"),
         {},
         show});
    r.add({QStringLiteral("tenants create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "--slug S --name N [--agency G] [--plan P] [--bundle B]... [--template T]\n"
                             "[--region R] [--db-strategy db_per_tenant|schema_per_tenant] [--db-host H]\n"
                             "[--odoo-url URL] [--realm R] [--client-id C] [--redirect-uri URI]..."),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "create a tenant and queue its provisioning"),
           {},
           create});
    r.add({QStringLiteral("tenants pause"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "pause a tenant (asks)"),
           {},
           [](Context& c) { return runAction(c, TenantAction::Pause); }});
    r.add({QStringLiteral("tenants resume"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "resume a paused tenant (asks)"),
           {},
           [](Context& c) { return runAction(c, TenantAction::Resume); }});
    r.add({QStringLiteral("tenants rebuild"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "rebuild a tenant's deployment (asks)"),
           {},
           [](Context& c) { return runAction(c, TenantAction::Rebuild); }});
    r.add({QStringLiteral("tenants decommission"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "decommission a tenant (type its slug to confirm)"),
           {},
           [](Context& c) { return runAction(c, TenantAction::Decommission); }});
    r.add({QStringLiteral("tenants edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG --set FIELD=VALUE... [--expect-version N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "change a tenant's fields, bundles, billing.*, sso.* or analytics.*"),
           {},
           edit});
}

const ListView<Operation>& operationsView()
{
    using O = Operation;
    static const ListView<Operation> view({
        {tr("ID"), QStringLiteral("id"), [](const O& o) { return QString::number(o.id); },
         [](const O& o) { return QJsonValue(o.id); }},
        {tr("CREATED (UTC)"), QStringLiteral("created_at"), [](const O& o) { return shortTime(o.createdAt); },
         [](const O& o) { return jsonTime(o.createdAt); }},
        {tr("TENANT"), QStringLiteral("tenant"), &O::tenantSlug},
        {tr("TYPE"), QStringLiteral("type"), &O::type},
        {tr("STATUS"), QStringLiteral("status"), &O::status},
        {tr("SOURCE"), QStringLiteral("trigger_source"), &O::triggerSource},
        {tr("ACTOR"), QStringLiteral("actor"), &O::actor},
        // Details the table has no room for.
        {{},
         QStringLiteral("payload"),
         {},
         [](const O& o) { return QJsonValue(QJsonDocument::fromJson(o.payload.toUtf8()).object()); }},
        {{}, QStringLiteral("logs_url"), {}, [](const O& o) { return QJsonValue(o.logsUrl); }},
        {{}, QStringLiteral("started_at"), {}, [](const O& o) { return jsonTime(o.startedAt); }},
        {{}, QStringLiteral("finished_at"), {}, [](const O& o) { return jsonTime(o.finishedAt); }},
    });
    return view;
}

} // namespace fusion::cli
