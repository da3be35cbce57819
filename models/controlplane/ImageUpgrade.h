#pragma once

#include "models/controlplane/ImageTags.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fusion {

// Upgrading tenants' images (the seed's image_upgrade_modal): one tenant from its Infra tab or many at once,
// to a tag tested in this environment, in waves inside a maintenance window. Each tenant gets one queued
// upgrade_image operation with its time; the automation carries it out then, and until it starts it can be
// cancelled. The app's dialog and `fusionctl upgrades` both go through this.
struct UpgradeRequest {
    QStringList tenantSlugs; // the tenants asked for; empty with allActive: every active tenant
    bool allActive = false;
    QString component = QStringLiteral("odoo");
    QString reference; // IMAGE:TAG, tested in this environment
    qint64 windowId = 0;
    int waveSize = 50;       // tenants per wave
    int waveGapMinutes = 30; // between the starts of two waves
};

struct UpgradeTarget {
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QString currentImage; // what it runs now, as far as the control plane knows
};

struct UpgradeWave {
    int number = 0;
    QDateTime at;
    QList<UpgradeTarget> tenants;
};

struct UpgradeSkip {
    QString slug;
    QString reason; // translated
};

struct UpgradePreview {
    TestedTag tag;
    MaintenanceWindow window;
    QList<UpgradeWave> waves;
    QList<UpgradeSkip> skipped;
    QString blocked; // why it cannot be scheduled now (operations frozen), or empty

    int count() const;
};

struct UpgradeOperation {
    qint64 id = 0;
    QString tenantSlug;
    QString reference;
    QDateTime scheduledFor;
    int wave = 0;
    QString windowName;
    QString status;
};

class ImageUpgrade {
    Q_DECLARE_TR_FUNCTIONS(fusion::ImageUpgrade)

public:
    static constexpr int kMaxWaveSize = 1000;
    static constexpr int kInsertChunk = 200; // rows per INSERT: one statement per chunk, not per tenant

    // Who is upgraded when, and who is not and why. Throws InvalidInput/NotFound for what cannot be planned
    // at all (no such tag in this environment, a window over or cancelled, waves that do not fit in it).
    static UpgradePreview preview(Database& db, const UpgradeRequest& request);
    static PendingWrite planSchedule(Database& db, const UpgradePreview& preview,
                                     const QString& triggerSource);

    // Upgrades not started yet (queued), soonest first; `tenantSlug` empty: every tenant's.
    static QList<UpgradeOperation> scheduled(Database& db, const QString& tenantSlug = {});
    // Cancels the given operations, which must all be queued upgrades; one transaction.
    static PendingWrite planCancel(Database& db, const QList<qint64>& operationIds);
};

} // namespace fusion
