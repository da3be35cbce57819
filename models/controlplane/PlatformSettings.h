#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace fusion {

// The platform's own settings (the seed's settings_platform): which environment this database runs, the soft
// tenant limit of each environment, and the global operations freeze. Owners change them; everyone reads them
// (the window's header shows the environment in its colour).
struct PlatformSettingsValues {
    QString environment = QStringLiteral("dev"); // dev, stage or prod
    bool frozen = false;
    QString freezeReason;
    QString frozenBy;
    QDateTime frozenAt;
    QMap<QString, std::optional<int>> softLimits; // environment → limit (nullopt: none)
    QString runbookBaseUrl;                       // empty: failures link to no runbook
    int rowVersion = 0;

    std::optional<int> currentLimit() const { return softLimits.value(environment); }
};

class PlatformSettings {
    Q_DECLARE_TR_FUNCTIONS(fusion::PlatformSettings)

public:
    static const QStringList& environments(); // dev, stage, prod: in promotion order
    static QString environmentLabel(const QString& environment);
    // The header's colour: production is the one to be careful with.
    static QString environmentColor(const QString& environment);

    static PlatformSettingsValues read(Database& db);
    // Tenants that count against the limit: every one not decommissioned.
    static int tenantCount(Database& db);
    // Why one more tenant may not be created here, or empty. `adding`: how many the caller creates.
    static QString limitProblem(Database& db, int adding = 1);
    // Why no operation may be created or started now, or empty.
    static QString freezeProblem(const PlatformSettingsValues& values);

    static PendingWrite planSetEnvironment(Database& db, const QString& environment);
    static PendingWrite planSetLimit(Database& db, const QString& environment, std::optional<int> limit);
    static PendingWrite planFreeze(Database& db, const QString& reason);
    static PendingWrite planUnfreeze(Database& db);
    // Where the runbooks live: a failed operation links to {url}/{operation type}. Empty: no links.
    static PendingWrite planSetRunbookBaseUrl(Database& db, const QString& url);
    // The runbook recommended for an operation of `type` (provision, upgrade_image, …); empty without a base.
    static QString runbookUrl(const QString& baseUrl, const QString& type);
};

} // namespace fusion
