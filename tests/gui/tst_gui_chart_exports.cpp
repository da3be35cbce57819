// The Usage pane's chart and report exports, off-screen: PNG, SVG, PDF and CSV files that other programs can
// read (CSV round trips with formulas defused, PDFs complete with the right page count), a chart on screen
// left alone by an export, and no file left behind by a failed write. With FUSION_SCREENSHOT_DIR set, the
// exported files are saved there for a person to look at.
#include "tests/gui/ChartsTest.h"
#include "ui/common/Theme.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/SpendReport.h"
#include "ui/usage/UsageCharts.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace fusion;
using namespace fusion::test;

class TestGuiChartExports : public QObject, protected ChartsFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initCharts(); }

    void cleanup() { Theme::apply(Theme::Mode::Light); }

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
};

QTEST_MAIN(TestGuiChartExports)
#include "tst_gui_chart_exports.moc"
