#pragma once
// The n8n instances as the Automation pane and `fusionctl automation instances` show them before asking
// n8n anything: each one's code and name (a provider whose code is n8n or starts with n8n-, see
// IntegrationEndpoints.h), its address, whether its API key is set (never the key), what is missing and how
// to fix it, and the tenants a workflow's tags can link to. Read on the database worker; the requests are
// N8nClient's.
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8n.h"

#include <QMap>

namespace fusion {

struct N8nInstanceInfo {
    QString code;         // the provider's code: "n8n", "n8n-eu"
    QString name;         // the provider's name ("n8n EU"); the code when there is no provider
    QString address;      // the provider's base URL as set (may be empty or unusable)
    QUrl base;            // valid only when usable (then "Open n8n" opens it, set up or not)
    bool keySet = false;  // an active API key is in the vault
    QString setupProblem; // empty when the API can be called; else what is missing and the command fixing it
    CallKey key;          // null unless keySet
    QMap<QString, qint64> tenants; // every tenant's slug → id, for the links
};

class N8nInstance {
    Q_DECLARE_TR_FUNCTIONS(fusion::N8nInstance)

public:
    static constexpr const char* kDefault = "n8n";
    // One instance; an unknown or non-n8n code comes back with its setupProblem saying so.
    static N8nInstanceInfo read(Database& db, const QString& code = QStringLiteral("n8n"));
    // Every instance: "n8n" first, then the others by code. Empty when there is none at all.
    static QList<N8nInstanceInfo> instances(Database& db);
    // The tenants a workflow is linked to: its "tenant:<slug>" tags and every tag equal to a known tenant's
    // slug, each once, in the order of the tags.
    static QStringList linkedTenants(const N8nWorkflow& workflow, const QMap<QString, qint64>& tenants);
};

} // namespace fusion
