#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// A status link: an address people open when something looks wrong (the platform's status page, Grafana,
// Keycloak's console, a tenant's Odoo) and that the Support pane and `fusionctl support status` check.
// Without a tenant it is platform-wide and everyone sees it; with one, staff and that tenant's admins do (on
// PostgreSQL the database decides, 0020).
struct StatusLink {
    qint64 id = 0;
    QString name;
    QString url;
    qint64 tenantId = 0; // 0: platform-wide
    QString tenantSlug;
    QString description;
    int position = 0;
    QString updatedBy;
    QDateTime updatedAt;
    int rowVersion = 0;
};

// What an owner types for a new link or an edit; an empty tenantSlug is platform-wide.
struct StatusLinkInput {
    QString name;
    QString url;
    QString tenantSlug;
    QString description;
};

class StatusLinks {
    Q_DECLARE_TR_FUNCTIONS(fusion::StatusLinks)

public:
    static constexpr int kMaxName = 80;
    static constexpr int kMaxUrl = 2000;
    static constexpr int kMaxDescription = 500;

    // The links the login may see, in their order.
    static QList<StatusLink> list(Database& db);
    static std::optional<StatusLink> find(Database& db, qint64 id);
    static StatusLink read(Database& db, qint64 id); // NotFound when the login cannot see it

    // Why `url` cannot be a status link (empty when it can): http(s) with a host, no user name or password.
    static QString urlProblem(const QString& url);

    static PendingWrite planAdd(Database& db, const StatusLinkInput& input);
    static PendingWrite planEdit(Database& db, qint64 id, const StatusLinkInput& input);
    static PendingWrite planRemove(Database& db, qint64 id);
    // Moves link `id` to place `to` (1 = first) of the list, the others keeping their order.
    static PendingWrite planMove(Database& db, qint64 id, int to);

    // The demo's links (example hosts): the platform's status page, Grafana, Keycloak's console and the
    // first active tenant's Odoo. Part of the demo seed's transaction.
    static int seedDemo(Database& db);
};

} // namespace fusion
