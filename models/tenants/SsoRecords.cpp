#include "models/tenants/SsoRecords.h"

#include "models/integrations/KeycloakDrift.h"

#include <QSqlQuery>

namespace fusion {

int SsoRecordRow::redirectUriCount() const
{
    // Counted the way the comparison with Keycloak reads them.
    return int(KeycloakDriftCheck::splitRedirectUris(redirectUris).size());
}

QList<SsoRecordRow> SsoRecords::list(Database& db)
{
    QList<SsoRecordRow> out;
    QSqlQuery q = db.exec(QStringLiteral(
        "SELECT t.id, t.slug, t.name, t.status, s.keycloak_realm, s.keycloak_client_id, s.redirect_uris, "
        "s.status FROM sso_configs s JOIN tenants t ON t.id = s.tenant_id WHERE s.keycloak_realm <> '' AND "
        "s.keycloak_client_id <> '' AND t.status <> 'decommissioned' ORDER BY t.slug"));
    while (q.next())
        out << SsoRecordRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString(),   q.value(7).toString()};
    return out;
}

} // namespace fusion
