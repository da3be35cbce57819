#pragma once

#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace fusion {

// What makes a key need attention — expiring soon, expired, past its grace period, unused for long, rejected
// — with the two thresholds the person chose in the Keys pane. They are remembered in the settings so the
// pane, the dashboard and fusionctl flag the same keys.
struct KeyAttention {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyAttention)

public:
    int expiringDays = 30; // days ahead that count as "expires soon"
    int unusedDays = 90;   // days without use that count as "unused"

    // Why `key` needs attention at `now`, one phrase each; empty when it needs none (or is revoked).
    QStringList flags(const ApiKey& key, const QDateTime& now) const;

    static KeyAttention saved();
    void save() const;
};

} // namespace fusion
