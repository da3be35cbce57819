#include "models/jobs/OdooSession.h"

#include "models/odoo/OdooClient.h"
#include "models/secrets/SecretStore.h"

#include <QPointer>

#include <memory>

namespace fusion {

namespace {
QString remedyFor(const JobHost& host, const QString& what)
{
    return host.remedy ? host.remedy(what) : QString();
}

QString sentence(const QString& fact, const QString& remedy)
{
    if (remedy.isEmpty())
        return fact + QLatin1Char('.');
    return fact + QStringLiteral("; ") + remedy + QLatin1Char('.');
}
} // namespace

QString OdooSession::connectionRemedy(const JobHost& host)
{
    return remedyFor(host, QStringLiteral("odoo-connection"));
}

OdooSettings OdooSession::loadConfigured(Database& db, const QString& slug, const QString& remedy)
{
    OdooSettings s = OdooConnection::load(db, slug);
    if (!s.isConfigured())
        throw Failure(ErrorKind::InvalidInput,
                      sentence(tr("Tenant %1 has no Odoo connection yet").arg(s.slug), remedy));
    return s;
}

void OdooSession::unlock(const JobHost& host, OdooClient* client, const OdooSettings& settings,
                         QObject* context, const std::function<void(Result<OdooSettings>)>& done)
{
    SecretStore* const secrets = host.secrets.data(); // one read: a second could be null
    if (!secrets) {
        done(Error::make(ErrorKind::KeychainUnavailable, tr("No OS keychain is available.")));
        return;
    }
    QPointer<OdooClient> target(client);
    const QString remedy = remedyFor(host, QStringLiteral("odoo-secret"));
    secrets->read(
        OdooConnection::secretKey(settings.slug), context,
        [target, settings, remedy, done](const Result<SecretBytes>& secret) {
            OdooClient* const alive = target.data();
            if (!alive)
                return; // the client went with whoever asked: nothing follows
            if (!secret) {
                Error e = secret.error();
                if (e.kind == ErrorKind::KeychainEntryMissing)
                    e.message = sentence(
                        tr("The OS keychain has no password or API key for %1's Odoo").arg(settings.slug),
                        remedy);
                return done(e);
            }
            alive->setCredentials(settings.endpoint(), secret.value());
            alive->setLimits(settings.limits());
            done(settings);
        });
}

void OdooSession::prepare(const JobHost& host, OdooClient* client, const QString& slug, QObject* context,
                          const std::function<void(Result<OdooSettings>)>& done)
{
    auto settings = std::make_shared<OdooSettings>();
    QPointer<QObject> guard(context);
    // Only plain values cross to the database thread.
    const QString remedy = connectionRemedy(host);
    host.database(
        context, [settings, slug, remedy](Database& db) { *settings = loadConfigured(db, slug, remedy); },
        [host, client, settings, guard, done](const std::optional<Error>& error) {
            if (error)
                return done(*error);
            if (!guard)
                return;
            unlock(host, client, *settings, guard, done);
        });
}

} // namespace fusion
