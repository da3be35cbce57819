#pragma once
// Where each outside service of the control plane is reached and with which vault key, resolved from the
// database (migration 0013's providers). A service's endpoint is its provider's effective base URL
// (`fusionctl keys provider set CODE --base-url URL`); its credentials are vault keys whose secret lives only
// in the keychain and is read with CallKey just before a request is sent. The conventions:
// - keycloak (tenant clients): the key labelled with the tenant's slug is that tenant's client secret; the
//   realm and the client id come from the tenant's sso_configs row.
// - keycloak_admin_api: the provider's default key; its client_id is the admin client's id (realm master),
// its
//   secret that client's secret.
// - n8n, and every further n8n instance (a provider whose code starts with "n8n-", e.g. n8n-eu, added with
//   "fusionctl keys provider add n8n-eu --name \"n8n EU\" --base-url URL"): the default key is the public
//   API's key.
// - n8n_webhook (n8n-eu_webhook for n8n-eu: the instance's code and "_webhook"): the key labelled with the
//   webhook's path (else the provider's default key); its client_id is the Header Auth header's name, its
//   secret the header's value. A webhook is never called without one: an unauthenticated webhook would
//   start a tenant's automation for anyone who can reach n8n.
// - superset: the default key; client_id the username, secret the password (database login).
// - supabase (a tenant's analytics project, the ETL check's RPC): the key labelled with the tenant's slug,
//   else the provider's default key; its secret is the project's API key. The project's address is the
//   tenant's analytics_configs.supabase_project: a full http(s) address, or a reference REF meaning
//   https://REF.supabase.co. The provider is not built in: "fusionctl keys provider add supabase …".
// - mattermost: the key labelled with the tenant's slug (never the default: that would post to another
//   tenant's channel); its secret is the channel's whole incoming-webhook address, which authorises posting.
// - prometheus: an optional default key, a Bearer token for an authenticating proxy; none: no auth.
// Anything missing (a URL, a key, a client id, the SSO record) is one Failure naming the exact fusionctl
// command that fixes it.
#include "models/storage/Database.h"
#include "models/vault/CallKey.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QUrl>

namespace fusion {

struct IntegrationEndpoint {
    QString providerCode;
    QUrl baseUrl;
    QString clientId;  // the key row's non-secret id (a client, a user, a header name); may be empty
    QString tlsSha256; // a certificate the owner trusts for this service (HttpRequest::Options); may be empty
    CallKey key;       // null: no key (only where none is needed)
};

struct KeycloakTenantEndpoint {
    IntegrationEndpoint endpoint;
    QString slug;
    QString realm;
    QString clientId;
    QString redirectUris; // sso_configs.redirect_uris as stored
};

class IntegrationEndpoints {
    Q_DECLARE_TR_FUNCTIONS(fusion::IntegrationEndpoints)

public:
    // Each throws Failure: NotFound for an unknown tenant, InvalidInput for anything not set up.
    static KeycloakTenantEndpoint keycloakTenant(Database& db, const QString& slug);
    static IntegrationEndpoint keycloakAdmin(Database& db);
    // `instance`: an n8n instance's provider code ("n8n", "n8n-eu"); anything else is refused (InvalidInput).
    static IntegrationEndpoint n8nApi(Database& db, const QString& instance = QStringLiteral("n8n"));
    static IntegrationEndpoint n8nWebhook(Database& db, const QString& webhookPath,
                                          const QString& instance = QStringLiteral("n8n"));
    // True for the code of an n8n instance: "n8n", or "n8n-" and more (not one's webhook provider).
    static bool isN8nInstance(const QString& code);
    // The provider of `instance`'s webhooks: "n8n_webhook" for "n8n", "n8n-eu_webhook" for "n8n-eu".
    static QString n8nWebhookProvider(const QString& instance);
    // Throws InvalidInput unless `instance` is an n8n instance's code that has a provider.
    static void requireN8nInstance(Database& db, const QString& instance);
    static IntegrationEndpoint superset(Database& db);
    // `project`: the tenant's analytics_configs.supabase_project; baseUrl is the project's address.
    static IntegrationEndpoint supabaseProject(Database& db, const QString& slug, const QString& project);
    static IntegrationEndpoint prometheus(Database& db); // key may be null
    // The tenant's Mattermost channel; baseUrl is the provider's (the webhook's own address is the secret).
    static IntegrationEndpoint mattermostChannel(Database& db, const QString& slug);
    // Every live tenant's Kubernetes namespace (slug → namespace), for matching Prometheus's series to
    // tenants.
    static QMap<QString, QString> tenantNamespaces(Database& db);

private:
    // `label` empty: the provider's default key. `required` false: no key is no error.
    static IntegrationEndpoint resolve(Database& db, const QString& code, const QString& label, bool required,
                                       const QString& keyMeaning);
};

} // namespace fusion
