// fusionctl infra templates and tags, maintenance windows and image upgrades: the Infra pane's flows.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/ListView.h"
#include "app/cli/TimeText.h"
#include "models/controlplane/ImageTags.h"
#include "models/controlplane/ImageUpgrade.h"
#include "models/controlplane/InfraTemplates.h"
#include "models/controlplane/MaintenanceWindows.h"
#include "models/controlplane/PlatformSettings.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fusion::cli {

namespace {

// ---- tested image tags ----------------------------------------------------------------------------------

int tagsList(Context& c)
{
    const QString env = c.args.option(QStringLiteral("env")).value_or(QString());
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using T = TestedTag;
    const ListView<TestedTag> view({
        {tr("ID"), QStringLiteral("id"), [](const T& t) { return QString::number(t.id); },
         [](const T& t) { return QJsonValue(t.id); }},
        {tr("ENV"), QStringLiteral("environment"), &T::environment},
        {tr("COMPONENT"), QStringLiteral("component"), &T::component},
        {tr("IMAGE"), QStringLiteral("image"), [](const T& t) { return t.reference(); },
         [](const T& t) { return QJsonValue(t.image); }},
        {{}, QStringLiteral("tag"), {}, [](const T& t) { return QJsonValue(t.tag); }},
        {tr("TESTED (UTC)"), QStringLiteral("tested_at"), [](const T& t) { return timeText(t.testedAt); },
         [](const T& t) { return timeJson(t.testedAt); }},
        {tr("BY"), QStringLiteral("tested_by"), &T::testedBy},
        {tr("STATE"), QStringLiteral("retired_at"),
         [](const T& t) { return t.retired() ? tr("retired") : tr("current"); },
         [](const T& t) { return timeJson(t.retiredAt); }},
        {tr("NOTES"), QStringLiteral("notes"), &T::notes},
    });
    view.print(c, ImageTags::list(c.db, env, all),
               ListText().ifEmpty(tr("No tested image tags. Record one with \"fusionctl infra tags add "
                                     "IMAGE:TAG\" once it has passed testing.")));
    return ExitOk;
}

int tagsAdd(Context& c)
{
    const QString reference = c.args.requirePositional(tr("IMAGE:TAG"));
    const QString component = c.args.option(QStringLiteral("component")).value_or(QStringLiteral("odoo"));
    const std::optional<QString> env = c.args.option(QStringLiteral("env"));
    const QString notes = c.args.option(QStringLiteral("notes")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const QString environment = env.value_or(PlatformSettings::read(c.db).environment);
    return c.confirmAndExecute(ImageTags::planAdd(c.db, environment, component, reference, notes),
                               [&c, reference, environment](const QJsonObject& o) {
                                   c.report(
                                       o, tr("%1 is recorded as tested in %2.").arg(reference, environment));
                               });
}

int tagsRetire(Context& c)
{
    const qint64 id = c.args.idPositional(tr("tag id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(ImageTags::planRetire(c.db, id), [&c, id](const QJsonObject& o) {
        c.report(o, tr("Tag %1 is retired.").arg(id));
    });
}

// ---- infra templates ------------------------------------------------------------------------------------

int templatesList(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using T = TemplateRow;
    const ListView<TemplateRow> view({
        {tr("NAME"), QStringLiteral("name"), [](const T& t) { return t.values.name; }},
        {tr("CHART"), QStringLiteral("k8s_chart"), [](const T& t) { return t.values.k8sChart; }},
        {tr("ODOO IMAGE"), QStringLiteral("docker_image_odoo"),
         [](const T& t) {
             return t.odooImageTested ? t.values.dockerImageOdoo
                                      : tr("%1 (not tested here)").arg(t.values.dockerImageOdoo);
         },
         [](const T& t) { return QJsonValue(t.values.dockerImageOdoo); }},
        {{},
         QStringLiteral("odoo_image_tested"),
         {},
         [](const T& t) { return QJsonValue(t.odooImageTested); }},
        {tr("POSTGRESQL IMAGE"), QStringLiteral("docker_image_pg"),
         [](const T& t) { return t.values.dockerImagePg; }},
        {tr("SIZE"), QStringLiteral("size_profile"), [](const T& t) { return t.values.sizeProfile; }},
        {tr("VERSION"), QStringLiteral("version"), [](const T& t) { return t.values.version; }},
        {tr("TENANTS"), QStringLiteral("tenants"), [](const T& t) { return QString::number(t.tenants); },
         [](const T& t) { return QJsonValue(t.tenants); }},
        {tr("STATE"), QStringLiteral("retired_at"),
         [](const T& t) { return t.retired() ? tr("retired") : tr("current"); },
         [](const T& t) { return timeJson(t.retiredAt); }},
        {{},
         QStringLiteral("env_defaults"),
         {},
         [](const T& t) {
             return QJsonValue(QJsonDocument::fromJson(t.values.envDefaults.toUtf8()).object());
         }},
    });
    view.print(
        c, InfraTemplates::list(c.db, all),
        ListText().ifEmpty(tr("No infra templates. Create one with \"fusionctl infra templates create\".")));
    return ExitOk;
}

// The fields given on the command line over `base` (what the template holds now, or the defaults).
TemplateInput templateFields(Context& c, TemplateInput base)
{
    const auto set = [&c](const char* option, QString& field) {
        if (const auto v = c.args.option(QLatin1String(option)))
            field = *v;
    };
    set("chart", base.k8sChart);
    set("odoo-image", base.imageOdoo);
    set("pg-image", base.imagePg);
    set("size", base.sizeProfile);
    set("env", base.envDefaults);
    set("template-version", base.version);
    return base;
}

int templatesCreate(Context& c)
{
    TemplateInput in;
    in.name = c.args.requirePositional(tr("name"));
    in = templateFields(c, in);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(InfraTemplates::planCreate(c.db, in), [&c, in](const QJsonObject& o) {
        c.report(o, tr("Created the infra template \"%1\".").arg(in.name));
    });
}

int templatesEdit(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    const auto current = InfraTemplates::find(c.db, name);
    TemplateInput base;
    if (current) {
        const InfraTemplate& t = current->values;
        base = {t.name,        t.k8sChart,    t.dockerImageOdoo, t.dockerImagePg,
                t.sizeProfile, t.envDefaults, t.version};
    }
    const TemplateInput in = templateFields(c, base);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(InfraTemplates::planEdit(c.db, name, in), [&c, name](const QJsonObject& o) {
        c.report(o, tr("Saved the infra template \"%1\".").arg(name));
    });
}

int templatesRetire(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(InfraTemplates::planRetire(c.db, name), [&c, name](const QJsonObject& o) {
        c.report(o, tr("The infra template \"%1\" is retired.").arg(name));
    });
}

// ---- maintenance windows --------------------------------------------------------------------------------

const ListView<MaintenanceWindow>& windowsView()
{
    using W = MaintenanceWindow;
    static const ListView<MaintenanceWindow> view({
        {tr("ID"), QStringLiteral("id"), [](const W& w) { return QString::number(w.id); },
         [](const W& w) { return QJsonValue(w.id); }},
        {tr("NAME"), QStringLiteral("name"), &W::name},
        {tr("WHEN"), QStringLiteral("starts_at"), [](const W& w) { return MaintenanceWindows::spanText(w); },
         [](const W& w) { return timeJson(w.startsAt); }},
        {{}, QStringLiteral("ends_at"), {}, [](const W& w) { return timeJson(w.endsAt); }},
        {tr("SCHEDULED"), QStringLiteral("scheduled"),
         [](const W& w) { return QString::number(w.scheduled); },
         [](const W& w) { return QJsonValue(w.scheduled); }},
        {tr("STATE"), QStringLiteral("state"),
         [](const W& w) {
             if (w.cancelled())
                 return tr("cancelled");
             const QDateTime now = QDateTime::currentDateTimeUtc();
             return w.activeAt(now) ? tr("open now") : w.endsAt <= now ? tr("over") : tr("upcoming");
         }},
        {tr("BY"), QStringLiteral("created_by"), &W::createdBy},
    });
    return view;
}

int maintenanceList(Context& c)
{
    const bool all = c.args.flag(QStringLiteral("all"));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    windowsView().print(
        c, MaintenanceWindows::list(c.db, all),
        ListText().ifEmpty(tr("No maintenance window is coming up. Create one with \"fusionctl "
                              "maintenance create NAME --start TIME --end TIME\".")));
    return ExitOk;
}

int maintenanceCreate(Context& c)
{
    const QString name = c.args.requirePositional(tr("name"));
    const auto start = c.args.timeOption(QStringLiteral("start"));
    const auto end = c.args.timeOption(QStringLiteral("end"));
    const QString notes = c.args.option(QStringLiteral("notes")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (!start || !end)
        return c.usage(tr("Give the window's --start and --end, e.g. --start 2026-12-12T02:00:00Z."));
    return c.confirmAndExecute(MaintenanceWindows::planCreate(c.db, name, *start, *end, notes),
                               [&c, name](const QJsonObject& o) {
                                   c.report(o, tr("Created the maintenance window \"%1\" (id %2).")
                                                   .arg(name)
                                                   .arg(o.value(QStringLiteral("window_id")).toInteger()));
                               });
}

int maintenanceCancel(Context& c)
{
    const qint64 id = c.args.idPositional(tr("window id")).value_or(0);
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    return c.confirmAndExecute(MaintenanceWindows::planCancel(c.db, id), [&c](const QJsonObject& o) {
        c.report(o, tr("The window is cancelled, with %n waiting operation(s).", nullptr,
                       o.value(QStringLiteral("operations_cancelled")).toInt()));
    });
}

// ---- image upgrades -------------------------------------------------------------------------------------

std::optional<UpgradeRequest> upgradeRequest(Context& c, int* code)
{
    UpgradeRequest r;
    r.tenantSlugs = c.args.options(QStringLiteral("tenant"));
    r.allActive = c.args.flag(QStringLiteral("all-active"));
    r.reference = c.args.option(QStringLiteral("image")).value_or(QString());
    r.component = c.args.option(QStringLiteral("component")).value_or(QStringLiteral("odoo"));
    r.windowId = c.args.intOption(QStringLiteral("window"), kPositive).value_or(0);
    r.waveSize =
        int(c.args.intOption(QStringLiteral("wave-size"), {1, ImageUpgrade::kMaxWaveSize}).value_or(50));
    r.waveGapMinutes = int(c.args.intOption(QStringLiteral("wave-gap"), {0, 1440}).value_or(30));
    if ((*code = c.finishArgs()) != ExitOk)
        return std::nullopt;
    if (r.reference.isEmpty() || r.windowId == 0) {
        *code = c.usage(tr("Give the tested --image IMAGE:TAG and the maintenance --window ID."));
        return std::nullopt;
    }
    if (r.tenantSlugs.isEmpty() == !r.allActive) {
        *code = c.usage(tr("Name the tenants with --tenant SLUG (repeatable), or give --all-active."));
        return std::nullopt;
    }
    return r;
}

QJsonObject previewJson(const UpgradePreview& p)
{
    QJsonArray waves;
    for (const UpgradeWave& w : p.waves) {
        QJsonArray tenants;
        for (const UpgradeTarget& t : w.tenants)
            tenants.append(
                QJsonObject{{QStringLiteral("slug"), t.slug}, {QStringLiteral("from"), t.currentImage}});
        waves.append(QJsonObject{{QStringLiteral("wave"), w.number},
                                 {QStringLiteral("at"), timeJson(w.at)},
                                 {QStringLiteral("tenants"), tenants}});
    }
    QJsonArray skipped;
    for (const UpgradeSkip& s : p.skipped)
        skipped.append(QJsonObject{{QStringLiteral("slug"), s.slug}, {QStringLiteral("reason"), s.reason}});
    return QJsonObject{
        {QStringLiteral("image"), p.tag.reference()}, {QStringLiteral("tag_id"), p.tag.id},
        {QStringLiteral("window_id"), p.window.id},   {QStringLiteral("window"), p.window.name},
        {QStringLiteral("count"), p.count()},         {QStringLiteral("waves"), waves},
        {QStringLiteral("skipped"), skipped},         {QStringLiteral("blocked"), p.blocked}};
}

void printPreview(Context& c, const UpgradePreview& p)
{
    c.console.out(tr("Upgrade to %1 in \"%2\" (%3): %n tenant(s).", nullptr, p.count())
                      .arg(p.tag.reference(), p.window.name, MaintenanceWindows::spanText(p.window)));
    for (const UpgradeWave& w : p.waves) {
        QStringList slugs;
        for (const UpgradeTarget& t : w.tenants)
            slugs << t.slug;
        c.console.out(tr("  Wave %1 at %2 UTC (%3): %4")
                          .arg(w.number)
                          .arg(timeText(w.at))
                          .arg(w.tenants.size())
                          .arg(slugs.join(QStringLiteral(", "))));
    }
    for (const UpgradeSkip& s : p.skipped)
        c.console.out(tr("  Not upgraded: %1 — %2").arg(s.slug, s.reason));
    if (!p.blocked.isEmpty())
        c.console.err(p.blocked);
}

int upgradesPlan(Context& c)
{
    int code = ExitOk;
    const auto request = upgradeRequest(c, &code);
    if (!request)
        return code;
    const UpgradePreview p = ImageUpgrade::preview(c.db, *request);
    if (c.json)
        c.report(previewJson(p), std::nullopt);
    else
        printPreview(c, p);
    return ExitOk;
}

int upgradesSchedule(Context& c)
{
    int code = ExitOk;
    const auto request = upgradeRequest(c, &code);
    if (!request)
        return code;
    const UpgradePreview p = ImageUpgrade::preview(c.db, *request);
    if (!c.json)
        printPreview(c, p);
    return c.confirmAndExecute(
        ImageUpgrade::planSchedule(c.db, p, QStringLiteral("cli")), [&c, p](const QJsonObject& o) {
            QJsonObject out = previewJson(p);
            out.insert(QStringLiteral("scheduled"), o.value(QStringLiteral("scheduled")));
            c.report(out,
                     tr("Scheduled %n upgrade(s) in %1 wave(s).", nullptr, p.count()).arg(p.waves.size()));
        });
}

int upgradesList(Context& c)
{
    const QString slug = c.args.option(QStringLiteral("tenant")).value_or(QString());
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    using U = UpgradeOperation;
    const ListView<UpgradeOperation> view({
        {tr("ID"), QStringLiteral("id"), [](const U& u) { return QString::number(u.id); },
         [](const U& u) { return QJsonValue(u.id); }},
        {tr("TENANT"), QStringLiteral("tenant"), &U::tenantSlug},
        {tr("IMAGE"), QStringLiteral("image"), &U::reference},
        {tr("AT (UTC)"), QStringLiteral("scheduled_for"), [](const U& u) { return timeText(u.scheduledFor); },
         [](const U& u) { return timeJson(u.scheduledFor); }},
        {tr("WAVE"), QStringLiteral("wave"), [](const U& u) { return QString::number(u.wave); },
         [](const U& u) { return QJsonValue(u.wave); }},
        {tr("WINDOW"), QStringLiteral("window"), &U::windowName},
    });
    view.print(c, ImageUpgrade::scheduled(c.db, slug),
               ListText().ifEmpty(tr("No image upgrade is scheduled.")));
    return ExitOk;
}

int upgradesCancel(Context& c)
{
    QList<qint64> ids;
    while (const auto word = c.args.positional()) {
        const auto id = Args::wholeNumber(*word, kPositive);
        if (!id)
            return c.usage(Args::invalid(tr("operation id"), tr("a positive number"), *word));
        ids << *id;
    }
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    if (ids.isEmpty())
        return c.usage(tr("Name the upgrade operations to cancel (see \"fusionctl upgrades list\")."));
    return c.confirmAndExecute(ImageUpgrade::planCancel(c.db, ids), [&c, ids](const QJsonObject& o) {
        c.report(o, tr("Cancelled %n upgrade(s).", nullptr, int(ids.size())));
    });
}

} // namespace

void registerInfraCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("infra templates list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "infra templates (--all: with the retired ones)"),
           {QStringLiteral("all")},
           templatesList});
    r.add({QStringLiteral("infra templates create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME --chart C --odoo-image IMAGE:TAG --pg-image IMAGE:TAG\n"
                             "[--size small|medium|large|xlarge] [--env JSON] [--template-version V]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a template new tenants are built from"),
           {},
           templatesCreate});
    r.add({QStringLiteral("infra templates edit"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "NAME [--chart C] [--odoo-image IMAGE:TAG] [--pg-image IMAGE:TAG] [--size S]\n"
                             "[--env JSON] [--template-version V]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "change a template (its tenants are not changed)"),
           {},
           templatesEdit});
    r.add({QStringLiteral("infra templates retire"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "no new tenant is built from the template"),
           {},
           templatesRetire});
    r.add({QStringLiteral("infra tags list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--env ENV] [--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "image tags tested per environment"),
           {QStringLiteral("all")},
           tagsList});
    r.add({QStringLiteral("infra tags add"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "IMAGE:TAG [--component odoo|postgres] [--env ENV] [--notes N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "record an image tag that passed testing"),
           {},
           tagsAdd});
    r.add({QStringLiteral("infra tags retire"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "no new upgrade may target the tag"),
           {},
           tagsRetire});
    r.add({QStringLiteral("maintenance list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--all]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "maintenance windows to come (--all: every one)"),
           {QStringLiteral("all")},
           maintenanceList});
    r.add({QStringLiteral("maintenance create"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "NAME --start TIME --end TIME [--notes N]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "a window in which upgrades may run"),
           {},
           maintenanceCreate});
    r.add({QStringLiteral("maintenance cancel"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "cancel a window and what waits in it"),
           {},
           maintenanceCancel});
    r.add({QStringLiteral("upgrades plan"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "(--tenant SLUG... | --all-active) --image IMAGE:TAG --window ID\n"
                             "[--component odoo|postgres] [--wave-size N] [--wave-gap MINUTES]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "preview who is upgraded when; writes nothing"),
           {QStringLiteral("all-active")},
           upgradesPlan});
    r.add({QStringLiteral("upgrades schedule"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands",
                             "(--tenant SLUG... | --all-active) --image IMAGE:TAG --window ID\n"
                             "[--component odoo|postgres] [--wave-size N] [--wave-gap MINUTES]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "schedule image upgrades in waves inside a window"),
           {QStringLiteral("all-active")},
           upgradesSchedule});
    r.add({QStringLiteral("upgrades list"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "[--tenant SLUG]"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "image upgrades that have not started"),
           {},
           upgradesList});
    r.add({QStringLiteral("upgrades cancel"),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "ID..."),
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "cancel scheduled upgrades before they start"),
           {},
           upgradesCancel});
}

} // namespace fusion::cli
