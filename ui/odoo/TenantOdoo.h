#pragma once

#include "models/core/Error.h"
#include "models/odoo/OdooConnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QWidget>

#include <functional>

namespace fusion {

class AppContext;
class OdooClient;

// Getting a tenant's Odoo ready without blocking: its settings from the database worker, its password or API
// key from the keychain, then `client` set up with them. And the module sync built on it: read the tenant's
// module list, show what will be recorded, record it once confirmed.
class TenantOdoo {
    Q_DECLARE_TR_FUNCTIONS(fusion::TenantOdoo)

public:
    static void prepare(AppContext* context, OdooClient* client, const QString& slug, QObject* receiver,
                        const std::function<void(Result<OdooSettings>)>& done);
    // Done gets the write's outcome, ErrorKind::NotConfirmed when the person cancelled, or the error.
    static void syncModules(AppContext* context, OdooClient* client, const QString& slug, QWidget* parent,
                            const std::function<void(Result<QJsonObject>)>& done);
};

} // namespace fusion
