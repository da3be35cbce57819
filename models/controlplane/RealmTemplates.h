#pragma once
// Keycloak realm templates (migration 0014's sso_realm_templates): how a new tenant's SSO record is filled
// in — its realm, its client id and its redirect URIs as patterns with {slug} and {odoo_url} in them. The
// create wizard's SSO step renders one for the tenant being created; owners create, edit and delete them
// through the confirmation path (on PostgreSQL only fusion_owner may write the table).
#include "models/core/WritePlan.h"
#include "models/storage/Database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

struct RealmTemplateInput {
    QString name;
    QString realmPattern;    // e.g. "fusion" or "{slug}"
    QString clientIdPattern; // e.g. "odoo-{slug}"
    QString redirectUris;    // one pattern a line, e.g. "{odoo_url}/auth_oauth/signin"
    QString description;
};

struct RealmTemplate {
    qint64 id = 0;
    RealmTemplateInput values;
    int rowVersion = 0;
};

// A template rendered for one tenant: what its SSO record would hold.
struct RenderedSso {
    QString realm;
    QString clientId;
    QString redirectUris; // one a line
};

class RealmTemplates {
    Q_DECLARE_TR_FUNCTIONS(fusion::RealmTemplates)

public:
    static QList<RealmTemplate> list(Database& db);
    static std::optional<RealmTemplate> find(Database& db, const QString& name);

    // {slug} and {odoo_url} (without its trailing slashes) substituted; redirect URI lines trimmed and
    // empty ones dropped.
    static RenderedSso render(const RealmTemplateInput& t, const QString& slug, const QString& odooUrl);
    // Problems with the fields, one sentence each (empty: it can be saved). The patterns are checked as a
    // sample tenant would get them, by the same rules as a tenant's SSO record.
    static QStringList validate(const RealmTemplateInput& input);

    static PendingWrite planCreate(Database& db, const RealmTemplateInput& input);
    // Only what differs from the stored template is written; SSO records filled from it are not changed.
    static PendingWrite planEdit(Database& db, const QString& name, const RealmTemplateInput& input);
    static PendingWrite planDelete(Database& db, const QString& name);
};

} // namespace fusion
