#pragma once

#include <QString>

#include <optional>

namespace fusion {

class Database;

// The rows a tenant edit names by their human key (billing.plan=CODE, infra_template=NAME), resolved to
// the ids the write plan stores; nullopt when there is no such row.
namespace TenantReferences {
std::optional<qint64> planId(Database& db, const QString& code);
std::optional<qint64> infraTemplateId(Database& db, const QString& name);
} // namespace TenantReferences

} // namespace fusion
