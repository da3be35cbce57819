#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fusion {

// What the Usage pane's charts and the spend report draw, computed from the daily aggregates (UsageQuery) on
// the database thread and handed to the widgets as plain values. Money is in micro-units (Money::format shows
// it).

// Daily cost stacked by one dimension: `names[s]` has `costMicros[s][d]` on `days[d]`. The largest series
// come first; what is left over is one series named by UsageQuery ("Other").
struct StackedDailyCost {
    QList<QDate> days;
    QStringList names;
    QList<QList<qint64>> costMicros;
    bool isEmpty() const { return days.isEmpty() || names.isEmpty(); }
};

// Per day: requests (calls that reached the provider), errors, refusals, and the latency percentiles
// estimated from the aggregates' histograms (nullopt on a day without timed calls).
struct DailyActivity {
    QList<QDate> days;
    QList<qint64> requests;
    QList<qint64> errors;
    QList<qint64> denied;
    QList<std::optional<double>> p50Ms;
    QList<std::optional<double>> p95Ms;
    bool isEmpty() const { return days.isEmpty(); }
};

// One month's spend against the monthly budgets that apply to the filter: the cumulative actual per day up to
// `asOf`, and a straight-line forecast from it to the month's last day.
struct BudgetBurn {
    QDate month;                                   // the first day
    QList<QDate> days;                             // every day of the month
    QList<std::optional<qint64>> actualCumulative; // up to asOf, then nullopt
    std::optional<qint64> budgetMicros;            // the sum of the monthly budgets in scope; none: no budget
    qint64 forecastMicros = 0;                     // at the month's end, at the pace so far
    QDate asOf;
    bool isEmpty() const { return days.isEmpty(); }
};

// A month's spend of one tenant, for the PDF report.
struct TenantSpendReport {
    QString tenantSlug;
    QString tenantName;
    QDate month; // the first day
    qint64 totalMicros = 0;
    std::optional<qint64> budgetMicros;
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 unpriced = 0;
    struct Line {
        QString consumer;
        QString provider;
        QString model;
        qint64 requests = 0;
        qint64 tokensIn = 0;
        qint64 tokensOut = 0;
        qint64 costMicros = 0;
    };
    QList<Line> lines;      // by cost, largest first
    StackedDailyCost daily; // by consumer
    QString generatedBy;
    QString generatedAt; // ISO text, UTC
};

} // namespace fusion
