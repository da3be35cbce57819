#pragma once

#include <QString>

#include <optional>

namespace fusion {

// Amounts of money are integer micro-units of the price table's currency (USD): 2.50 is 2500000. Sums stay
// exact on both stores, and a cap compares to the last micro-unit.
namespace Money {
constexpr qint64 kMicrosPerUnit = 1000000;
// The largest amount a budget or price may hold (a billion): products with token counts stay in range.
constexpr qint64 kMaxMicros = qint64(1000000000) * kMicrosPerUnit;

// "12.5", "12,50", "0.000001", "$3", "1,000.25", "1.000,25" → micro-units; nothing for text that is not an
// amount, for a negative one, for more than six decimals, or over kMaxMicros.
std::optional<qint64> parse(const QString& text);
// 2500000 → "2.50"; keeps up to six decimals when the amount has them (0.000150 → "0.00015"), never fewer
// than two.
QString format(qint64 micros);
// "$2.50" for a person; the same digits as format().
QString display(qint64 micros);
// A percentage of a budget for a person (one decimal under 10 %), "—" for no budget.
QString percent(qint64 spent, std::optional<qint64> budget);
} // namespace Money

} // namespace fusion
