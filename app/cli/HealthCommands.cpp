// fusionctl health: resource KPIs read from Prometheus (its token, when it has one, from the keychain), the
// last good figures kept between runs so that Prometheus being away still shows what was known.
#include "app/cli/CommandRegistry.h"
#include "app/cli/IntegrationCli.h"
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/ResourceKpis.h"
#include "models/tenants/TenantRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

namespace fusion::cli {

namespace {

using namespace integration;

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
        c.done(c.fail(Error::make(ErrorKind::Connection, kpis->lastError(), kpis->lastErrorDetail())));
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

void registerHealthCommands(CommandRegistry& r)
{
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
