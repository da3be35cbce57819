#pragma once
// Every tenant's SSO record at once (the SSO pane's table): the tenant, its realm, client id, redirect URIs
// and status. Tenants without a Keycloak realm or client id are left out: there is nothing to check yet.
#include "models/storage/Database.h"

#include <QList>
#include <QString>

namespace fusion {

struct SsoRecordRow {
    qint64 tenantId = 0;
    QString slug;
    QString name;
    QString tenantStatus;
    QString realm;
    QString clientId;
    QString redirectUris; // one a line, as stored
    QString status;       // not_configured, pending, active, error
    int redirectUriCount() const;
};

class SsoRecords {
public:
    static QList<SsoRecordRow> list(Database& db);
};

} // namespace fusion
