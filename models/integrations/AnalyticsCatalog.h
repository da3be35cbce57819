#pragma once
// What the Analytics pane and `fusionctl analytics dashboards` show: each tenant's analytics settings
// (analytics_configs, with its ETL check) and Superset's dashboards, fetched with the superset vault key's
// login (read from the keychain just before, never kept), each linked to the tenants it belongs to.
//
// A dashboard belongs to a tenant when its address is the tenant's superset_dashboard_url, when its slug or
// title contains the tenant's slug, or when it is tagged tenant:SLUG (the convention n8n's workflows share).
#include "models/core/Error.h"
#include "models/integrations/Superset.h"
#include "models/jobs/JobHost.h"
#include "models/tenants/Tenant.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fusion {

class Database;

struct AnalyticsTenant {
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QString status;         // the tenant's status key (TenantStatus)
    AnalyticsConfig config; // id 0: no analytics settings yet
};

class AnalyticsCatalog {
    Q_DECLARE_TR_FUNCTIONS(fusion::AnalyticsCatalog)

public:
    // Every tenant that is not decommissioned, by slug, with its analytics settings.
    static QList<AnalyticsTenant> tenants(Database& db);
    // The slugs of the tenants `dashboard` belongs to, in the order of `tenants`.
    static QStringList tenantsOf(const SupersetDashboard& dashboard, const QList<AnalyticsTenant>& tenants);
    // Two dashboard addresses name the same dashboard (a trailing slash, the case of the host aside).
    static bool sameAddress(const QString& a, const QString& b);
};

// Superset's dashboards: the endpoint from the database, the login from the keychain, then login and every
// page. Off the GUI thread (the database work on the host's runner, the HTTP asynchronous); one answer.
class SupersetDashboards : public QObject {
    Q_OBJECT

public:
    explicit SupersetDashboards(JobHost host, QObject* parent = nullptr);
    ~SupersetDashboards() override;
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The base URL Superset is reached at comes with the answer (for "open Superset").
    void fetch(std::function<void(const Result<QList<SupersetDashboard>>&)> done);

private:
    JobHost m_host;
    int m_timeoutMs = 30000;
    QPointer<SupersetClient> m_client;
};

} // namespace fusion
