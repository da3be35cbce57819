#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

namespace fusion {

class Database;

// The demo's control-plane facts: image tags tested in this (dev) environment, maintenance windows on the
// dashboard's sidebar, upgrades scheduled in the next one, and the log events of recent operations.
class DemoControlPlane {
public:
    // Before the tenants' history: returns the id of the tag the demo templates run (their upgrades name it).
    static qint64 seedTags(Database& db, const QDateTime& now);
    // After the tenants: windows, scheduled upgrades, operation logs. Counts for the summary.
    static QJsonObject seed(Database& db, QRandomGenerator& rng, const QDateTime& now);
};

} // namespace fusion
