#include "models/controlplane/ServiceSettings.h"

#include "models/integrations/IntegrationEndpoints.h"

namespace fusion {

bool ServiceSetup::hasUsableKey() const
{
    for (const ApiKey& k : keys)
        if (k.status == QLatin1String("active"))
            return true;
    return false;
}

const QStringList& ServiceSettings::codes()
{
    static const QStringList all{QStringLiteral("keycloak"),  QStringLiteral("keycloak_admin_api"),
                                 QStringLiteral("n8n"),       QStringLiteral("n8n_webhook"),
                                 QStringLiteral("superset"),  QStringLiteral("supabase"),
                                 QStringLiteral("prometheus")};
    return all;
}

QList<ServiceSetup> ServiceSettings::list(Database& db)
{
    // What each key means follows IntegrationEndpoints' conventions, in words for the settings page.
    struct Meaning {
        const char* purpose;
        const char* credential;
        bool required;
    };
    static const QMap<QString, Meaning> meanings{
        {QStringLiteral("keycloak"),
         {QT_TR_NOOP("Tenants' single sign-on: Test login with each tenant's client"),
          QT_TR_NOOP("one client secret per tenant, labelled with its slug"), true}},
        {QStringLiteral("keycloak_admin_api"),
         {QT_TR_NOOP("Compare with Keycloak: reads realms' clients through the admin API"),
          QT_TR_NOOP("the admin client's secret; its client id in the key"), true}},
        {QStringLiteral("n8n"),
         {QT_TR_NOOP("Automation: workflows and executions through n8n's public API"),
          QT_TR_NOOP("the public API key"), true}},
        {QStringLiteral("n8n_webhook"),
         {QT_TR_NOOP("Automation: webhook workflows run for a tenant (Header Auth)"),
          QT_TR_NOOP("the header's value, labelled with the webhook path; the header's name as client id"),
          true}},
        {QStringLiteral("superset"),
         {QT_TR_NOOP("Analytics: dashboards listed from Superset's API"),
          QT_TR_NOOP("a database login; the username as client id"), true}},
        {QStringLiteral("supabase"),
         {QT_TR_NOOP("Analytics and the knowledge base: PostgREST RPCs"), QT_TR_NOOP("the service key"),
          true}},
        {QStringLiteral("prometheus"),
         {QT_TR_NOOP("Live health: resource KPIs from PromQL"),
          QT_TR_NOOP("optional: a bearer token for a proxy in front of Prometheus"), false}},
    };
    QList<Provider> providers = KeyVault::providers(db);
    QList<ApiKey> keys = KeyVault::keys(db);
    // Every further n8n instance (n8n-eu, …) and its webhooks' provider follow the default one's, meaning
    // the same for another n8n.
    QStringList order;
    QMap<QString, QString> meaningOf;
    for (const QString& code : codes()) {
        order << code;
        meaningOf.insert(code, code);
        if (code != QLatin1String("n8n_webhook"))
            continue;
        QStringList more;
        for (const Provider& p : std::as_const(providers))
            if (p.code != QLatin1String("n8n") && IntegrationEndpoints::isN8nInstance(p.code))
                more << p.code;
        more.sort();
        for (const QString& instance : std::as_const(more)) {
            const QString hooks = IntegrationEndpoints::n8nWebhookProvider(instance);
            order << instance << hooks;
            meaningOf.insert(instance, QStringLiteral("n8n"));
            meaningOf.insert(hooks, QStringLiteral("n8n_webhook"));
        }
    }
    QList<ServiceSetup> out;
    for (const QString& code : std::as_const(order)) {
        const auto provider = std::find_if(providers.cbegin(), providers.cend(),
                                           [&](const Provider& p) { return p.code == code; });
        if (provider == providers.cend())
            continue;
        ServiceSetup s;
        s.provider = *provider;
        const Meaning m = meanings.value(meaningOf.value(code));
        s.purpose = tr(m.purpose);
        s.credential = tr(m.credential);
        s.keyRequired = m.required;
        for (const ApiKey& k : keys)
            if (k.providerCode == code && k.status != QLatin1String("revoked"))
                s.keys << k;
        out << s;
    }
    return out;
}

} // namespace fusion
