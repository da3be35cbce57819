// fusionctl bundles: module bundles, their drift on a tenant, assigning and applying them; and
// fusionctl odoo modules: a tenant's module catalog synced from its Odoo.
#include "Cli.h"
#include "audit/WriteExecutor.h"
#include "odoo/OdooClient.h"
#include "odoo/OdooConnection.h"
#include "odoo/OdooDomain.h"
#include "odoo/OdooModules.h"
#include "tenants/TenantRepository.h"
#include "tenants/TenantService.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli", text);
}

std::optional<Bundle> findBundle(Database& db, const QString& code)
{
    for (const Bundle& b : TenantRepository(db).bundles()) {
        if (b.code == code)
            return b;
    }
    return std::nullopt;
}

void readModules(OdooClient* client, const QVariantList& domain,
                 const std::function<void(Result<QList<OdooModule>>)>& done)
{
    OdooClient::SearchOptions o;
    o.fields = OdooModules::fields();
    o.limit = 10000;
    o.order = QStringLiteral("name");
    client->searchRead(QStringLiteral("ir.module.module"), domain, o, client,
                       [done](const Result<QVariantList>& rows) {
                           if (!rows)
                               return done(rows.error());
                           QList<OdooModule> modules;
                           for (const QVariant& r : rows.value())
                               modules << OdooModules::fromRecord(r.toMap());
                           done(modules);
                       });
}

int apply(Context& c, const QString& code, const QString& slug)
{
    if (!findBundle(c.db, code))
        return c.fail(Error::make(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code)));
    const QStringList missing = OdooModules::drift(c.db, slug, code);
    if (missing.isEmpty()) {
        c.console.out(tr("Every module of bundle %1 is already installed in %2's Odoo.").arg(code, slug));
        return ExitOk;
    }
    QVariantList names;
    for (const QString& m : missing)
        names << m;
    return withOdooClient(c, slug, [&c, code, slug, missing, names](OdooClient* client) {
        // What this Odoo can install, asked before anything is written.
        readModules(
            client, OdooDomain::term(QStringLiteral("name"), QStringLiteral("in"), names),
            [&c, client, code, slug, missing, names](const Result<QList<OdooModule>>& found) {
                if (!found)
                    return c.done(c.fail(found.error()));
                QStringList available;
                for (const OdooModule& m : found.value())
                    available << m.name;
                QStringList unavailable;
                for (const QString& m : missing) {
                    if (!available.contains(m))
                        unavailable << m;
                }
                auto planned =
                    capture([&] { return OdooModules::planApply(c.db, slug, code, available, unavailable); });
                if (!planned)
                    return c.done(c.fail(planned.error()));
                qint64 operationId = 0;
                const int code2 =
                    c.confirmAndExecute(planned.value(), [&operationId](const QJsonObject& outcome) {
                        operationId = outcome.value(QStringLiteral("operation_id")).toInteger();
                    });
                if (code2 != ExitOk)
                    return c.done(code2);
                const auto record = [&c, slug, operationId](const QList<OdooModule>& after,
                                                            const QString& error) {
                    auto result = capture([&] {
                        return WriteExecutor::execute(
                            c.db, OdooModules::planApplyResult(c.db, operationId, slug, after, error));
                    });
                    if (!result)
                        return c.done(c.fail(result.error()));
                    const QJsonObject o = result.value();
                    if (c.json) {
                        c.console.json(o);
                    } else {
                        const QJsonArray ok = o.value(QStringLiteral("installed")).toArray();
                        const QJsonArray notOk = o.value(QStringLiteral("not_installed")).toArray();
                        c.console.out(tr("Operation %1: %2 installed, %3 not installed.")
                                          .arg(operationId)
                                          .arg(ok.size())
                                          .arg(notOk.size()));
                        if (!error.isEmpty())
                            c.console.err(error);
                    }
                    c.done(error.isEmpty() && o.value(QStringLiteral("not_installed")).toArray().isEmpty()
                               ? ExitOk
                               : ExitError);
                };
                c.console.err(tr("Updating the module list of %1's Odoo…").arg(slug));
                client->executeKw(
                    QStringLiteral("ir.module.module"), QStringLiteral("update_list"), {}, {},
                    OdooClient::CallKind::LongWrite, client,
                    [&c, client, slug, names, record](const Result<QVariant>& updated) {
                        if (!updated)
                            return record({}, updated.error().message);
                        readModules(
                            client, OdooDomain::term(QStringLiteral("name"), QStringLiteral("in"), names),
                            [&c, client, names, record](const Result<QList<OdooModule>>& now) {
                                if (!now)
                                    return record({}, now.error().message);
                                QVariantList ids;
                                QStringList toInstall;
                                for (const OdooModule& m : now.value()) {
                                    if (m.state != QLatin1String("installed")) {
                                        ids << m.id;
                                        toInstall << m.name;
                                    }
                                }
                                if (ids.isEmpty())
                                    return record(now.value(), QString());
                                c.console.err(tr("Installing %1 (this can take minutes)…")
                                                  .arg(toInstall.join(QStringLiteral(", "))));
                                client->executeKw(
                                    QStringLiteral("ir.module.module"),
                                    QStringLiteral("button_immediate_install"), QVariantList{QVariant(ids)},
                                    {}, OdooClient::CallKind::LongWrite, client,
                                    [client, names, record](const Result<QVariant>& installed) {
                                        const QString error =
                                            installed ? QString() : installed.error().message;
                                        // Whatever happened, record what Odoo now says about each module.
                                        readModules(client,
                                                    OdooDomain::term(QStringLiteral("name"),
                                                                     QStringLiteral("in"), names),
                                                    [record, error](const Result<QList<OdooModule>>& after) {
                                                        record(after ? after.value() : QList<OdooModule>{},
                                                               after
                                                                   ? error
                                                                   : (error.isEmpty() ? after.error().message
                                                                                      : error));
                                                    });
                                    });
                            });
                    });
            });
    });
}
} // namespace

int bundlesCommand(Context& c, const QString& action)
{
    if (action == QLatin1String("list")) {
        if (const int code = c.finishArgs(); code != ExitOk)
            return code;
        const QList<Bundle> bundles = TenantRepository(c.db).bundles();
        if (c.json) {
            QJsonArray items;
            for (const Bundle& b : bundles)
                items.append(QJsonObject{{QStringLiteral("code"), b.code},
                                         {QStringLiteral("name"), b.name},
                                         {QStringLiteral("type"), b.type},
                                         {QStringLiteral("version"), b.version},
                                         {QStringLiteral("modules"), QJsonArray::fromStringList(b.modules)}});
            c.console.json(items);
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const Bundle& b : bundles)
            rows << QStringList{b.code, b.name, b.type, b.version, QString::number(b.modules.size())};
        c.console.table({tr("CODE"), tr("NAME"), tr("TYPE"), tr("VERSION"), tr("MODULES")}, rows);
        return ExitOk;
    }
    if (action == QLatin1String("show")) {
        const QString code = c.args.requirePositional(tr("bundle code"));
        if (const int exit = c.finishArgs(); exit != ExitOk)
            return exit;
        const auto b = findBundle(c.db, code);
        if (!b)
            return c.fail(Error::make(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code)));
        if (c.json) {
            c.console.json(QJsonObject{{QStringLiteral("code"), b->code},
                                       {QStringLiteral("name"), b->name},
                                       {QStringLiteral("description"), b->description},
                                       {QStringLiteral("type"), b->type},
                                       {QStringLiteral("version"), b->version},
                                       {QStringLiteral("modules"), QJsonArray::fromStringList(b->modules)}});
            return ExitOk;
        }
        c.console.keyValues({{tr("Bundle"), b->code},
                             {tr("Name"), b->name},
                             {tr("Type"), b->type},
                             {tr("Version"), b->version},
                             {tr("Modules"), b->modules.join(QStringLiteral(", "))}});
        return ExitOk;
    }
    if (action == QLatin1String("drift")) {
        const QString code = c.args.requirePositional(tr("bundle code"));
        const QString slug = c.args.requirePositional(tr("tenant slug"));
        if (const int exit = c.finishArgs(); exit != ExitOk)
            return exit;
        const QStringList missing = OdooModules::drift(c.db, slug, code);
        if (c.json)
            c.console.json(QJsonObject{{QStringLiteral("bundle"), code},
                                       {QStringLiteral("tenant"), slug},
                                       {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}});
        else if (missing.isEmpty())
            c.console.out(tr("%1 has every module of bundle %2 installed.").arg(slug, code));
        else
            c.console.out(tr("Not installed in %1: %2").arg(slug, missing.join(QStringLiteral(", "))));
        return ExitOk;
    }
    if (action == QLatin1String("assign")) {
        const QString code = c.args.requirePositional(tr("bundle code"));
        const QString slug = c.args.requirePositional(tr("tenant slug"));
        if (const int exit = c.finishArgs(); exit != ExitOk)
            return exit;
        const Tenant t = TenantRepository(c.db).requireBySlug(slug);
        QStringList codes;
        for (const Bundle& b : TenantRepository(c.db).detail(t.id, false).bundles)
            codes << b.code;
        if (!codes.contains(code))
            codes << code;
        return c.confirmAndExecute(TenantService(c.db, QStringLiteral("cli")).planSetBundles(t.id, codes),
                                   [&c, code, slug](const QJsonObject& outcome) {
                                       if (c.json)
                                           c.console.json(outcome);
                                       else
                                           c.console.out(tr("Assigned bundle %1 to %2.").arg(code, slug));
                                   });
    }
    if (action == QLatin1String("apply")) {
        const QString code = c.args.requirePositional(tr("bundle code"));
        const QString slug = c.args.requirePositional(tr("tenant slug"));
        if (const int exit = c.finishArgs(); exit != ExitOk)
            return exit;
        return apply(c, code, slug);
    }
    return c.usage(action.isEmpty() ? tr("bundles needs an action: list, show, assign, drift or apply")
                                    : tr("unknown bundles action \"%1\"").arg(action));
}

int odooModulesCommand(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return withOdooClient(c, slug, [&c, slug](OdooClient* client) {
        readModules(client, {}, [&c, slug](const Result<QList<OdooModule>>& modules) {
            if (!modules)
                return c.done(c.fail(modules.error()));
            auto planned = capture([&] { return OdooModules::planSync(c.db, slug, modules.value()); });
            if (!planned)
                return c.done(c.fail(planned.error()));
            c.done(c.confirmAndExecute(planned.value(), [&c, slug](const QJsonObject& outcome) {
                if (c.json)
                    c.console.json(outcome);
                else
                    c.console.out(tr("Recorded %1 modules of %2's Odoo, %3 installed.")
                                      .arg(outcome.value(QStringLiteral("modules")).toInt())
                                      .arg(slug)
                                      .arg(outcome.value(QStringLiteral("installed")).toInt()));
            }));
        });
    });
}

} // namespace fusion::cli
