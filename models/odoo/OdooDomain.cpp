#include "models/odoo/OdooDomain.h"

#include "models/core/Error.h"

namespace fusion {

namespace {
QVariantList combine(const QString& op, const QList<QVariantList>& parts)
{
    QVariantList out;
    QList<QVariantList> used;
    for (const QVariantList& p : parts) {
        if (!p.isEmpty())
            used << p;
    }
    for (qsizetype i = 1; i < used.size(); ++i)
        out << op;
    for (const QVariantList& p : std::as_const(used))
        out << p;
    return out;
}
} // namespace

const QStringList& OdooDomain::operators()
{
    static const QStringList ops{
        QStringLiteral("="),         QStringLiteral("!="),       QStringLiteral(">"),
        QStringLiteral(">="),        QStringLiteral("<"),        QStringLiteral("<="),
        QStringLiteral("=?"),        QStringLiteral("=like"),    QStringLiteral("=ilike"),
        QStringLiteral("like"),      QStringLiteral("not like"), QStringLiteral("ilike"),
        QStringLiteral("not ilike"), QStringLiteral("in"),       QStringLiteral("not in"),
        QStringLiteral("child_of"),  QStringLiteral("parent_of")};
    return ops;
}

QVariantList OdooDomain::term(const QString& field, const QString& op, const QVariant& value)
{
    if (field.trimmed().isEmpty())
        throw Failure(ErrorKind::InvalidInput, tr("A search condition needs a field name."));
    if (!operators().contains(op))
        throw Failure(ErrorKind::InvalidInput, tr("\"%1\" is not an Odoo search operator.").arg(op));
    return QVariantList{QVariant(QVariantList{field, op, value})};
}

QVariantList OdooDomain::allOf(const QList<QVariantList>& parts)
{
    return combine(QStringLiteral("&"), parts);
}

QVariantList OdooDomain::anyOf(const QList<QVariantList>& parts)
{
    bool any = false;
    for (const QVariantList& p : parts)
        any = any || !p.isEmpty();
    if (!any)
        return term(QStringLiteral("id"), QStringLiteral("="), 0); // no record has id 0
    return combine(QStringLiteral("|"), parts);
}

QVariantList OdooDomain::negate(const QVariantList& part)
{
    if (part.isEmpty())
        return term(QStringLiteral("id"), QStringLiteral("="), 0); // NOT everything: nothing
    QVariantList out{QStringLiteral("!")};
    out << part;
    return out;
}

} // namespace fusion
