#pragma once
// A tenant's SSO record checked against Keycloak (the SSO pane, the tenant's SSO tab and `fusionctl sso
// test|compare`): one flow for both checks. The endpoints are resolved on the database runner (the tenant's
// realm, client id and redirect URIs; the keycloak or keycloak_admin_api provider's address and the
// certificate its owner trusts), the secret is read from the keychain just before the requests, and
// KeycloakClient makes them. Read-only: nothing is written, so nothing is asked.
//
// The outcome is either Keycloak's answer (the login report, or the comparison with the drift) or exactly
// what failed on the way (KeycloakProblem: DNS, TLS with the untrusted certificate's fingerprint, 401, a
// wrong realm, an issuer mismatch, …). What is missing on our side (no SSO record, no key, a locked keychain)
// ends the job with an Error instead, naming how to set it up.
#include "models/integrations/KeycloakClient.h"
#include "models/jobs/Job.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace fusion {

class SsoCheck : public Job {
    Q_OBJECT

public:
    enum class Kind { TestLogin, Compare };
    struct Outcome {
        Kind kind = Kind::TestLogin;
        QString slug;
        QString realm;
        QString clientId;
        QString providerCode; // whose certificate was presented: keycloak or keycloak_admin_api
        QUrl consoleUrl;      // the realm in Keycloak's admin console
        std::optional<KeycloakLoginReport> login;     // TestLogin, when Keycloak accepted it
        std::optional<KeycloakComparison> comparison; // Compare, when the admin API answered
        KeycloakProblem problem;                      // kind None when Keycloak answered as it should

        bool ok() const { return problem.kind == KeycloakFailure::None; }
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    // Where a tenant's realm is in Keycloak's admin console (the keycloak provider's address, else the admin
    // API's). Throws Failure when the tenant has no realm or Keycloak no address.
    static QUrl adminConsoleUrl(Database& db, const QString& slug);

    explicit SsoCheck(JobHost host, QObject* parent = nullptr);
    ~SsoCheck() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(Kind kind, const QString& slug, Done done);

private:
    struct Plan;
    void run(const std::shared_ptr<Plan>& plan, const SecretBytes& secret);
    void finish(const Result<Outcome>& result);

    Done m_done;
    int m_timeoutMs = 15000;
    QPointer<KeycloakClient> m_client;
};

} // namespace fusion
