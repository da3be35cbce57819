#pragma once
// The n8n instance as the Automation pane shows it before it asks n8n anything: its address (the n8n
// provider's), whether its API key is set (never the key), what is missing and how to fix it, and the
// tenants a workflow's tags can link to. Read on the database worker; the requests are N8nClient's.
#include "models/integrations/IntegrationEndpoints.h"
#include "models/integrations/N8n.h"

#include <QMap>

namespace fusion {

struct N8nInstanceInfo {
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
    static N8nInstanceInfo read(Database& db);
    // The tenants a workflow is linked to: its "tenant:<slug>" tags and every tag equal to a known tenant's
    // slug, each once, in the order of the tags.
    static QStringList linkedTenants(const N8nWorkflow& workflow, const QMap<QString, qint64>& tenants);
};

} // namespace fusion
