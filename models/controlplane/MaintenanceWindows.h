#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// A period agreed with the tenants in which disruptive operations (image upgrades) may run.
struct MaintenanceWindow {
    qint64 id = 0;
    QString name;
    QDateTime startsAt;
    QDateTime endsAt;
    QString notes;
    QString createdBy;
    QDateTime cancelledAt;
    int scheduled = 0; // queued operations waiting in it
    int rowVersion = 0;

    bool cancelled() const { return cancelledAt.isValid(); }
    bool activeAt(const QDateTime& t) const { return !cancelled() && startsAt <= t && t < endsAt; }
};

class MaintenanceWindows {
    Q_DECLARE_TR_FUNCTIONS(fusion::MaintenanceWindows)

public:
    static constexpr int kMaxHours = 7 * 24; // longer is not a window but a season: say it another way

    // Windows not over yet and not cancelled, soonest first (the dashboard's sidebar); `all` adds the rest.
    static QList<MaintenanceWindow> list(Database& db, bool all = false);
    static std::optional<MaintenanceWindow> find(Database& db, qint64 id);
    // "Sat 12 Dec 02:00–04:00 UTC"
    static QString spanText(const MaintenanceWindow& window);

    static PendingWrite planCreate(Database& db, const QString& name, const QDateTime& startsAt,
                                   const QDateTime& endsAt, const QString& notes);
    // Cancelling a window cancels the operations still waiting in it, in the same transaction.
    static PendingWrite planCancel(Database& db, qint64 id);
};

} // namespace fusion
