#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fusion {

// One module as a tenant's Odoo lists it (ir.module.module).
struct OdooModule {
    int id = 0;
    QString name;
    QString summary;
    QString state; // installed, uninstalled, to install, to upgrade, uninstallable, …
    QString version;
    QString author;
    QString license;
    QString source; // core, oca or ipai (classify())
};

// The module side of the Odoo integration: a tenant's catalog synced into ours, a bundle's drift, and
// applying a bundle (its missing modules installed as one tracked operation).
class OdooModules {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooModules)

public:
    static const QStringList& fields(); // what search_read asks for
    static OdooModule fromRecord(const QVariantMap& record);
    // ipai_* is ours; the Odoo Community Association's and other community authors' are "oca"; Odoo S.A.'s
    // (and modules without an author) are "core".
    static QString classify(const QString& name, const QString& author);

    // Stores the catalog and the tenant's module states as Odoo reported them (confirmed, audited).
    static PendingWrite planSync(Database& db, const QString& slug, const QList<OdooModule>& modules);
    // The bundle's modules that the tenant does not have installed (by the last sync or apply).
    static QStringList drift(Database& db, const QString& slug, const QString& bundleCode);

    // Refuses (Conflict) applying `bundleCode` to `slug` while an earlier apply of it to that tenant is
    // still recorded as running — an apply under way elsewhere, or one a killed process left: installing
    // again would send Odoo the same install twice. Names the operation and how to close it. Checked when
    // the apply is planned, before anything is sent to Odoo, and again in the apply's own write.
    static void requireNoRunningApply(Database& db, const QString& slug, const QString& bundleCode);
    // Applying a bundle, in two writes around the Odoo calls: the first (confirmed) records the operation as
    // running; the second records what Odoo reported afterwards.
    static PendingWrite planApply(Database& db, const QString& slug, const QString& bundleCode,
                                  const QStringList& available, const QStringList& unavailable,
                                  const QString& triggerSource);
    // `requested`: the modules the apply set out to install; those Odoo did not report at all count as not
    // installed (not available in that Odoo), so a partly applied bundle is never recorded as a success.
    // A module install this app started and never recorded the end of (it was closed, or lost its network
    // while Odoo worked): closed as failed, saying that what Odoo did is unknown until the modules are
    // synced. Only operations started from the app or fusionctl; those of an outside automation are left to
    // it.
    static PendingWrite planAbandonApply(Database& db, qint64 operationId);
    static PendingWrite planApplyResult(Database& db, qint64 operationId, const QString& slug,
                                        const QStringList& requested, const QList<OdooModule>& after,
                                        const QString& error);
};

} // namespace fusion
