#pragma once
// How a row of `tenants` is read: its columns, with its plan's and infrastructure template's names, and the
// Tenant they make. Shared by the repository's reads (TenantRepository) and the list's keyset walk
// (TenantKeyset); internal to models/tenants.
#include "models/tenants/Tenant.h"

#include <QSqlQuery>
#include <QString>

namespace fusion {

struct TenantRows {
    // The columns read() reads, first in a SELECT: "t.id, t.slug, …, t.row_version".
    static QString columns();
    // " FROM tenants t LEFT JOIN plans p … LEFT JOIN infra_templates it …": what columns() names.
    static QString from();
    // How many columns() names: what a SELECT adds after them starts at this index.
    static constexpr int columnCount = 21;
    static Tenant read(const QSqlQuery& r);
};

} // namespace fusion
