#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace fusion {

// Search domains in Odoo's prefix notation, built from parts instead of pasted together: every part is one
// well-formed expression, so parts combine with AND, OR and NOT without the implicit-AND pitfalls.
//   OdooDomain::allOf({term("is_company", "=", true), anyOf({term("email", "ilike", q), term("phone",
//   "ilike", q)})}) → ["&", ["is_company","=",true], "|", ["email","ilike",q], ["phone","ilike",q]]
class OdooDomain {
    Q_DECLARE_TR_FUNCTIONS(fusion::OdooDomain)

public:
    // One leaf; throws Failure(InvalidInput) for an operator Odoo does not know or an empty field name.
    static QVariantList term(const QString& field, const QString& op, const QVariant& value);
    static QVariantList allOf(const QList<QVariantList>& parts); // empty: matches everything
    static QVariantList anyOf(const QList<QVariantList>& parts); // empty: matches nothing
    static QVariantList negate(const QVariantList& part);
    static const QStringList& operators();
};

} // namespace fusion
