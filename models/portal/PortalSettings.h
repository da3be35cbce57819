#pragma once
// A tenant's local settings as its tenant admins manage them from the portal (the seed's permission matrix:
// tenant_admin on tenant_portal "manage local settings"): the SSO redirect URIs of its applications, and how
// its analytics sync and where its Superset dashboard is. The rest of its SSO and analytics records (realm,
// client id, SSO status, Supabase project, schema, ETL check) is the platform's wiring: shown, never edited
// here. The edit is planned by TenantService's SSO and analytics planners, so the checks are the ones the
// tenant detail, the SSO pane, the Analytics pane and `fusionctl tenants edit` use.
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantMap>

namespace fusion {

class Database;

struct PortalSettings {
    qint64 tenantId = 0;
    bool ssoExists = false; // false: SSO is not set up yet, so there is nothing of it to manage locally
    int ssoVersion = 0;
    int analyticsVersion = 0;
    QVariantMap sso;       // every column of TenantService::ssoTable(), as stored
    QVariantMap analytics; // every column of TenantService::analyticsTable(), as stored
    QVariant value(const QString& column) const
    {
        return sso.contains(column) ? sso.value(column) : analytics.value(column);
    }
};

class LocalSettings {
    Q_DECLARE_TR_FUNCTIONS(fusion::LocalSettings)

public:
    static const QStringList& ssoColumns();       // the SSO columns a tenant admin may change
    static const QStringList& analyticsColumns(); // the analytics columns a tenant admin may change
    static bool isLocal(const QString& column);

    static PortalSettings load(Database& db, qint64 tenantId);
    // One confirmed write of the changed local settings (column → new value) of both records, each checked
    // against the row version it was loaded at. Refuses any column that is not a local setting.
    static PendingWrite plan(Database& db, qint64 tenantId, int ssoVersion, int analyticsVersion,
                             const QVariantMap& values, const QString& triggerSource);
};

} // namespace fusion
