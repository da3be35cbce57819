#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/usage/TokenCounts.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fusion {

// A model's price per million tokens (micro-units), valid from a date until the next price of that model.
struct ModelPrice {
    qint64 id = 0;
    qint64 providerId = 0;
    QString providerCode;
    QString model;
    QDate effectiveFrom;
    qint64 inputMicros = 0;
    qint64 outputMicros = 0;
    qint64 cachedInputMicros = 0;
    QString source;
    int rowVersion = 0;
};

// The price table, loaded once and asked many times: which price applies to a provider's model on a day, and
// what tokens cost at it.
class PriceTable {
    Q_DECLARE_TR_FUNCTIONS(fusion::PriceTable)

public:
    static QList<ModelPrice> load(Database& db);
    static PriceTable fromDatabase(Database& db) { return PriceTable(load(db)); }
    PriceTable() = default;
    explicit PriceTable(QList<ModelPrice> prices);

    // The price of `model` on `day`: the model's own, else that of the longest listed name it extends with a
    // dash ("gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini"), the latest whose date is on or before
    // `day`.
    std::optional<ModelPrice> find(qint64 providerId, const QString& model, const QDate& day) const;
    const QList<ModelPrice>& all() const { return m_prices; }

    // Micro-units, rounded half up; the tokens are at most a billion each (UsageRecord checks).
    static qint64 cost(const ModelPrice& price, const TokenCounts& tokens);

    // Adds a price (a new model or a new effective date) or changes the one of that date; confirmed, audited.
    static PendingWrite planSet(Database& db, const ModelPrice& in);
    static QString validate(const ModelPrice& in); // empty when fine

private:
    QList<ModelPrice> m_prices;                 // sorted by provider, model, date
    QHash<QString, QList<qsizetype>> m_byModel; // "providerId/model" → indexes, oldest first
};

} // namespace fusion
