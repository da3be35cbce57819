#include "ui/usage/SpendReport.h"

#include "models/usage/Money.h"
#include "models/usage/UsageSeries.h"
#include "ui/common/StatusColors.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/UsageCharts.h"

#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace fusion {

namespace {

// Device units per inch. The page is laid out in millimetres and fonts in points, so this only sets
// precision.
constexpr int kDpi = 300;

qreal mm(qreal millimetres)
{
    return millimetres * kDpi / 25.4;
}

// Fixed heights in millimetres: every block is one line of text, so where the table starts on the first page,
// and with it the number of pages ("Page 1 of 2"), is known before anything is drawn.
constexpr qreal kTitleHeight = 10;
constexpr qreal kSubtitleHeight = 6;
constexpr qreal kGap = 5;
constexpr qreal kKpiHeight = 12;
constexpr qreal kNoteHeight = 6;
constexpr qreal kChartHeight = 70;
constexpr qreal kContinuedHeight = 9;
constexpr qreal kHeaderRowHeight = 6;
constexpr qreal kRowHeight = 5;
constexpr qreal kFooterHeight = 10;
// The chart is laid out as it would be on a screen of this width, then scaled to the page's.
constexpr qreal kChartLayoutWidth = 760;

const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kStripe(0xf3, 0xf5, 0xf7);

QFont pointFont(qreal points, bool bold = false)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

struct Column {
    QString title;
    qreal share; // of the page's width
    Qt::Alignment alignment;
};

class ReportWriter {
public:
    ReportWriter(const TenantSpendReport& report, QPdfWriter* writer, QPainter* painter)
        : m_report(report)
        , m_writer(writer)
        , m_painter(painter)
        , m_width(writer->pageLayout().paintRectPixels(kDpi).width())
        , m_bodyBottom(writer->pageLayout().paintRectPixels(kDpi).height() - mm(kFooterHeight))
        , m_monthName(QLocale().toString(report.month, QStringLiteral("MMMM yyyy")))
        , m_columns{{{SpendReport::tr("Consumer"), 0.25, Qt::AlignLeft},
                     {SpendReport::tr("Provider"), 0.12, Qt::AlignLeft},
                     {SpendReport::tr("Model"), 0.20, Qt::AlignLeft},
                     {SpendReport::tr("Requests"), 0.10, Qt::AlignRight},
                     {SpendReport::tr("Tokens in"), 0.12, Qt::AlignRight},
                     {SpendReport::tr("Tokens out"), 0.11, Qt::AlignRight},
                     {SpendReport::tr("Cost"), 0.10, Qt::AlignRight}}}
    {
    }

    QString title() const
    {
        const QString tenant = m_report.tenantName.isEmpty() ? m_report.tenantSlug : m_report.tenantName;
        return SpendReport::tr("Spend report — %1 — %2").arg(tenant, m_monthName);
    }

    bool write()
    {
        const qsizetype lines = m_report.lines.size();
        const qreal tableTop = firstTableTop();
        const qsizetype firstRows = rowsFitting(tableTop);
        const qsizetype otherRows = rowsFitting(mm(kContinuedHeight));
        m_pages = 1;
        if (lines > firstRows)
            m_pages += (lines - firstRows + otherRows - 1) / otherRows;

        drawHeader();
        if (lines == 0) {
            m_painter->setFont(pointFont(11));
            m_painter->setPen(kText);
            m_painter->drawText(QRectF(0, tableTop, m_width, mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
                                SpendReport::tr("There was no usage in %1.").arg(m_monthName));
        } else {
            drawChart(tableTop - mm(kGap) - mm(kChartHeight));
        }
        qsizetype next = 0;
        qreal top = tableTop;
        qsizetype capacity = firstRows;
        for (int page = 1; page <= m_pages; ++page) {
            if (page > 1) {
                if (!m_writer->newPage())
                    return false;
                drawContinued();
                top = mm(kContinuedHeight);
                capacity = otherRows;
            }
            if (next < lines) {
                const qsizetype end = std::min(lines, next + capacity);
                drawTable(top, next, end);
                next = end;
            }
            drawFooter(page);
        }
        return true;
    }

private:
    qreal firstTableTop() const
    {
        qreal top = kTitleHeight + kSubtitleHeight + kGap + 2 * kKpiHeight;
        if (m_report.unpriced > 0)
            top += kNoteHeight;
        top += kGap;
        if (!m_report.lines.isEmpty())
            top += kChartHeight + kGap;
        return mm(top);
    }

    qsizetype rowsFitting(qreal top) const
    {
        return std::max<qsizetype>(1,
                                   qsizetype((m_bodyBottom - top - mm(kHeaderRowHeight)) / mm(kRowHeight)));
    }

    void text(const QRectF& box, const QString& value, const QFont& font, const QColor& color,
              Qt::Alignment alignment = Qt::AlignLeft)
    {
        m_painter->setFont(font);
        m_painter->setPen(color);
        const QString elided = QFontMetricsF(font, m_writer).elidedText(value, Qt::ElideRight, box.width());
        m_painter->drawText(box, int(alignment | Qt::AlignVCenter), elided);
    }

    void rule(qreal y, const QColor& color, qreal width = 0.25)
    {
        m_painter->setPen(QPen(color, mm(width)));
        m_painter->drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    void drawHeader()
    {
        qreal y = 0;
        text(QRectF(0, y, m_width, mm(kTitleHeight)), title(), pointFont(16, true), kText);
        y += mm(kTitleHeight);
        const QDate last = m_report.month.addMonths(1).addDays(-1);
        text(QRectF(0, y, m_width, mm(kSubtitleHeight)),
             SpendReport::tr("Tenant %1 · %2 to %3 · amounts in USD")
                 .arg(m_report.tenantSlug, QLocale().toString(m_report.month, QLocale::ShortFormat),
                      QLocale().toString(last, QLocale::ShortFormat)),
             pointFont(9), kMuted);
        y += mm(kSubtitleHeight);
        rule(y + mm(1.5), kRule);
        y += mm(kGap);

        const QLocale locale;
        const bool over = m_report.budgetMicros && m_report.totalMicros > *m_report.budgetMicros;
        const std::array<std::array<QString, 3>, 6> kpis = {{
            {SpendReport::tr("Total spend"), Money::display(m_report.totalMicros), QString()},
            {SpendReport::tr("Budget"),
             m_report.budgetMicros ? Money::display(*m_report.budgetMicros) : SpendReport::tr("No budget"),
             QString()},
            {SpendReport::tr("Share of budget used"),
             Money::percent(m_report.totalMicros, m_report.budgetMicros),
             over ? QStringLiteral("critical") : QString()},
            {SpendReport::tr("Requests"), locale.toString(m_report.requests), QString()},
            {SpendReport::tr("Errors"), locale.toString(m_report.errors),
             m_report.errors > 0 ? QStringLiteral("error") : QString()},
            {SpendReport::tr("Unpriced calls"), locale.toString(m_report.unpriced),
             m_report.unpriced > 0 ? QStringLiteral("warning") : QString()},
        }};
        const qreal cell = m_width / 3;
        for (std::size_t i = 0; i < kpis.size(); ++i) {
            const std::size_t row = i / 3;
            const std::size_t column = i % 3;
            const QPointF at(cell * qreal(column), y + mm(kKpiHeight) * qreal(row));
            text(QRectF(at, QSizeF(cell - mm(3), mm(4.5))), kpis[i][0], pointFont(8), kMuted);
            const QColor color = kpis[i][2].isEmpty() ? kText : StatusColors::forKey(kpis[i][2]);
            text(QRectF(at + QPointF(0, mm(4.5)), QSizeF(cell - mm(3), mm(6.5))), kpis[i][1],
                 pointFont(13, true), color);
        }
        y += 2 * mm(kKpiHeight);
        if (m_report.unpriced > 0) {
            text(QRectF(0, y, m_width, mm(kNoteHeight)),
                 SpendReport::tr(
                     "Unpriced calls have no price in the price table; they are not in the total."),
                 pointFont(8), kMuted);
        }
    }

    void drawChart(qreal top)
    {
        const std::unique_ptr<QChart> chart(
            UsageCharts::dailyCost(m_report.daily, UsageCharts::printPalette()));
        chart->setTitle(SpendReport::tr("Daily cost by consumer"));
        const QRectF box(0, top, m_width, mm(kChartHeight));
        ChartExport::paint(chart.get(), m_painter, box,
                           QSizeF(kChartLayoutWidth, kChartLayoutWidth * box.height() / box.width()));
    }

    void drawContinued()
    {
        text(QRectF(0, 0, m_width, mm(kContinuedHeight - 3)), SpendReport::tr("%1 (continued)").arg(title()),
             pointFont(9), kMuted);
    }

    void drawTable(qreal top, qsizetype from, qsizetype to)
    {
        const QFont body = pointFont(8);
        const QFont bold = pointFont(8, true);
        const qreal pad = mm(1.2);
        const auto cells = [this, pad](qreal y, qreal height, const auto& valueOf, const QFont& font) {
            qreal x = 0;
            for (std::size_t c = 0; c < m_columns.size(); ++c) {
                const qreal width = m_width * m_columns[c].share;
                text(QRectF(x + pad, y, width - 2 * pad, height), valueOf(c), font, kText,
                     m_columns[c].alignment);
                x += width;
            }
        };
        cells(
            top, mm(kHeaderRowHeight), [this](std::size_t c) { return m_columns[c].title; }, bold);
        qreal y = top + mm(kHeaderRowHeight);
        rule(y, kMuted);
        const QLocale locale;
        for (qsizetype i = from; i < to; ++i) {
            const TenantSpendReport::Line& line = m_report.lines.at(i);
            if (i % 2 == 1)
                m_painter->fillRect(QRectF(0, y, m_width, mm(kRowHeight)), kStripe);
            const std::array<QString, 7> values = {line.consumer,
                                                   line.provider,
                                                   line.model,
                                                   locale.toString(line.requests),
                                                   locale.toString(line.tokensIn),
                                                   locale.toString(line.tokensOut),
                                                   Money::display(line.costMicros)};
            cells(
                y, mm(kRowHeight), [&values](std::size_t c) { return values[c]; }, body);
            y += mm(kRowHeight);
        }
        rule(y, kRule);
    }

    void drawFooter(int page)
    {
        const qreal top = m_bodyBottom + mm(kFooterHeight) - mm(6);
        rule(top, kRule);
        const QDateTime at = QDateTime::fromString(m_report.generatedAt, Qt::ISODate);
        const QString when = at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                          : m_report.generatedAt;
        const QFont font = pointFont(7.5);
        const QRectF box(0, top + mm(1), m_width, mm(5));
        text(box.adjusted(0, 0, -mm(30), 0),
             SpendReport::tr("Generated by %1 at %2 — Fusion Console").arg(m_report.generatedBy, when), font,
             kMuted);
        text(box, SpendReport::tr("Page %1 of %2").arg(page).arg(m_pages), font, kMuted, Qt::AlignRight);
    }

    const TenantSpendReport& m_report;
    QPdfWriter* m_writer;
    QPainter* m_painter;
    qreal m_width;
    qreal m_bodyBottom;
    QString m_monthName;
    std::array<Column, 7> m_columns;
    int m_pages = 1;
};

} // namespace

bool SpendReport::writePdf(const TenantSpendReport& report, const QString& path, QString* error)
{
    const auto fail = [error, &path](const QString& reason) {
        if (error)
            *error =
                tr("Could not write the spend report “%1”: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter));
        writer.setCreator(tr("Fusion Console"));
        QPainter painter;
        ReportWriter content(report, &writer, &painter);
        writer.setTitle(content.title()); // read when the painter begins, not later
        if (!painter.begin(&writer))
            return fail(tr("the PDF could not be started"));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const bool written = content.write();
        painter.end();
        if (!written)
            return fail(tr("a page could not be added"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace fusion
