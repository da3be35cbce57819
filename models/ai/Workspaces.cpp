#include "models/ai/Workspaces.h"

#include "models/ai/WorkspaceOdoo.h"
#include "models/odoo/OdooProposals.h"
#include "models/storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace fusion {

namespace {

// The two `?` are the login: its role, and whether it is a member (so that it sees its private ones). On
// PostgreSQL row-level security narrows the rows further (internal ones to staff and the tenant's admins);
// on SQLite every login is the owner, who sees every internal one. The tenant is joined LEFT: a member may
// be a login that does not see the tenant itself.
const char* const kWorkspaceSelect =
    "SELECT w.id, w.name, w.description, w.visibility, w.tenant_id, t.slug, w.odoo_project_id, "
    "w.odoo_channel_id, w.active, w.created_by, w.created_at, w.updated_at, w.row_version, "
    "(SELECT count(*) FROM workspace_members c WHERE c.workspace_id = w.id), "
    "(SELECT r.role FROM workspace_members r WHERE r.workspace_id = w.id AND r.login = ?) "
    "FROM workspaces w LEFT JOIN tenants t ON t.id = w.tenant_id "
    "WHERE (w.visibility <> 'private' OR EXISTS (SELECT 1 FROM workspace_members v WHERE v.workspace_id = "
    "w.id AND v.login = ?)) ";

Workspace workspaceFrom(const QSqlQuery& q)
{
    Workspace w;
    w.id = q.value(0).toLongLong();
    w.name = q.value(1).toString();
    w.description = q.value(2).toString();
    w.visibility = q.value(3).toString();
    w.tenantId = q.value(4).toLongLong();
    w.tenantSlug = q.value(5).toString();
    w.odooProjectId = Database::toOptionalInt(q.value(6));
    w.odooChannelId = Database::toOptionalInt(q.value(7));
    w.active = q.value(8).toBool();
    w.createdBy = q.value(9).toString();
    w.createdAt = Database::toDateTime(q.value(10));
    w.updatedAt = Database::toDateTime(q.value(11));
    w.rowVersion = q.value(12).toInt();
    w.memberCount = q.value(13).toLongLong();
    w.myRole = q.value(14).toString();
    return w;
}

// Characters as both databases count them (length()), not UTF-16 units.
qsizetype wsLength(const QString& text)
{
    return text.toUcs4().size();
}

int wsRoleRank(const QString& role)
{
    return int(Workspaces::roles().indexOf(role)) + 1; // 0: not a member
}

QString wsRoleName(const QString& role)
{
    if (role == QLatin1String("owner"))
        return Workspaces::tr("owner");
    if (role == QLatin1String("admin"))
        return Workspaces::tr("admin");
    if (role == QLatin1String("member"))
        return Workspaces::tr("member");
    return role;
}

// "Finance (12)"; a workspace not created yet has only its name.
QString wsLabel(const Workspace& w)
{
    return w.id > 0 ? QStringLiteral("%1 (%2)").arg(w.name).arg(w.id) : QStringLiteral("\"%1\"").arg(w.name);
}

// Refuses unless the login holds at least `needed` in the workspace, saying which role that is.
void wsRequireRole(const Workspace& w, const QString& needed, const QString& what)
{
    if (wsRoleRank(w.myRole) >= wsRoleRank(needed))
        return;
    const QString you = w.myRole.isEmpty() ? Workspaces::tr("you are not a member")
                                           : Workspaces::tr("you are %1").arg(wsRoleName(w.myRole));
    throw Failure(
        ErrorKind::PermissionDenied,
        needed == QLatin1String("owner")
            ? Workspaces::tr("%1 needs the owner role in workspace %2; %3.").arg(what, wsLabel(w), you)
            : Workspaces::tr("%1 needs the admin or owner role in workspace %2; %3.")
                  .arg(what, wsLabel(w), you));
}

QString wsLastOwnerText(const Workspace& w)
{
    return Workspaces::tr("Workspace %1 must keep at least one owner: make someone else owner first.")
        .arg(wsLabel(w));
}

void wsCheckName(const QString& name)
{
    if (name.trimmed().isEmpty() || wsLength(name) > 120)
        throw Failure(
            ErrorKind::InvalidInput,
            Workspaces::tr("A workspace name is 1 to 120 characters (this has %1).").arg(wsLength(name)));
}

void wsCheckDescription(const QString& description)
{
    if (wsLength(description) > 4000)
        throw Failure(ErrorKind::InvalidInput,
                      Workspaces::tr("A description is at most 4000 characters (this has %1).")
                          .arg(wsLength(description)));
}

void wsCheckVisibility(const QString& visibility)
{
    if (!Workspaces::visibilities().contains(visibility))
        throw Failure(
            ErrorKind::InvalidInput,
            Workspaces::tr("The visibility is private, internal or public, not \"%1\".").arg(visibility));
}

void wsCheckRole(const QString& role)
{
    if (!Workspaces::roles().contains(role))
        throw Failure(ErrorKind::InvalidInput,
                      Workspaces::tr("A member's role is member, admin or owner, not \"%1\".").arg(role));
}

void wsCheckLogin(Database& db, const QString& login)
{
    if (login.isEmpty() || wsLength(login) > 120)
        throw Failure(ErrorKind::InvalidInput, Workspaces::tr("A login is 1 to 120 characters."));
    // On SQLite a login is the name of a local user, which nothing here can look up.
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"), {login})
             .toLongLong())
        throw Failure(ErrorKind::NotFound,
                      Workspaces::tr("There is no login \"%1\" on this server.").arg(login));
}

QString wsMemberRole(Database& db, qint64 id, const QString& login)
{
    return db
        .scalar(QStringLiteral("SELECT role FROM workspace_members WHERE workspace_id = ? AND login = ?"),
                {id, login})
        .toString();
}

qint64 wsOwnerCount(Database& db, qint64 id)
{
    return db
        .scalar(QStringLiteral(
                    "SELECT count(*) FROM workspace_members WHERE workspace_id = ? AND role = 'owner'"),
                {id})
        .toLongLong();
}

bool wsNameTaken(Database& db, qint64 tenantId, const QString& name, qint64 exceptId)
{
    return db.scalar(QStringLiteral(
                         "SELECT count(*) FROM workspaces WHERE tenant_id = ? AND name = ? AND id <> ?"),
                     {tenantId, name, exceptId})
               .toLongLong() > 0;
}

QString wsDuplicateText(const QString& slug, const QString& name)
{
    return Workspaces::tr("Tenant %1 already has a workspace named \"%2\".").arg(slug, name);
}

// What the database refuses despite the checks above (a change made meanwhile by another session, or a row
// the checks could not see) reads like them, not like SQL.
Failure wsClearly(const Failure& f, const Workspace& w, const QString& duplicateName = {})
{
    const Error& e = f.error();
    const QString text = e.message + QLatin1Char(' ') + e.detail;
    if (text.contains(QLatin1String("at least one owner")))
        return Failure(ErrorKind::Conflict, wsLastOwnerText(w), e.detail);
    if (!duplicateName.isEmpty() && e.kind == ErrorKind::Conflict &&
        (text.contains(QLatin1String("UNIQUE")) || text.contains(QLatin1String("unique")) ||
         text.contains(QLatin1String("same key"))))
        return Failure(ErrorKind::Conflict, wsDuplicateText(w.tenantSlug, duplicateName), e.detail);
    if (e.kind == ErrorKind::PermissionDenied)
        return Failure(
            ErrorKind::PermissionDenied,
            Workspaces::tr("The database refused this change to workspace %1: your role in it or on "
                           "the platform does not allow it.")
                .arg(wsLabel(w)),
            e.detail);
    return f;
}

template <typename Work>
QJsonObject wsRefusedClearly(const Workspace& w, Work&& work, const QString& duplicateName = {})
{
    try {
        return work();
    } catch (const Failure& f) {
        throw wsClearly(f, w, duplicateName);
    }
}

PendingWrite wsWorkspaceWrite(const Workspace& w, const QString& action, const QString& title,
                              const QString& verb)
{
    PendingWrite write;
    write.plan.action = action;
    write.plan.title = title;
    write.plan.verb = verb;
    write.plan.targetType = QStringLiteral("workspace");
    write.plan.target = QString::number(w.id);
    write.plan.tenantId = w.tenantId;
    write.plan.rowsAffected = 1;
    return write;
}

void wsChanged(const QSqlQuery& q, const Workspace& w)
{
    if (q.numRowsAffected() != 1)
        throw Failure(ErrorKind::Conflict,
                      Workspaces::tr("Workspace %1 or its members were changed by someone else meanwhile; "
                                     "nothing was changed. Look again.")
                          .arg(wsLabel(w)));
}

} // namespace

const QStringList& Workspaces::visibilities()
{
    static const QStringList v{QStringLiteral("private"), QStringLiteral("internal"),
                               QStringLiteral("public")};
    return v;
}

const QStringList& Workspaces::roles()
{
    static const QStringList r{QStringLiteral("member"), QStringLiteral("admin"), QStringLiteral("owner")};
    return r;
}

QList<Workspace> Workspaces::list(Database& db, const WorkspaceFilter& filter)
{
    QString sql = QString::fromLatin1(kWorkspaceSelect);
    QVariantList params{db.actor(), db.actor()};
    if (!filter.tenantSlug.isEmpty()) {
        if (!db.scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE slug = ?"), {filter.tenantSlug})
                 .toLongLong())
            throw Failure(
                ErrorKind::NotFound,
                tr("There is no tenant \"%1\" (or your role may not see it).").arg(filter.tenantSlug));
        sql += QStringLiteral("AND t.slug = ? ");
        params << filter.tenantSlug;
    }
    if (!filter.includeInactive)
        sql += QStringLiteral("AND w.active = ? ");
    if (!filter.includeInactive)
        params << true;
    sql += QStringLiteral("ORDER BY t.slug, w.name, w.id");
    QList<Workspace> out;
    QSqlQuery q = db.exec(sql, params);
    while (q.next())
        out << workspaceFrom(q);
    return out;
}

Workspace Workspaces::require(Database& db, qint64 id)
{
    QSqlQuery q = db.exec(QString::fromLatin1(kWorkspaceSelect) + QStringLiteral("AND w.id = ?"),
                          {db.actor(), db.actor(), id});
    if (!q.next())
        throw Failure(ErrorKind::NotFound, tr("There is no workspace %1 (or you may not see it).").arg(id));
    return workspaceFrom(q);
}

Workspace Workspaces::require(Database& db, const QString& idOrName, const QString& tenantSlug)
{
    static const QRegularExpression number(
        QRegularExpression::anchoredPattern(QStringLiteral("[1-9][0-9]{0,17}")));
    if (number.match(idOrName).hasMatch())
        return require(db, idOrName.toLongLong());
    QString sql = QString::fromLatin1(kWorkspaceSelect) + QStringLiteral("AND w.name = ? ");
    QVariantList params{db.actor(), db.actor(), idOrName};
    if (!tenantSlug.isEmpty()) {
        sql += QStringLiteral("AND t.slug = ? ");
        params << tenantSlug;
    }
    QSqlQuery q = db.exec(sql + QStringLiteral("ORDER BY w.id LIMIT 2"), params);
    if (!q.next())
        throw Failure(
            ErrorKind::NotFound,
            tenantSlug.isEmpty()
                ? tr("There is no workspace \"%1\" (or you may not see it).").arg(idOrName)
                : tr("Tenant %1 has no workspace \"%2\" (or you may not see it).").arg(tenantSlug, idOrName));
    const Workspace found = workspaceFrom(q);
    if (q.next())
        throw Failure(
            ErrorKind::InvalidInput,
            tr("Several tenants have a workspace \"%1\": name the tenant, or use the id.").arg(idOrName));
    return found;
}

QList<WorkspaceMember> Workspaces::members(Database& db, qint64 id)
{
    require(db, id); // NotFound for one the login may not see, on SQLite too
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT login, role, added_by, added_at FROM workspace_members WHERE "
                               "workspace_id = ? ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'admin' "
                               "THEN 1 ELSE 2 END, login"),
                {id});
    QList<WorkspaceMember> out;
    while (q.next())
        out << WorkspaceMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               Database::toDateTime(q.value(3))};
    return out;
}

PendingWrite Workspaces::planCreate(Database& db, const QString& tenantSlug, const QString& name,
                                    const QString& description, const QString& visibility)
{
    wsCheckName(name);
    wsCheckDescription(description);
    wsCheckVisibility(visibility);
    const qint64 tenantId =
        db.scalar(QStringLiteral("SELECT id FROM tenants WHERE slug = ?"), {tenantSlug}).toLongLong();
    if (tenantId == 0)
        throw Failure(ErrorKind::NotFound,
                      tr("There is no tenant \"%1\" (or your role may not see it).").arg(tenantSlug));
    // The schema's rule for creating one; on SQLite the local user is the platform's owner.
    if (db.isPostgres() &&
        !db.scalar(QStringLiteral("SELECT fusion_is_staff() OR fusion_is_tenant_admin_of(?)"), {tenantId})
             .toBool())
        throw Failure(ErrorKind::PermissionDenied,
                      tr("Creating a workspace in tenant %1 needs a platform staff role (owner, operator or "
                         "finance) or that tenant's admin role.")
                          .arg(tenantSlug));
    if (wsNameTaken(db, tenantId, name, 0))
        throw Failure(ErrorKind::Conflict, wsDuplicateText(tenantSlug, name));
    const QString noOdoo = WorkspaceOdoo::whyNot(db, tenantSlug);

    const QString actor = db.actor();
    Workspace w;
    w.name = name;
    w.tenantId = tenantId;
    w.tenantSlug = tenantSlug;
    PendingWrite write =
        wsWorkspaceWrite(w, QStringLiteral("workspace.create"),
                         tr("Create workspace \"%1\" in tenant %2").arg(name, tenantSlug), tr("Create"));
    write.plan.target = name;
    write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), QVariant(), name}
                       << FieldChange{QStringLiteral("description"), tr("Description"), QVariant(),
                                      description}
                       << FieldChange{QStringLiteral("visibility"), tr("Visibility"), QVariant(), visibility}
                       << FieldChange{QStringLiteral("owner"), tr("Owner"), QVariant(), actor};
    write.plan.effects << (noOdoo.isEmpty() ? WorkspaceOdoo::effect(tenantSlug, name) : noOdoo);
    const bool propose = noOdoo.isEmpty();
    write.apply = [w, description, visibility, actor, propose](Database& d) {
        return wsRefusedClearly(
            w,
            [&] {
                const QString now = Database::nowText();
                // No RETURNING: PostgreSQL would check it against the read policy before the trigger has
                // made the creator a member of a private one.
                d.exec(QStringLiteral("INSERT INTO workspaces (name, description, visibility, tenant_id, "
                                      "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {w.name, description, visibility, w.tenantId, actor, now, now});
                const qint64 id =
                    d.scalar(d.isPostgres()
                                 ? QStringLiteral("SELECT currval(pg_get_serial_sequence('workspaces', "
                                                  "'id'))")
                                 : QStringLiteral("SELECT last_insert_rowid()"))
                        .toLongLong();
                QJsonObject outcome{{QStringLiteral("workspace_id"), id}, {QStringLiteral("owner"), actor}};
                if (propose) {
                    QJsonArray ids;
                    for (const Proposal& p : WorkspaceOdoo::proposals(id, w.name, description))
                        ids.append(OdooProposals::insert(d, w.tenantId, p));
                    outcome.insert(QStringLiteral("proposal_ids"), ids);
                }
                return outcome;
            },
            w.name);
    };
    return write;
}

PendingWrite Workspaces::planUpdate(Database& db, qint64 id, const WorkspaceEdit& edit,
                                    std::optional<int> expectedVersion)
{
    const Workspace w = require(db, id);
    wsRequireRole(w, QStringLiteral("admin"), tr("Changing a workspace"));
    if (expectedVersion && *expectedVersion != w.rowVersion)
        throw Failure(ErrorKind::Conflict,
                      tr("Workspace %1 was changed by someone else (version %2, not %3); look again.")
                          .arg(wsLabel(w))
                          .arg(w.rowVersion)
                          .arg(*expectedVersion));
    Workspace after = w;
    if (edit.name) {
        wsCheckName(*edit.name);
        after.name = *edit.name;
    }
    if (edit.description) {
        wsCheckDescription(*edit.description);
        after.description = *edit.description;
    }
    if (edit.visibility) {
        wsCheckVisibility(*edit.visibility);
        after.visibility = *edit.visibility;
    }
    if (edit.active)
        after.active = *edit.active;
    if (after.name != w.name && wsNameTaken(db, w.tenantId, after.name, w.id))
        throw Failure(ErrorKind::Conflict, wsDuplicateText(w.tenantSlug, after.name));

    PendingWrite write = wsWorkspaceWrite(w, QStringLiteral("workspace.update"),
                                          tr("Change workspace %1").arg(wsLabel(w)), tr("Save"));
    if (after.name != w.name)
        write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), w.name, after.name};
    if (after.description != w.description)
        write.plan.changes << FieldChange{QStringLiteral("description"), tr("Description"), w.description,
                                          after.description};
    if (after.visibility != w.visibility)
        write.plan.changes << FieldChange{QStringLiteral("visibility"), tr("Visibility"), w.visibility,
                                          after.visibility};
    if (after.active != w.active)
        write.plan.changes << FieldChange{QStringLiteral("active"), tr("Active"), w.active, after.active};
    if (write.plan.changes.isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("Workspace %1 already has these values.").arg(wsLabel(w)));
    write.apply = [w, after](Database& d) {
        return wsRefusedClearly(
            w,
            [&] {
                wsChanged(
                    d.exec(QStringLiteral("UPDATE workspaces SET name = ?, description = ?, visibility = ?, "
                                          "active = ?, updated_at = ?, row_version = row_version + 1 WHERE "
                                          "id = ? AND row_version = ?"),
                           {after.name, after.description, after.visibility, after.active,
                            Database::nowText(), w.id, w.rowVersion}),
                    w);
                return QJsonObject{{QStringLiteral("workspace_id"), w.id},
                                   {QStringLiteral("row_version"), w.rowVersion + 1}};
            },
            after.name != w.name ? after.name : QString());
    };
    return write;
}

PendingWrite Workspaces::planAddMember(Database& db, qint64 id, const QString& login, const QString& role)
{
    const Workspace w = require(db, id);
    wsCheckRole(role);
    wsRequireRole(w, role == QLatin1String("owner") ? QStringLiteral("owner") : QStringLiteral("admin"),
                  role == QLatin1String("owner") ? tr("Making someone owner") : tr("Adding members"));
    wsCheckLogin(db, login);
    if (const QString now = wsMemberRole(db, id, login); !now.isEmpty())
        throw Failure(ErrorKind::Conflict,
                      tr("%1 is already %2 of workspace %3.").arg(login, wsRoleName(now), wsLabel(w)));
    PendingWrite write = wsWorkspaceWrite(
        w, QStringLiteral("workspace.member.add"),
        tr("Add %1 to workspace %2 as %3").arg(login, wsLabel(w), wsRoleName(role)), tr("Add"));
    write.plan.changes << FieldChange{QStringLiteral("member.") + login, tr("Role of %1").arg(login),
                                      QVariant(), role};
    write.apply = [w, login, role](Database& d) {
        return wsRefusedClearly(w, [&] {
            d.exec(QStringLiteral(
                       "INSERT INTO workspace_members (workspace_id, login, role, added_by, added_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
                   {w.id, login, role, d.actor(), Database::nowText()});
            return QJsonObject{{QStringLiteral("workspace_id"), w.id},
                               {QStringLiteral("login"), login},
                               {QStringLiteral("role"), role}};
        });
    };
    return write;
}

PendingWrite Workspaces::planRemoveMember(Database& db, qint64 id, const QString& login)
{
    if (login == db.actor())
        return planLeave(db, id);
    const Workspace w = require(db, id);
    const QString role = wsMemberRole(db, id, login);
    if (role.isEmpty())
        throw Failure(ErrorKind::NotFound, tr("%1 is not a member of workspace %2.").arg(login, wsLabel(w)));
    wsRequireRole(w, role == QLatin1String("owner") ? QStringLiteral("owner") : QStringLiteral("admin"),
                  role == QLatin1String("owner") ? tr("Removing an owner") : tr("Removing members"));
    PendingWrite write =
        wsWorkspaceWrite(w, QStringLiteral("workspace.member.remove"),
                         tr("Remove %1 from workspace %2").arg(login, wsLabel(w)), tr("Remove"));
    write.plan.changes << FieldChange{QStringLiteral("member.") + login, tr("Role of %1").arg(login), role,
                                      QVariant()};
    write.apply = [w, login, role](Database& d) {
        return wsRefusedClearly(w, [&] {
            wsChanged(d.exec(QStringLiteral(
                                 "DELETE FROM workspace_members WHERE workspace_id = ? AND login = ? AND "
                                 "role = ?"),
                             {w.id, login, role}),
                      w);
            return QJsonObject{{QStringLiteral("workspace_id"), w.id}, {QStringLiteral("removed"), login}};
        });
    };
    return write;
}

PendingWrite Workspaces::planSetRole(Database& db, qint64 id, const QString& login, const QString& role)
{
    const Workspace w = require(db, id);
    wsCheckRole(role);
    const QString now = wsMemberRole(db, id, login);
    if (now.isEmpty())
        throw Failure(ErrorKind::NotFound, tr("%1 is not a member of workspace %2.").arg(login, wsLabel(w)));
    if (now == role)
        throw Failure(ErrorKind::InvalidInput,
                      tr("%1 is already %2 of workspace %3.").arg(login, wsRoleName(role), wsLabel(w)));
    const bool ownership = now == QLatin1String("owner") || role == QLatin1String("owner");
    wsRequireRole(w, ownership ? QStringLiteral("owner") : QStringLiteral("admin"),
                  ownership ? tr("Giving or taking ownership") : tr("Changing a member's role"));
    if (now == QLatin1String("owner") && wsOwnerCount(db, id) <= 1)
        throw Failure(ErrorKind::Conflict, wsLastOwnerText(w));
    PendingWrite write = wsWorkspaceWrite(
        w, QStringLiteral("workspace.member.role"),
        tr("Make %1 %2 of workspace %3").arg(login, wsRoleName(role), wsLabel(w)), tr("Change role"));
    write.plan.changes << FieldChange{QStringLiteral("member.") + login, tr("Role of %1").arg(login), now,
                                      role};
    write.apply = [w, login, now, role](Database& d) {
        return wsRefusedClearly(w, [&] {
            wsChanged(d.exec(QStringLiteral(
                                 "UPDATE workspace_members SET role = ? WHERE workspace_id = ? AND login = "
                                 "? AND role = ?"),
                             {role, w.id, login, now}),
                      w);
            return QJsonObject{{QStringLiteral("workspace_id"), w.id},
                               {QStringLiteral("login"), login},
                               {QStringLiteral("role"), role}};
        });
    };
    return write;
}

PendingWrite Workspaces::planLeave(Database& db, qint64 id)
{
    const Workspace w = require(db, id);
    const QString login = db.actor();
    if (w.myRole.isEmpty())
        throw Failure(ErrorKind::NotFound,
                      tr("You (%1) are not a member of workspace %2.").arg(login, wsLabel(w)));
    if (w.myRole == QLatin1String("owner") && wsOwnerCount(db, id) <= 1)
        throw Failure(ErrorKind::Conflict, wsLastOwnerText(w));
    PendingWrite write = wsWorkspaceWrite(w, QStringLiteral("workspace.member.leave"),
                                          tr("Leave workspace %1").arg(wsLabel(w)), tr("Leave"));
    write.plan.changes << FieldChange{QStringLiteral("member.") + login, tr("Role of %1").arg(login),
                                      w.myRole, QVariant()};
    if (w.visibility == QLatin1String("private"))
        write.plan.effects << tr("The workspace is private: you will no longer see it.");
    write.apply = [w, login](Database& d) {
        return wsRefusedClearly(w, [&] {
            wsChanged(d.exec(QStringLiteral(
                                 "DELETE FROM workspace_members WHERE workspace_id = ? AND login = ? AND "
                                 "role = ?"),
                             {w.id, login, w.myRole}),
                      w);
            return QJsonObject{{QStringLiteral("workspace_id"), w.id}, {QStringLiteral("left"), login}};
        });
    };
    return write;
}

PendingWrite Workspaces::planDelete(Database& db, qint64 id)
{
    const Workspace w = require(db, id);
    wsRequireRole(w, QStringLiteral("owner"), tr("Deleting a workspace"));
    PendingWrite write =
        wsWorkspaceWrite(w, QStringLiteral("workspace.delete"),
                         tr("Delete workspace %1 of tenant %2").arg(wsLabel(w), w.tenantSlug), tr("Delete"));
    write.plan.destructive = true;
    write.plan.changes << FieldChange{QStringLiteral("name"), tr("Name"), w.name, QVariant()};
    write.plan.effects << tr("Removes its %n member(s).", nullptr, int(w.memberCount));
    if (w.odooProjectId || w.odooChannelId)
        write.plan.effects << tr("Its Odoo project and channel stay in Odoo.");
    write.plan.rowsAffected = 1 + w.memberCount;
    write.apply = [w](Database& d) {
        return wsRefusedClearly(w, [&] {
            wsChanged(d.exec(QStringLiteral("DELETE FROM workspaces WHERE id = ? AND row_version = ?"),
                             {w.id, w.rowVersion}),
                      w);
            return QJsonObject{{QStringLiteral("workspace_id"), w.id}, {QStringLiteral("deleted"), true}};
        });
    };
    return write;
}

} // namespace fusion
