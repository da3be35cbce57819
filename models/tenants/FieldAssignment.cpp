#include "models/tenants/FieldAssignment.h"

namespace fusion {

FieldAssignments FieldAssignments::parse(const QStringList& assignments)
{
    FieldAssignments out;
    for (const QString& s : assignments) {
        const qsizetype eq = s.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out.malformed = s;
            return out;
        }
        const QString field = s.left(eq);
        const QString value = s.mid(eq + 1);
        if (field == QLatin1String("bundles")) {
            QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString& b : names)
                b = b.trimmed();
            out.bundles = names;
        } else if (field.startsWith(QLatin1String("billing."))) {
            out.billing.insert(field.mid(8), value);
        } else if (field.startsWith(QLatin1String("sso."))) {
            out.sso.insert(field.mid(4), value);
        } else if (field.startsWith(QLatin1String("analytics."))) {
            out.analytics.insert(field.mid(10), value);
        } else {
            out.tenant.insert(field, value);
        }
    }
    return out;
}

} // namespace fusion
