#pragma once

#include "models/usage/PriceTable.h"
#include "models/usage/UsageRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fusion {

class Database;

// Why a call may not happen. Checked in this order; the first that applies is the answer.
enum class DenyReason {
    None,
    UnknownConsumer, // never called nor recorded usage (only a check can meet this: a call registers it)
    UnknownProvider,
    ConsumerKilled, // the kill switch
    NoRule,         // no access rule for this consumer and provider
    RuleDisabled,
    UserBlocked,
    Rpm,               // requests in this minute
    Rpd,               // requests today (UTC)
    UserDailyRequests, // the user's requests today
    NoPrice,           // a budget applies, but the model has no price to estimate the call with
    DailyBudget,
    MonthlyBudget,
    UserMonthlyBudget,
};

// What a call intends: who, where, for whom, and the most it can cost (see PolicyEngine::estimate).
struct CallIntent {
    QString consumer;
    QString provider;
    QString user;
    QString feature;
    QString model;
    qint64 estimateMicros = 0;
    bool priceKnown = true;             // false: the model has no price (a budget then refuses the call)
    std::optional<qint64> aiProviderId; // an AI console ask: the usage row names its AI provider
};

// allow, or deny with the reason; with what the decision was based on, for a person to see.
struct Decision {
    bool allowed = false;
    DenyReason reason = DenyReason::None;
    QString message; // one translated line: why, with the numbers

    qint64 consumerId = 0;
    qint64 providerId = 0;
    qint64 reservationId = 0; // set by reserve() when allowed
    qint64 estimateMicros = 0;
    QDateTime at; // when it was decided (the windows it counted in)

    std::optional<qint64> monthlyBudget, dailyBudget, userMonthlyBudget;
    std::optional<qint64> rpm, rpd, userDailyRequests;
    qint64 monthUsed = 0, dayUsed = 0, userMonthUsed = 0; // spent + reserved
    qint64 minuteRequests = 0, dayRequests = 0, userDayRequests = 0;

    QString reasonCode() const; // stable: "monthly_budget", "rpm", … ("" when allowed)
};

// The one policy engine: `fusionctl access check`, `fusionctl call`, the app's Test call and any consumer
// asking through the C++ API all decide here. A decision reads the live counters (BudgetCounters), never the
// log. reserve() decides under row locks and holds the estimated cost until settle() replaces it with the
// real one, so concurrent callers can never overspend a cap; a reservation never settled expires.
class PolicyEngine {
    Q_DECLARE_TR_FUNCTIONS(fusion::PolicyEngine)

public:
    // The most a call can cost: every byte of the prompt as a token (a token is never less than a byte) plus
    // a few per message, and every output token allowed. No price: nullopt.
    static std::optional<qint64> estimate(const PriceTable& prices, qint64 providerId, const QString& model,
                                          qint64 promptBytes, int messages, qint64 maxOutputTokens,
                                          const QDate& day);

    // Decides without writing anything (an unknown consumer is refused as such).
    static Decision check(Database& db, const CallIntent& intent, const QDateTime& now);
    // Decides in one short transaction, registering a new consumer; when allowed, counts the request and
    // reserves the estimate until `now + ttlSeconds`; when denied, logs the denial.
    static Decision reserve(Database& db, const CallIntent& intent, const QDateTime& now, int ttlSeconds);

    // How a reserved call ended.
    struct Outcome {
        QString status = QStringLiteral("ok"); // ok or error
        std::optional<int> httpStatus;
        QString error;
        QString model; // as the provider reported it (priced by this name), else the intent's
        TokenCounts tokens;
        qint64 latencyMs = 0;
    };
    // Replaces the reservation by what the call cost (nothing for a failed call), logs the call and fires the
    // alerts it crosses — one transaction. A reservation that already expired is settled all the same.
    // Returns the usage row's cost (nullopt: tokens without a known price).
    static std::optional<qint64> settle(Database& db, const Decision& reserved, const CallIntent& intent,
                                        const Outcome& outcome, const PriceTable& prices,
                                        const QDateTime& now);

    // Releases reservations that expired (of one pair, or all when both ids are 0), logging each as an
    // "expired" call. Its own transaction. Returns how many.
    static int releaseExpired(Database& db, const QDateTime& now, qint64 consumerId = 0,
                              qint64 providerId = 0);

    static QString reasonText(DenyReason reason); // a few words: "monthly budget reached"
};

} // namespace fusion
