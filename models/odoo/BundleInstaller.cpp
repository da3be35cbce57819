#include "models/odoo/BundleInstaller.h"

#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooDomain.h"

namespace fusion {

namespace {
QVariantList nameDomain(const QStringList& modules)
{
    QVariantList names;
    for (const QString& m : modules)
        names << m;
    return OdooDomain::term(QStringLiteral("name"), QStringLiteral("in"), names);
}
} // namespace

void BundleInstaller::readModules(OdooClient* client, const QVariantList& domain, QObject* context,
                                  const std::function<void(Result<QList<OdooModule>>)>& done)
{
    OdooClient::SearchOptions o;
    o.fields = OdooModules::fields();
    o.limit = 10000;
    o.order = QStringLiteral("name");
    client->searchRead(QStringLiteral("ir.module.module"), domain, o, context,
                       [done](const Result<QVariantList>& rows) {
                           if (!rows)
                               return done(rows.error());
                           QList<OdooModule> modules;
                           for (const QVariant& r : rows.value())
                               modules << OdooModules::fromRecord(r.toMap());
                           done(modules);
                       });
}

void BundleInstaller::checkAvailability(OdooClient* client, const QStringList& modules, QObject* context,
                                        const std::function<void(Result<Availability>)>& done)
{
    readModules(client, nameDomain(modules), context,
                [modules, done](const Result<QList<OdooModule>>& found) {
                    if (!found)
                        return done(found.error());
                    Availability a;
                    for (const OdooModule& m : found.value())
                        a.available << m.name;
                    for (const QString& m : modules) {
                        if (!a.available.contains(m))
                            a.unavailable << m;
                    }
                    done(a);
                });
}

void BundleInstaller::install(OdooClient* client, const QStringList& modules, QObject* context,
                              const Progress& progress, const std::function<void(Outcome)>& done)
{
    const QVariantList domain = nameDomain(modules);
    // The last word: whatever failed before, read what Odoo now says about each module.
    const auto finish = [client, domain, context, progress, modules, done](const QString& error) {
        progress(Step::ReadingResult, modules);
        readModules(client, domain, context, [error, done](const Result<QList<OdooModule>>& after) {
            if (!after)
                return done(Outcome{{}, error.isEmpty() ? after.error().message : error});
            done(Outcome{after.value(), error});
        });
    };
    progress(Step::UpdatingList, modules);
    client->executeKw(
        QStringLiteral("ir.module.module"), QStringLiteral("update_list"), {}, {},
        OdooClient::CallKind::LongWrite, context,
        [client, domain, context, progress, done, finish](const Result<QVariant>& updated) {
            if (!updated)
                return done(Outcome{{}, updated.error().message}); // nothing was installed
            progress(Step::ReadingStates, {});
            readModules(client, domain, context,
                        [client, context, progress, done, finish](const Result<QList<OdooModule>>& now) {
                            if (!now)
                                return done(Outcome{{}, now.error().message});
                            QVariantList ids;
                            QStringList toInstall;
                            for (const OdooModule& m : now.value()) {
                                if (m.state != QLatin1String("installed")) {
                                    ids << m.id;
                                    toInstall << m.name;
                                }
                            }
                            if (ids.isEmpty())
                                return done(Outcome{now.value(), {}});
                            progress(Step::Installing, toInstall);
                            client->executeKw(QStringLiteral("ir.module.module"),
                                              QStringLiteral("button_immediate_install"),
                                              QVariantList{QVariant(ids)}, {},
                                              OdooClient::CallKind::LongWrite, context,
                                              [finish](const Result<QVariant>& installed) {
                                                  finish(installed ? QString() : installed.error().message);
                                              });
                        });
        });
}

QString BundleInstaller::stepText(Step step, const QStringList& modules)
{
    switch (step) {
    case Step::UpdatingList:
        return tr("Updating Odoo's module list…");
    case Step::ReadingStates:
        return tr("Reading the modules' states…");
    case Step::Installing:
        return tr("Installing %1 (this can take minutes)…").arg(modules.join(QStringLiteral(", ")));
    case Step::ReadingResult:
        return tr("Reading what Odoo installed…");
    }
    return {};
}

} // namespace fusion
