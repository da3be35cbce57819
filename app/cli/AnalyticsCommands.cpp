// fusionctl analytics: Superset's dashboards (its login from the keychain, models/integrations/Superset) and
// a tenant's ETL check run once (models/jobs/EtlTest).
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/IntegrationCli.h"
#include "models/integrations/AnalyticsCatalog.h"
#include "models/integrations/N8n.h"
#include "models/integrations/Superset.h"
#include "models/jobs/EtlTest.h"
#include "models/tenants/TenantRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {

using namespace integration;

int analyticsDashboards(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (!tenant.isEmpty())
        TenantRepository(c.db).requireBySlug(tenant);
    // Linked as the Analytics pane links them: the tenant's dashboard URL, its slug in the dashboard's slug
    // or title, or a tenant:SLUG tag.
    const QList<AnalyticsTenant> tenants = AnalyticsCatalog::tenants(c.db);
    // The same fetch as the Analytics pane's: the superset endpoint, its login from the keychain, every page.
    auto* fetch = new SupersetDashboards(jobHost(c), c.owner);
    fetch->fetch([&c, fetch, tenant, tenants](const Result<QList<SupersetDashboard>>& result) {
        fetch->deleteLater();
        if (!result)
            return c.done(c.fail(result.error()));
        QJsonArray json;
        QList<QStringList> rows;
        for (const SupersetDashboard& d : result.value()) {
            const QStringList linked = AnalyticsCatalog::tenantsOf(d, tenants);
            if (!tenant.isEmpty() && !linked.contains(tenant))
                continue;
            json.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("title"), d.title},
                                    {QStringLiteral("slug"), d.slug},
                                    {QStringLiteral("url"), d.url.toString()},
                                    {QStringLiteral("published"), d.published},
                                    {QStringLiteral("tenants"), QJsonArray::fromStringList(linked)},
                                    {QStringLiteral("changed_on"), timeJson(d.changedOn)}});
            rows << QStringList{QString::number(d.id), d.published ? tr("yes") : tr("no"),
                                linked.join(QLatin1Char(',')), d.title, d.url.toString()};
        }
        c.report(json,
                 rows.isEmpty()
                     ? std::optional<QString>()
                     : table({tr("ID"), tr("PUBLISHED"), tr("TENANTS"), tr("TITLE"), tr("URL")}, rows),
                 rows.isEmpty() ? (tenant.isEmpty() ? tr("Superset has no dashboards.")
                                                    : tr("Superset has no dashboard linked to %1 (by its "
                                                         "address, its slug or title, or a %2 "
                                                         "tag).")
                                                          .arg(tenant, N8n::tenantTag(tenant)))
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

} // namespace

void registerAnalyticsCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("analytics dashboards"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "Superset's dashboards (a tenant's: its dashboard address, its slug in the "
                             "title or slug, or a tenant:SLUG tag), with the superset vault "
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
}

} // namespace fusion::cli
