// fusionctl workspaces …: a tenant's workspaces and their members (models/ai/Workspaces).
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/ai/Workspaces.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fusion::cli {

namespace {

QJsonValue workspacesTimeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue workspacesOptionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QString workspacesTenant(const Workspace& w)
{
    return w.tenantSlug.isEmpty() ? tr("tenant #%1").arg(w.tenantId) : w.tenantSlug;
}

const ListView<Workspace>& workspacesView()
{
    using W = Workspace;
    static const ListView<Workspace> view({
        {tr("ID"), QStringLiteral("id"), [](const W& w) { return QString::number(w.id); },
         [](const W& w) { return QJsonValue(w.id); }},
        {tr("TENANT"), QStringLiteral("tenant"), workspacesTenant,
         [](const W& w) { return QJsonValue(w.tenantSlug); }},
        {tr("NAME"), QStringLiteral("name"), &W::name},
        {tr("VISIBILITY"), QStringLiteral("visibility"), &W::visibility},
        {tr("MEMBERS"), QStringLiteral("member_count"),
         [](const W& w) { return QString::number(w.memberCount); },
         [](const W& w) { return QJsonValue(w.memberCount); }},
        {tr("MY ROLE"), QStringLiteral("my_role"),
         [](const W& w) { return w.myRole.isEmpty() ? QStringLiteral("-") : w.myRole; },
         [](const W& w) { return w.myRole.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.myRole); }},
        {tr("ACTIVE"), QStringLiteral("active"), [](const W& w) { return w.active ? tr("yes") : tr("no"); },
         [](const W& w) { return QJsonValue(w.active); }},
        {{}, QStringLiteral("tenant_id"), {}, [](const W& w) { return QJsonValue(w.tenantId); }},
        {{}, QStringLiteral("description"), {}, [](const W& w) { return QJsonValue(w.description); }},
        {{},
         QStringLiteral("odoo_project_id"),
         {},
         [](const W& w) { return workspacesOptionalId(w.odooProjectId); }},
        {{},
         QStringLiteral("odoo_channel_id"),
         {},
         [](const W& w) { return workspacesOptionalId(w.odooChannelId); }},
        {{}, QStringLiteral("created_by"), {}, [](const W& w) { return QJsonValue(w.createdBy); }},
        {{}, QStringLiteral("created_at"), {}, [](const W& w) { return workspacesTimeJson(w.createdAt); }},
        {{}, QStringLiteral("updated_at"), {}, [](const W& w) { return workspacesTimeJson(w.updatedAt); }},
        {{}, QStringLiteral("row_version"), {}, [](const W& w) { return QJsonValue(w.rowVersion); }},
    });
    return view;
}

const ListView<WorkspaceMember>& membersView()
{
    using M = WorkspaceMember;
    static const ListView<WorkspaceMember> view({
        {tr("LOGIN"), QStringLiteral("login"), &M::login},
        {tr("ROLE"), QStringLiteral("role"), &M::role},
        {tr("ADDED BY"), QStringLiteral("added_by"), &M::addedBy},
        {tr("ADDED (UTC)"), QStringLiteral("added_at"),
         [](const M& m) {
             return m.addedAt.toUTC()
                 .toString(Qt::ISODate)
                 .left(19)
                 .replace(QLatin1Char('T'), QLatin1Char(' '));
         },
         [](const M& m) { return workspacesTimeJson(m.addedAt); }},
    });
    return view;
}

// The workspace a command names: an id, or a name (unique among the workspaces this login sees).
Workspace namedWorkspace(Context& c, const QString& word)
{
    return Workspaces::require(c.db, word);
}

std::optional<bool> yesNo(Context& c, const QString& name, bool* bad)
{
    const auto value = c.args.option(name);
    if (!value)
        return std::nullopt;
    if (*value == QLatin1String("yes"))
        return true;
    if (*value == QLatin1String("no"))
        return false;
    *bad = true;
    c.usage(Args::invalid(name, QStringLiteral("yes or no"), *value));
    return std::nullopt;
}

int workspacesList(Context& c)
{
    WorkspaceFilter filter;
    filter.tenantSlug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    filter.includeInactive = c.args.flag(QStringLiteral("all"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    workspacesView().print(
        c, Workspaces::list(c.db, filter),
        ListText().ifEmpty(filter.includeInactive
                               ? tr("No workspaces you can see.")
                               : tr("No active workspaces you can see (--all adds archived ones).")));
    return ExitOk;
}

int workspacesShow(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Workspace w = namedWorkspace(c, word);
    const QList<WorkspaceMember> members = Workspaces::members(c.db, w.id);
    const auto odoo = [](const std::optional<qint64>& id) {
        return id ? QStringLiteral("#%1").arg(*id) : tr("(not linked)");
    };
    Fields f(workspacesView().object(w).toObject());
    f.text(tr("ID"), QString::number(w.id))
        .text(tr("Name"), w.name)
        .text(tr("Tenant"), workspacesTenant(w))
        .text(tr("Visibility"), w.visibility)
        .text(tr("Active"), w.active ? tr("yes") : tr("no"))
        .text(tr("Description"), w.description.isEmpty() ? QStringLiteral("-") : w.description)
        .text(tr("Your role"), w.myRole.isEmpty() ? tr("(not a member)") : w.myRole)
        .text(tr("Odoo project"), odoo(w.odooProjectId))
        .text(tr("Odoo channel"), odoo(w.odooChannelId))
        .text(tr("Created"), tr("%1 by %2").arg(w.createdAt.toUTC().toString(Qt::ISODate), w.createdBy))
        .text(tr("Version"), QString::number(w.rowVersion))
        .json(QStringLiteral("members"), membersView().json(members));
    c.show(f, [&c, &members] {
        c.console.out(QString());
        membersView().table(c.console, members);
    });
    return ExitOk;
}

int workspacesCreate(Context& c)
{
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString name = c.args.option(QStringLiteral("name")).value_or(QString());
    const QString description = c.args.option(QStringLiteral("description")).value_or(QString());
    const QString visibility =
        c.args.option(QStringLiteral("visibility")).value_or(QStringLiteral("private"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (tenant.isEmpty() || name.isEmpty())
        return c.usage(tr("workspaces create needs --tenant and --name"));
    if (!Workspaces::visibilities().contains(visibility))
        return c.usage(Args::invalid(QStringLiteral("visibility"),
                                     QStringLiteral("private, internal or public"), visibility));
    return c.confirmAndExecute(
        Workspaces::planCreate(c.db, tenant, name, description, visibility),
        [&c, name](const QJsonObject& outcome) {
            const qint64 id = outcome.value(QStringLiteral("workspace_id")).toInteger();
            QStringList proposals;
            for (const QJsonValue& v : outcome.value(QStringLiteral("proposal_ids")).toArray())
                proposals << QString::number(v.toInteger());
            c.report(outcome, tr("Created workspace \"%1\" (id %2); you are its owner.").arg(name).arg(id),
                     proposals.isEmpty()
                         ? QString()
                         : tr("Odoo proposals %1 wait for review (fusionctl odoo proposal show ID).")
                               .arg(proposals.join(QStringLiteral(", "))));
        });
}

int workspacesEdit(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    WorkspaceEdit edit;
    edit.name = c.args.option(QStringLiteral("name"));
    edit.description = c.args.option(QStringLiteral("description"));
    edit.visibility = c.args.option(QStringLiteral("visibility"));
    bool bad = false;
    edit.active = yesNo(c, QStringLiteral("active"), &bad);
    const auto expected = c.args.intOption(QStringLiteral("expect-version"), kPositive);
    if (bad)
        return ExitUsage;
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!edit.name && !edit.description && !edit.visibility && !edit.active)
        return c.usage(tr("workspaces edit needs --name, --description, --visibility or --active"));
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(
        Workspaces::planUpdate(c.db, w.id, edit,
                               expected ? std::optional<int>(int(*expected)) : std::nullopt),
        [&c, id = w.id](const QJsonObject& outcome) {
            c.report(outcome, tr("Workspace %1 saved.").arg(id));
        });
}

int workspacesMembers(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Workspace w = namedWorkspace(c, word);
    membersView().print(c, Workspaces::members(c.db, w.id));
    return ExitOk;
}

int workspacesMemberAdd(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    const QString login = c.args.requirePositional(tr("login"));
    const QString role = c.args.option(QStringLiteral("role")).value_or(QStringLiteral("member"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!Workspaces::roles().contains(role))
        return c.usage(Args::invalid(QStringLiteral("role"), QStringLiteral("member, admin or owner"), role));
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(Workspaces::planAddMember(c.db, w.id, login, role),
                               [&c, login, role, id = w.id](const QJsonObject& outcome) {
                                   c.report(outcome,
                                            tr("%1 is now %2 of workspace %3.").arg(login, role).arg(id));
                               });
}

int workspacesMemberRemove(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    const QString login = c.args.requirePositional(tr("login"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(
        Workspaces::planRemoveMember(c.db, w.id, login), [&c, login, id = w.id](const QJsonObject& outcome) {
            c.report(outcome, tr("%1 is no longer a member of workspace %2.").arg(login).arg(id));
        });
}

int workspacesMemberRole(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    const QString login = c.args.requirePositional(tr("login"));
    const QString role = c.args.requirePositional(tr("role"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (!Workspaces::roles().contains(role))
        return c.usage(tr("a member's role is member, admin or owner, not \"%1\"").arg(role));
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(Workspaces::planSetRole(c.db, w.id, login, role),
                               [&c, login, role, id = w.id](const QJsonObject& outcome) {
                                   c.report(outcome,
                                            tr("%1 is now %2 of workspace %3.").arg(login, role).arg(id));
                               });
}

int workspacesLeave(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(Workspaces::planLeave(c.db, w.id),
                               [&c, id = w.id](const QJsonObject& outcome) {
                                   c.report(outcome, tr("You left workspace %1.").arg(id));
                               });
}

int workspacesDelete(Context& c)
{
    const QString word = c.args.requirePositional(tr("workspace id"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    const Workspace w = namedWorkspace(c, word);
    return c.confirmAndExecute(Workspaces::planDelete(c.db, w.id),
                               [&c, id = w.id](const QJsonObject& outcome) {
                                   c.report(outcome, tr("Workspace %1 deleted.").arg(id));
                               });
}

} // namespace

void registerWorkspaceCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("workspaces"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "the workspaces you can see, with members and your role (--all: archived too)"),
           {QStringLiteral("all")},
           workspacesList});
    r.add({QStringLiteral("workspaces show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a workspace with its members and Odoo links"),
           {},
           workspacesShow});
    r.add({QStringLiteral("workspaces create"),
           QT_TRANSLATE_NOOP(
               "fusion::cli::Commands",
               "--tenant SLUG --name N [--description D]\n[--visibility private|internal|public]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "create a workspace you own; proposes its Odoo project and channel (asks)"),
           {},
           workspacesCreate});
    r.add({QStringLiteral("workspaces edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "ID [--name N] [--description D] [--visibility V] [--active yes|no]\n"
                             "[--expect-version N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "change a workspace (admins and owners; asks)"),
           {},
           workspacesEdit});
    r.add({QStringLiteral("workspaces members"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a workspace's members and their roles"),
           {},
           workspacesMembers});
    r.add({QStringLiteral("workspaces member add"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID LOGIN [--role member|admin|owner]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "add a member (admins; owners for an owner; asks)"),
           {},
           workspacesMemberAdd});
    r.add({QStringLiteral("workspaces member remove"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID LOGIN"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "remove a member (asks)"),
           {},
           workspacesMemberRemove});
    r.add({QStringLiteral("workspaces member role"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID LOGIN member|admin|owner"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "change a member's role (asks)"),
           {},
           workspacesMemberRole});
    r.add({QStringLiteral("workspaces leave"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "leave a workspace; its last owner cannot (asks)"),
           {},
           workspacesLeave});
    r.add(
        {QStringLiteral("workspaces delete"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete a workspace and its memberships (owners; asks)"),
         {},
         workspacesDelete});
}

} // namespace fusion::cli
