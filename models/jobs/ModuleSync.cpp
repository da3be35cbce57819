#include "models/jobs/ModuleSync.h"

#include "models/jobs/OdooSession.h"
#include "models/odoo/BundleInstaller.h"
#include "models/odoo/OdooClient.h"
#include "models/odoo/OdooModules.h"

namespace fusion {

ModuleSync::ModuleSync(JobHost host, OdooClient* client, QObject* parent)
    : Job(std::move(host), parent)
    , m_client(client ? client : new OdooClient(this))
{
}

void ModuleSync::start(const QString& slug, Done done)
{
    begin();
    m_done = std::move(done);
    report(0, 0, tr("Reading the modules of %1's Odoo…").arg(slug));
    // What is recorded depends on what Odoo has: the read comes before the plan and the confirmation.
    OdooSession::prepare(host(), m_client, slug, this, [this, slug](const Result<OdooSettings>& ready) {
        if (!ready)
            return finish(ready.error());
        BundleInstaller::readModules(
            m_client, {}, this, [this, slug](const Result<QList<OdooModule>>& modules) {
                if (!modules)
                    return finish(modules.error());
                onDatabase<PendingWrite>(
                    [slug, list = modules.value()](Database& db) {
                        return OdooModules::planSync(db, slug, list);
                    },
                    [this](const Result<PendingWrite>& planned) {
                        if (!planned)
                            return finish(planned.error());
                        const PendingWrite write = planned.value();
                        if (!write.apply || !write.plan.hasChanges()) {
                            Outcome same;
                            same.unchanged = true;
                            same.plan = write.plan;
                            return finish(same);
                        }
                        confirm(write.plan, [this, write](bool yes) {
                            if (!yes)
                                return finish(notConfirmedError());
                            this->write(write, [this, write](const Result<QJsonObject>& recorded) {
                                if (!recorded)
                                    return finish(recorded.error());
                                Outcome o;
                                o.plan = write.plan;
                                o.recorded = recorded.value();
                                o.modules = o.recorded.value(QStringLiteral("modules")).toInt();
                                o.installed = o.recorded.value(QStringLiteral("installed")).toInt();
                                finish(o);
                            });
                        });
                    });
            });
    });
}

void ModuleSync::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
