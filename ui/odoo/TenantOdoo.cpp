#include "ui/odoo/TenantOdoo.h"

#include "models/odoo/BundleInstaller.h"
#include "models/odoo/OdooClient.h"
#include "models/secrets/SecretStore.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/WriteRunner.h"

#include <QPointer>

namespace fusion {

void TenantOdoo::prepare(AppContext* context, OdooClient* client, const QString& slug, QObject* receiver,
                         const std::function<void(Result<OdooSettings>)>& done)
{
    QPointer<OdooClient> target(client);
    context->worker()->run<OdooSettings>(
        receiver, [slug](Database& db) { return OdooConnection::load(db, slug); },
        [context, target, receiver, done](const Result<OdooSettings>& settings) {
            if (!settings)
                return done(settings.error());
            const OdooSettings& s = settings.value();
            if (!s.isConfigured())
                return done(
                    Error::make(ErrorKind::InvalidInput, tr("Tenant %1 has no Odoo connection yet; set it "
                                                            "with Odoo Connection… in the tenant's page.")
                                                             .arg(s.slug)));
            context->secrets()->read(
                OdooConnection::secretKey(s.slug), receiver,
                [target, s, done](const Result<SecretBytes>& secret) {
                    if (!target)
                        return;
                    if (!secret) {
                        if (secret.error().kind == ErrorKind::KeychainEntryMissing)
                            return done(
                                Error::make(ErrorKind::KeychainEntryMissing,
                                            tr("No password or API key for %1's Odoo is in the OS "
                                               "keychain; set it with Odoo Connection… in the tenant's "
                                               "page.")
                                                .arg(s.slug)));
                        return done(secret.error());
                    }
                    target->setCredentials(s.endpoint(), secret.value());
                    target->setLimits(s.limits());
                    done(s);
                });
        });
}

void TenantOdoo::syncModules(AppContext* context, OdooClient* client, const QString& slug, QWidget* parent,
                             const std::function<void(Result<QJsonObject>)>& done)
{
    QPointer<QWidget> guard(parent);
    prepare(
        context, client, slug, parent,
        [context, client, slug, guard, done](const Result<OdooSettings>& ready) {
            if (!ready)
                return done(ready.error());
            if (!guard)
                return;
            BundleInstaller::readModules(
                client, {}, guard, [context, slug, guard, done](const Result<QList<OdooModule>>& modules) {
                    if (!modules)
                        return done(modules.error());
                    if (!guard)
                        return;
                    const QList<OdooModule>& list = modules.value();
                    WriteRunner::run(
                        context, guard,
                        [slug, list](Database& db) { return OdooModules::planSync(db, slug, list); }, done);
                });
        });
}

} // namespace fusion
