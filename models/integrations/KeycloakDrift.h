#pragma once
// Drift between a tenant's SSO record (sso_configs.redirect_uris, free text) and the redirect URIs of its
// client in Keycloak: what only we list, what only Keycloak allows, or a client that is missing or disabled.
// Pure: the SSO pane and fusionctl show it; the admin comparison (KeycloakAdmin) computes it.
#include "models/integrations/Keycloak.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

struct KeycloakDrift {
    bool clientMissing = false;  // Keycloak has no client with our client id in the realm
    bool clientDisabled = false; // it exists but is disabled: nobody can sign in through it
    QStringList onlyOurs;        // in our record, not allowed by Keycloak (as we wrote them)
    QStringList onlyKeycloak;    // allowed by Keycloak, not in our record (as Keycloak has them)
    bool inSync() const
    {
        return !clientMissing && !clientDisabled && onlyOurs.isEmpty() && onlyKeycloak.isEmpty();
    }
};

class KeycloakDriftCheck {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeycloakDriftCheck)

public:
    // Our record's text: URIs separated by new lines, spaces, tabs or commas (a comma is not a valid
    // character of a redirect URI anyone registers, and people paste lists both ways). Empty items dropped.
    static QStringList splitRedirectUris(const QString& text);
    // The form two URIs are compared in (see the .cpp for what is normalised and why).
    static QString normalised(const QString& uri);
    // `keycloak`: the client as the admin API gave it, or nullopt when the realm has no such client.
    static KeycloakDrift compare(const QString& ourRedirectUris,
                                 const std::optional<KeycloakClientRecord>& keycloak);
    // One line per finding, for a person ("In sync." when there is none).
    static QStringList describe(const KeycloakDrift& drift, const QString& clientId);
};

} // namespace fusion
