#include "models/vault/KeyAttention.h"

#include <QSettings>

namespace fusion {

QStringList KeyAttention::flags(const ApiKey& k, const QDateTime& now) const
{
    QStringList out;
    if (k.status == QLatin1String("revoked"))
        return out;
    if (k.expiresAt.isValid() && k.expiresAt < now)
        out << tr("expired");
    else if (k.expiresWithin(expiringDays, now))
        out << tr("expires in %n day(s)", nullptr, int(now.daysTo(k.expiresAt)));
    if (k.graceOver(now))
        out << tr("grace period over: revoke it");
    if (k.unusedFor(unusedDays, now))
        out << tr("unused for %n day(s)", nullptr,
                  int((k.lastUsedAt.isValid() ? k.lastUsedAt : k.createdAt).daysTo(now)));
    if (k.validationStatus == QLatin1String("rejected"))
        out << tr("rejected by the provider");
    return out;
}

KeyAttention KeyAttention::saved()
{
    const QSettings settings;
    KeyAttention a;
    a.expiringDays = qBound(0, settings.value(QStringLiteral("keys/expiringDays"), 30).toInt(), 3650);
    a.unusedDays = qBound(1, settings.value(QStringLiteral("keys/unusedDays"), 90).toInt(), 3650);
    return a;
}

void KeyAttention::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("keys/expiringDays"), expiringDays);
    settings.setValue(QStringLiteral("keys/unusedDays"), unusedDays);
}

} // namespace fusion
