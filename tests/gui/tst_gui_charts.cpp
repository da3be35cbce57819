// The Usage pane's charts and exports, off-screen: each chart built from realistic and from empty data shows
// what it was given (series and points match the input, an empty one says so in its middle), renders with
// content in light and dark themes, and (tst_gui_chart_exports.cpp) exports to PNG, SVG, PDF and CSV files
// that other programs can read. With FUSION_SCREENSHOT_DIR set, the rendered charts are saved there for a
// person to look at.
#include "tests/gui/ChartsTest.h"
#include "ui/common/StatusColors.h"
#include "ui/common/Theme.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/UsageCharts.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <optional>

using namespace fusion;
using namespace fusion::test;

class TestGuiCharts : public QObject, protected ChartsFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initCharts(); }

    void cleanup() { Theme::apply(Theme::Mode::Light); }

    void dailyCostShowsEverySeriesAndDay()
    {
        const StackedDailyCost data = dailyCostData(30, 6);
        const ChartPtr chart(UsageCharts::dailyCost(data));
        QVERIFY(UsageCharts::emptyStateText(chart.get()).isEmpty());
        const QList<QStackedBarSeries*> stacks = seriesOf<QStackedBarSeries>(chart.get());
        QCOMPARE(chart->series().size(), 1);
        QCOMPARE(stacks.size(), 1);
        const QList<QBarSet*> sets = stacks.first()->barSets();
        QCOMPARE(sets.size(), data.names.size());
        double highest = 0;
        for (int d = 0; d < data.days.size(); ++d) {
            double total = 0;
            for (int s = 0; s < sets.size(); ++s) {
                // Escaped: the legend would read "R&D <bots>" as markup.
                QCOMPARE(sets.at(s)->label(), data.names.at(s).toHtmlEscaped());
                QCOMPARE(sets.at(s)->count(), data.days.size());
                QCOMPARE(sets.at(s)->at(d), double(data.costMicros.at(s).at(d)) / 1e6);
                total += sets.at(s)->at(d);
            }
            highest = std::max(highest, total);
        }
        // "Other" is grey, the named series are not.
        QCOMPARE(sets.last()->color().saturation() < 30, true);
        QCOMPARE(sets.first()->color().saturation() > 60, true);

        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        const auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        QCOMPARE(x->categoriesLabels().first(), QStringLiteral("11-15"));
        QVERIFY(x->count() >= 4 && x->count() <= 14);
        QVERIFY(y->max() >= highest);
        QVERIFY(y->labelFormat().startsWith(QLatin1Char('$')));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);
        QCOMPARE(chart->animationOptions(), QChart::NoAnimation);

        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QCOMPARE(image.size(), kImageSize);
        QVERIFY(hasContent(image));
        save(image, QStringLiteral("chart-daily-cost"));
    }

    void dailyCostYearStaysLegibleAndFast()
    {
        const StackedDailyCost data = dailyCostData(365, 12);
        const ChartPtr chart(UsageCharts::dailyCost(data));
        const QList<QBarSet*> sets = seriesOf<QStackedBarSeries>(chart.get()).value(0)->barSets();
        QCOMPARE(sets.size(), 12);
        for (const QBarSet* set : sets)
            QCOMPARE(set->count(), 365);
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);

        // In a narrow pane: fewer labels, so that none is cut short, and the twelve names in a column.
        const QImage narrow = ChartExport::renderImage(chart.get(), QSize(560, 320));
        QVERIFY(hasContent(narrow));
        save(narrow, QStringLiteral("chart-daily-cost-365-narrow"));
        QVERIFY2(x->count() >= 2 && x->count() <= 6,
                 qPrintable(x->categoriesLabels().join(QLatin1Char(' '))));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);

        // Wide: a label per month, not per day, each naming its day once; the legend a row underneath.
        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QVERIFY(hasContent(image));
        save(image, QStringLiteral("chart-daily-cost-365"));
        const QStringList labels = x->categoriesLabels();
        QVERIFY2(labels.size() >= 11 && labels.size() <= 13, qPrintable(labels.join(QLatin1Char(' '))));
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        QCOMPARE(labels.first(), QStringLiteral("12-01"));
        QCOMPARE(chart->legend()->alignment(), Qt::AlignBottom);

        // Figures for a person, not assertions: machines differ.
        QList<double> builds;
        QList<double> renders;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const ChartPtr fresh(UsageCharts::dailyCost(data));
            builds.append(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            const QImage rendered = ChartExport::renderImage(fresh.get(), kImageSize);
            renders.append(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(!rendered.isNull());
        }
        std::sort(builds.begin(), builds.end());
        std::sort(renders.begin(), renders.end());
        qInfo("dailyCost, 365 days x 12 series: build %.1f ms, render into 1200x600 %.1f ms (medians of 5)",
              builds.at(2), renders.at(2));
    }

    void activityShowsRequestsErrorsAndDenied()
    {
        const DailyActivity data = activityData(30);
        const ChartPtr chart(UsageCharts::activity(data));
        QCOMPARE(chart->series().size(), 3);
        const QList<QBarSeries*> bars = seriesOf<QBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        const QBarSet* requests = bars.first()->barSets().value(0);
        QVERIFY(requests);
        QCOMPARE(requests->label(), QStringLiteral("Requests"));
        QCOMPARE(requests->count(), data.days.size());
        const QList<QLineSeries*> errors = linesNamed(chart.get(), QStringLiteral("Errors"));
        const QList<QLineSeries*> denied = linesNamed(chart.get(), QStringLiteral("Denied"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(denied.size(), 1);
        QCOMPARE(errors.first()->count(), data.days.size());
        QCOMPARE(denied.first()->count(), data.days.size());
        for (int d = 0; d < data.days.size(); ++d) {
            QCOMPARE(requests->at(d), double(data.requests.at(d)));
            QCOMPARE(errors.first()->at(d), QPointF(d, double(data.errors.at(d))));
            QCOMPARE(denied.first()->at(d), QPointF(d, double(data.denied.at(d))));
        }
        // Errors and refusals on their own axis, so that they do not lie flat under the requests.
        QCOMPARE(chart->axes(Qt::Vertical).size(), 2);
        QVERIFY(chart->axes(Qt::Vertical, errors.first()) != chart->axes(Qt::Vertical, bars.first()));

        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QVERIFY(hasContent(image));
        save(image, QStringLiteral("chart-activity"));
    }

    void latencyBreaksWhereDaysHaveNoTimes()
    {
        const DailyActivity data = activityData(30);
        QChartView view(UsageCharts::latency(data));
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart* chart = view.chart();
        for (const auto& [name, values] :
             {std::pair{QStringLiteral("p50"), data.p50Ms}, std::pair{QStringLiteral("p95"), data.p95Ms}}) {
            const QList<QLineSeries*> runs = linesNamed(chart, name);
            // Days 0-8, day 12 alone, days 15-29.
            QCOMPARE(runs.size(), 3);
            int points = 0;
            for (const QLineSeries* run : runs) {
                points += run->count();
                for (const QPointF& point : run->points())
                    QCOMPARE(point.y(), *values.at(int(point.x())));
            }
            QCOMPARE(points,
                     int(std::count_if(values.cbegin(), values.cend(),
                                       [](const std::optional<double>& v) { return v.has_value(); })));
            QCOMPARE(runs.at(1)->count(), 1);
            QVERIFY(runs.at(1)->pointsVisible());
            // One legend entry per percentile, not per run (asked of a chart on screen: a marker's visibility
            // includes its chart's).
            int shown = 0;
            for (QLineSeries* run : runs) {
                for (const QLegendMarker* marker : chart->legend()->markers(run))
                    shown += marker->isVisible() ? 1 : 0;
            }
            QCOMPARE(shown, 1);
        }
        const QImage image = ChartExport::renderImage(chart, kImageSize);
        QVERIFY(hasContent(image));
        save(image, QStringLiteral("chart-latency"));
    }

    void latencyWithoutTimedCallsSaysSo()
    {
        DailyActivity data = activityData(5);
        data.p50Ms.fill(std::nullopt);
        data.p95Ms.fill(std::nullopt);
        const ChartPtr chart(UsageCharts::latency(data));
        QVERIFY(chart->series().isEmpty());
        QCOMPARE(UsageCharts::emptyStateText(chart.get()), QStringLiteral("No timed calls in this range"));
    }

    void budgetBurnSummarisesTheMonth()
    {
        const BudgetBurn data = burnData(500000000);
        const ChartPtr chart(UsageCharts::budgetBurn(data));
        QCOMPARE(chart->title(), QStringLiteral("November 2026: $412.10 of $500.00, forecast $623.40"));
        const QList<QLineSeries*> spent = linesNamed(chart.get(), QStringLiteral("Spent"));
        const QList<QLineSeries*> budget = linesNamed(chart.get(), QStringLiteral("Budget"));
        const QList<QLineSeries*> forecast = linesNamed(chart.get(), QStringLiteral("Forecast"));
        QCOMPARE(spent.size(), 1);
        QCOMPARE(budget.size(), 1);
        QCOMPARE(forecast.size(), 1);
        QCOMPARE(spent.first()->count(), 20);
        QCOMPARE(spent.first()->at(19), QPointF(19, 412.1));
        QCOMPARE(spent.first()->pen().style(), Qt::SolidLine);
        QCOMPARE(budget.first()->points(), (QList<QPointF>{QPointF(0, 500), QPointF(29, 500)}));
        QCOMPARE(forecast.first()->points(), (QList<QPointF>{QPointF(19, 412.1), QPointF(29, 623.4)}));
        QCOMPARE(forecast.first()->pen().style(), Qt::DashLine);
        // Heading over the budget: the forecast turns the error colour.
        QCOMPARE(forecast.first()->pen().color(), StatusColors::forKey(QStringLiteral("error")));
        const auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y && y->max() >= 623.4);
        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QVERIFY(hasContent(image));
        save(image, QStringLiteral("chart-budget-burn"));

        const ChartPtr unbudgeted(UsageCharts::budgetBurn(burnData(std::nullopt)));
        QCOMPARE(unbudgeted->title(), QStringLiteral("November 2026: $412.10, no budget, forecast $623.40"));
        QVERIFY(linesNamed(unbudgeted.get(), QStringLiteral("Budget")).isEmpty());
        QCOMPARE(linesNamed(unbudgeted.get(), QStringLiteral("Forecast")).value(0)->pen().color(),
                 spent.first()->pen().color());
    }

    void emptyDataSaysSo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("daily-cost") << 0;
        QTest::newRow("activity") << 1;
        QTest::newRow("latency") << 2;
        QTest::newRow("budget-burn") << 3;
    }

    void emptyDataSaysSo()
    {
        QFETCH(int, kind);
        const ChartPtr chart(kind == 0   ? UsageCharts::dailyCost(StackedDailyCost())
                             : kind == 1 ? UsageCharts::activity(DailyActivity())
                             : kind == 2 ? UsageCharts::latency(DailyActivity())
                                         : UsageCharts::budgetBurn(BudgetBurn()));
        QVERIFY(chart->series().isEmpty());
        QVERIFY(chart->axes().isEmpty());
        QCOMPARE(UsageCharts::emptyStateText(chart.get()), QStringLiteral("No usage in this range"));
        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QVERIFY(hasContent(image));
        // The message is drawn, and in the middle.
        QVERIFY2(inkInMiddle(image) > 500, qPrintable(QString::number(inkInMiddle(image))));
        save(image, kind == 0 ? QStringLiteral("chart-empty")
                              : QStringLiteral("chart-empty-") + QLatin1String(QTest::currentDataTag()));
    }

    void darkThemeColoursTheCharts()
    {
        Theme::apply(Theme::Mode::Dark);
        const ChartPtr chart(UsageCharts::dailyCost(dailyCostData(30, 6)));
        QCOMPARE(chart->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        const QImage image = ChartExport::renderImage(chart.get(), kImageSize);
        QVERIFY(hasContent(image));
        QVERIFY(QColor(image.pixel(3, 3)).lightness() < 80);
        save(image, QStringLiteral("chart-daily-cost-dark"));

        const ChartPtr burn(UsageCharts::budgetBurn(burnData(500000000)));
        save(ChartExport::renderImage(burn.get(), kImageSize), QStringLiteral("chart-budget-burn-dark"));
        const ChartPtr latency(UsageCharts::latency(activityData(30)));
        save(ChartExport::renderImage(latency.get(), kImageSize), QStringLiteral("chart-latency-dark"));
        const ChartPtr empty(UsageCharts::activity(DailyActivity()));
        const QImage emptyImage = ChartExport::renderImage(empty.get(), kImageSize);
        QVERIFY(inkInMiddle(emptyImage) > 500);
        save(emptyImage, QStringLiteral("chart-empty-dark"));
    }
};

QTEST_MAIN(TestGuiCharts)
#include "tst_gui_charts.moc"
