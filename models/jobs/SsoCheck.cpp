#include "models/jobs/SsoCheck.h"

#include "models/integrations/IntegrationEndpoints.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"

namespace fusion {

struct SsoCheck::Plan {
    Kind kind = Kind::TestLogin;
    KeycloakTenantEndpoint tenant;
    IntegrationEndpoint server; // the tenant's client (test login) or the admin client (compare)
    QUrl consoleUrl;
};

QUrl SsoCheck::adminConsoleUrl(Database& db, const QString& slug)
{
    const Tenant tenant = TenantRepository(db).requireBySlug(slug);
    const SsoConfig sso = TenantRepository(db).sso(tenant.id);
    if (sso.id == 0 || sso.keycloakRealm.isEmpty())
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 has no Keycloak realm in its SSO record; set it in the tenant's SSO tab first.")
                          .arg(slug));
    // The admin console lives on the same server as the realms; either provider's address will do.
    for (const QString& code : {QStringLiteral("keycloak"), QStringLiteral("keycloak_admin_api")}) {
        const QString base = Keycloak::normalisedBase(KeyVault::requireProvider(db, code).effectiveBaseUrl());
        if (!base.isEmpty())
            return Keycloak::adminConsoleUrl(base, sso.keycloakRealm);
    }
    throw Failure(ErrorKind::InvalidInput,
                  tr("Keycloak has no address; set it with \"fusionctl keys provider set keycloak --base-url "
                     "URL\"."));
}

SsoCheck::SsoCheck(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

SsoCheck::~SsoCheck() = default;

void SsoCheck::start(Kind kind, const QString& slug, Done done)
{
    begin();
    m_done = std::move(done);
    onDatabase<std::shared_ptr<Plan>>(
        [kind, slug](Database& db) {
            auto plan = std::make_shared<Plan>();
            plan->kind = kind;
            plan->tenant = IntegrationEndpoints::keycloakTenant(db, slug);
            plan->server =
                kind == Kind::TestLogin ? plan->tenant.endpoint : IntegrationEndpoints::keycloakAdmin(db);
            plan->consoleUrl = Keycloak::adminConsoleUrl(
                Keycloak::normalisedBase(plan->server.baseUrl.toString()), plan->tenant.realm);
            return plan;
        },
        [this](const Result<std::shared_ptr<Plan>>& planned) {
            if (!planned)
                return finish(planned.error());
            const std::shared_ptr<Plan> plan = planned.value();
            if (isCancelled())
                return finish(cancelledError());
            // The secret just before the requests that need it, and held no longer than they take.
            plan->server.key.read(host().secrets.data(), this, [this, plan](Result<KeySecret> secret) {
                if (!secret)
                    return finish(secret.error());
                if (isCancelled())
                    return finish(cancelledError());
                run(plan, secret.value().key);
            });
        });
}

void SsoCheck::run(const std::shared_ptr<Plan>& plan, const SecretBytes& secret)
{
    const KeycloakTenantEndpoint& t = plan->tenant;
    auto* client = new KeycloakClient(
        KeycloakServer{plan->server.baseUrl.toString(), plan->server.tlsSha256, m_timeoutMs}, this);
    m_client = client;
    Outcome base;
    base.kind = plan->kind;
    base.slug = t.slug;
    base.realm = t.realm;
    base.clientId = t.clientId;
    base.providerCode = plan->server.providerCode;
    base.consoleUrl = plan->consoleUrl;
    if (plan->kind == Kind::TestLogin) {
        report(0, 0, tr("Signing in to realm %1 as client %2…").arg(t.realm, t.clientId));
        client->testLogin(t.realm, t.clientId, secret,
                          [this, client, base](const KeycloakResult<KeycloakLoginReport>& result) {
                              client->deleteLater();
                              Outcome outcome = base;
                              outcome.problem = result.problem;
                              if (result.ok())
                                  outcome.login = result.value;
                              finish(outcome);
                          });
        return;
    }
    report(0, 0, tr("Reading client %1 of realm %2 from Keycloak…").arg(t.clientId, t.realm));
    client->compare(t.realm, t.clientId, t.redirectUris, plan->server.clientId, secret,
                    [this, client, base](const KeycloakResult<KeycloakComparison>& result) {
                        client->deleteLater();
                        Outcome outcome = base;
                        outcome.problem = result.problem;
                        if (result.ok()) {
                            outcome.comparison = result.value;
                            if (result.value.consoleUrl.isValid())
                                outcome.consoleUrl = result.value.consoleUrl;
                        }
                        finish(outcome);
                    });
}

void SsoCheck::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
