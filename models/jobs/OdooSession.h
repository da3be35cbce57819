#pragma once

#include "models/core/Error.h"
#include "models/jobs/JobHost.h"
#include "models/odoo/OdooConnection.h"

#include <QCoreApplication>

#include <functional>

namespace fusion {

class OdooClient;

// Getting a tenant's Odoo ready, the same for every reader and every job: its stored settings, refused
// plainly when the tenant has no Odoo connection; its password or API key from the keychain; the client set
// up with both and with the tenant's own rate limits.
class OdooSession {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooSession)

public:
    // The settings of a tenant whose Odoo is set up (ErrorKind::InvalidInput otherwise, saying `remedy`;
    // NotFound for an unknown tenant). Runs on the database.
    static OdooSettings loadConfigured(Database& db, const QString& slug, const QString& remedy);
    // How this presenter's person sets up a tenant's Odoo connection.
    static QString connectionRemedy(const JobHost& host);
    // Reads the secret and sets `client` up; `done` gets the settings back.
    static void unlock(const JobHost& host, OdooClient* client, const OdooSettings& settings,
                       QObject* context, const std::function<void(Result<OdooSettings>)>& done);
    // Both, for reads that need no confirmation and for plans that depend on what the remote has.
    static void prepare(const JobHost& host, OdooClient* client, const QString& slug, QObject* context,
                        const std::function<void(Result<OdooSettings>)>& done);
};

} // namespace fusion
