// The Usage pane's charts and exports, off-screen: each chart built from realistic and from empty data shows
// what it was given (series and points match the input, an empty one says so in its middle), renders with
// content in light and dark themes, and exports to PNG, SVG, PDF and CSV files that other programs can read.
// With FUSION_SCREENSHOT_DIR set, the rendered charts are saved there for a person to look at.
#include "models/usage/Money.h"
#include "models/usage/UsageSeries.h"
#include "ui/common/StatusColors.h"
#include "ui/common/Theme.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/SpendReport.h"
#include "ui/usage/UsageCharts.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>
#include <memory>
#include <optional>

using namespace fusion;

namespace {

using ChartPtr = std::unique_ptr<QChart>;

const QSize kImageSize(1200, 600);

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// A chart that drew something a person can read: text and lines, not one flat colour.
bool hasContent(const QImage& image)
{
    return !image.isNull() && distinctColours(image) > 20;
}

// Pixels unlike the background in the middle fifth of the image: the empty-state message.
int inkInMiddle(const QImage& image)
{
    const QRgb background = image.pixel(2, image.height() - 3);
    int ink = 0;
    for (int y = image.height() * 2 / 5; y < image.height() * 3 / 5; ++y) {
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x)
            ink += image.pixel(x, y) != background ? 1 : 0;
    }
    return ink;
}

QList<QDate> daysFrom(QDate first, int count)
{
    QList<QDate> days;
    for (int d = 0; d < count; ++d)
        days.append(first.addDays(d));
    return days;
}

// Spend that looks like a real tenant's: a few large consumers, a long tail, quieter weekends.
StackedDailyCost dailyCostData(int dayCount, int seriesCount, QDate first = QDate(2025, 11, 15))
{
    QRandomGenerator random(7);
    StackedDailyCost data;
    data.days = daysFrom(first, dayCount);
    const QStringList names = {
        QStringLiteral("support-bot"),   QStringLiteral("invoice-ocr"),  QStringLiteral("sales-assistant"),
        QStringLiteral("crm-summaries"), QStringLiteral("R&D <bots>"),   QStringLiteral("search-rerank"),
        QStringLiteral("hr-helpdesk"),   QStringLiteral("code-review"),  QStringLiteral("marketing-copy"),
        QStringLiteral("legal-drafts"),  QStringLiteral("analytics-qna")};
    for (int s = 0; s < seriesCount; ++s) {
        const bool other = s == seriesCount - 1 && seriesCount > 1;
        data.names.append(other ? QStringLiteral("Other")
                                : names.value(s, QStringLiteral("consumer-%1").arg(s)));
        QList<qint64> micros;
        const qint64 scale = qint64(40000000) / (s + 1);
        for (const QDate& day : std::as_const(data.days)) {
            const bool weekend = day.dayOfWeek() >= 6;
            micros.append((scale / (weekend ? 4 : 1)) * qint64(random.bounded(50, 150)) / 100);
        }
        data.costMicros.append(micros);
    }
    return data;
}

DailyActivity activityData(int dayCount)
{
    QRandomGenerator random(11);
    DailyActivity data;
    data.days = daysFrom(QDate(2026, 10, 1), dayCount);
    for (int d = 0; d < dayCount; ++d) {
        const qint64 requests = random.bounded(8000, 12000);
        data.requests.append(requests);
        data.errors.append(requests * random.bounded(0, 30) / 1000);
        data.denied.append(random.bounded(0, 40));
        // A maintenance window: days without timed calls, and one lone day between them.
        const bool untimed = (d >= 9 && d <= 11) || d == 13 || d == 14;
        data.p50Ms.append(untimed ? std::nullopt : std::optional<double>(random.bounded(400, 700)));
        data.p95Ms.append(untimed ? std::nullopt : std::optional<double>(random.bounded(1500, 2600)));
    }
    return data;
}

// November 2026, as of the 20th: $412.10 spent of $500.00, forecast $623.40.
BudgetBurn burnData(std::optional<qint64> budget)
{
    BudgetBurn data;
    data.month = QDate(2026, 11, 1);
    data.days = daysFrom(data.month, 30);
    data.asOf = QDate(2026, 11, 20);
    for (int d = 0; d < 30; ++d) {
        data.actualCumulative.append(d < 20 ? std::optional<qint64>(qint64(412100000) * (d + 1) / 20)
                                            : std::nullopt);
    }
    data.budgetMicros = budget;
    data.forecastMicros = 623400000;
    return data;
}

TenantSpendReport reportData(int lineCount)
{
    TenantSpendReport report;
    report.tenantSlug = QStringLiteral("acme");
    report.tenantName = QStringLiteral("Acme Corporation");
    report.month = QDate(2026, 11, 1);
    report.budgetMicros = 500000000;
    report.generatedBy = QStringLiteral("finance.owner");
    report.generatedAt = QStringLiteral("2026-12-01T08:30:00Z");
    const QStringList providers = {QStringLiteral("openai"), QStringLiteral("anthropic"),
                                   QStringLiteral("mistral")};
    const QStringList models = {QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-sonnet-4"),
                                QStringLiteral("mistral-large-latest")};
    for (int i = 0; i < lineCount; ++i) {
        TenantSpendReport::Line line;
        line.consumer = QStringLiteral("consumer-%1-with-a-rather-long-name").arg(i, 2, 10, QLatin1Char('0'));
        line.provider = providers.at(i % 3);
        line.model = models.at(i % 3);
        line.requests = 20000 - i * 300;
        line.tokensIn = line.requests * 900;
        line.tokensOut = line.requests * 250;
        line.costMicros = qint64(60000000) - i * 900000;
        report.lines.append(line);
        report.totalMicros += line.costMicros;
        report.requests += line.requests;
    }
    report.errors = lineCount > 0 ? 42 : 0;
    report.unpriced = lineCount > 0 ? 3 : 0;
    if (lineCount > 0)
        report.daily = dailyCostData(30, 6, report.month);
    return report;
}

template <typename Series>
QList<Series*> seriesOf(const QChart* chart)
{
    QList<Series*> found;
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* series : all) {
        if (auto* typed = qobject_cast<Series*>(series))
            found.append(typed);
    }
    return found;
}

QList<QLineSeries*> linesNamed(const QChart* chart, const QString& name)
{
    QList<QLineSeries*> found = seriesOf<QLineSeries>(chart);
    found.erase(
        std::remove_if(found.begin(), found.end(), [&name](QLineSeries* s) { return s->name() != name; }),
        found.end());
    return found;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pdfPages(const QByteArray& pdf)
{
    // Page objects, not the /Type /Pages tree above them.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

bool isCompletePdf(const QByteArray& pdf)
{
    return pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF");
}

// A strict RFC 4180 reader: CRLF between records, fields optionally in double quotes with quotes doubled. A
// stray quote or a bare line break outside quotes is malformed (nullopt), which a sloppy writer would
// produce.
std::optional<QList<QStringList>> readCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        state = State::FieldStart;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        if (state == State::Quoted) {
            if (c != QLatin1Char('"'))
                field += c;
            else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else
                state = State::AfterQuote;
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (crlf) {
            endField();
            records.append(record);
            record.clear();
            ++i;
        } else if (state == State::AfterQuote || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            return std::nullopt;
        } else if (c == QLatin1Char('"')) {
            if (state != State::FieldStart)
                return std::nullopt;
            state = State::Quoted;
        } else {
            field += c;
            state = State::Unquoted;
        }
    }
    if (state == State::Quoted)
        return std::nullopt;
    if (state != State::FieldStart || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

} // namespace

class TestGuiCharts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Month names and number formats in the titles are English whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
        Theme::captureSystemDefaults();
        Theme::apply(Theme::Mode::Light);
    }

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

    void exportsPngSvgAndPdf()
    {
        const ChartPtr chart(UsageCharts::dailyCost(dailyCostData(30, 6)));
        // Markup in a title must not break the SVG.
        chart->setTitle(QStringLiteral("R&D <costs> \"Q4\""));
        QString error;

        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY2(ChartExport::savePng(chart.get(), png, QSize(900, 450), &error), qPrintable(error));
        const QImage loaded(png);
        QCOMPARE(loaded.size(), QSize(900, 450));
        QVERIFY(hasContent(loaded));
        const QString png2x = m_dir.filePath(QStringLiteral("chart@2x.png"));
        QVERIFY2(ChartExport::savePng(chart.get(), png2x, QSize(900, 450), &error, 2.0), qPrintable(error));
        QCOMPARE(QImage(png2x).size(), QSize(1800, 900));

        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY2(ChartExport::saveSvg(chart.get(), svg, QSize(900, 450), &error), qPrintable(error));
        const QByteArray svgBytes = readAll(svg);
        QVERIFY(svgBytes.startsWith("<?xml"));
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.contains("<title>"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 900, 450));

        const QString pdf = m_dir.filePath(QStringLiteral("chart.pdf"));
        QVERIFY2(ChartExport::savePdf(chart.get(), pdf, QSize(900, 450), &error), qPrintable(error));
        const QByteArray pdfBytes = readAll(pdf);
        QVERIFY(isCompletePdf(pdfBytes));
        QVERIFY(pdfBytes.size() > 1024);
        QCOMPARE(pdfPages(pdfBytes), 1);
        keep(svg, QStringLiteral("chart-export.svg"));
        keep(pdf, QStringLiteral("chart-export.pdf"));

        // The caller still owns the chart, which is in no scene after the exports.
        QCOMPARE(chart->scene(), nullptr);
        QVERIFY(hasContent(ChartExport::renderImage(chart.get(), QSize(400, 300))));
        // Exporting the empty state works too.
        const ChartPtr empty(UsageCharts::dailyCost(StackedDailyCost()));
        QVERIFY2(ChartExport::savePng(empty.get(), m_dir.filePath(QStringLiteral("empty.png")), kImageSize,
                                      &error),
                 qPrintable(error));
        QVERIFY(hasContent(QImage(m_dir.filePath(QStringLiteral("empty.png")))));
    }

    void exportLeavesAChartOnScreenAlone()
    {
        QChartView view(UsageCharts::activity(activityData(30)));
        view.resize(640, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart* chart = view.chart();
        const QSizeF shown = chart->size();
        QGraphicsScene* scene = chart->scene();
        QVERIFY(scene);
        const QString png = m_dir.filePath(QStringLiteral("on-screen.png"));
        QString error;
        QVERIFY2(ChartExport::savePng(chart, png, kImageSize, &error), qPrintable(error));
        QCOMPARE(QImage(png).size(), kImageSize);
        QCOMPARE(chart->scene(), scene);
        QCOMPARE(chart->size(), shown);
    }

    void failedWritesLeaveNoFile()
    {
        const ChartPtr chart(UsageCharts::dailyCost(dailyCostData(10, 3)));
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/chart"));
        QString error;
        QVERIFY(!ChartExport::savePng(chart.get(), missing + QStringLiteral(".png"), kImageSize, &error));
        QVERIFY(error.contains(QStringLiteral("no-such-folder")));
        error.clear();
        QVERIFY(!ChartExport::saveSvg(chart.get(), missing + QStringLiteral(".svg"), kImageSize, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!ChartExport::savePdf(chart.get(), missing + QStringLiteral(".pdf"), kImageSize, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QStandardItemModel model(1, 1);
        QVERIFY(!ChartExport::saveCsv(&model, missing + QStringLiteral(".csv"), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!SpendReport::writePdf(reportData(3), missing + QStringLiteral(".pdf"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("no-such-folder"))).exists());

        error.clear();
        QVERIFY(
            !ChartExport::savePng(nullptr, m_dir.filePath(QStringLiteral("null.png")), kImageSize, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(
            !ChartExport::savePng(chart.get(), m_dir.filePath(QStringLiteral("zero.png")), QSize(), &error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("null.png"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("zero.png"))));
    }

    void csvRoundTripsAndDefusesFormulas()
    {
        const QString tricky = QStringLiteral("Acme, \"the\" one\nsecond line");
        const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/?x\",\"Click\")");
        const QList<QStringList> cells = {
            {tricky, QStringLiteral("-12.5"), hyperlink},
            {QStringLiteral("plain"), QStringLiteral("+1"), QStringLiteral("@SUM(A1:A9)")},
            {QStringLiteral("\tindented"), QStringLiteral("-1+2"), QStringLiteral("Zürich € ✓")},
            {QString(), QStringLiteral("-1,234.50"), QStringLiteral("cr\r\nlf")},
            {QStringLiteral("\rcarriage"), QStringLiteral("-2+3+cmd|' /C calc'!A0"), QStringLiteral("a=b")},
        };
        QStandardItemModel model(int(cells.size()), 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Consumer"), QStringLiteral("Cost, USD"), QStringLiteral("Note")});
        for (int r = 0; r < cells.size(); ++r) {
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(cells.at(r).at(c)));
        }
        const QString path = m_dir.filePath(QStringLiteral("usage.csv"));
        QString error;
        QVERIFY2(ChartExport::saveCsv(&model, path, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Consumer,\"Cost, USD\",Note\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));

        const std::optional<QList<QStringList>> records = readCsv(bytes);
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), cells.size() + 1);
        QCOMPARE(records->at(0), (QStringList{QStringLiteral("Consumer"), QStringLiteral("Cost, USD"),
                                              QStringLiteral("Note")}));
        // QString, not auto: a QStringBuilder would outlive the operands it refers to.
        const auto defused = [](const QString& text) -> QString { return QLatin1Char('\'') + text; };
        const QList<QStringList> expected = {
            {tricky, QStringLiteral("-12.5"), defused(hyperlink)},
            {QStringLiteral("plain"), defused(QStringLiteral("+1")), defused(QStringLiteral("@SUM(A1:A9)"))},
            {defused(QStringLiteral("\tindented")), defused(QStringLiteral("-1+2")),
             QStringLiteral("Zürich € ✓")},
            {QString(), QStringLiteral("-1,234.50"), QStringLiteral("cr\r\nlf")},
            {defused(QStringLiteral("\rcarriage")), defused(QStringLiteral("-2+3+cmd|' /C calc'!A0")),
             QStringLiteral("a=b")},
        };
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(records->at(r + 1), expected.at(r));
    }

    void spendReportPdfs()
    {
        QString error;
        const QString longReport = m_dir.filePath(QStringLiteral("report-60.pdf"));
        QVERIFY2(SpendReport::writePdf(reportData(60), longReport, &error), qPrintable(error));
        const QByteArray bytes = readAll(longReport);
        QVERIFY(isCompletePdf(bytes));
        QVERIFY(bytes.size() > 1024);
        // The table continues on a second page, and only one more.
        QCOMPARE(pdfPages(bytes), 2);

        const QString shortReport = m_dir.filePath(QStringLiteral("report-5.pdf"));
        QVERIFY2(SpendReport::writePdf(reportData(5), shortReport, &error), qPrintable(error));
        QCOMPARE(pdfPages(readAll(shortReport)), 1);

        const QString emptyReport = m_dir.filePath(QStringLiteral("report-empty.pdf"));
        QVERIFY2(SpendReport::writePdf(reportData(0), emptyReport, &error), qPrintable(error));
        const QByteArray empty = readAll(emptyReport);
        QVERIFY(isCompletePdf(empty));
        QVERIFY(empty.size() > 1024);
        QCOMPARE(pdfPages(empty), 1);

        keep(longReport, QStringLiteral("report-60.pdf"));
        keep(emptyReport, QStringLiteral("report-empty.pdf"));
    }

private:
    void save(const QImage& image, const QString& name) const
    {
        if (!m_shots.isEmpty())
            image.save(QDir(m_shots).filePath(name + QStringLiteral(".png")));
    }

    // An exported file, for a person to open.
    void keep(const QString& path, const QString& name) const
    {
        if (m_shots.isEmpty())
            return;
        QFile::remove(QDir(m_shots).filePath(name));
        QFile::copy(path, QDir(m_shots).filePath(name));
    }

    QTemporaryDir m_dir;
    QString m_shots;
};

QTEST_MAIN(TestGuiCharts)
#include "tst_gui_charts.moc"
