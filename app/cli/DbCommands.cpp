// fusionctl db and demo: the schema and demo data.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "app/cli/Fields.h"
#include "models/demo/DemoSeeder.h"
#include "models/storage/Migrator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
int status(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const SchemaStatus s = Migrator::status(c.db);
    QJsonArray pending;
    for (const Migration& m : s.pending)
        pending.append(QJsonObject{{QStringLiteral("version"), m.version}, {QStringLiteral("name"), m.name}});
    Fields fields;
    fields.add(tr("Database"), QStringLiteral("database"), c.db.target().displayName());
    // With several servers listed, which one answered and what it is: after a failover, the promoted one.
    if (c.db.isPostgres())
        fields
            .add(tr("Server"), QStringLiteral("server"),
                 c.db.isStandby() ? tr("%1 (standby, read-only)").arg(c.db.server())
                                  : tr("%1 (primary)").arg(c.db.server()),
                 c.db.server())
            .json(QStringLiteral("standby"), c.db.isStandby());
    c.show(fields.add(tr("Schema version"), QStringLiteral("current"), QString::number(s.current), s.current)
               .add(tr("This version knows"), QStringLiteral("latest"), QString::number(s.latest), s.latest)
               .json(QStringLiteral("dialect"),
                     c.db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"))
               .json(QStringLiteral("exists"), true)
               .json(QStringLiteral("too_new"), s.tooNew())
               .json(QStringLiteral("pending"), pending),
           [&] {
               if (s.tooNew())
                   c.console.out(Migrator::tooNewFailure(s).error().message);
               else if (s.pending.isEmpty())
                   c.console.out(tr("Up to date."));
               else
                   for (const Migration& m : s.pending)
                       c.console.out(
                           tr("Pending: %1 %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
           });
    return s.tooNew() ? ExitError : ExitOk;
}

int migrate(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PendingWrite write = Migrator::planUpgrade(c.db);
    if (!write.apply) {
        c.report(QJsonObject{{QStringLiteral("changed"), false}},
                 tr("The schema is up to date (version %1).").arg(Migrator::latestVersion(c.db.dialect())));
        return ExitOk;
    }
    return c.confirmAndExecute(write, [&c](const QJsonObject& outcome) {
        c.report(outcome, tr("Schema is now at version %1.").arg(Migrator::latestVersion(c.db.dialect())));
    });
}

int seed(Context& c)
{
    DemoOptions options;
    options.tenants = int(c.args.intOption(QStringLiteral("tenants"), {1, 100000}).value_or(options.tenants));
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PendingWrite write = DemoSeeder::plan(c.db, options);
    return c.confirmAndExecute(write, [&c](const QJsonObject& outcome) {
        c.report(outcome, tr("Loaded demo data: %1 tenants, %2 operations, %3 bundles, %4 modules, %5 plans.")
                              .arg(outcome.value(QStringLiteral("tenants")).toInteger())
                              .arg(outcome.value(QStringLiteral("operations")).toInteger())
                              .arg(outcome.value(QStringLiteral("bundles")).toInteger())
                              .arg(outcome.value(QStringLiteral("modules")).toInteger())
                              .arg(outcome.value(QStringLiteral("plans")).toInteger()));
    });
}

} // namespace

void registerDbCommands(CommandRegistry& r)
{
    r.add({QStringLiteral("db status"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "schema version and pending migrations"),
           {},
           status,
           Store::AnySchema});
    r.add({QStringLiteral("db migrate"),
           "",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "create or upgrade the schema"),
           {},
           migrate,
           Store::AnySchema});
    r.add({QStringLiteral("demo seed"),
           "[--tenants N]",
           QT_TRANSLATE_NOOP("fusion::cli::Commands", "fill an empty database with demo data"),
           {},
           seed});
}

} // namespace fusion::cli
