#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/tenants/Tenant.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// A bundle as the Bundles pane lists it: its definition, its version for optimistic locking, and how many
// tenants have it.
struct BundleInfo {
    Bundle bundle;
    int rowVersion = 0;
    int tenantCount = 0;
};

// What a person typed to create or edit a bundle.
struct BundleDraft {
    QString code;
    QString name;
    QString description;
    QString type = QStringLiteral("custom");
    QString version = QStringLiteral("1.0");
    QStringList modules;
};

// One module of the catalog (synced from tenants' Odoo or seeded), for choosing a bundle's modules.
struct CatalogModule {
    QString name;
    QString summary;
    QString source; // core, oca, ipai
};

// How one tenant differs from what its bundles want.
struct TenantDrift {
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QStringList bundles;    // assigned bundle codes
    QStringList missing;    // wanted by a bundle, not installed
    QStringList unwanted;   // installed, wanted by no assigned bundle
    int installedCount = 0; // 0: nothing recorded yet (never synced), so "missing" is everything
    bool inSync() const { return missing.isEmpty() && unwanted.isEmpty(); }
};

struct DriftQuery {
    QString slug;       // one tenant; empty: the fleet
    QString bundleCode; // only tenants with this bundle, and only its modules as missing; empty: all
    // Core modules come installed as dependencies of almost everything; counting them as unwanted buries the
    // drift that matters, so they are left out unless asked for.
    bool includeCore = false;
    bool onlyDrifting = true; // the fleet: leave out tenants that match their bundles
};

// Module bundles: listing, creating, editing and deleting them (each a confirmed, audited write), and the
// drift between tenants' bundles and what their Odoo has installed.
class BundleCatalog {
    Q_DECLARE_TR_FUNCTIONS(fusion::BundleCatalog)

public:
    static QList<BundleInfo> list(Database& db);
    static std::optional<BundleInfo> find(Database& db, const QString& code);
    static QList<CatalogModule> modules(Database& db);
    static QStringList liveTenantSlugs(Database& db); // tenants a bundle can be assigned to

    // Problems with a draft, one per line; empty when it can be saved.
    static QStringList validate(const BundleDraft& raw);
    // The seed's recommended starting bundles (Finance PPM, CRM & Sales): drafts a person reviews and saves
    // through the confirmation like any new bundle — offered when the catalog is empty.
    static QList<BundleDraft> starters();
    static PendingWrite planCreate(Database& db, const BundleDraft& raw);
    // Saves `raw` (trimmed, modules sorted) over the bundle `code` if nobody changed it since
    // `expectedVersion` was read.
    static PendingWrite planEdit(Database& db, const QString& code, int expectedVersion,
                                 const BundleDraft& raw);
    // Refused while a tenant has the bundle: unassign it first, so no tenant loses what it was promised.
    static PendingWrite planDelete(Database& db, const QString& code, int expectedVersion);

    static QList<TenantDrift> drift(Database& db, const DriftQuery& query);
};

} // namespace fusion
