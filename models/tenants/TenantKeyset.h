#pragma once
// The tenants list's paging in SQL, under TenantRepository::list and count: the search and filters as
// conditions, an offset page, and the keyset walk each sort takes through its index (migration 0022).
// Internal to models/tenants.
#include "models/storage/Database.h"
#include "models/tenants/Tenant.h"

namespace fusion {

struct TenantKeyset {
    // A tenant and its place in the list's order: the keys a cursor holds.
    struct Row {
        Tenant tenant;
        TenantCursor cursor;
    };

    // " WHERE …" for the query's search and filters (empty without any); their values go to `params`.
    static QString where(const TenantQuery& q, QVariantList& params);
    // Up to `limit` rows from `offset` in the list's order: the rows before it are walked past.
    static QList<Row> offsetRows(const Database& db, const TenantQuery& q, int limit, int offset);
    // Up to `n` rows strictly after `from` (from the start without it), walking the list's order forward, or
    // backward with `backward`; in walk order.
    static QList<Row> walk(const Database& db, const TenantQuery& q, bool backward, const TenantCursor* from,
                           int n);
    // Whether `cursor` was read under `sort` (it holds that sort's keys).
    static bool cursorFits(const TenantCursor& cursor, TenantSort sort);
};

} // namespace fusion
