#include "models/integrations/N8nInstance.h"

#include "models/vault/KeyVault.h"

#include <QSqlQuery>

namespace fusion {

N8nInstanceInfo N8nInstance::read(Database& db)
{
    N8nInstanceInfo info;
    QSqlQuery q = db.exec(QStringLiteral("SELECT slug, id FROM tenants ORDER BY slug"));
    while (q.next())
        info.tenants.insert(q.value(0).toString(), q.value(1).toLongLong());
    try {
        info.address = KeyVault::requireProvider(db, QStringLiteral("n8n")).effectiveBaseUrl();
        // Where "Open n8n" goes even before the key is set.
        const QUrl address(info.address, QUrl::StrictMode);
        if (address.isValid() && !address.host().isEmpty() &&
            (address.scheme() == QLatin1String("http") || address.scheme() == QLatin1String("https")))
            info.base = address;
        const IntegrationEndpoint api = IntegrationEndpoints::n8nApi(db);
        info.base = api.baseUrl;
        info.key = api.key;
        info.keySet = !api.key.isNull();
    } catch (const Failure& f) {
        // Not set up (no provider, no usable address, no key): said with its fix; the pane shows it instead
        // of asking n8n.
        info.setupProblem = f.error().message;
        for (const ApiKey& k : KeyVault::keys(db, QStringLiteral("n8n")))
            info.keySet = info.keySet || k.status == QLatin1String("active");
    }
    return info;
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
