#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRandomGenerator>

namespace fusion {

class Database;

// The demo's API usage: consumers of a few active tenants and two scripts, access rules whose budgets are in
// every state (comfortable, near, over), two users' limits, six weeks of calls across models, features and
// users with some errors and refusals, aggregated — so the Access and Usage panes show a living platform.
// Runs inside the demo's transaction.
class DemoUsage {
public:
    // `tenants`: (id, slug) of active tenants to give consumers. Returns counts for the demo's outcome.
    static QJsonObject seed(Database& db, QRandomGenerator& rng, const QDateTime& now,
                            const QList<QPair<qint64, QString>>& tenants);
};

} // namespace fusion
