#include "models/tenants/TenantKeyset.h"

#include "models/tenants/TenantRows.h"

#include <algorithm>

namespace fusion {

namespace {
// The list's plain ORDER BY, which an offset page walks.
QString keysetOrderBy(const TenantQuery& q)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (q.sort) {
    case TenantSort::Slug:
        return QStringLiteral("t.slug") + dir + QStringLiteral(", t.id") + dir;
    case TenantSort::Status:
        return QStringLiteral("t.status") + dir + QStringLiteral(", t.name ASC, t.id ASC");
    case TenantSort::Plan:
        // Tenants without a plan after every plan (before them, descending) on both stores; plans of the same
        // name one after the other.
        return QStringLiteral("(p.id IS NULL)") + dir + QStringLiteral(", p.name") + dir +
               QStringLiteral(", p.id") + dir + QStringLiteral(", t.name ASC, t.id ASC");
    case TenantSort::AgencyGroup:
        return QStringLiteral("t.agency_group") + dir + QStringLiteral(", t.name ASC, t.id ASC");
    case TenantSort::Region:
        return QStringLiteral("t.region") + dir + QStringLiteral(", t.name ASC, t.id ASC");
    case TenantSort::Updated:
        return QStringLiteral("t.updated_at") + dir + QStringLiteral(", t.id") + dir;
    case TenantSort::Created:
        return QStringLiteral("t.created_at") + dir + QStringLiteral(", t.id") + dir;
    case TenantSort::Name:
        break;
    }
    return QStringLiteral("t.name") + dir + QStringLiteral(", t.id") + dir;
}

QStringList keysetConditions(const TenantQuery& q, QVariantList& params)
{
    QStringList where;
    const QString search = q.search.trimmed();
    if (!search.isEmpty()) {
        // The same expression as the PostgreSQL trigram index, so that the index serves it.
        where << QStringLiteral("lower(t.slug || ' ' || t.name || ' ' || t.agency_group) LIKE ? ESCAPE '\\'");
        params << Database::containsPattern(search);
    }
    if (!q.status.isEmpty()) {
        where << QStringLiteral("t.status = ?");
        params << q.status;
    }
    if (!q.planCode.isEmpty()) {
        where << QStringLiteral("t.plan_id = (SELECT id FROM plans WHERE code = ?)");
        params << q.planCode;
    }
    if (!q.agencyGroup.isEmpty()) {
        where << QStringLiteral("t.agency_group = ?");
        params << q.agencyGroup;
    }
    return where;
}

QString keysetWhere(const QStringList& conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// How a sort walks its index (migration 0022). Name, slug, updated and created: one key and the id, both in
// the list's direction — "after" is the row value (key, id) compared in one index range. Status, agency
// group, region and plan: groups of that column in the list's direction, each group by name and id ascending
// whatever the direction (what the list has always shown); mixed directions are no one index range, so the
// walk takes a group at a time, each a range of the (column, name, id) index, and finds the next group with
// min()/max() on the same index.
struct KeysetShape {
    QString column;   // the key, or the grouping column
    QString selected; // how the cursor reads it: timestamps as text, so that no microsecond is lost
    bool grouped = false;
};

KeysetShape keysetShape(TenantSort sort)
{
    switch (sort) {
    case TenantSort::Slug:
        return {QStringLiteral("t.slug"), QStringLiteral("t.slug"), false};
    case TenantSort::Updated:
        return {QStringLiteral("t.updated_at"), QStringLiteral("CAST(t.updated_at AS text)"), false};
    case TenantSort::Created:
        return {QStringLiteral("t.created_at"), QStringLiteral("CAST(t.created_at AS text)"), false};
    case TenantSort::Status:
        return {QStringLiteral("t.status"), QStringLiteral("t.status"), true};
    case TenantSort::AgencyGroup:
        return {QStringLiteral("t.agency_group"), QStringLiteral("t.agency_group"), true};
    case TenantSort::Region:
        return {QStringLiteral("t.region"), QStringLiteral("t.region"), true};
    case TenantSort::Plan:
        return {QStringLiteral("t.plan_id"), QStringLiteral("t.plan_id"), true};
    case TenantSort::Name:
        break;
    }
    return {QStringLiteral("t.name"), QStringLiteral("t.name"), false};
}

// The sort keys are selected after the tenant's columns; they make each row's cursor.
constexpr int kKeysetFirstKey = TenantRows::columnCount;

QString keysetSelect(TenantSort sort)
{
    const KeysetShape shape = keysetShape(sort);
    return QStringLiteral("SELECT ") + TenantRows::columns() + QStringLiteral(", ") + shape.selected +
           (shape.grouped ? QStringLiteral(", t.name") : QString()) + TenantRows::from();
}

QList<TenantKeyset::Row> keysetRows(QSqlQuery& r, TenantSort sort)
{
    const int keys = keysetShape(sort).grouped ? 2 : 1;
    QList<TenantKeyset::Row> rows;
    while (r.next()) {
        TenantKeyset::Row k;
        k.tenant = TenantRows::read(r);
        k.cursor.id = k.tenant.id;
        for (int i = 0; i < keys; ++i) {
            const QVariant v = r.value(kKeysetFirstKey + i);
            k.cursor.keys << (v.isNull() ? QVariant() : v);
        }
        rows << k;
    }
    return rows;
}

} // namespace

QString TenantKeyset::where(const TenantQuery& q, QVariantList& params)
{
    return keysetWhere(keysetConditions(q, params));
}

QList<TenantKeyset::Row> TenantKeyset::offsetRows(const Database& db, const TenantQuery& q, int limit,
                                                  int offset)
{
    QVariantList params;
    const QString conditions = where(q, params);
    params << limit << offset;
    QSqlQuery r = db.exec(keysetSelect(q.sort) + conditions + QStringLiteral(" ORDER BY ") +
                              keysetOrderBy(q) + QStringLiteral(" LIMIT ? OFFSET ?"),
                          params);
    return keysetRows(r, q.sort);
}

QList<TenantKeyset::Row> TenantKeyset::walk(const Database& db, const TenantQuery& q, bool backward,
                                            const TenantCursor* from, int n)
{
    const KeysetShape shape = keysetShape(q.sort);
    if (!shape.grouped) {
        const bool ascending = q.descending == backward;
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QVariantList params;
        QStringList where = keysetConditions(q, params);
        if (from) {
            where << QStringLiteral("(%1, t.id) %2 (?, ?)")
                         .arg(shape.column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
            params << from->keys.value(0) << from->id;
        }
        params << n;
        QSqlQuery r =
            db.exec(keysetSelect(q.sort) + keysetWhere(where) + QStringLiteral(" ORDER BY ") + shape.column +
                        dir + QStringLiteral(", t.id") + dir + QStringLiteral(" LIMIT ?"),
                    params);
        return keysetRows(r, q.sort);
    }

    const bool groupsAscending = q.descending == backward;
    const bool withinAscending = !backward;
    const QString withinDir = withinAscending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // One group's rows after `within` (by name and id), up to `need`. A null group is the tenants without a
    // plan.
    const auto rowsIn = [&](const QVariant& group, const TenantCursor* within, int need) {
        QVariantList params;
        QStringList where = keysetConditions(q, params);
        if (group.isNull()) {
            where << shape.column + QStringLiteral(" IS NULL");
        } else {
            where << shape.column + QStringLiteral(" = ?");
            params << group;
        }
        if (within) {
            where << QStringLiteral("(t.name, t.id) %1 (?, ?)")
                         .arg(withinAscending ? QStringLiteral(">") : QStringLiteral("<"));
            params << within->keys.value(1) << within->id;
        }
        params << need;
        QSqlQuery r =
            db.exec(keysetSelect(q.sort) + keysetWhere(where) + QStringLiteral(" ORDER BY t.name") +
                        withinDir + QStringLiteral(", t.id") + withinDir + QStringLiteral(" LIMIT ?"),
                    params);
        return keysetRows(r, q.sort);
    };

    QList<TenantKeyset::Row> out;
    if (q.sort == TenantSort::Plan) {
        // Few plans: their order (by name, then id; no plan last) is read once, and the walk visits each in
        // turn.
        QVariantList groups;
        {
            QVariantList params;
            QString sql = QStringLiteral("SELECT id FROM plans");
            if (!q.planCode.isEmpty()) {
                sql += QStringLiteral(" WHERE code = ?");
                params << q.planCode;
            }
            QSqlQuery r = db.exec(sql + QStringLiteral(" ORDER BY name, id"), params);
            while (r.next())
                groups << r.value(0).toLongLong();
            if (q.planCode.isEmpty())
                groups << QVariant();
        }
        if (!groupsAscending)
            std::reverse(groups.begin(), groups.end());
        qsizetype at = 0;
        const TenantCursor* within = nullptr;
        if (from) {
            const QVariant key = from->keys.value(0);
            at = groups.size(); // a plan deleted since: nothing is after it
            for (qsizetype i = 0; i < groups.size(); ++i) {
                if (groups[i].isNull() == key.isNull() &&
                    (key.isNull() || groups[i].toLongLong() == key.toLongLong())) {
                    at = i;
                    break;
                }
            }
            within = from;
        }
        for (; at < groups.size() && out.size() < n; ++at) {
            out += rowsIn(groups[at], within, int(n - out.size()));
            within = nullptr;
        }
        return out;
    }

    const auto nextGroup = [&](const QVariant* after) -> QVariant {
        QVariantList params;
        QStringList where = keysetConditions(q, params);
        if (after) {
            where << shape.column + (groupsAscending ? QStringLiteral(" > ?") : QStringLiteral(" < ?"));
            params << *after;
        }
        return db.scalar(QStringLiteral("SELECT ") +
                             (groupsAscending ? QStringLiteral("min(") : QStringLiteral("max(")) +
                             shape.column + QStringLiteral(") FROM tenants t") + keysetWhere(where),
                         params);
    };
    QVariant group = from ? from->keys.value(0) : nextGroup(nullptr);
    const TenantCursor* within = from;
    while (!group.isNull() && out.size() < n) {
        out += rowsIn(group, within, int(n - out.size()));
        within = nullptr;
        if (out.size() < n)
            group = nextGroup(&group);
    }
    return out;
}

bool TenantKeyset::cursorFits(const TenantCursor& cursor, TenantSort sort)
{
    const KeysetShape shape = keysetShape(sort);
    if (!cursor.isValid() || cursor.keys.size() != (shape.grouped ? 2 : 1))
        return false;
    // The name (or the single key but a plan id) is text.
    const QVariant& last = cursor.keys.last();
    if (last.typeId() != QMetaType::QString)
        return false;
    if (sort == TenantSort::Plan)
        return cursor.keys.first().isNull() || cursor.keys.first().typeId() == QMetaType::LongLong;
    return cursor.keys.first().typeId() == QMetaType::QString;
}

} // namespace fusion
