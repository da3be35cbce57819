#include "models/policy/ConsumerCode.h"

#include <QCoreApplication>

namespace fusion {

QString consumerCodeProblem(const QString& code)
{
    // Translated in Consumers' context, where these words were first written.
    if (code.isEmpty() || code.size() > 120)
        return QCoreApplication::translate("fusion::Consumers",
                                           "A consumer name must be 1 to 120 characters.");
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        const bool punct = c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':') ||
                           c == QLatin1Char('/') || c == QLatin1Char('-');
        if (!alnum && !(punct && i > 0))
            return QCoreApplication::translate(
                       "fusion::Consumers",
                       "\"%1\" is not a consumer name: use lower-case letters, digits and _ "
                       ". : / - (for a tenant's Odoo module: tenant-slug/module_name).")
                .arg(code.left(60));
    }
    return {};
}

} // namespace fusion
