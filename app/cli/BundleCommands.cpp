// fusionctl bundles: module bundles, their drift on a tenant, assigning and applying them; and
// fusionctl odoo modules: a tenant's module catalog synced from its Odoo.
#include "app/cli/Cli.h"
#include "app/cli/CliJobs.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "app/cli/ListView.h"
#include "models/bundles/BundleCatalog.h"
#include "models/jobs/BundleApply.h"
#include "models/jobs/ModuleSync.h"
#include "models/odoo/OdooModules.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace fusion::cli {

namespace {
const ListView<BundleInfo>& bundlesView()
{
    using I = BundleInfo;
    static const ListView<BundleInfo> view({
        {tr("CODE"), QStringLiteral("code"), [](const I& i) { return i.bundle.code; }},
        {tr("NAME"), QStringLiteral("name"), [](const I& i) { return i.bundle.name; }},
        {tr("TYPE"), QStringLiteral("type"), [](const I& i) { return i.bundle.type; }},
        {tr("VERSION"), QStringLiteral("version"), [](const I& i) { return i.bundle.version; }},
        {tr("MODULES"), QStringLiteral("modules"),
         [](const I& i) { return QString::number(i.bundle.modules.size()); },
         [](const I& i) { return QJsonValue(QJsonArray::fromStringList(i.bundle.modules)); }},
        {tr("TENANTS"), QStringLiteral("tenants"), [](const I& i) { return QString::number(i.tenantCount); },
         [](const I& i) { return QJsonValue(i.tenantCount); }},
        {{}, QStringLiteral("description"), {}, [](const I& i) { return QJsonValue(i.bundle.description); }},
        {{}, QStringLiteral("row_version"), {}, [](const I& i) { return QJsonValue(i.rowVersion); }},
    });
    return view;
}

BundleInfo requireBundle(Database& db, const QString& code)
{
    auto b = BundleCatalog::find(db, code);
    if (!b)
        throw Failure(ErrorKind::NotFound, tr("There is no bundle \"%1\".").arg(code));
    return *b;
}

// "a,b c" and repeated options: module names as a person types them.
QStringList moduleList(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        for (const QString& part : v.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out << part;
    }
    return out;
}

int apply(Context& c, const QString& code, const QString& slug)
{
    auto* job = new BundleApply(jobHost(c), nullptr, QCoreApplication::instance());
    showProgress(c, job);
    job->start(code, slug, [&c, code, slug](const Result<BundleApply::Outcome>& result) {
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const BundleApply::Outcome& o = result.value();
        if (o.nothingToDo) {
            c.console.out(tr("Every module of bundle %1 is already installed in %2's Odoo.").arg(code, slug));
            return c.done(ExitOk);
        }
        c.report(o.recorded,
                 tr("Operation %1: %2 installed, %3 not installed.")
                     .arg(o.operationId)
                     .arg(o.installed().size())
                     .arg(o.notInstalled().size()),
                 o.error().isEmpty() ? QString() : QStringLiteral("fusionctl: ") + o.error());
        c.done(o.complete() ? ExitOk : ExitError);
    });
    return ExitPending;
}

int drift(Context& c)
{
    DriftQuery q;
    q.slug = c.args.positional().value_or(QString());
    q.bundleCode = c.args.option(QStringLiteral("bundle")).value_or(QString());
    q.includeCore = c.args.flag(QStringLiteral("include-core"));
    q.onlyDrifting = !c.args.flag(QStringLiteral("all"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const QList<TenantDrift> rows = BundleCatalog::drift(c.db, q);
    const auto names = [](const QStringList& list) {
        return list.isEmpty() ? tr("(none)") : list.join(QStringLiteral(", "));
    };
    // One tenant asked for by name reads as its fields; --json keeps the array, one shape for scripts.
    if (!c.json && !q.slug.isEmpty() && rows.size() == 1) {
        const TenantDrift& d = rows.first();
        c.console.keyValues({{tr("Tenant"), d.slug},
                             {tr("Bundles"), names(d.bundles)},
                             {tr("Missing"), names(d.missing)},
                             {tr("Not wanted"), names(d.unwanted)}});
        if (d.installedCount == 0)
            c.console.err(
                tr("No installed modules are recorded for %1 yet; run \"fusionctl odoo modules %1\" "
                   "to read them from its Odoo.")
                    .arg(d.slug));
        return ExitOk;
    }
    using D = TenantDrift;
    const auto array = [](QStringList D::*field) {
        return [field](const D& d) { return QJsonValue(QJsonArray::fromStringList(d.*field)); };
    };
    const ListView<TenantDrift> view({
        {tr("TENANT"), QStringLiteral("tenant"), &D::slug},
        {tr("BUNDLES"), QStringLiteral("bundles"),
         [](const D& d) { return d.bundles.join(QStringLiteral(",")); }, array(&D::bundles)},
        {tr("MISSING"), QStringLiteral("missing"),
         [](const D& d) {
             return d.installedCount == 0 ? tr("(not synced) %1").arg(d.missing.size())
                                          : QString::number(d.missing.size());
         },
         array(&D::missing)},
        {tr("NOT WANTED"), QStringLiteral("unwanted"),
         [](const D& d) { return QString::number(d.unwanted.size()); }, array(&D::unwanted)},
        {tr("MODULES"),
         {},
         [](const D& d) { return (d.missing + d.unwanted).mid(0, 6).join(QStringLiteral(", ")); }},
        {{}, QStringLiteral("installed"), {}, [](const D& d) { return QJsonValue(d.installedCount); }},
    });
    view.print(c, rows, ListText().ifEmpty(tr("Every tenant in scope has exactly what its bundles want.")));
    return ExitOk;
}

// Reads the bundle fields given on the command line over `draft`; true if at least one was given.
bool readDraftOptions(Context& c, BundleDraft& draft)
{
    bool any = false;
    const auto take = [&](const char* name, QString& field) {
        if (auto v = c.args.option(QLatin1String(name))) {
            field = *v;
            any = true;
        }
    };
    take("name", draft.name);
    take("type", draft.type);
    take("version", draft.version);
    take("description", draft.description);
    const QStringList modules = c.args.options(QStringLiteral("modules"));
    if (!modules.isEmpty()) {
        draft.modules = moduleList(modules);
        any = true;
    }
    for (const QString& m : moduleList(c.args.options(QStringLiteral("add-module")))) {
        if (!draft.modules.contains(m))
            draft.modules << m;
        any = true;
    }
    for (const QString& m : moduleList(c.args.options(QStringLiteral("remove-module")))) {
        draft.modules.removeAll(m);
        any = true;
    }
    return any;
}

int setAssigned(Context& c, bool assign)
{
    const QString code = c.args.requirePositional(tr("bundle code"));
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    requireBundle(c.db, code);
    const Tenant t = TenantRepository(c.db).requireBySlug(slug);
    QStringList codes;
    for (const Bundle& b : TenantRepository(c.db).detail(t.id, false).bundles)
        codes << b.code;
    if (assign && !codes.contains(code))
        codes << code;
    if (!assign)
        codes.removeAll(code);
    return c.confirmAndExecute(TenantService(c.db, QStringLiteral("cli")).planSetBundles(t.id, codes),
                               [&c, assign, code, slug](const QJsonObject& outcome) {
                                   c.report(outcome,
                                            assign ? tr("Assigned bundle %1 to %2.").arg(code, slug)
                                                   : tr("Unassigned bundle %1 from %2.").arg(code, slug));
                               });
}

int list(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    bundlesView().print(c, BundleCatalog::list(c.db));
    return ExitOk;
}

int show(Context& c)
{
    const QString code = c.args.requirePositional(tr("bundle code"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const BundleInfo b = requireBundle(c.db, code);
    // --json: the bundle as `bundles list` gives it.
    c.show(Fields(bundlesView().object(b).toObject())
               .text(tr("Bundle"), b.bundle.code)
               .text(tr("Name"), b.bundle.name)
               .text(tr("Type"), b.bundle.type)
               .text(tr("Version"), b.bundle.version)
               .text(tr("Description"), b.bundle.description)
               .text(tr("Modules"), b.bundle.modules.join(QStringLiteral(", ")))
               .text(tr("Tenants"), QString::number(b.tenantCount)));
    return ExitOk;
}

int create(Context& c)
{
    BundleDraft draft;
    draft.code = c.args.requirePositional(tr("bundle code"));
    readDraftOptions(c, draft);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return c.confirmAndExecute(BundleCatalog::planCreate(c.db, draft),
                               [&c, draft](const QJsonObject& outcome) {
                                   c.report(outcome, tr("Created bundle %1.").arg(draft.code.trimmed()));
                               });
}

int edit(Context& c)
{
    const QString code = c.args.requirePositional(tr("bundle code"));
    const BundleInfo current = requireBundle(c.db, code);
    BundleDraft draft{current.bundle.code, current.bundle.name,    current.bundle.description,
                      current.bundle.type, current.bundle.version, current.bundle.modules};
    const bool any = readDraftOptions(c, draft);
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    if (!any)
        return c.usage(tr("bundles edit needs at least one of --name, --type, --version, --description, "
                          "--modules, --add-module, --remove-module"));
    return c.confirmAndExecute(
        BundleCatalog::planEdit(c.db, code, current.rowVersion, draft),
        [&c, code](const QJsonObject& outcome) { c.report(outcome, tr("Saved bundle %1.").arg(code)); });
}

int remove(Context& c)
{
    const QString code = c.args.requirePositional(tr("bundle code"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    const BundleInfo current = requireBundle(c.db, code);
    return c.confirmAndExecute(
        BundleCatalog::planDelete(c.db, code, current.rowVersion),
        [&c, code](const QJsonObject& outcome) { c.report(outcome, tr("Deleted bundle %1.").arg(code)); });
}

int applyCommand(Context& c)
{
    const QString code = c.args.requirePositional(tr("bundle code"));
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    return apply(c, code, slug);
}

int odooModulesCommand(Context& c)
{
    const QString slug = c.args.requirePositional(tr("tenant slug"));
    if (const int exit = c.finishArgs(); exit != ExitOk)
        return exit;
    auto* job = new ModuleSync(jobHost(c), nullptr, QCoreApplication::instance());
    job->start(slug, [&c, slug](const Result<ModuleSync::Outcome>& result) {
        if (!result)
            return c.done(jobFailed(c, result.error()));
        const ModuleSync::Outcome& o = result.value();
        if (o.unchanged) {
            c.console.err(o.plan.title);
            for (const QString& effect : o.plan.effects)
                c.console.err(QStringLiteral("  • ") + effect);
            c.console.err(tr("Nothing to change."));
            c.report(QJsonObject{{QStringLiteral("changed"), false}}, std::nullopt);
        } else {
            c.report(o.recorded, tr("Recorded %1 modules of %2's Odoo, %3 installed.")
                                     .arg(o.modules)
                                     .arg(slug)
                                     .arg(o.installed));
        }
        c.done(ExitOk);
    });
    return ExitPending;
}

} // namespace

void registerBundleCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("odoo modules"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "record the modules of a tenant's Odoo"),
           {},
           odooModulesCommand});
    r.add({QStringLiteral("bundles list"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "module bundles with their modules and tenants"),
           {},
           list});
    r.add({QStringLiteral("bundles show"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "a bundle, its modules and the tenants it is assigned to"),
           {},
           show});
    r.add({QStringLiteral("bundles create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "CODE --name N --modules M,M... [--type T] [--version V] [--description D]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "define a bundle of Odoo modules"),
           {},
           create});
    r.add({QStringLiteral("bundles edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "CODE [--name N] [--type T] [--version V] [--description D] [--modules "
                             "M,M...]\n[--add-module M]... [--remove-module M]..."),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "change a bundle or its module list"),
           {},
           edit});
    r.add({QStringLiteral("bundles delete"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "delete a bundle no tenant uses"),
           {},
           remove});
    r.add({QStringLiteral("bundles assign"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "assign a bundle to a tenant"),
           {},
           [](Context& c) { return setAssigned(c, true); }});
    r.add({QStringLiteral("bundles unassign"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "take a bundle from a tenant"),
           {},
           [](Context& c) { return setAssigned(c, false); }});
    r.add({QStringLiteral("bundles apply"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "CODE SLUG"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "install the bundle's missing modules in the tenant's Odoo"),
           {},
           applyCommand});
    r.add({QStringLiteral("bundles drift"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[SLUG] [--bundle CODE] [--include-core] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "wanted vs installed modules"),
           {QStringLiteral("include-core"), QStringLiteral("all")},
           drift});
}

} // namespace fusion::cli
