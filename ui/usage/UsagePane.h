#pragma once

#include "models/core/Error.h"
#include "models/jobs/UsageAggregate.h"
#include "models/usage/UsageQuery.h"
#include "ui/common/Pane.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace fusion {

class UsageImportAction;

// Usage and spend, for finance owners: filters (dates, tenant, consumer, provider, model, feature, user),
// four charts from the daily aggregates (daily cost stacked by a chosen dimension, requests and errors,
// latency p50/p95, this month's budget burn with a forecast), the aggregated table, and the raw log paged on
// the server. Charts export as PNG, SVG or PDF, tables as CSV, and a tenant's month as a PDF spend report.
// Opening the pane folds new usage into the aggregates first (in the background, with progress) when the role
// may. Import Usage… stores usage from a file (UsageImportAction).
class UsagePane : public Pane {
    Q_OBJECT

public:
    enum class Chart { DailyCost, Activity, Latency, Budget };
    explicit UsagePane(AppContext* context, QWidget* parent = nullptr);
    ~UsagePane() override;
    void reload() override;

    UsageFilter filter() const;
    void setFilter(const UsageFilter& filter);
    void setStackBy(UsageDimension by);
    QChart* chart(Chart which) const;
    QStandardItemModel* tableModel() const { return m_table; }
    QStandardItemModel* rawModel() const { return m_raw; }
    // The exports the buttons offer after asking for a file name; `format` is png, svg or pdf.
    bool exportChart(Chart which, const QString& path, const QString& format, QString* error);
    bool exportTable(bool raw, const QString& path, QString* error);
    // Writes the spend report of the filter's tenant for the month of the filter's end date; `done` gets the
    // error text, empty on success.
    void writeSpendReport(const QString& path, const std::function<void(const QString& error)>& done);
    void aggregateNow();
    // Ids per transaction of the aggregations started from now on: tests make batches small to stop one
    // half-way. 0: the aggregator's own.
    void setAggregationBatch(qint64 ids) { m_batchIds = ids; }
    UsageImportAction* importAction() const { return m_import; }
    void nextRawPage();
    void firstRawPage();

Q_SIGNALS:
    void aggregated(qint64 rows);
    void rawPageLoaded(int rows);

private:
    struct Snapshot {
        StackedDailyCost cost;
        DailyActivity activity;
        BudgetBurn burn;
        QList<UsageQuery::AggregateRow> rows;
        QList<QStringList> options; // per filter combo
        UsageQuery::Freshness freshness;
    };
    void loadAggregates();
    void loadRaw(const std::optional<UsageQuery::Cursor>& after);
    void applyQuickRange(int index);
    void askExportChart(Chart which);
    void askExportTable(bool raw);
    void askSpendReport();
    void setChart(Chart which, QChart* chart);
    void updateButtons();

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_range;
    QList<QComboBox*> m_filters; // tenant, consumer, provider, model, feature, user
    QComboBox* m_stackBy;
    QPushButton* m_aggregate;
    QProgressBar* m_progress;
    QLabel* m_freshness;
    QTabWidget* m_tabs;
    QChartView* m_views[4];
    QStandardItemModel* m_table;
    QStandardItemModel* m_raw;
    QTableView* m_tableView;
    QTableView* m_rawView;
    QLabel* m_rawLabel;
    QPushButton* m_rawNext;
    QPushButton* m_rawFirst;
    QPushButton* m_report;
    UsageImportAction* m_import;
    QPointer<UsageAggregate> m_aggregation; // running while set
    std::optional<UsageQuery::Cursor> m_rawNextCursor;
    int m_rawPage = 0;
    qint64 m_batchIds = 0;
    bool m_settingFilter = false;
};

} // namespace fusion
