#include "models/portal/PortalSettings.h"

#include "models/storage/RecordEdit.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"

namespace fusion {

const QStringList& LocalSettings::ssoColumns()
{
    static const QStringList columns{QStringLiteral("redirect_uris")};
    return columns;
}

const QStringList& LocalSettings::analyticsColumns()
{
    static const QStringList columns{QStringLiteral("sync_mode"), QStringLiteral("superset_dashboard_url")};
    return columns;
}

bool LocalSettings::isLocal(const QString& column)
{
    return ssoColumns().contains(column) || analyticsColumns().contains(column);
}

PortalSettings LocalSettings::load(Database& db, qint64 tenantId)
{
    PortalSettings s;
    s.tenantId = tenantId;
    s.sso = RecordEdit::currentValues(db, TenantService::ssoTable(), tenantId, &s.ssoVersion, &s.ssoExists);
    s.analytics =
        RecordEdit::currentValues(db, TenantService::analyticsTable(), tenantId, &s.analyticsVersion);
    return s;
}

PendingWrite LocalSettings::plan(Database& db, qint64 tenantId, int ssoVersion, int analyticsVersion,
                                 const QVariantMap& values, const QString& triggerSource)
{
    const auto tenant = TenantRepository(db).findById(tenantId);
    if (!tenant)
        throw Failure(ErrorKind::NotFound, tr("The tenant no longer exists or your login may not see it."));
    QVariantMap sso;
    QVariantMap analytics;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (ssoColumns().contains(it.key())) {
            sso.insert(it.key(), it.value());
        } else if (analyticsColumns().contains(it.key())) {
            analytics.insert(it.key(), it.value());
        } else {
            const EditableField* f = TenantService::ssoTable().field(it.key());
            if (!f)
                f = TenantService::analyticsTable().field(it.key());
            throw Failure(ErrorKind::InvalidInput,
                          tr("%1 is set by the platform's operators, not from the tenant portal.")
                              .arg(f ? f->translatedLabel() : it.key()));
        }
    }
    // The platform's planners do the checks (and refuse stale row versions).
    TenantService service(db, triggerSource);
    PendingWrite ssoWrite;
    if (!sso.isEmpty()) {
        bool exists = false;
        RecordEdit::currentValues(db, TenantService::ssoTable(), tenantId, nullptr, &exists);
        if (!exists)
            throw Failure(ErrorKind::InvalidInput,
                          tr("SSO is not set up for %1 yet: the platform's operators set up its Keycloak "
                             "realm first, then its redirect URIs can be managed here.")
                              .arg(tenant->slug));
        ssoWrite = service.planEditSso(tenantId, ssoVersion, sso);
    }
    PendingWrite analyticsWrite;
    if (!analytics.isEmpty())
        analyticsWrite = service.planEditAnalytics(tenantId, analyticsVersion, analytics);

    PendingWrite write;
    write.plan.action = QStringLiteral("tenant.local_settings.edit");
    write.plan.title = tr("Change local settings of tenant %1").arg(tenant->slug);
    write.plan.verb = tr("Save");
    write.plan.targetType = QStringLiteral("tenant");
    write.plan.target = tenant->slug;
    write.plan.tenantId = tenant->id;
    write.plan.changes = ssoWrite.plan.changes + analyticsWrite.plan.changes;
    write.plan.rowsAffected = ssoWrite.plan.rowsAffected + analyticsWrite.plan.rowsAffected;
    if (!ssoWrite.apply && !analyticsWrite.apply)
        return write; // nothing changed: no write, no audit row
    // Both records in the one transaction of the audit row: all of the edit or none of it.
    write.apply = [sso = ssoWrite.apply, analytics = analyticsWrite.apply](Database& target) {
        QJsonObject outcome;
        if (sso)
            outcome.insert(QStringLiteral("sso"), sso(target));
        if (analytics)
            outcome.insert(QStringLiteral("analytics"), analytics(target));
        return outcome;
    };
    return write;
}

} // namespace fusion
