// fusionctl operations, audit, roles and whoami.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/audit/AuditLog.h"
#include "models/odoo/OdooModules.h"
#include "models/roles/RoleService.h"
#include "models/tenants/TenantRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fusion::cli {

namespace {
int limitOption(Context& c)
{
    return int(c.args.intOption(QStringLiteral("limit"), {1, 10000}).value_or(50));
}

int operationsAbandon(Context& c)
{
    const qint64 operationId = c.args.idPositional(tr("operation id")).value_or(0);
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    return c.confirmAndExecute(OdooModules::planAbandonApply(c.db, operationId),
                               [&c, operationId](const QJsonObject& outcome) {
                                   c.report(outcome, tr("Closed operation %1 as failed.").arg(operationId));
                               });
}

int operationsList(Context& c)
{
    OperationQuery q;
    const auto slug = c.args.option(QStringLiteral("tenant"));
    q.status = c.args.option(QStringLiteral("status")).value_or(QString());
    q.limit = limitOption(c);
    // Keyset paging as in "tenants list": --first, --last, or the cursor a page printed for the one after or
    // before it. Each seeks through an index, so the oldest page of 10,000,000 operations comes as quickly as
    // the newest. Without them the newest --limit operations are printed as they always were (a bare JSON
    // array).
    const auto after = c.args.option(QStringLiteral("after"));
    const auto before = c.args.option(QStringLiteral("before"));
    const bool first = c.args.flag(QStringLiteral("first"));
    const bool last = c.args.flag(QStringLiteral("last"));
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (int(after.has_value()) + int(before.has_value()) + int(first) + int(last) > 1)
        return c.usage(tr("use one of --first, --last, --after and --before"));
    const QStringList statuses{QStringLiteral("queued"), QStringLiteral("running"),
                               QStringLiteral("succeeded"), QStringLiteral("failed"),
                               QStringLiteral("cancelled")};
    if (!q.status.isEmpty() && !statuses.contains(q.status))
        return c.usage(
            tr("unknown --status \"%1\"; use %2").arg(q.status, statuses.join(QStringLiteral(", "))));
    const bool paged = after || before || first || last;
    if (paged && q.limit > 1000)
        return c.usage(tr("--limit is at most 1000 with --first, --last, --after or --before"));
    if (after || before) {
        const QString token = after ? *after : *before;
        const auto cursor = OperationCursor::fromToken(token);
        if (!cursor)
            return c.usage(tr("the cursor \"%1\" is not one \"operations list\" printed; use the next: or "
                              "previous: cursor under a page, or --first or --last")
                               .arg(token.left(80)));
        q.cursor = *cursor;
        q.from = after ? TenantPageFrom::After : TenantPageFrom::Before;
    } else if (last) {
        q.from = TenantPageFrom::Last;
    } else {
        q.from = TenantPageFrom::First;
    }
    if (slug)
        q.tenantId = TenantRepository(c.db).requireBySlug(*slug).id;
    const ListText empty = ListText().ifEmpty(q.tenantId || !q.status.isEmpty() ? tr("No operations match.")
                                                                                : tr("No operations."));
    if (!paged) {
        operationsView().print(c, TenantRepository(c.db).operations(q), empty);
        return ExitOk;
    }
    const OperationPage page = TenantRepository(c.db).operationPage(q);
    ListText text = empty;
    // The way on, for a script or a person: the same command with --after or --before and this cursor.
    QString footer = tr("Shown: %1").arg(page.rows.size());
    if (page.hasNext)
        footer += tr(" · next: --after %1").arg(page.last.token());
    if (page.hasPrevious)
        footer += tr(" · previous: --before %1").arg(page.first.token());
    QJsonObject around{{QStringLiteral("limit"), q.limit}};
    around.insert(QStringLiteral("next_cursor"),
                  page.hasNext ? QJsonValue(page.last.token()) : QJsonValue(QJsonValue::Null));
    around.insert(QStringLiteral("previous_cursor"),
                  page.hasPrevious ? QJsonValue(page.first.token()) : QJsonValue(QJsonValue::Null));
    text.footer(footer).jsonIn(QStringLiteral("items"), around);
    operationsView().print(c, page.rows, text);
    return ExitOk;
}

int auditVerify(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const AuditVerification v = AuditLog::verify(c.db);
    c.report(QJsonObject{{QStringLiteral("ok"), v.ok},
                         {QStringLiteral("rows_checked"), v.rowsChecked},
                         {QStringLiteral("first_bad_id"), v.firstBadId},
                         {QStringLiteral("problem"), v.problem}},
             v.ok ? std::optional(tr("The audit log is intact: %1 rows checked.").arg(v.rowsChecked))
                  : std::nullopt);
    if (v.ok)
        return ExitOk;
    // A broken chain is an error in either form: scripts check the exit code, people read why.
    c.console.err(QStringLiteral("fusionctl: ") + v.problem);
    return ExitError;
}

int auditList(Context& c)
{
    AuditQuery q;
    q.search = c.args.option(QStringLiteral("search")).value_or(QString());
    q.action = c.args.option(QStringLiteral("action")).value_or(QString());
    const auto slug = c.args.option(QStringLiteral("tenant"));
    q.limit = limitOption(c);
    if (const int leftover = c.finishArgs(); leftover != ExitOk)
        return leftover;
    if (slug)
        q.tenantId = TenantRepository(c.db).requireBySlug(*slug).id;
    using E = AuditEntry;
    const ListView<AuditEntry> view({
        {tr("ID"), QStringLiteral("id"), [](const E& e) { return QString::number(e.id); },
         [](const E& e) { return QJsonValue(e.id); }},
        {tr("AT (UTC)"), QStringLiteral("at"),
         [](const E& e) { return e.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')); },
         [](const E& e) { return QJsonValue(e.at); }},
        {tr("ACTOR"), QStringLiteral("actor"), &E::actor},
        {tr("ACTION"), QStringLiteral("action"), &E::action},
        {tr("TARGET"), QStringLiteral("target"), &E::target},
        {{}, QStringLiteral("target_type"), {}, [](const E& e) { return QJsonValue(e.targetType); }},
        {{},
         QStringLiteral("before"),
         {},
         [](const E& e) { return QJsonValue(QJsonDocument::fromJson(e.beforeJson.toUtf8()).object()); }},
        {{},
         QStringLiteral("after"),
         {},
         [](const E& e) { return QJsonValue(QJsonDocument::fromJson(e.afterJson.toUtf8()).object()); }},
        {{}, QStringLiteral("hash"), {}, [](const E& e) { return QJsonValue(e.hash); }},
    });
    view.print(c, AuditLog::list(c.db, q), ListText().ifEmpty(tr("No audit rows.")));
    return ExitOk;
}

int rolesList(Context& c)
{
    RoleService roles(c.db);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using M = RoleMember;
    const ListView<RoleMember> view({
        {tr("LOGIN"), QStringLiteral("login"), &M::login},
        {tr("ROLES"), QStringLiteral("roles"), [](const M& m) { return m.roles.join(QStringLiteral(", ")); },
         [](const M& m) { return QJsonValue(QJsonArray::fromStringList(m.roles)); }},
        {tr("TENANTS"), QStringLiteral("tenants"),
         [](const M& m) {
             return m.tenants.isEmpty() ? QStringLiteral("-") : m.tenants.join(QStringLiteral(", "));
         },
         [](const M& m) { return QJsonValue(QJsonArray::fromStringList(m.tenants)); }},
    });
    view.print(c, roles.members(),
               ListText().ifEmpty(
                   tr("No login has a Fusion Console role yet. Grant one with \"fusionctl roles grant "
                      "LOGIN ROLE\".")));
    return ExitOk;
}

int rolesChange(Context& c, bool grant)
{
    RoleService roles(c.db);
    const QString tenant = c.args.option(QStringLiteral("tenant")).value_or(QString());
    const QString login = c.args.requirePositional(tr("login"));
    const QString role = c.args.requirePositional(tr("role"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PendingWrite write =
        grant ? roles.planGrant(login, role, tenant) : roles.planRevoke(login, role, tenant);
    return c.confirmAndExecute(write, [&c, &write](const QJsonObject&) {
        c.report(QJsonObject{{QStringLiteral("done"), true}, {QStringLiteral("title"), write.plan.title}},
                 tr("Done: %1.").arg(write.plan.title));
    });
}

int whoami(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const Capabilities caps = RoleService(c.db).capabilities();
    Fields f;
    f.add(tr("Login"), QStringLiteral("login"), caps.login)
        .add(tr("Database"), QStringLiteral("database"), c.db.target().displayName())
        // A person reads the roles in effect (an owner's include the others), a script the granted ones.
        .add(tr("Roles"), QStringLiteral("roles"),
             caps.effectiveRoleNames().isEmpty() ? tr("(none)")
                                                 : caps.effectiveRoleNames().join(QStringLiteral(", ")),
             QJsonArray::fromStringList(caps.roles))
        .json(QStringLiteral("owner"), caps.isOwner())
        .json(QStringLiteral("superuser"), caps.superuser)
        .json(QStringLiteral("schema_owner"), caps.schemaOwner)
        .json(QStringLiteral("embedded"), caps.embedded)
        .json(QStringLiteral("tenants"), QJsonArray::fromStringList(caps.tenantScope));
    c.show(f, [&] {
        // Only a tenant admin is limited to some tenants.
        if (caps.roles.contains(Roles::TenantAdmin) && !caps.isOwner())
            c.console.keyValues(
                {{tr("Tenants"), caps.tenantScope.isEmpty() ? tr("(none mapped)")
                                                            : caps.tenantScope.join(QStringLiteral(", "))}});
    });
    return ExitOk;
}

} // namespace

void registerOperationCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("operations list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "[--tenant SLUG] [--status S]\n"
                             "[--first | --last | --after CURSOR | --before CURSOR] [--limit N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "provisioning and module operations, newest first, a page at a time"),
           {QStringLiteral("first"), QStringLiteral("last")},
           operationsList});
    r.add({QStringLiteral("operations abandon"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "close a module install left running (app closed) as failed"),
           {},
           operationsAbandon});
    r.add(
        {QStringLiteral("audit list"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--search Q] [--action A] [--tenant SLUG] [--limit N]"),
         QT_TRANSLATE_NOOP("fusion::cli::Commands", "the audit log, newest first"),
         {},
         auditList});
    r.add({QStringLiteral("audit verify"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "check that no audit row was altered or removed"),
           {},
           auditVerify});
    r.add({QStringLiteral("roles list"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "logins with a Fusion Console role"),
           {},
           rolesList});
    r.add({QStringLiteral("roles grant"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "LOGIN ROLE [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "give a login a role (a tenant admin for one tenant)"),
           {},
           [](Context& c) { return rolesChange(c, true); }});
    r.add({QStringLiteral("roles revoke"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "LOGIN ROLE [--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "take a role from a login"),
           {},
           [](Context& c) { return rolesChange(c, false); }});
    r.add({QStringLiteral("whoami"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "your login, database and roles"),
           {},
           whoami});
}

} // namespace fusion::cli
