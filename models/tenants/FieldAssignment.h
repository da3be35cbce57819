#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace fusion {

// `fusionctl tenants edit SLUG --set FIELD=VALUE...` as typed, sorted into the record each field belongs to:
// the tenant's own fields, its bundles (a comma-separated list), billing.*, sso.* and analytics.*. Names are
// resolved to ids (billing.plan, infra_template) by the caller, which has the database; this is only the
// text.
struct FieldAssignments {
    QVariantMap tenant;    // column → value; infra_template is kept under that name, unresolved
    QVariantMap billing;   // billing.COLUMN; billing.plan is kept under "plan", unresolved
    QVariantMap sso;       // sso.COLUMN
    QVariantMap analytics; // analytics.COLUMN
    std::optional<QStringList> bundles; // bundles=a,b (trimmed, empty names dropped); empty list: none
    std::optional<QString> malformed;   // the first argument that is not FIELD=VALUE; nothing else is read

    // How many records the assignments touch; `tenants edit` changes one at a time.
    int records() const
    {
        return int(!tenant.isEmpty()) + int(!billing.isEmpty()) + int(!sso.isEmpty()) +
               int(!analytics.isEmpty()) + int(bundles.has_value());
    }

    // Each "FIELD=VALUE": the field is everything before the first '=' (never empty), the value everything
    // after it (may be empty, may hold more '='). A later assignment of a field replaces an earlier one.
    static FieldAssignments parse(const QStringList& assignments);
};

} // namespace fusion
