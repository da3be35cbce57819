#pragma once

#include "models/storage/Database.h"
#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fusion {

// One outside service of the control plane as Platform settings shows it: where it is reached, which
// certificate it may present, and which vault keys hold its credentials — by keychain reference and
// fingerprint only, never a secret.
struct ServiceSetup {
    Provider provider;
    QString purpose;    // translated: what the platform uses the service for
    QString credential; // translated: what its key is (an API key, a client secret, a login)
    bool keyRequired = true;
    QList<ApiKey> keys; // live keys (active or retiring)
    bool hasUsableKey() const;
};

// The services of seed 001's settings_platform (Keycloak, n8n, Superset, Supabase, Prometheus), in the
// order an owner sets them up. Supabase is listed when a provider of that code exists (the knowledge base's
// sources create it). Every further n8n instance (n8n-eu, …) and its webhooks' provider follow n8n's.
class ServiceSettings {
    Q_DECLARE_TR_FUNCTIONS(fusion::ServiceSettings)

public:
    static const QStringList& codes();
    static QList<ServiceSetup> list(Database& db);
};

} // namespace fusion
