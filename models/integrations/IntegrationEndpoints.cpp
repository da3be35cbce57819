#include "models/integrations/IntegrationEndpoints.h"

#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"

#include <QSqlQuery>

namespace fusion {

namespace {

QString addKeyCommand(const QString& code, const QString& label, bool clientId)
{
    QString command = QStringLiteral("fusionctl keys add %1 --label %2 --secret-stdin").arg(code, label);
    if (clientId)
        command += QStringLiteral(" --client-id ID");
    return command;
}

} // namespace

IntegrationEndpoint IntegrationEndpoints::resolve(Database& db, const QString& code, const QString& label,
                                                  bool required, const QString& keyMeaning)
{
    const Provider provider = KeyVault::requireProvider(db, code);
    IntegrationEndpoint e;
    e.providerCode = code;
    const QUrl url(provider.effectiveBaseUrl(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 has no usable address; set it with \"fusionctl keys provider set %2 --base-url "
                         "URL\".")
                          .arg(provider.name, code));
    e.baseUrl = url;
    e.tlsSha256 = provider.tlsSha256;
    // Only active keys: a retiring one is on its way out and a revoked one has no secret any more.
    std::optional<ApiKey> chosen;
    for (const ApiKey& k : KeyVault::keys(db, code)) {
        if (k.status != QLatin1String("active"))
            continue;
        if (!label.isEmpty() && k.label == label) {
            chosen = k;
            break;
        }
        if (k.isDefault && !chosen)
            chosen = k;
    }
    if (!chosen) {
        if (!required)
            return e;
        throw Failure(
            ErrorKind::InvalidInput,
            tr("%1 has no key for %2; add it with \"%3\".")
                .arg(provider.name, keyMeaning,
                     addKeyCommand(code, label.isEmpty() ? QStringLiteral("default") : label, false)));
    }
    e.clientId = chosen->clientId;
    e.key = CallKey::find(db, code, chosen->id);
    return e;
}

IntegrationEndpoint IntegrationEndpoints::mattermostChannel(Database& db, const QString& slug)
{
    TenantRepository(db).requireBySlug(slug);
    const Provider provider = KeyVault::requireProvider(db, QStringLiteral("mattermost"));
    IntegrationEndpoint e;
    e.providerCode = provider.code;
    e.baseUrl = QUrl(provider.effectiveBaseUrl());
    e.tlsSha256 = provider.tlsSha256;
    for (const ApiKey& k : KeyVault::keys(db, provider.code)) {
        if (k.status == QLatin1String("active") && k.label == slug) {
            e.clientId = k.clientId;
            e.key = CallKey::find(db, provider.code, k.id);
            return e;
        }
    }
    throw Failure(ErrorKind::InvalidInput,
                  tr("%1 has no Mattermost channel: store its incoming-webhook address with \"%2\".")
                      .arg(slug, addKeyCommand(provider.code, slug, false)));
}

KeycloakTenantEndpoint IntegrationEndpoints::keycloakTenant(Database& db, const QString& slug)
{
    const Tenant tenant = TenantRepository(db).requireBySlug(slug);
    const SsoConfig sso = TenantRepository(db).sso(tenant.id);
    if (sso.id == 0 || sso.keycloakRealm.isEmpty() || sso.keycloakClientId.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 has no SSO record with a Keycloak realm and client id; set it in the tenant's "
                         "SSO pane first.")
                          .arg(slug));
    KeycloakTenantEndpoint t;
    t.slug = slug;
    t.realm = sso.keycloakRealm;
    t.clientId = sso.keycloakClientId;
    t.redirectUris = sso.redirectUris;
    // The tenant's own label only: another tenant's secret (or a default) must never be tried here.
    t.endpoint = resolve(db, QStringLiteral("keycloak"), slug, false, {});
    if (t.endpoint.key.isNull() || t.endpoint.key.label != slug)
        throw Failure(ErrorKind::InvalidInput,
                      tr("Keycloak has no client secret for %1; add it with \"%2\".")
                          .arg(slug, addKeyCommand(QStringLiteral("keycloak"), slug, false)));
    return t;
}

IntegrationEndpoint IntegrationEndpoints::keycloakAdmin(Database& db)
{
    IntegrationEndpoint e =
        resolve(db, QStringLiteral("keycloak_admin_api"), {}, true, tr("its admin client"));
    if (e.clientId.isEmpty())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("The Keycloak admin key has no client id; add the admin client's key with \"%1\".")
                .arg(addKeyCommand(QStringLiteral("keycloak_admin_api"), QStringLiteral("admin"), true)));
    return e;
}

bool IntegrationEndpoints::isN8nInstance(const QString& code)
{
    return code == QLatin1String("n8n") || (code.startsWith(QLatin1String("n8n-")) && code.size() > 4 &&
                                            !code.endsWith(QLatin1String("_webhook")));
}

QString IntegrationEndpoints::n8nWebhookProvider(const QString& instance)
{
    return instance + QLatin1String("_webhook");
}

void IntegrationEndpoints::requireN8nInstance(Database& db, const QString& instance)
{
    QStringList known;
    bool found = false;
    for (const Provider& p : KeyVault::providers(db)) {
        if (!isN8nInstance(p.code))
            continue;
        known << p.code;
        found = found || p.code == instance;
    }
    if (found)
        return;
    const QString list = known.isEmpty() ? tr("none") : known.join(QStringLiteral(", "));
    if (!isN8nInstance(instance))
        throw Failure(ErrorKind::InvalidInput,
                      tr("\"%1\" is not an n8n instance: an instance's code is n8n or starts with n8n- "
                         "(known: %2).")
                          .arg(instance, list));
    throw Failure(
        ErrorKind::InvalidInput,
        tr("There is no n8n instance \"%1\" (known: %2); add it with \"fusionctl keys provider add %1 "
           "--name NAME --base-url URL\".")
            .arg(instance, list));
}

IntegrationEndpoint IntegrationEndpoints::n8nApi(Database& db, const QString& instance)
{
    requireN8nInstance(db, instance);
    return resolve(db, instance, {}, true, tr("its API"));
}

IntegrationEndpoint IntegrationEndpoints::n8nWebhook(Database& db, const QString& webhookPath,
                                                     const QString& instance)
{
    requireN8nInstance(db, instance);
    const QString code = n8nWebhookProvider(instance);
    bool known = false;
    for (const Provider& p : KeyVault::providers(db))
        known = known || p.code == code;
    // The instance exists but not its webhooks' provider: the exact command that adds it (its address is
    // usually the instance's own).
    if (!known) {
        const Provider api = KeyVault::requireProvider(db, instance);
        throw Failure(
            ErrorKind::InvalidInput,
            tr("%1 has no provider for its webhooks; add it with \"fusionctl keys provider add %2 "
               "--name '%1 webhooks' --base-url %3\", then its Header Auth key with \"%4\".")
                .arg(api.name, code, api.effectiveBaseUrl(), addKeyCommand(code, webhookPath, true)));
    }
    IntegrationEndpoint e = resolve(db, code, webhookPath, false, {});
    if (e.key.isNull() || e.clientId.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("n8n webhooks have no Header Auth key for \"%1\"; add it with \"%2\" (the client id "
                         "is the header's name).")
                          .arg(webhookPath, addKeyCommand(code, webhookPath, true)));
    return e;
}

IntegrationEndpoint IntegrationEndpoints::superset(Database& db)
{
    IntegrationEndpoint e = resolve(db, QStringLiteral("superset"), {}, true, tr("its login"));
    if (e.clientId.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The Superset key has no username; add the login with \"%1\" (the client id is the "
                         "username).")
                          .arg(addKeyCommand(QStringLiteral("superset"), QStringLiteral("login"), true)));
    return e;
}

IntegrationEndpoint IntegrationEndpoints::supabaseProject(Database& db, const QString& slug,
                                                          const QString& project)
{
    if (project.isEmpty())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("%1 has no Supabase project; set it in the tenant's Analytics tab first.").arg(slug));
    bool known = false;
    for (const Provider& p : KeyVault::providers(db))
        known = known || p.code == QLatin1String("supabase");
    if (!known)
        throw Failure(ErrorKind::InvalidInput,
                      tr("There is no Supabase provider for the project keys; add it with \"fusionctl keys "
                         "provider add supabase --name Supabase --base-url https://supabase.com\", then the "
                         "project's key with \"%1\".")
                          .arg(addKeyCommand(QStringLiteral("supabase"), slug, false)));
    IntegrationEndpoint e =
        resolve(db, QStringLiteral("supabase"), slug, true, tr("the project of %1").arg(slug));
    const QUrl url =
        project.startsWith(QLatin1String("http://")) || project.startsWith(QLatin1String("https://"))
            ? QUrl(project, QUrl::StrictMode)
            : QUrl(QStringLiteral("https://%1.supabase.co").arg(project), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("The Supabase project \"%1\" of %2 is not an address.").arg(project, slug));
    e.baseUrl = url;
    return e;
}

IntegrationEndpoint IntegrationEndpoints::prometheus(Database& db)
{
    return resolve(db, QStringLiteral("prometheus"), {}, false, {});
}

QMap<QString, QString> IntegrationEndpoints::tenantNamespaces(Database& db)
{
    QMap<QString, QString> out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT slug, k8s_namespace FROM tenants WHERE k8s_namespace <> '' AND "
                               "status <> 'decommissioned' ORDER BY slug"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace fusion
