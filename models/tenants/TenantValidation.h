#pragma once

#include <QString>

namespace fusion {

// Field rules shared by the wizard (live), the detail forms, fusionctl and the services that write. Each
// returns an empty string when the value is acceptable, otherwise one translated sentence saying why.
namespace TenantValidation {
QString slug(const QString& slug);
QString name(const QString& name);
QString url(const QString& url, bool required = false); // http(s) only
QString k8sNamespace(const QString& ns);                // DNS-1123 label, may be empty
QString databaseName(const QString& name);              // PostgreSQL identifier-ish, may be empty
QString hostName(const QString& host);                  // may be empty
QString agencyGroup(const QString& group);
QString keycloakRealm(const QString& realm);
QString redirectUris(const QString& lines);
QString schemaName(const QString& name);
QString suggestSlug(const QString& name); // "ACME Finance (PH)" → "acme-finance-ph"
} // namespace TenantValidation

} // namespace fusion
