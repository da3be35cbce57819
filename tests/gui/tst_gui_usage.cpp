// The Usage pane offscreen on the demo data: the charts draw the aggregates (and say so when a range has
// none), filters narrow them, the raw log pages on the server, "Aggregate Now" folds new usage in the
// background (and Stop Aggregating keeps what was folded), and every export writes a valid file: CSV of both
// tables, PNG/SVG/PDF of each chart, a tenant's PDF spend report.
#include "models/audit/WriteExecutor.h"
#include "models/usage/UsageAggregator.h"
#include "models/usage/UsageImport.h"
#include "tests/common/TestSupport.h"
#include "tests/gui/GuiWait.h"
#include "tests/gui/GuiWindow.h"
#include "ui/MainWindow.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/connection/Connector.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/UsageCharts.h"
#include "ui/usage/UsagePane.h"

#include <QAbstractSeries>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace fusion;

class TestGuiUsage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    UsagePane* pane() const { return m_window->usagePane(); }

    // Sets the filter and waits until the pane shows it.
    void filterBy(const UsageFilter& f)
    {
        QSignalSpy loaded(pane(), &Pane::loaded);
        pane()->setFilter(f);
        QVERIFY(loaded.wait(10000));
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static qint64 points(QChart* chart) { return chart ? chart->series().size() : 0; }

    static QStringList rows(Database& db, const QString& sql, const QVariantList& params = {})
    {
        QStringList out;
        QSqlQuery q = db.exec(sql, params);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            out << values.join(QLatin1Char('|'));
        }
        return out;
    }
    // The daily aggregates, and the same figures grouped straight from the log rows up to `lastId`.
    static QStringList aggregates(Database& db)
    {
        return rows(
            db, QStringLiteral("SELECT day, consumer_id, provider_id, user_name, feature, model, requests, "
                               "errors, denied, tokens_in, tokens_out, tokens_cached, cost_micros, "
                               "unpriced, latency_count, latency_sum_ms, latency_max_ms FROM usage_daily "
                               "ORDER BY 1, 2, 3, 4, 5, 6"));
    }
    static QStringList groupedLog(Database& db, qint64 lastId)
    {
        return rows(
            db,
            QStringLiteral(
                "SELECT substr(occurred_at, 1, 10), consumer_id, provider_id, user_name, feature, model, "
                "count(*) FILTER (WHERE status <> 'denied'), count(*) FILTER (WHERE status IN ('error', "
                "'expired')), count(*) FILTER (WHERE status = 'denied'), coalesce(sum(tokens_in), 0), "
                "coalesce(sum(tokens_out), 0), coalesce(sum(tokens_cached), 0), coalesce(sum(cost_micros), "
                "0), "
                "count(*) FILTER (WHERE NOT priced), count(latency_ms), coalesce(sum(latency_ms), 0), "
                "coalesce(max(latency_ms), 0) FROM api_usage WHERE id <= ? GROUP BY 1, 2, 3, 4, 5, 6 ORDER "
                "BY "
                "1, 2, 3, 4, 5, 6"),
            {lastId});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::startMainWindow(m_dir, QStringLiteral("usage-gui.db"), 48, m_target, m_context,
                                      m_window, MainWindow::PaneId::Usage));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void chartsDrawTheAggregates()
    {
        UsageFilter f;
        f.from = QDateTime::currentDateTimeUtc().date().addDays(-29);
        f.to = QDateTime::currentDateTimeUtc().date();
        filterBy(f);
        for (const auto which : {UsagePane::Chart::DailyCost, UsagePane::Chart::Activity,
                                 UsagePane::Chart::Latency, UsagePane::Chart::Budget}) {
            QVERIFY(UsageCharts::emptyStateText(pane()->chart(which)).isEmpty());
            QVERIFY(points(pane()->chart(which)) > 0);
        }
        // The table's total equals the daily cost stacked in the chart's series.
        QStandardItemModel* table = pane()->tableModel();
        QVERIFY(table->rowCount() > 5);
        QCOMPARE(table->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Consumer"));
    }

    void emptyRangeSaysSo()
    {
        UsageFilter f;
        f.from = QDate(2001, 1, 1);
        f.to = QDate(2001, 1, 31);
        filterBy(f);
        for (const auto which :
             {UsagePane::Chart::DailyCost, UsagePane::Chart::Activity, UsagePane::Chart::Latency})
            QVERIFY(!UsageCharts::emptyStateText(pane()->chart(which)).isEmpty());
        QCOMPARE(pane()->tableModel()->rowCount(), 0);
        // Exports of an empty chart are still valid files.
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("empty.png"));
        QVERIFY2(pane()->exportChart(UsagePane::Chart::DailyCost, png, QStringLiteral("png"), &error),
                 qPrintable(error));
        QVERIFY(!QImage(png).isNull());
    }

    void filtersNarrowTheData()
    {
        UsageFilter all;
        all.from = QDateTime::currentDateTimeUtc().date().addDays(-29);
        all.to = QDateTime::currentDateTimeUtc().date();
        filterBy(all);
        const int consumers = pane()->tableModel()->rowCount();
        UsageFilter anthropic = all;
        anthropic.provider = QStringLiteral("anthropic");
        filterBy(anthropic);
        const int fewer = pane()->tableModel()->rowCount();
        QVERIFY2(fewer > 0 && fewer < consumers,
                 qPrintable(QStringLiteral("%1 of %2").arg(fewer).arg(consumers)));
        for (int r = 0; r < fewer; ++r) {
            const QString c = pane()->tableModel()->item(r, 0)->text();
            QVERIFY2(c.contains(QStringLiteral("helpdesk")) || c == QLatin1String("crm-enrichment"),
                     qPrintable(c));
        }
        filterBy(all);
    }

    void rawLogPagesOnTheServer()
    {
        auto* tabs = pane()->findChild<QTabWidget*>(QStringLiteral("usageTabs"));
        QSignalSpy page(pane(), &UsagePane::rawPageLoaded);
        tabs->setCurrentIndex(2);
        QVERIFY(page.wait(10000));
        QCOMPARE(page.takeFirst().first().toInt(), 200);
        const QString newest = pane()->rawModel()->item(0, 0)->text();
        const QString lastOfFirst = pane()->rawModel()->item(199, 0)->text();
        pane()->nextRawPage();
        QVERIFY(page.wait(10000));
        QCOMPARE(page.takeFirst().first().toInt(), 200);
        QVERIFY(pane()->rawModel()->item(0, 0)->text() <= lastOfFirst);
        QVERIFY(pane()
                    ->findChild<QLabel*>(QStringLiteral("rawLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Page 2")));
        pane()->firstRawPage();
        QVERIFY(page.wait(10000));
        QCOMPARE(pane()->rawModel()->item(0, 0)->text(), newest);
        tabs->setCurrentIndex(0);
    }

    void aggregateNowFoldsNewUsage()
    {
        {
            Database db;
            db.open(m_target);
            UsageRecord r;
            r.occurredAt = QDateTime::currentDateTimeUtc();
            r.consumer = QStringLiteral("late/arrival");
            r.provider = QStringLiteral("openai");
            r.costMicros = 123450000;
            WriteExecutor::execute(db, UsageImport::planRecord(db, r));
        }
        QSignalSpy aggregated(pane(), &UsagePane::aggregated);
        QSignalSpy loaded(pane(), &Pane::loaded);
        pane()->findChild<QPushButton*>(QStringLiteral("aggregateButton"))->click();
        QVERIFY(aggregated.wait(15000));
        QCOMPARE(aggregated.first().first().toLongLong(), qint64(1));
        QVERIFY(loaded.wait(10000));
        bool found = false;
        for (int r = 0; r < pane()->tableModel()->rowCount(); ++r)
            found = found || (pane()->tableModel()->item(r, 0)->text() == QLatin1String("late/arrival") &&
                              pane()->tableModel()->item(r, 1)->text() == QLatin1String("$123.45"));
        QVERIFY(found);
    }

    // Stop Aggregating: a run in small batches, stopped while it folds, keeps exactly what it folded — the
    // aggregates equal a GROUP BY over the log up to where it stopped — and the next run folds the rest.
    void stopAggregatingKeepsWhatWasFolded()
    {
        Database db;
        db.open(m_target);
        // Set-up: nothing aggregated yet (the demo data comes aggregated).
        db.exec(QStringLiteral("DELETE FROM usage_daily"));
        db.exec(QStringLiteral("UPDATE usage_watermark SET last_id = 0"));
        const qint64 maxId = db.scalar(QStringLiteral("SELECT max(id) FROM api_usage")).toLongLong();
        QVERIFY2(maxId > 5000, qPrintable(QString::number(maxId)));
        pane()->setAggregationBatch(50);
        auto* button = pane()->findChild<QPushButton*>(QStringLiteral("aggregateButton"));
        auto* progress = pane()->findChild<QProgressBar*>(QStringLiteral("aggregateProgress"));
        QSignalSpy aggregated(pane(), &UsagePane::aggregated);
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 0, 30000);
        QCOMPARE(button->text(), QStringLiteral("&Stop Aggregating"));
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            m_window->grab().save(QDir(shots).filePath(QStringLiteral("usage-aggregating.png")));
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(aggregated.size(), 1, 30000);
        QVERIFY2(pane()->messageBar()->text().contains(QStringLiteral("Stopped aggregating after")),
                 qPrintable(pane()->messageBar()->text()));
        QCOMPARE(button->text(), QStringLiteral("A&ggregate Now"));
        const qint64 stoppedAt = UsageAggregator::watermark(db);
        QVERIFY2(stoppedAt > 0 && stoppedAt < maxId, qPrintable(QString::number(stoppedAt)));
        QCOMPARE(aggregated.at(0).first().toLongLong(),
                 db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE id <= ?"), {stoppedAt})
                     .toLongLong());
        QCOMPARE(aggregates(db), groupedLog(db, stoppedAt));

        // The next run, to its end: every row folded exactly once.
        pane()->setAggregationBatch(0);
        // The pane reloads its table once a run ends; the next test reads that table, so this one waits for
        // the load begun after the last run (the stopped run's load may still be in flight too).
        QSignalSpy loaded(pane(), &Pane::loaded);
        qsizetype loadsBeforeEnd = -1;
        QObject scope; // disconnects the lambda below however this test returns
        connect(pane(), &UsagePane::aggregated, &scope, [&] { loadsBeforeEnd = loaded.size(); });
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(aggregated.size(), 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(loadsBeforeEnd >= 0 && loaded.size() > loadsBeforeEnd, 10000);
        QCOMPARE(UsageAggregator::watermark(db), maxId);
        QCOMPARE(aggregated.at(1).first().toLongLong(),
                 db.scalar(QStringLiteral("SELECT count(*) FROM api_usage WHERE id > ?"), {stoppedAt})
                     .toLongLong());
        QCOMPARE(aggregates(db), groupedLog(db, maxId));
    }

    void exportsAreValidFiles()
    {
        QString error;
        for (const char* format : {"png", "svg", "pdf"}) {
            const QString path = m_dir.filePath(QStringLiteral("cost.%1").arg(QLatin1String(format)));
            QVERIFY2(pane()->exportChart(UsagePane::Chart::DailyCost, path, QLatin1String(format), &error),
                     qPrintable(error));
            const QByteArray bytes = read(path);
            if (QLatin1String(format) == QLatin1String("png")) {
                QVERIFY(bytes.startsWith("\x89PNG"));
                QVERIFY(!QImage(path).isNull());
            } else if (QLatin1String(format) == QLatin1String("svg")) {
                QVERIFY(QSvgRenderer(path).isValid());
            } else {
                QVERIFY(bytes.startsWith("%PDF-"));
                QVERIFY(bytes.trimmed().endsWith("%%EOF"));
            }
        }
        const QString csv = m_dir.filePath(QStringLiteral("table.csv"));
        QVERIFY2(pane()->exportTable(false, csv, &error), qPrintable(error));
        const QList<QByteArray> lines = read(csv).split('\n');
        QVERIFY(lines.first().contains("Consumer,Cost,Requests"));
        QCOMPARE(lines.size() - 2, pane()->tableModel()->rowCount()); // header + trailing newline
        // A tenant's month as a PDF report.
        UsageFilter f = pane()->filter();
        for (int r = 0; r < pane()->tableModel()->rowCount() && f.tenant.isEmpty(); ++r) {
            const QString consumer = pane()->tableModel()->item(r, 0)->text();
            if (consumer.contains(QStringLiteral("/fusion_")))
                f.tenant = consumer.section(QLatin1Char('/'), 0, 0);
        }
        QVERIFY(!f.tenant.isEmpty());
        filterBy(f);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy done(this, &TestGuiUsage::reportDone);
        pane()->writeSpendReport(pdf, [this](const QString& e) { Q_EMIT reportDone(e); });
        QVERIFY(done.wait(15000));
        QVERIFY2(done.first().first().toString().isEmpty(), qPrintable(done.first().first().toString()));
        const QByteArray report = read(pdf);
        QVERIFY(report.startsWith("%PDF-") && report.size() > 2000);
        if (const QString shots = qEnvironmentVariable("FUSION_SCREENSHOT_DIR"); !shots.isEmpty())
            QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("spend-report.pdf")));
    }

Q_SIGNALS:
    void reportDone(const QString&); // the error, empty on success
};

QTEST_MAIN(TestGuiUsage)
#include "tst_gui_usage.moc"
