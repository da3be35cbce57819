#include "models/demo/DatabaseSetup.h"

#include "models/demo/DemoSeeder.h"
#include "models/storage/Migrator.h"

namespace fusion {

PendingWrite DatabaseSetup::plan(Database& db, bool withDemoData)
{
    PendingWrite write = Migrator::planUpgrade(db);
    if (!withDemoData)
        return write;
    const DemoOptions options;
    write.plan.action = QStringLiteral("database.create_with_demo");
    write.plan.effects << DemoSeeder::describe(options);
    auto migrate = write.apply;
    write.apply = [migrate, options](Database& target) {
        QJsonObject outcome = migrate(target);
        const PendingWrite demo = DemoSeeder::plan(target, options);
        outcome.insert(QStringLiteral("demo"), demo.apply(target));
        return outcome;
    };
    return write;
}

} // namespace fusion
