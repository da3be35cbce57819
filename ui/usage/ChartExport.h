#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace fusion {

// Writes what the Usage pane shows to files: a chart as PNG, SVG or PDF, a table as CSV. Every write goes
// through a temporary file that replaces the target only once complete, so a failure never leaves half a
// file; a failure returns false with a sentence for the person in *error.
//
// A chart need not be on screen: one that is in no scene is laid out in a scratch scene at the requested size
// and taken out again afterwards (the caller still owns it); one shown in a QChartView is laid out at the
// requested size for the export and given its geometry back.
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(fusion::ChartExport)

public:
    ChartExport() = delete;

    // `size` is in screen pixels: what the chart is laid out for. The PNG has exactly that many pixels times
    // `devicePixelRatio`; the SVG has that size; the PDF fits the chart, vector-drawn, on an A4 page turned
    // to the chart's shape.
    static bool savePng(QChart* chart, const QString& path, QSize size, QString* error,
                        qreal devicePixelRatio = 1.0);
    static bool saveSvg(QChart* chart, const QString& path, QSize size, QString* error);
    static bool savePdf(QChart* chart, const QString& path, QSize size, QString* error);

    // The model's top-level rows with its horizontal headers as the first record, DisplayRole text only: RFC
    // 4180 (comma separated, CRLF line ends, fields with a comma, quote, CR or LF in double quotes, quotes
    // doubled) in UTF-8 with a byte order mark, which Excel needs to read anything but ASCII. A cell that a
    // spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe,
    // except a plain negative number such as "-12.5". Only the rows the model holds are written: a model that
    // fetches on demand must have fetched everything first, or the file is silently short.
    static bool saveCsv(const QAbstractItemModel* model, const QString& path, QString* error);

    // The chart as an image of size × devicePixelRatio pixels (for the clipboard, or a test to look at).
    static QImage renderImage(QChart* chart, QSize size, qreal devicePixelRatio = 1.0);
    // Paints the chart, laid out at `layoutSize` screen pixels, scaled into `target` of `painter` (a page of
    // a report, say): text and lines keep the proportions they have on screen whatever the device's
    // resolution.
    static void paint(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize);
    // One CSV field as saveCsv() writes it: neutralised, then quoted when it has to be.
    static QString csvField(const QString& text);
};

} // namespace fusion
