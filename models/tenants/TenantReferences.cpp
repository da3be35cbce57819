#include "models/tenants/TenantReferences.h"

#include "models/storage/Database.h"

namespace fusion::TenantReferences {

namespace {
std::optional<qint64> idOf(const QVariant& id)
{
    return id.isValid() && !id.isNull() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}
} // namespace

std::optional<qint64> planId(Database& db, const QString& code)
{
    return idOf(db.scalar(QStringLiteral("SELECT id FROM plans WHERE code = ?"), {code}));
}

std::optional<qint64> infraTemplateId(Database& db, const QString& name)
{
    return idOf(db.scalar(QStringLiteral("SELECT id FROM infra_templates WHERE name = ?"), {name}));
}

} // namespace fusion::TenantReferences
