#pragma once
// Workspaces (seed's team spaces) of a tenant and their members, one flow for the app and fusionctl: what
// the login may see, and every change as a confirmed, audited PendingWrite. The rules are the schema's
// (0009): private = members only; internal = platform staff and the tenant's admins; public = every login;
// members read, admins manage members (never ownership), owners do everything; a workspace keeps an owner.
// PostgreSQL enforces them with row-level security and triggers; SQLite has neither, so they are checked
// here, with the login being db.actor(), and on PostgreSQL the same checks turn a refusal into a clear
// message before the database would give a raw one.
#include "models/core/WritePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

class Database;

struct Workspace {
    qint64 id = 0;
    QString name;
    QString description;
    QString visibility; // private, internal, public
    qint64 tenantId = 0;
    QString tenantSlug; // empty when the login may not see the tenant (a member from elsewhere)
    std::optional<qint64> odooProjectId;
    std::optional<qint64> odooChannelId;
    bool active = true;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 0;
    qint64 memberCount = 0;
    QString myRole; // member, admin, owner, or empty: not a member
};

struct WorkspaceMember {
    QString login;
    QString role;
    QString addedBy;
    QDateTime addedAt;
};

struct WorkspaceFilter {
    QString tenantSlug;           // empty: every tenant
    bool includeInactive = false; // archived (active = no) ones too
};

// What planUpdate changes; an unset field stays as it is.
struct WorkspaceEdit {
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> visibility;
    std::optional<bool> active;
};

class Workspaces {
    Q_DECLARE_TR_FUNCTIONS(fusion::Workspaces)

public:
    static const QStringList& visibilities(); // private, internal, public
    static const QStringList& roles();        // member, admin, owner (rising)

    // The workspaces this login may see, by tenant and name.
    static QList<Workspace> list(Database& db, const WorkspaceFilter& filter = {});
    // One visible workspace by id, or by name within `tenantSlug`; NotFound otherwise.
    static Workspace require(Database& db, qint64 id);
    static Workspace require(Database& db, const QString& idOrName, const QString& tenantSlug = {});
    // Owners first, then admins, then members, by login.
    static QList<WorkspaceMember> members(Database& db, qint64 id);

    // The creator becomes its owner (the schema's trigger). When the tenant has an Odoo connection the same
    // transaction records two proposals: the workspace's Odoo project and Discuss channel (WorkspaceOdoo).
    static PendingWrite planCreate(Database& db, const QString& tenantSlug, const QString& name,
                                   const QString& description, const QString& visibility);
    // Admins and owners; `expectedVersion` is the row_version the edit was made on (Conflict when it moved).
    static PendingWrite planUpdate(Database& db, qint64 id, const WorkspaceEdit& edit,
                                   std::optional<int> expectedVersion = std::nullopt);
    static PendingWrite planAddMember(Database& db, qint64 id, const QString& login, const QString& role);
    static PendingWrite planRemoveMember(Database& db, qint64 id, const QString& login);
    static PendingWrite planSetRole(Database& db, qint64 id, const QString& login, const QString& role);
    static PendingWrite planLeave(Database& db, qint64 id);
    static PendingWrite planDelete(Database& db, qint64 id); // owners only; members and all
};

} // namespace fusion
