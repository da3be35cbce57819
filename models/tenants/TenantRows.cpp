#include "models/tenants/TenantRows.h"

#include "models/storage/Database.h"

#include <QVariant>

namespace fusion {

QString TenantRows::columns()
{
    return QStringLiteral("t.id, t.slug, t.name, t.agency_group, t.status, t.plan_id, p.code, p.name, "
                          "t.infra_template_id, it.name, t.region, t.db_strategy, t.db_name, t.db_host, "
                          "t.k8s_namespace, t.odoo_url, t.odoo_db, t.odoo_login, t.created_at, t.updated_at, "
                          "t.row_version");
}

QString TenantRows::from()
{
    return QStringLiteral(
        " FROM tenants t LEFT JOIN plans p ON p.id = t.plan_id LEFT JOIN infra_templates it ON "
        "it.id = t.infra_template_id");
}

Tenant TenantRows::read(const QSqlQuery& r)
{
    // A plan or template id, or none (NULL).
    const auto idOrNothing = [](const QVariant& v) -> std::optional<qint64> {
        if (v.isNull() || !v.isValid())
            return std::nullopt;
        return v.toLongLong();
    };
    Tenant t;
    t.id = r.value(0).toLongLong();
    t.slug = r.value(1).toString();
    t.name = r.value(2).toString();
    t.agencyGroup = r.value(3).toString();
    t.status = r.value(4).toString();
    t.planId = idOrNothing(r.value(5));
    t.planCode = r.value(6).toString();
    t.planName = r.value(7).toString();
    t.infraTemplateId = idOrNothing(r.value(8));
    t.infraTemplateName = r.value(9).toString();
    t.region = r.value(10).toString();
    t.dbStrategy = r.value(11).toString();
    t.dbName = r.value(12).toString();
    t.dbHost = r.value(13).toString();
    t.k8sNamespace = r.value(14).toString();
    t.odooUrl = r.value(15).toString();
    t.odooDb = r.value(16).toString();
    t.odooLogin = r.value(17).toString();
    t.createdAt = Database::toDateTime(r.value(18));
    t.updatedAt = Database::toDateTime(r.value(19));
    t.rowVersion = r.value(20).toInt();
    return t;
}

} // namespace fusion
