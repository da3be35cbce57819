// fusionctl db and demo: the schema and demo data.
#include "app/cli/Cli.h"
#include "app/cli/CommandRegistry.h"
#include "models/demo/DemoSeeder.h"
#include "models/storage/Migrator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fusion::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fusion::cli", text);
}

int status(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const SchemaStatus s = Migrator::status(c.db);
    if (c.json) {
        QJsonArray pending;
        for (const Migration& m : s.pending)
            pending.append(
                QJsonObject{{QStringLiteral("version"), m.version}, {QStringLiteral("name"), m.name}});
        c.console.json(
            QJsonObject{{QStringLiteral("database"), c.db.target().displayName()},
                        {QStringLiteral("dialect"),
                         c.db.isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                        {QStringLiteral("exists"), true},
                        {QStringLiteral("current"), s.current},
                        {QStringLiteral("latest"), s.latest},
                        {QStringLiteral("too_new"), s.tooNew()},
                        {QStringLiteral("pending"), pending}});
    } else {
        c.console.keyValues({{tr("Database"), c.db.target().displayName()},
                             {tr("Schema version"), QString::number(s.current)},
                             {tr("This version knows"), QString::number(s.latest)}});
        if (s.tooNew())
            c.console.out(Migrator::tooNewFailure(s).error().message);
        else if (s.pending.isEmpty())
            c.console.out(tr("Up to date."));
        else
            for (const Migration& m : s.pending)
                c.console.out(tr("Pending: %1 %2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name));
    }
    return s.tooNew() ? ExitError : ExitOk;
}

int migrate(Context& c)
{
    if (const int code = c.finishArgs(); code != ExitOk)
        return code;
    const PendingWrite write = Migrator::planUpgrade(c.db);
    if (!write.apply) {
        if (c.json)
            c.console.json(QJsonObject{{QStringLiteral("changed"), false}});
        else
            c.console.out(
                tr("The schema is up to date (version %1).").arg(Migrator::latestVersion(c.db.dialect())));
        return ExitOk;
    }
    return c.confirmAndExecute(write, [&c](const QJsonObject& outcome) {
        if (c.json)
            c.console.json(outcome);
        else
            c.console.out(tr("Schema is now at version %1.").arg(Migrator::latestVersion(c.db.dialect())));
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
        if (c.json) {
            c.console.json(outcome);
            return;
        }
        c.console.out(tr("Loaded demo data: %1 tenants, %2 operations, %3 bundles, %4 modules, %5 plans.")
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
