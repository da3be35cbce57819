#include "models/integrations/N8nInstance.h"

#include "models/vault/KeyVault.h"

#include <QSqlQuery>

#include <algorithm>

namespace fusion {

namespace {

QMap<QString, qint64> n8nInstanceTenants(Database& db)
{
    QMap<QString, qint64> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT slug, id FROM tenants ORDER BY slug"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

N8nInstanceInfo n8nInstanceRead(Database& db, const QString& code, const QMap<QString, qint64>& tenants)
{
    N8nInstanceInfo info;
    info.code = code;
    info.name = code;
    info.tenants = tenants;
    try {
        IntegrationEndpoints::requireN8nInstance(db, code);
        const Provider provider = KeyVault::requireProvider(db, code);
        info.name = provider.name;
        info.address = provider.effectiveBaseUrl();
        // Where "Open n8n" goes even before the key is set.
        const QUrl address(info.address, QUrl::StrictMode);
        if (address.isValid() && !address.host().isEmpty() &&
            (address.scheme() == QLatin1String("http") || address.scheme() == QLatin1String("https")))
            info.base = address;
        const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(db, code);
        info.base = api.baseUrl;
        info.key = api.key;
        info.keySet = !api.key.isNull();
    } catch (const Failure& f) {
        // Not set up (no provider, no usable address, no key): said with its fix; the pane shows it instead
        // of asking n8n.
        info.setupProblem = f.error().message;
        if (IntegrationEndpoints::isN8nInstance(code))
            for (const ApiKey& k : KeyVault::keys(db, code))
                info.keySet = info.keySet || k.status == QLatin1String("active");
    }
    return info;
}

} // namespace

N8nInstanceInfo N8nInstance::read(Database& db, const QString& code)
{
    return n8nInstanceRead(db, code, n8nInstanceTenants(db));
}

QList<N8nInstanceInfo> N8nInstance::instances(Database& db)
{
    QStringList codes;
    for (const Provider& p : KeyVault::providers(db))
        if (IntegrationEndpoints::isN8nInstance(p.code))
            codes << p.code;
    std::sort(codes.begin(), codes.end(), [](const QString& a, const QString& b) {
        // The default instance first: it is what every command and the pane use unless told otherwise.
        const bool aDefault = a == QLatin1String(kDefault);
        const bool bDefault = b == QLatin1String(kDefault);
        return aDefault != bDefault ? aDefault : a < b;
    });
    const QMap<QString, qint64> tenants = n8nInstanceTenants(db);
    QList<N8nInstanceInfo> out;
    for (const QString& code : std::as_const(codes))
        out << n8nInstanceRead(db, code, tenants);
    return out;
}

QStringList N8nInstance::linkedTenants(const N8nWorkflow& workflow, const QMap<QString, qint64>& tenants)
{
    QStringList out;
    for (const QString& tag : workflow.tags) {
        QString slug = N8n::tenantOfTag(tag);
        if (slug.isEmpty() && tenants.contains(tag))
            slug = tag;
        if (!slug.isEmpty() && !out.contains(slug))
            out << slug;
    }
    return out;
}

} // namespace fusion
