#include "ui/usage/UsageCharts.h"

#include "models/usage/Money.h"
#include "models/usage/UsageSeries.h"
#include "ui/common/StatusColors.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace fusion {

namespace {

// Marks the empty-state text among a chart's child items (QGraphicsItem::data key).
constexpr int kEmptyStateKey = 0x46756e;

// Twelve categorical colours (Tableau's, re-ordered so that neighbours in a stack differ, without its grey,
// which is kept for "Other"); mid-lightness, so they read on white and on the dark theme's base alike.
constexpr std::array<QRgb, 12> kSeriesColors = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2, 0xedc948,
                                                0xb07aa1, 0xff9da7, 0x9c755f, 0xa0cbe8, 0x8cd17d, 0xd37295};

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The colours and fonts one chart is drawn with, taken from the palette it is built for.
struct Style {
    explicit Style(const QPalette& palette)
        : background(palette.color(QPalette::Base))
        , text(palette.color(QPalette::Text))
        , muted(mix(background, text, 0.62))
        , axisLine(mix(background, text, 0.35))
        , grid(mix(background, text, 0.13))
        , rest(mix(background, text, 0.45))
        // The same rule as Theme::isDark, applied to the palette at hand rather than the application's.
        , dark(background.lightness() < 128)
        , title(font(1.25, true))
        , small(font(0.92, false))
        , emptyState(font(1.6, false))
    {
    }

    // The saturated status colours are tuned for white; lift them a little on the dark theme.
    QColor onBackground(const QColor& color) const { return dark ? color.lighter(135) : color; }
    QColor series(qsizetype index) const
    {
        return QColor(kSeriesColors[std::size_t(index) % kSeriesColors.size()]);
    }

    // Pixel sizes, derived from the application font as the screen shows it: a chart laid out on screen keeps
    // its proportions when painted scaled onto a 300 dpi page or into an SVG (point sizes would be resolved
    // again against the target's resolution and no longer fit the layout).
    static QFont font(qreal scale, bool bold)
    {
        QFont f = QGuiApplication::font();
        f.setPixelSize(std::max(9, int(std::lround(QFontInfo(f).pixelSize() * scale))));
        f.setBold(bold);
        return f;
    }

    QColor background;
    QColor text;
    QColor muted;
    QColor axisLine;
    QColor grid;
    QColor rest;
    bool dark;
    QFont title;
    QFont small;
    QFont emptyState;
};

QChart* newChart(const Style& style, const QString& title)
{
    auto* chart = new QChart;
    // No animation: a chart that is exported or tested right after it is built must be drawn in its final
    // state.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(6, 6, 10, 6));
    chart->setTitle(title);
    chart->setTitleFont(style.title);
    chart->setTitleBrush(style.text);
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(style.small);
    legend->setLabelColor(style.text);
    legend->setBackgroundVisible(false);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend->setShowToolTips(true); // a name cut short to fit the legend shows whole on hover
    // A legend at the bottom is a single row: with many or long names Qt would cut every one down to "c…".
    // When the row does not fit the chart's width, the legend moves to the right and becomes a column.
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] {
        QLegend* chartLegend = chart->legend();
        const QFontMetricsF metrics(chartLegend->font());
        QSet<QString> seen;
        qreal row = 0;
        const QList<QLegendMarker*> markers = chartLegend->markers();
        for (const QLegendMarker* marker : markers) {
            if (!seen.contains(marker->label())) {
                seen.insert(marker->label());
                // Labels are rich text ("R&amp;D"): measure what is shown.
                const QString shown = QTextDocumentFragment::fromHtml(marker->label()).toPlainText();
                // What Qt Charts asks of a marker: margins, marker, spacing and the text's document margins.
                row += metrics.horizontalAdvance(shown) + metrics.height() / 2 + 16;
            }
        }
        // The chart's and the legend's margins, and some room to spare: moving a little early is harmless, a
        // little late cuts a name short.
        const Qt::Alignment wanted = row > chart->size().width() - 90 ? Qt::AlignRight : Qt::AlignBottom;
        if (chartLegend->alignment() != wanted)
            chartLegend->setAlignment(wanted);
    });
    return chart;
}

void styleAxis(QAbstractAxis* axis, const Style& style)
{
    axis->setLabelsFont(style.small);
    axis->setLabelsBrush(style.text);
    axis->setTitleFont(style.small);
    axis->setTitleBrush(style.muted);
    axis->setLinePen(QPen(style.axisLine, 1));
    axis->setGridLinePen(QPen(style.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

QChart* emptyChart(const Style& style, const QString& title, const QString& message)
{
    QChart* chart = newChart(style, title);
    chart->legend()->hide();
    // A text item on the chart rather than the title: the message belongs in the middle, where the bars would
    // be, and stays there however the chart is resized.
    auto* text = new QGraphicsSimpleTextItem(message, chart);
    text->setFont(style.emptyState);
    text->setBrush(style.muted);
    text->setData(kEmptyStateKey, true);
    const auto centre = [chart, text] {
        const QRectF box = text->boundingRect();
        const QSizeF size = chart->size();
        text->setPos(std::round((size.width() - box.width()) / 2),
                     std::round((size.height() - box.height()) / 2));
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, centre);
    centre();
    return chart;
}

// "Nice" ticks from zero to at least `max`: the smallest step of 1, 2 or 5 times a power of ten that needs at
// most eight intervals, so the top of the axis stays close to the data.
struct Ticks {
    double top = 1;
    double step = 1;
    int decimals = 0;
};

Ticks niceTicks(double max, bool integers)
{
    Ticks ticks;
    if (!(max > 0))
        max = integers ? 5 : 1;
    const double raw = max / 8;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalised = raw / magnitude;
    ticks.step = (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10) * magnitude;
    if (integers)
        ticks.step = std::max(1.0, std::round(ticks.step));
    ticks.top = std::ceil(max / ticks.step - 1e-9) * ticks.step;
    ticks.decimals = ticks.step >= 1 ? 0 : int(std::ceil(-std::log10(ticks.step) - 1e-9));
    return ticks;
}

QValueAxis* valueAxis(const Style& style, const Ticks& ticks, const QString& labelFormat)
{
    auto* axis = new QValueAxis;
    styleAxis(axis, style);
    // Dynamic ticks anchored at zero: labels land on round amounts instead of fractions of the range.
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(ticks.step);
    axis->setLabelFormat(labelFormat);
    axis->setRange(0, ticks.top);
    return axis;
}

QValueAxis* moneyAxis(const Style& style, double maxDollars)
{
    const Ticks ticks = niceTicks(maxDollars, false);
    // Cents once the steps are below a dollar ("$0.50", not "$0.5"); whole dollars above.
    const int decimals = ticks.decimals == 0 ? 0 : std::max(2, ticks.decimals);
    return valueAxis(style, ticks, QStringLiteral("$%.") + QString::number(decimals) + QStringLiteral("f"));
}

QValueAxis* countAxis(const Style& style, double max)
{
    return valueAxis(style, niceTicks(max, true), QStringLiteral("%.0f"));
}

// Which days of a range carry a label, finest first. Past a fortnight the labels follow calendar months,
// which is how a finance owner reads a year, and the grid lines then mark the months.
enum class DayLabels {
    Daily,
    EveryOther,
    Weekly,
    Fortnightly,
    Monthly,
    EveryOtherMonth,
    Quarterly,
    HalfYearly,
    Yearly
};
constexpr std::array<DayLabels, 9> kDayLabelRules = {
    DayLabels::Daily,       DayLabels::EveryOther, DayLabels::Weekly,
    DayLabels::Fortnightly, DayLabels::Monthly,    DayLabels::EveryOtherMonth,
    DayLabels::Quarterly,   DayLabels::HalfYearly, DayLabels::Yearly};

bool isLabelled(DayLabels rule, qsizetype index, QDate day)
{
    switch (rule) {
    case DayLabels::Daily:
        return true;
    case DayLabels::EveryOther:
        return index % 2 == 0;
    case DayLabels::Weekly:
        return index % 7 == 0;
    case DayLabels::Fortnightly:
        return index % 14 == 0;
    case DayLabels::Monthly:
        return day.day() == 1;
    case DayLabels::EveryOtherMonth:
        return day.day() == 1 && day.month() % 2 == 1;
    case DayLabels::Quarterly:
        return day.day() == 1 && day.month() % 3 == 1;
    case DayLabels::HalfYearly:
        return day.day() == 1 && day.month() % 6 == 1;
    case DayLabels::Yearly:
        return day.day() == 1 && day.month() == 1;
    }
    return false;
}

// The finest rule whose labels fit side by side in `width` with room between them; with no room at all, the
// rule that labels the fewest days, but at least one.
DayLabels fittingRule(const QList<QDate>& days, qreal width, qreal labelWidth)
{
    const qsizetype room = std::max<qsizetype>(1, qsizetype(width / (labelWidth * 2.2)));
    DayLabels sparsest = DayLabels::Fortnightly;
    qsizetype fewest = days.size() + 1;
    for (const DayLabels rule : kDayLabelRules) {
        qsizetype count = 0;
        for (qsizetype i = 0; i < days.size(); ++i)
            count += isLabelled(rule, i, days.at(i)) ? 1 : 0;
        if (count >= 1 && count <= room)
            return rule;
        if (count >= 1 && count < fewest) {
            fewest = count;
            sparsest = rule;
        }
    }
    return sparsest;
}

// The day axis shared by every per-day chart: day `i` sits at x = i, and only some days are labelled. A
// QCategoryAxis, not a QBarCategoryAxis, whose labels must all be unique and are all shown: a year of days
// would be 365 labels on top of one another. Which days are labelled follows the width the plot actually
// gets, so labels neither crowd nor get cut short ("12-…") when the pane is narrow.
QCategoryAxis* dayAxis(QChart* chart, const Style& style, const QList<QDate>& days)
{
    auto* axis = new QCategoryAxis;
    styleAxis(axis, style);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    // "MM-dd" names a day only within a year.
    const QString format =
        days.first().daysTo(days.last()) >= 365 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd");
    const qreal labelWidth = QFontMetricsF(style.small).horizontalAdvance(days.first().toString(format));
    auto current = std::make_shared<std::optional<DayLabels>>();
    const auto relabel = [axis, days, format, labelWidth, current](qreal width) {
        const DayLabels rule = fittingRule(days, width, labelWidth);
        if (*current == rule)
            return; // unchanged: no new layout pass, so no loop through plotAreaChanged
        *current = rule;
        const QStringList old = axis->categoriesLabels();
        for (const QString& label : old)
            axis->remove(label);
        for (qsizetype i = 0; i < days.size(); ++i) {
            if (isLabelled(rule, i, days.at(i)))
                axis->append(days.at(i).toString(format), qreal(i));
        }
    };
    relabel(900); // a guess until the chart is laid out
    QObject::connect(chart, &QChart::plotAreaChanged, axis,
                     [relabel](const QRectF& plot) { relabel(plot.width()); });
    return axis;
}

void setDayRange(QCategoryAxis* axis, qsizetype days)
{
    axis->setRange(-0.5, qreal(days) - 0.5);
}

QLineSeries* lineSeries(const QString& name, const QColor& color, qreal width,
                        Qt::PenStyle penStyle = Qt::SolidLine)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color, width, penStyle, Qt::RoundCap, Qt::RoundJoin);
    series->setPen(pen);
    series->setMarkerSize(6);
    return series;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Adds `values` as lines broken where a value is missing: one series per unbroken run, since a QLineSeries
// has no gaps. Only the first run has a legend entry; a lone point is drawn as a dot so that it is not lost.
void addBrokenLine(QChart* chart, const QList<std::optional<double>>& values, const QString& name,
                   const QColor& color, QAbstractAxis* x, QAbstractAxis* y)
{
    QLineSeries* run = nullptr;
    bool first = true;
    const auto finish = [&run] {
        if (run && run->count() == 1)
            run->setPointsVisible(true);
        run = nullptr;
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            finish();
            continue;
        }
        if (!run) {
            run = lineSeries(name, color, 2);
            attach(chart, run, x, y);
            if (!first) {
                const QList<QLegendMarker*> markers = chart->legend()->markers(run);
                for (QLegendMarker* marker : markers)
                    marker->setVisible(false);
            }
            first = false;
        }
        run->append(qreal(i), *values.at(i));
    }
    finish();
}

double dollars(qint64 micros)
{
    return double(micros) / double(Money::kMicrosPerUnit);
}

} // namespace

QChart* UsageCharts::dailyCost(const StackedDailyCost& data, const QPalette& palette)
{
    const Style style(palette);
    const QString title = tr("Daily cost");
    if (data.isEmpty())
        return emptyChart(style, title, tr("No usage in this range"));

    // One QStackedBarSeries over a QCategoryAxis: a year of days by twelve series is 4,380 bars, which Qt
    // Charts draws in a few tens of milliseconds; bars keep each day's amount readable as an amount, which a
    // stacked area would smear across days.
    QChart* chart = newChart(style, title);
    const qsizetype n = data.days.size();
    auto* series = new QStackedBarSeries;
    // Touching bars once they are a few pixels wide: gaps would be sub-pixel slivers that shimmer.
    series->setBarWidth(n > 90 ? 1.0 : n > 31 ? 0.8 : 0.65);
    QList<double> totals(n, 0.0);
    for (qsizetype s = 0; s < data.names.size(); ++s) {
        const QList<qint64> micros = data.costMicros.value(s);
        const QString name = data.names.at(s);
        // The legend shows labels as rich text: a consumer called "R&D <bots>" would lose its "<bots>".
        auto* set = new QBarSet(name.toHtmlEscaped());
        // UsageQuery's leftover series comes last; grey says "the rest" rather than competing with a name.
        const bool rest = s == data.names.size() - 1 && s > 0 &&
                          name == QCoreApplication::translate("fusion::UsageQuery", "Other");
        const QColor color = rest ? style.rest : style.series(s);
        set->setColor(color);
        // An outline in the fill's own colour closes the hairline seams antialiasing leaves between segments.
        set->setPen(QPen(color, 0.6));
        QList<qreal> values;
        values.reserve(n);
        for (qsizetype d = 0; d < n; ++d) {
            const double value = dollars(micros.value(d));
            values.append(value);
            totals[d] += value;
        }
        set->append(values);
        const QList<QDate> days = data.days;
        QObject::connect(set, &QBarSet::hovered, set, [name, days, micros](bool status, int index) {
            if (!status || index < 0 || index >= days.size()) {
                QToolTip::hideText();
                return;
            }
            const QString text = tr("%1, %2: %3")
                                     .arg(name, QLocale().toString(days.at(index), QLocale::ShortFormat),
                                          Money::display(micros.value(index)));
            // Marked as rich text, escaped: a tooltip guesses plain or rich from the text, and a name is
            // either.
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("<qt>") + text.toHtmlEscaped() + QStringLiteral("</qt>"));
        });
        series->append(set);
    }
    QCategoryAxis* x = dayAxis(chart, style, data.days);
    QValueAxis* y = moneyAxis(style, *std::max_element(totals.cbegin(), totals.cend()));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    setDayRange(x, n);
    return chart;
}

QChart* UsageCharts::activity(const DailyActivity& data, const QPalette& palette)
{
    const Style style(palette);
    const QString title = tr("Requests and errors per day");
    if (data.isEmpty())
        return emptyChart(style, title, tr("No usage in this range"));

    // Requests as pale bars, the volume in the background; errors and refusals as lines in front, on their
    // own scale: at one in a hundred requests they would lie flat on the requests' axis, and their rise is
    // what the chart is for. Two lines on two scales would cross for no reason; a bar and a line do not read
    // as one.
    QChart* chart = newChart(style, title);
    const qsizetype n = data.days.size();
    auto* volume = new QBarSeries;
    volume->setBarWidth(n > 90 ? 1.0 : 0.7);
    auto* requests = new QBarSet(tr("Requests"));
    const QColor requestColor = mix(style.background, style.series(0), 0.5);
    requests->setColor(requestColor);
    requests->setPen(QPen(requestColor, 0.6));
    auto* errors =
        lineSeries(tr("Errors"), style.onBackground(StatusColors::forKey(QStringLiteral("error"))), 2);
    auto* denied = lineSeries(
        tr("Denied"), style.onBackground(StatusColors::forKey(QStringLiteral("warning"))), 2, Qt::DashLine);
    qint64 maxRequests = 0;
    qint64 maxProblems = 0;
    QList<qreal> counts;
    counts.reserve(n);
    for (qsizetype d = 0; d < n; ++d) {
        const qint64 r = data.requests.value(d);
        const qint64 e = data.errors.value(d);
        const qint64 k = data.denied.value(d);
        counts.append(qreal(r));
        errors->append(qreal(d), qreal(e));
        denied->append(qreal(d), qreal(k));
        maxRequests = std::max(maxRequests, r);
        maxProblems = std::max({maxProblems, e, k});
    }
    requests->append(counts);
    volume->append(requests);
    QCategoryAxis* x = dayAxis(chart, style, data.days);
    QValueAxis* left = countAxis(style, double(maxRequests));
    left->setTitleText(tr("Requests"));
    QValueAxis* right = countAxis(style, double(maxProblems));
    right->setTitleText(tr("Errors and denied"));
    right->setGridLineVisible(false); // one grid, the left axis's, or the two sets of lines would cross
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(left, Qt::AlignLeft);
    chart->addAxis(right, Qt::AlignRight);
    attach(chart, volume, x, left);
    attach(chart, errors, x, right);
    attach(chart, denied, x, right);
    // A day or two would be a line too short to see: dots as well.
    if (n <= 3) {
        errors->setPointsVisible(true);
        denied->setPointsVisible(true);
    }
    setDayRange(x, n);
    return chart;
}

QChart* UsageCharts::latency(const DailyActivity& data, const QPalette& palette)
{
    const Style style(palette);
    const QString title = tr("Latency");
    if (data.isEmpty())
        return emptyChart(style, title, tr("No usage in this range"));
    double max = 0;
    for (const auto& values : {data.p50Ms, data.p95Ms}) {
        for (const std::optional<double>& value : values) {
            if (value)
                max = std::max(max, *value);
        }
    }
    const auto timed = [](const std::optional<double>& value) { return value.has_value(); };
    if (std::none_of(data.p50Ms.cbegin(), data.p50Ms.cend(), timed) &&
        std::none_of(data.p95Ms.cbegin(), data.p95Ms.cend(), timed))
        return emptyChart(style, title, tr("No timed calls in this range"));

    QChart* chart = newChart(style, title);
    QCategoryAxis* x = dayAxis(chart, style, data.days);
    const Ticks ticks = niceTicks(max, false);
    QValueAxis* y = valueAxis(style, ticks, ticks.decimals == 0 ? tr("%.0f ms") : tr("%.1f ms"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    addBrokenLine(chart, data.p50Ms, tr("p50"), style.series(0), x, y);
    addBrokenLine(chart, data.p95Ms, tr("p95"), style.series(1), x, y);
    setDayRange(x, data.days.size());
    return chart;
}

QChart* UsageCharts::budgetBurn(const BudgetBurn& data, const QPalette& palette)
{
    const Style style(palette);
    const QString monthName = QLocale().toString(data.month, QStringLiteral("MMMM yyyy"));
    if (data.isEmpty())
        return emptyChart(style, monthName.isEmpty() ? tr("Budget") : monthName,
                          tr("No usage in this range"));

    const qsizetype n = data.days.size();
    // The forecast starts from the actual at asOf; the last day with an actual when asOf is outside the
    // month.
    qsizetype asOf = data.days.indexOf(data.asOf);
    if (asOf < 0 || !data.actualCumulative.value(asOf)) {
        asOf = -1;
        for (qsizetype d = 0; d < data.actualCumulative.size() && d < n; ++d) {
            if (data.actualCumulative.at(d))
                asOf = d;
        }
    }
    const qint64 spent = asOf >= 0 ? data.actualCumulative.at(asOf).value_or(0) : 0;
    const QString title =
        data.budgetMicros ? tr("%1: %2 of %3, forecast %4")
                                .arg(monthName, Money::display(spent), Money::display(*data.budgetMicros),
                                     Money::display(data.forecastMicros))
                          : tr("%1: %2, no budget, forecast %3")
                                .arg(monthName, Money::display(spent), Money::display(data.forecastMicros));
    QChart* chart = newChart(style, title);

    const QColor actualColor = style.series(0);
    auto* actual = lineSeries(tr("Spent"), actualColor, 2.5);
    qint64 max = std::max<qint64>(data.forecastMicros, data.budgetMicros.value_or(0));
    for (qsizetype d = 0; d < data.actualCumulative.size() && d < n; ++d) {
        if (const std::optional<qint64> value = data.actualCumulative.at(d)) {
            actual->append(qreal(d), dollars(*value));
            max = std::max(max, *value);
        }
    }
    QCategoryAxis* x = dayAxis(chart, style, data.days);
    QValueAxis* y = moneyAxis(style, dollars(max));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, actual, x, y);
    if (asOf >= 0 && asOf < n - 1) {
        const bool over = data.budgetMicros && data.forecastMicros > *data.budgetMicros;
        const QColor color =
            over ? style.onBackground(StatusColors::forKey(QStringLiteral("error"))) : actualColor;
        auto* forecast = lineSeries(tr("Forecast"), color, 2, Qt::DashLine);
        forecast->append(qreal(asOf), dollars(spent));
        forecast->append(qreal(n - 1), dollars(data.forecastMicros));
        attach(chart, forecast, x, y);
    }
    if (data.budgetMicros) {
        // The limit is a neutral rule; colour is kept for whether the forecast crosses it.
        auto* budget = lineSeries(tr("Budget"), style.muted, 1.5, Qt::DashDotLine);
        budget->append(0, dollars(*data.budgetMicros));
        budget->append(qreal(n - 1), dollars(*data.budgetMicros));
        attach(chart, budget, x, y);
    }
    if (actual->count() == 1)
        actual->setPointsVisible(true);
    setDayRange(x, n);
    return chart;
}

QPalette UsageCharts::printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    return palette;
}

QString UsageCharts::emptyStateText(const QChart* chart)
{
    if (!chart)
        return {};
    const QList<QGraphicsItem*> children = chart->childItems();
    for (const QGraphicsItem* item : children) {
        if (item->data(kEmptyStateKey).toBool()) {
            if (const auto* text = qgraphicsitem_cast<const QGraphicsSimpleTextItem*>(item))
                return text->text();
        }
    }
    return {};
}

} // namespace fusion
