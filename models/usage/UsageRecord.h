#pragma once

#include "models/usage/TokenCounts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fusion {

// One row of the usage log as it arrives: from a call through the service layer, from `usage record`, or from
// an imported file.
struct UsageRecord {
    QDateTime occurredAt; // UTC
    QString consumer;     // consumer code
    QString provider;     // provider code
    QString user;
    QString feature;
    QString model;
    TokenCounts tokens;
    std::optional<qint64> costMicros; // given: taken as is; otherwise computed from the price table
    std::optional<qint64> latencyMs;
    QString status = QStringLiteral("ok"); // ok, error, denied, expired
    std::optional<int> httpStatus;
    QString error;
    QString requestId; // an id of the caller's (makes a re-import a no-op); else the row's content does
    std::optional<qint64> aiProviderId; // the AI console's provider that made the call (its statistics)

    // Every problem with the row, each in a few words, for a report ("tokens_out is negative"); empty: fine.
    QStringList problems() const;
    // What makes a re-import of this row a no-op: "id:<request id>" or "h:<hash of the row's content>".
    QString dedupKey() const;

    static constexpr qint64 kMaxTokens = 1000000000;
    static constexpr qint64 kMaxLatencyMs = qint64(24) * 3600 * 1000;
};

} // namespace fusion
