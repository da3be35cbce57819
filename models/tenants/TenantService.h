#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/storage/RecordEdit.h"
#include "models/tenants/Tenant.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace fusion {

enum class TenantAction { Pause, Resume, Rebuild, Decommission };

// What the create-tenant wizard (and `fusionctl tenants create`) collects.
struct NewTenant {
    QString slug;
    QString name;
    QString agencyGroup;
    QString planCode;          // empty: no plan yet
    QStringList bundleCodes;   // bundles to assign; their modules become pending
    QString infraTemplateName; // empty: none
    QString region;
    QString dbStrategy = QStringLiteral("db_per_tenant");
    QString dbHost;
    QString odooUrl;
    QString keycloakRealm; // empty: SSO not configured
    QString keycloakClientId;
    QString redirectUris; // one per line
};

// Every write to the tenant control plane, each as a plan to confirm and a transaction to run.
class TenantService {
    Q_DECLARE_TR_FUNCTIONS(fusion::TenantService)

public:
    // triggerSource: "ui" for the app, "cli" for fusionctl (recorded on operations).
    TenantService(Database& db, QString triggerSource);

    PendingWrite planCreate(const NewTenant& input) const;
    PendingWrite planAction(const QString& slug, TenantAction action) const;
    PendingWrite planEditTenant(qint64 tenantId, int expectedVersion, const QVariantMap& values) const;
    PendingWrite planEditSubscription(qint64 tenantId, int expectedVersion, const QVariantMap& values) const;
    PendingWrite planEditSso(qint64 tenantId, int expectedVersion, const QVariantMap& values) const;
    PendingWrite planEditAnalytics(qint64 tenantId, int expectedVersion, const QVariantMap& values) const;
    // Assigns exactly these bundles; modules of newly assigned bundles that the tenant lacks become pending.
    // Unassigning a bundle leaves its modules as they are (what no bundle wants shows up as drift).
    PendingWrite planSetBundles(qint64 tenantId, const QStringList& bundleCodes) const;

    // Problems with a new tenant's fields, one sentence each (empty when it can be created).
    QStringList validate(const NewTenant& tenant) const;

    static QString actionKey(TenantAction action);
    static std::optional<TenantAction> parseAction(const QString& key);
    static QString actionVerb(TenantAction action); // translated button text
    // The status an action leads to, or empty if the action is not allowed from `status`.
    static QString targetStatus(TenantAction action, const QString& status);

    static const EditableTable& tenantTable();
    static const EditableTable& subscriptionTable();
    static const EditableTable& ssoTable();
    static const EditableTable& analyticsTable();

private:
    PendingWrite withTenantContext(PendingWrite write, const Tenant& tenant, const QString& action,
                                   const QString& title) const;
    Database& m_db;
    QString m_triggerSource;
};

} // namespace fusion
