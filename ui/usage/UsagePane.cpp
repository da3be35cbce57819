#include "ui/usage/UsagePane.h"

#include "models/jobs/UsageAggregate.h"
#include "models/storage/DbWorker.h"
#include "models/usage/Money.h"
#include "models/usage/UsageAggregator.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/usage/ChartExport.h"
#include "ui/usage/SpendReport.h"
#include "ui/usage/UsageCharts.h"
#include "ui/usage/UsageImportAction.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fusion {

namespace {
const UsageDimension kFilterDimensions[] = {UsageDimension::Tenant,   UsageDimension::Consumer,
                                            UsageDimension::Provider, UsageDimension::Model,
                                            UsageDimension::Feature,  UsageDimension::User};
const UsageDimension kStackDimensions[] = {UsageDimension::Consumer, UsageDimension::Tenant,
                                           UsageDimension::Provider, UsageDimension::Model,
                                           UsageDimension::Feature,  UsageDimension::User};
constexpr int kRawPageSize = 200;

QString latencyText(const std::optional<double>& ms)
{
    return ms ? QString::number(qRound64(*ms)) : QStringLiteral("—");
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QStandardItem* item(const QString& text, bool number = false)
{
    auto* i = new QStandardItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}
} // namespace

UsagePane::UsagePane(AppContext* context, QWidget* parent)
    : Pane(context, parent, ReadRoute::StandbyAllowed)
    , m_table(new QStandardItemModel(this))
    , m_raw(new QStandardItemModel(this))
{
    auto* layout = new QVBoxLayout(this);
    placeMessageBar(layout);

    // Filters
    auto* dates = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItems({tr("This month"), tr("Last month"), tr("Last 7 days"), tr("Last 30 days"),
                       tr("Last 90 days"), tr("Last 365 days"), tr("Custom")});
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    dates->addWidget(new QLabel(tr("Period:"), this));
    dates->addWidget(m_range);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addSpacing(12);
    dates->addWidget(new QLabel(tr("Stack cost by:"), this));
    m_stackBy = new QComboBox(this);
    m_stackBy->setObjectName(QStringLiteral("stackByCombo"));
    for (const UsageDimension d : kStackDimensions)
        m_stackBy->addItem(UsageQuery::dimensionName(d), int(d));
    dates->addWidget(m_stackBy);
    dates->addStretch(1);
    m_freshness = new QLabel(this);
    m_freshness->setObjectName(QStringLiteral("freshnessLabel"));
    dates->addWidget(m_freshness);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("aggregateProgress"));
    m_progress->setFixedWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_aggregate = new QPushButton(tr("A&ggregate Now"), this);
    m_aggregate->setObjectName(QStringLiteral("aggregateButton"));
    dates->addWidget(m_aggregate);
    m_import = new UsageImportAction(context, this);
    dates->addWidget(m_import->button());
    layout->addLayout(dates);

    auto* filters = new QHBoxLayout;
    for (const UsageDimension d : kFilterDimensions) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("filter%1").arg(int(d)));
        combo->setMinimumContentsLength(6);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->addItem(tr("All"), QString());
        filters->addWidget(new QLabel(UsageQuery::dimensionName(d) + QLatin1Char(':'), this));
        filters->addWidget(combo, 1);
        m_filters << combo;
    }
    layout->addLayout(filters);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("usageTabs"));
    // Progress beside the tabs, where there is room: the row of controls above is full.
    auto* progressCorner = new QWidget(m_tabs);
    auto* cornerLayout = new QHBoxLayout(progressCorner);
    cornerLayout->setContentsMargins(0, 0, 0, 2);
    cornerLayout->addWidget(m_progress);
    cornerLayout->addWidget(m_import->progressArea());
    m_tabs->setCornerWidget(progressCorner, Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);

    // Charts, two by two, each with its export menu.
    auto* chartsPage = new QWidget(m_tabs);
    auto* grid = new QGridLayout(chartsPage);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto* cell = new QWidget(chartsPage);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        m_views[i] = new QChartView(cell);
        m_views[i]->setObjectName(QStringLiteral("chartView%1").arg(i));
        m_views[i]->setRenderHint(QPainter::Antialiasing);
        m_views[i]->setMinimumHeight(180);
        auto* exportButton = new QToolButton(cell);
        exportButton->setObjectName(QStringLiteral("exportChart%1").arg(i));
        exportButton->setText(tr("Export…"));
        exportButton->setPopupMode(QToolButton::InstantPopup);
        auto* menu = new QMenu(exportButton);
        const Chart which = Chart(i);
        menu->addAction(tr("PNG Image…"), this, [this, which] { askExportChart(which); })
            ->setData(QStringLiteral("png"));
        menu->addAction(tr("SVG Drawing…"), this, [this, which] { askExportChart(which); })
            ->setData(QStringLiteral("svg"));
        menu->addAction(tr("PDF Document…"), this, [this, which] { askExportChart(which); })
            ->setData(QStringLiteral("pdf"));
        exportButton->setMenu(menu);
        auto* bar = new QHBoxLayout;
        bar->addStretch(1);
        bar->addWidget(exportButton);
        cellLayout->addWidget(m_views[i], 1);
        cellLayout->addLayout(bar);
        grid->addWidget(cell, i / 2, i % 2);
    }
    m_tabs->addTab(chartsPage, tr("Charts"));

    // The aggregated table.
    auto* tablePage = new QWidget(m_tabs);
    auto* tableLayout = new QVBoxLayout(tablePage);
    auto* tableButtons = new QHBoxLayout;
    auto* exportTableButton = new QPushButton(tr("Export &CSV…"), tablePage);
    exportTableButton->setObjectName(QStringLiteral("exportTableButton"));
    m_report = new QPushButton(tr("Spend &Report (PDF)…"), tablePage);
    m_report->setObjectName(QStringLiteral("spendReportButton"));
    tableButtons->addWidget(exportTableButton);
    tableButtons->addWidget(m_report);
    tableButtons->addStretch(1);
    tableLayout->addLayout(tableButtons);
    m_tableView = new QTableView(tablePage);
    m_tableView->setObjectName(QStringLiteral("aggregateTable"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->setSortingEnabled(false);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setStretchLastSection(false);
    tableLayout->addWidget(m_tableView, 1);
    m_tabs->addTab(tablePage, tr("Table"));

    // The raw log.
    auto* rawPage = new QWidget(m_tabs);
    auto* rawLayout = new QVBoxLayout(rawPage);
    auto* rawButtons = new QHBoxLayout;
    m_rawFirst = new QPushButton(tr("&Newest"), rawPage);
    m_rawFirst->setObjectName(QStringLiteral("rawFirstButton"));
    m_rawNext = new QPushButton(tr("&Older →"), rawPage);
    m_rawNext->setObjectName(QStringLiteral("rawNextButton"));
    auto* exportRaw = new QPushButton(tr("Export Page as CS&V…"), rawPage);
    exportRaw->setObjectName(QStringLiteral("exportRawButton"));
    m_rawLabel = new QLabel(rawPage);
    m_rawLabel->setObjectName(QStringLiteral("rawLabel"));
    rawButtons->addWidget(m_rawFirst);
    rawButtons->addWidget(m_rawNext);
    rawButtons->addWidget(m_rawLabel, 1);
    rawButtons->addWidget(exportRaw);
    rawLayout->addLayout(rawButtons);
    m_rawView = new QTableView(rawPage);
    m_rawView->setObjectName(QStringLiteral("rawTable"));
    m_rawView->setModel(m_raw);
    m_rawView->verticalHeader()->hide();
    m_rawView->verticalHeader()->setDefaultSectionSize(m_rawView->fontMetrics().height() + 8);
    m_rawView->setAlternatingRowColors(true);
    m_rawView->setWordWrap(false);
    m_rawView->horizontalHeader()->setStretchLastSection(true);
    rawLayout->addWidget(m_rawView, 1);
    m_tabs->addTab(rawPage, tr("Raw Log"));

    coverWhileLoading(m_tabs);
    connect(m_range, &QComboBox::currentIndexChanged, this, &UsagePane::applyQuickRange);
    for (QDateEdit* d : {m_from, m_to}) {
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_settingFilter)
                return;
            m_settingFilter = true;
            m_range->setCurrentIndex(m_range->count() - 1); // Custom
            m_settingFilter = false;
            loadAggregates();
        });
    }
    for (QComboBox* combo : std::as_const(m_filters)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_settingFilter)
                loadAggregates();
        });
    }
    connect(m_stackBy, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingFilter)
            loadAggregates();
    });
    connect(m_aggregate, &QPushButton::clicked, this, [this] {
        if (UsageAggregate* const running = m_aggregation.data())
            running->cancel(); // stops after the batch in hand; what was folded stays folded
        else
            aggregateNow();
    });
    connect(exportTableButton, &QPushButton::clicked, this, [this] { askExportTable(false); });
    connect(exportRaw, &QPushButton::clicked, this, [this] { askExportTable(true); });
    connect(m_report, &QPushButton::clicked, this, &UsagePane::askSpendReport);
    connect(m_rawNext, &QPushButton::clicked, this, &UsagePane::nextRawPage);
    connect(m_rawFirst, &QPushButton::clicked, this, &UsagePane::firstRawPage);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 2 && m_raw->rowCount() == 0)
            firstRawPage();
    });
    watchTables({QStringLiteral("usage_daily"), QStringLiteral("access_rules"), QStringLiteral("consumers")});
    m_settingFilter = true;
    applyQuickRange(0);
    m_settingFilter = false;
    for (int i = 0; i < 4; ++i)
        setChart(Chart(i), nullptr);
    updateButtons();
}

UsagePane::~UsagePane()
{
    for (QChartView* view : m_views)
        delete view->chart();
}

void UsagePane::applyQuickRange(int index)
{
    const QDate now = QDateTime::currentDateTimeUtc().date();
    const QDate monthStart(now.year(), now.month(), 1);
    QDate from, to = now;
    switch (index) {
    case 0:
        from = monthStart;
        break;
    case 1:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case 2:
        from = now.addDays(-6);
        break;
    case 3:
        from = now.addDays(-29);
        break;
    case 4:
        from = now.addDays(-89);
        break;
    case 5:
        from = now.addDays(-364);
        break;
    default:
        return; // Custom: the dates as they are
    }
    const bool outer = m_settingFilter;
    m_settingFilter = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingFilter = outer;
    if (!outer)
        loadAggregates();
}

UsageFilter UsagePane::filter() const
{
    UsageFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    QString* fields[] = {&f.tenant, &f.consumer, &f.provider, &f.model, &f.feature, &f.user};
    for (int i = 0; i < m_filters.size(); ++i)
        *fields[i] = m_filters[i]->currentData().toString();
    return f;
}

void UsagePane::setFilter(const UsageFilter& f)
{
    m_settingFilter = true;
    m_range->setCurrentIndex(m_range->count() - 1);
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    const QString values[] = {f.tenant, f.consumer, f.provider, f.model, f.feature, f.user};
    for (int i = 0; i < m_filters.size(); ++i) {
        int at = m_filters[i]->findData(values[i]);
        if (at < 0) {
            m_filters[i]->addItem(values[i], values[i]);
            at = m_filters[i]->count() - 1;
        }
        m_filters[i]->setCurrentIndex(at);
    }
    m_settingFilter = false;
    loadAggregates();
}

void UsagePane::setStackBy(UsageDimension by)
{
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(by)));
}

QChart* UsagePane::chart(Chart which) const
{
    return m_views[int(which)]->chart();
}

void UsagePane::setChart(Chart which, QChart* chart)
{
    QChartView* view = m_views[int(which)];
    QChart* old = view->chart();
    if (!chart) {
        const UsageFilter empty;
        switch (which) {
        case Chart::DailyCost:
            chart = UsageCharts::dailyCost({});
            break;
        case Chart::Activity:
            chart = UsageCharts::activity({});
            break;
        case Chart::Latency:
            chart = UsageCharts::latency({});
            break;
        case Chart::Budget:
            chart = UsageCharts::budgetBurn({});
            break;
        }
    }
    view->setChart(chart);
    delete old; // a view does not own the chart it gave up
}

void UsagePane::reload()
{
    // Fold what arrived since the last run into the aggregates first, when this role may write them.
    if (m_context->capabilities().can(Capability::ManageAccess) && !m_aggregation)
        aggregateNow();
    else
        loadAggregates();
}

void UsagePane::aggregateNow()
{
    if (m_aggregation)
        return;
    // A long job on the second database connection: the other panes keep loading while it folds.
    auto* job = new UsageAggregate(AppJobs::host(m_context, this), this);
    m_aggregation = job;
    if (m_batchIds > 0)
        job->setBatchIds(m_batchIds);
    m_progress->setValue(0);
    m_progress->setMaximum(100);
    m_progress->setFormat(tr("Aggregating %p%"));
    updateButtons();
    connect(job, &Job::progress, this, [this](int step, int steps, const QString& text) {
        m_progress->setVisible(steps > 0);
        m_progress->setMaximum(steps);
        m_progress->setValue(step);
        m_progress->setToolTip(text);
    });
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start(false, [this](const Result<UsageAggregate::Outcome>& r) {
        m_aggregation = nullptr;
        m_progress->hide();
        updateButtons();
        if (!r) {
            showFailure(r.error());
        } else {
            if (r.value().cancelled)
                m_messages->show(MessageBar::Info,
                                 tr("Stopped aggregating after %n row(s); what was folded stays, the rest is "
                                    "folded next time.",
                                    nullptr, int(qMin<qint64>(r.value().counts.rows, INT_MAX))));
            Q_EMIT aggregated(r.value().counts.rows);
        }
        loadAggregates();
    });
}

void UsagePane::loadAggregates()
{
    const UsageFilter f = filter();
    const auto by = UsageDimension(m_stackBy->currentData().toInt());
    loadPane(
        [f, by](Database& db) {
            Snapshot s;
            s.cost = UsageQuery::dailyCost(db, f, by, 12);
            s.activity = UsageQuery::activity(db, f);
            s.burn = UsageQuery::budgetBurn(db, f, QDateTime::currentDateTimeUtc().date());
            s.rows = UsageQuery::table(db, f, by);
            for (const UsageDimension d : kFilterDimensions)
                s.options << UsageQuery::values(db, d);
            s.freshness = UsageQuery::freshness(db);
            return s;
        },
        [this, by](const Snapshot& s) {
            setChart(Chart::DailyCost, UsageCharts::dailyCost(s.cost));
            setChart(Chart::Activity, UsageCharts::activity(s.activity));
            setChart(Chart::Latency, UsageCharts::latency(s.activity));
            setChart(Chart::Budget, UsageCharts::budgetBurn(s.burn));
            // Keep each filter's choice while offering what exists now.
            m_settingFilter = true;
            for (int i = 0; i < m_filters.size() && i < s.options.size(); ++i) {
                QComboBox* combo = m_filters[i];
                const QString keep = combo->currentData().toString();
                combo->clear();
                combo->addItem(tr("All"), QString());
                for (const QString& v : s.options[i])
                    combo->addItem(v, v);
                int at = combo->findData(keep);
                if (at < 0 && !keep.isEmpty()) {
                    combo->addItem(keep, keep);
                    at = combo->count() - 1;
                }
                combo->setCurrentIndex(qMax(0, at));
            }
            m_settingFilter = false;
            m_table->clear();
            m_table->setHorizontalHeaderLabels({UsageQuery::dimensionName(by), tr("Cost"), tr("Requests"),
                                                tr("Errors"), tr("Refused"), tr("Tokens in"), tr("Cached"),
                                                tr("Tokens out"), tr("p50 ms"), tr("p95 ms"),
                                                tr("Unpriced")});
            qint64 total = 0;
            for (const UsageQuery::AggregateRow& r : s.rows) {
                total += r.costMicros;
                m_table->appendRow({item(r.key.isEmpty() ? tr("(none)") : r.key),
                                    item(Money::display(r.costMicros), true), item(count(r.requests), true),
                                    item(count(r.errors), true), item(count(r.denied), true),
                                    item(count(r.tokensIn), true), item(count(r.tokensCached), true),
                                    item(count(r.tokensOut), true), item(latencyText(r.p50Ms), true),
                                    item(latencyText(r.p95Ms), true), item(count(r.unpriced), true)});
            }
            m_tableView->resizeColumnsToContents();
            m_tableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
            m_freshness->setText(
                s.freshness.aggregatedAt.isValid()
                    ? tr("Total %1 · aggregated %2")
                          .arg(Money::display(total), s.freshness.aggregatedAt.toLocalTime().toString(
                                                          QStringLiteral("yyyy-MM-dd HH:mm")))
                    : tr("Total %1 · not aggregated yet").arg(Money::display(total)));
            updateButtons();
            if (m_tabs->currentIndex() == 2)
                firstRawPage();
            else
                m_raw->clear();
        });
}

void UsagePane::firstRawPage()
{
    m_rawPage = 0;
    loadRaw(std::nullopt);
}

void UsagePane::nextRawPage()
{
    if (m_rawNextCursor) {
        ++m_rawPage;
        loadRaw(m_rawNextCursor);
    }
}

void UsagePane::loadRaw(const std::optional<UsageQuery::Cursor>& after)
{
    const UsageFilter f = filter();
    load(
        QStringLiteral("raw"),
        [f, after](Database& db) { return UsageQuery::rawLog(db, f, after, kRawPageSize); },
        [this](const UsageQuery::RawPage& page) {
            m_rawNextCursor = page.next;
            m_raw->clear();
            m_raw->setHorizontalHeaderLabels({tr("Time (UTC)"), tr("Consumer"), tr("Provider"), tr("User"),
                                              tr("Feature"), tr("Model"), tr("Status"), tr("HTTP"),
                                              tr("Tokens in"), tr("Tokens out"), tr("Cost"), tr("ms"),
                                              tr("Error")});
            for (const UsageQuery::RawRow& r : page.rows) {
                m_raw->appendRow(
                    {item(r.occurredAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                     item(r.consumer), item(r.provider), item(r.user), item(r.feature), item(r.model),
                     item(r.status), item(r.httpStatus ? QString::number(*r.httpStatus) : QString(), true),
                     item(count(r.tokensIn), true), item(count(r.tokensOut), true),
                     item(r.priced ? QStringLiteral("$") + Money::format(r.costMicros) : tr("unpriced"),
                          true),
                     item(r.latencyMs ? QString::number(*r.latencyMs) : QString(), true),
                     item(r.error.left(300))});
            }
            m_rawView->resizeColumnsToContents();
            m_rawLabel->setText(page.rows.isEmpty()
                                    ? tr("No calls in this range.")
                                    : tr("Page %1 · %n call(s), newest first", nullptr, int(page.rows.size()))
                                          .arg(m_rawPage + 1));
            updateButtons();
            Q_EMIT rawPageLoaded(int(page.rows.size()));
        });
}

void UsagePane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    m_aggregate->setEnabled(caps.can(Capability::ManageAccess));
    m_aggregate->setText(m_aggregation ? tr("&Stop Aggregating") : tr("A&ggregate Now"));
    m_aggregate->setToolTip(!caps.can(Capability::ManageAccess) ? caps.whyNot(Capability::ManageAccess)
                            : m_aggregation ? tr("Stop after the batch in hand; what was folded stays.")
                                            : tr("Fold new usage into the daily aggregates now."));
    m_import->updateButton();
    m_rawNext->setEnabled(m_rawNextCursor.has_value());
    m_rawFirst->setEnabled(m_rawPage > 0);
    const bool tenant = !filter().tenant.isEmpty();
    m_report->setEnabled(tenant);
    m_report->setToolTip(tenant ? tr("The month of the period's end, for the chosen tenant.")
                                : tr("Choose a tenant in the filters first."));
}

bool UsagePane::exportChart(Chart which, const QString& path, const QString& format, QString* error)
{
    QChart* c = chart(which);
    const QSize size(1200, 600);
    if (format == QLatin1String("svg"))
        return ChartExport::saveSvg(c, path, size, error);
    if (format == QLatin1String("pdf"))
        return ChartExport::savePdf(c, path, size, error);
    return ChartExport::savePng(c, path, size, error, 2.0);
}

bool UsagePane::exportTable(bool raw, const QString& path, QString* error)
{
    return ChartExport::saveCsv(raw ? m_raw : m_table, path, error);
}

void UsagePane::askExportChart(Chart which)
{
    auto* action = qobject_cast<QAction*>(sender());
    const QString format = action ? action->data().toString() : QStringLiteral("png");
    askSaveFile({tr("Export Chart"),
                 format == QLatin1String("svg")   ? tr("SVG drawing (*.svg)")
                 : format == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                                                  : tr("PNG image (*.png)"),
                 QStringLiteral("usage-%1-%2.%3").arg(int(which)).arg(today(), format), format},
                [this, which, format](const QString& path) {
                    QString error;
                    if (exportChart(which, path, format, &error))
                        m_messages->show(MessageBar::Success, tr("Saved %1.").arg(path));
                    else
                        m_messages->show(MessageBar::Failure, error);
                });
}

void UsagePane::askExportTable(bool raw)
{
    askSaveFile(
        {tr("Export as CSV"), tr("CSV file (*.csv)"),
         raw ? QStringLiteral("usage-log-%1.csv").arg(today()) : QStringLiteral("usage-%1.csv").arg(today()),
         QStringLiteral("csv")},
        [this, raw](const QString& path) {
            QString error;
            if (exportTable(raw, path, &error))
                m_messages->show(MessageBar::Success, tr("Saved %1.").arg(path));
            else
                m_messages->show(MessageBar::Failure, error);
        });
}

void UsagePane::askSpendReport()
{
    const UsageFilter f = filter();
    askSaveFile({tr("Save Spend Report"), tr("PDF document (*.pdf)"),
                 QStringLiteral("spend-%1-%2.pdf").arg(f.tenant, f.to.toString(QStringLiteral("yyyy-MM"))),
                 QStringLiteral("pdf")},
                [this](const QString& path) {
                    writeSpendReport(path, [this, path](const QString& error) {
                        if (error.isEmpty())
                            m_messages->show(MessageBar::Success, tr("Saved %1.").arg(path));
                        else
                            m_messages->show(MessageBar::Failure, error);
                    });
                });
}

void UsagePane::writeSpendReport(const QString& path, const std::function<void(const QString&)>& done)
{
    const UsageFilter f = filter();
    if (f.tenant.isEmpty()) {
        done(tr("Choose a tenant in the filters first."));
        return;
    }
    const QDate month(f.to.year(), f.to.month(), 1);
    m_context->worker()->run<TenantSpendReport>(
        this, [f, month](Database& db) { return UsageQuery::tenantReport(db, f.tenant, month); },
        [path, done](const Result<TenantSpendReport>& r) {
            if (!r) {
                done(r.error().message);
                return;
            }
            // Painting the PDF is GUI work (fonts, the chart); it takes a fraction of a second.
            QString error;
            done(SpendReport::writePdf(r.value(), path, &error) ? QString() : error);
        });
}

} // namespace fusion
