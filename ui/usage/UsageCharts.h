#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace fusion {

struct BudgetBurn;
struct DailyActivity;
struct StackedDailyCost;

// The Usage pane's charts, built from the plain values the database worker computes. Each factory returns a
// new chart that the caller owns (hand it to a QChartView, or to ChartExport). Empty data gives a chart that
// says so in its middle rather than bare axes. Colours come from `palette`, so a chart built after a theme
// change matches it; printPalette() is for paper, whatever the screen shows. Fonts have pixel sizes so that a
// chart laid out for the screen keeps its proportions on a 300 dpi page or in an SVG.
class UsageCharts {
    Q_DECLARE_TR_FUNCTIONS(fusion::UsageCharts)

public:
    UsageCharts() = delete;

    // Cost per day stacked by the series in `data` (a bar per day), in dollars.
    static QChart* dailyCost(const StackedDailyCost& data,
                             const QPalette& palette = QGuiApplication::palette());
    // Requests per day on the left axis; errors and refusals, usually far fewer, on the right one.
    static QChart* activity(const DailyActivity& data, const QPalette& palette = QGuiApplication::palette());
    // The p50 and p95 latency in milliseconds, broken where a day had no timed calls.
    static QChart* latency(const DailyActivity& data, const QPalette& palette = QGuiApplication::palette());
    // A month's cumulative spend, its budget and the forecast to the month's end; the title sums it up.
    static QChart* budgetBurn(const BudgetBurn& data, const QPalette& palette = QGuiApplication::palette());

    // Dark text on white, for exports that will be printed.
    static QPalette printPalette();
    // The centred message of a chart built from empty data, or an empty string for a chart with data.
    static QString emptyStateText(const QChart* chart);
};

} // namespace fusion
