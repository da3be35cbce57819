#include "ui/usage/ChartExport.h"

#include "models/core/Csv.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace fusion {

namespace {

// Lays a chart out at a given size for as long as it lives. A chart in no scene goes into a scratch scene and
// is taken out again (so the scene's destructor never deletes it); a chart on screen is laid out where it is
// and gets its geometry back, all before the view next paints, so the export is never seen.
class StagedChart {
public:
    StagedChart(QChart* chart, QSizeF size)
        : m_chart(chart)
        , m_geometry(chart->geometry())
    {
        if (!chart->scene()) {
            m_scratch = std::make_unique<QGraphicsScene>();
            m_scratch->addItem(chart);
        }
        m_chart->resize(size);
        activate();
    }
    ~StagedChart()
    {
        if (m_scratch) {
            m_scratch->removeItem(m_chart);
            return;
        }
        m_chart->setGeometry(m_geometry);
        activate();
    }
    StagedChart(const StagedChart&) = delete;
    StagedChart& operator=(const StagedChart&) = delete;

    void paint(QPainter* painter, const QRectF& target) const
    {
        m_chart->scene()->render(painter, target, m_chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
    }

private:
    // Without a view nothing runs the layout request that resize() posts: run it now, or axes and series
    // would still have the positions of the previous size. A pass can invalidate the layout again (the charts
    // re-thin their axis labels and move their legend to suit the new size): run it until it holds, within
    // reason.
    void activate()
    {
        QGraphicsLayout* layout = m_chart->layout();
        for (int pass = 0; layout && pass < 4; ++pass) {
            layout->activate();
            if (layout->isActivated())
                break;
        }
    }

    QChart* m_chart;
    QRectF m_geometry;
    std::unique_ptr<QGraphicsScene> m_scratch;
};

// The resolution a chart's point-sized fonts are laid out at; a vector device set to it draws them at the
// size the layout made room for.
int layoutDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? int(std::lround(screen->logicalDotsPerInchY())) : 96;
}

QColor backgroundOf(const QChart* chart)
{
    const QBrush brush = chart->backgroundBrush();
    return brush.style() == Qt::SolidPattern ? brush.color() : QColor(Qt::white);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool checkChart(const QChart* chart, QSize size, QString* error)
{
    if (!chart)
        return fail(error, ChartExport::tr("There is no chart to export."));
    if (size.isEmpty() || size.width() > 20000 || size.height() > 20000)
        return fail(error, ChartExport::tr("A chart of %1 × %2 pixels cannot be exported.")
                               .arg(size.width())
                               .arg(size.height()));
    return true;
}

QString writeError(const QString& path, const QString& reason)
{
    return ChartExport::tr("Could not write “%1”: %2.").arg(QDir::toNativeSeparators(path), reason);
}

bool open(QSaveFile* file, QString* error)
{
    if (file->open(QIODevice::WriteOnly))
        return true;
    return fail(error, writeError(file->fileName(), file->errorString()));
}

bool commit(QSaveFile* file, QString* error)
{
    if (file->commit())
        return true;
    return fail(error, writeError(file->fileName(), file->errorString()));
}

QString documentTitle(const QChart* chart)
{
    return chart->title().isEmpty() ? ChartExport::tr("Chart") : chart->title();
}

} // namespace

QImage ChartExport::renderImage(QChart* chart, QSize size, qreal devicePixelRatio)
{
    if (!chart || size.isEmpty() || !(devicePixelRatio > 0))
        return {};
    const QSize pixels(int(std::lround(size.width() * devicePixelRatio)),
                       int(std::lround(size.height() * devicePixelRatio)));
    QImage image(pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(backgroundOf(chart));
    QPainter painter(&image);
    paint(chart, &painter, QRectF(QPointF(), QSizeF(size)), QSizeF(size));
    return image;
}

void ChartExport::paint(QChart* chart, QPainter* painter, const QRectF& target, QSizeF layoutSize)
{
    if (!chart || !painter || layoutSize.isEmpty() || target.isEmpty())
        return;
    const StagedChart staged(chart, layoutSize);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    staged.paint(painter, target);
    painter->restore();
}

bool ChartExport::savePng(QChart* chart, const QString& path, QSize size, QString* error,
                          qreal devicePixelRatio)
{
    if (!checkChart(chart, size, error))
        return false;
    const QImage image = renderImage(chart, size, devicePixelRatio);
    if (image.isNull())
        return fail(error,
                    tr("Could not draw the chart at %1 × %2 pixels.").arg(size.width()).arg(size.height()));
    QSaveFile file(path);
    if (!open(&file, error))
        return false;
    if (!image.save(&file, "PNG"))
        return fail(error, writeError(path, file.error() != QFileDevice::NoError
                                                ? file.errorString()
                                                : tr("the image could not be encoded")));
    return commit(&file, error);
}

bool ChartExport::saveSvg(QChart* chart, const QString& path, QSize size, QString* error)
{
    if (!checkChart(chart, size, error))
        return false;
    QSaveFile file(path);
    if (!open(&file, error))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    // CSS pixels (96 to the inch), which is how browsers and Inkscape size the file: it opens at `size`.
    generator.setResolution(96);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(), size));
    // Qt 6.4 writes <title> and <desc> as given: "R&D" would make the file unreadable XML.
    generator.setTitle(documentTitle(chart).toHtmlEscaped());
    generator.setDescription(tr("A chart exported from Fusion Console.").toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return fail(error, writeError(path, tr("the SVG could not be started")));
    painter.fillRect(QRect(QPoint(), size), backgroundOf(chart));
    paint(chart, &painter, QRectF(QPointF(), QSizeF(size)), QSizeF(size));
    painter.end();
    return commit(&file, error);
}

bool ChartExport::savePdf(QChart* chart, const QString& path, QSize size, QString* error)
{
    if (!checkChart(chart, size, error))
        return false;
    QSaveFile file(path);
    if (!open(&file, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setCreator(tr("Fusion Console"));
        writer.setTitle(documentTitle(chart));
        // Vector output: the resolution only sets the units, and at the layout's there is no font to rescale.
        writer.setResolution(layoutDpi());
        const QPageLayout::Orientation orientation =
            size.width() >= size.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(error, writeError(path, tr("the PDF could not be started")));
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        const QSizeF fitted = QSizeF(size).scaled(page, Qt::KeepAspectRatio);
        const QRectF target(QPointF((page.width() - fitted.width()) / 2, 0), fitted);
        paint(chart, &painter, target, QSizeF(size));
        painter.end();
    }
    return commit(&file, error);
}

bool ChartExport::saveCsv(const QAbstractItemModel* model, const QString& path, QString* error)
{
    if (!model)
        return fail(error, tr("There is no table to export."));
    const int columns = model->columnCount();
    QString text;
    QStringList fields;
    const auto record = [&text, &fields] {
        text += fields.join(QLatin1Char(','));
        text += QLatin1String("\r\n");
        fields.clear();
    };
    for (int column = 0; column < columns; ++column)
        fields.append(csvField(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()));
    record();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < columns; ++column)
            fields.append(csvField(model->index(row, column).data(Qt::DisplayRole).toString()));
        record();
    }
    QSaveFile file(path);
    if (!open(&file, error))
        return false;
    file.write(QByteArrayLiteral("\xEF\xBB\xBF"));
    file.write(text.toUtf8());
    return commit(&file, error);
}

QString ChartExport::csvField(const QString& text)
{
    return Csv::field(text);
}

} // namespace fusion
