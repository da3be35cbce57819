#include "ui/common/StatusColors.h"

#include <QHash>

namespace fusion::StatusColors {

QColor forKey(const QString& key)
{
    static const QHash<QString, QColor> colors = {
        {QStringLiteral("active"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("succeeded"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("installed"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("healthy"), QColor(0x2e, 0x7d, 0x32)},
        {QStringLiteral("paused"), QColor(0xb2, 0x6a, 0x00)},
        {QStringLiteral("pending"), QColor(0xb2, 0x6a, 0x00)},
        {QStringLiteral("warning"), QColor(0xb2, 0x6a, 0x00)},
        {QStringLiteral("error"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("failed"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("critical"), QColor(0xc6, 0x28, 0x28)},
        {QStringLiteral("decommissioned"), QColor(0x61, 0x61, 0x61)},
        {QStringLiteral("cancelled"), QColor(0x61, 0x61, 0x61)},
        {QStringLiteral("removed"), QColor(0x61, 0x61, 0x61)},
        {QStringLiteral("queued"), QColor(0x15, 0x65, 0xc0)},
        {QStringLiteral("running"), QColor(0x00, 0x83, 0x8f)},
        {QStringLiteral("paused-health"), QColor(0x54, 0x6e, 0x7a)},
    };
    return colors.value(key, QColor(0x54, 0x6e, 0x7a));
}

} // namespace fusion::StatusColors
