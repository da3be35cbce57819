#include "ui/tenants/TenantsPane.h"

#include "models/itemmodels/TenantListModel.h"
#include "models/tenants/TenantRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/KeysetPager.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Theme.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui_TenantsPane.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTimer>

namespace fusion {

namespace {
struct FilterChoices {
    QList<Plan> plans;
    QStringList agencyGroups;
};
} // namespace

TenantsPane::TenantsPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::TenantsPane>())
    , m_model(new TenantListModel(this))
    , m_searchDebounce(new QTimer(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_detail = new TenantDetailView(context, this);
    m_ui->pages->addWidget(m_detail);
    connect(m_detail, &TenantDetailView::backRequested, this, &TenantsPane::showList);
    connect(m_detail, &TenantDetailView::tenantLoaded, this, &TenantsPane::currentTenantChanged);
    connect(m_detail, &TenantDetailView::loaded, this, &Pane::loaded);

    m_ui->tableView->setModel(m_model);
    m_ui->tableView->setItemDelegateForColumn(TenantListModel::StatusColumn,
                                              new BadgeDelegate(TenantListModel::StatusRole, this));
    QHeaderView* header = m_ui->tableView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TenantListModel::NameColumn, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TenantListModel::SlugColumn, 200);
    header->resizeSection(TenantListModel::NameColumn, 220);
    header->resizeSection(TenantListModel::StatusColumn, 130);
    header->resizeSection(TenantListModel::PlanColumn, 110);
    header->resizeSection(TenantListModel::AgencyColumn, 160);
    header->resizeSection(TenantListModel::RegionColumn, 80);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        m_query.sort = TenantListModel::sortFor(column);
        m_query.descending = order == Qt::DescendingOrder;
        restart();
    });
    connect(m_ui->tableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        openTenant(index.data(TenantListModel::IdRole).toLongLong());
    });
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TenantsPane::currentTenantChanged);

    m_ui->statusCombo->addItem(tr("All statuses"), QString());
    for (const QString& s : TenantStatus::all())
        m_ui->statusCombo->addItem(TenantStatus::label(s), s);
    m_ui->planCombo->addItem(tr("All plans"), QString());
    m_ui->agencyCombo->addItem(tr("All agency groups"), QString());
    m_ui->pager->setPageSizes({20, 50, 100}, m_query.limit);

    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] {
        if (m_query.search == m_ui->searchEdit->text())
            return;
        m_query.search = m_ui->searchEdit->text();
        restart();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_query.search = m_ui->searchEdit->text();
        restart();
    });
    const auto filterChanged = [this] {
        m_query.status = m_ui->statusCombo->currentData().toString();
        m_query.planCode = m_ui->planCombo->currentData().toString();
        m_query.agencyGroup = m_ui->agencyCombo->currentData().toString();
        restart();
    };
    connect(m_ui->statusCombo, &QComboBox::activated, this, filterChanged);
    connect(m_ui->planCombo, &QComboBox::activated, this, filterChanged);
    connect(m_ui->agencyCombo, &QComboBox::activated, this, filterChanged);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        m_searchDebounce->stop();
        m_ui->statusCombo->setCurrentIndex(0);
        m_ui->planCombo->setCurrentIndex(0);
        m_ui->agencyCombo->setCurrentIndex(0);
        m_query.search.clear();
        m_query.status.clear();
        m_query.planCode.clear();
        m_query.agencyGroup.clear();
        restart();
    });
    m_ui->pager->setRangeWords(tr("%1–%2 of %3 tenants"));
    KeysetPaging::connect(
        m_ui->pager, this, &m_query, &m_page, [this] { restart(); }, [this] { requestPage(); });
    m_query.from = TenantPageFrom::First;
    m_query.withTotal = false;

    coverWhileLoading(m_ui->contentStack);
    watchTables({QStringLiteral("tenants"), QStringLiteral("operations"), QStringLiteral("plans"),
                 QStringLiteral("subscriptions"), QStringLiteral("sso_configs"),
                 QStringLiteral("analytics_configs"), QStringLiteral("tenant_module_states"),
                 QStringLiteral("tenant_bundles")});
}

TenantsPane::~TenantsPane() = default;

void TenantsPane::setCreateAction(QAction* action)
{
    m_createAction = action;
    m_ui->newTenantButton->setText(action->text());
    connect(m_ui->newTenantButton, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, [this] {
        m_ui->newTenantButton->setEnabled(m_createAction->isEnabled());
        m_ui->newTenantButton->setToolTip(m_createAction->toolTip());
    });
    m_ui->newTenantButton->setEnabled(action->isEnabled());
    m_ui->newTenantButton->setToolTip(action->toolTip());
}

void TenantsPane::reload()
{
    loadChoices();
    // The tenants changed (or the pane is shown): the page shown is fetched again from where it began, and
    // the total counted again.
    requestCount();
    requestPage();
    if (isShowingDetail())
        m_detail->reload();
}

void TenantsPane::loadChoices()
{
    m_context->worker()->run<FilterChoices>(
        this,
        [](Database& db) {
            TenantRepository repo(db);
            FilterChoices c;
            c.plans = repo.plans(false);
            c.agencyGroups = repo.agencyGroups();
            return c;
        },
        [this](const Result<FilterChoices>& result) {
            if (!result)
                return; // the list itself reports errors
            const QString plan = m_ui->planCombo->currentData().toString();
            const QString agency = m_ui->agencyCombo->currentData().toString();
            m_ui->planCombo->clear();
            m_ui->planCombo->addItem(tr("All plans"), QString());
            for (const Plan& p : result.value().plans)
                m_ui->planCombo->addItem(p.name, p.code);
            m_ui->planCombo->setCurrentIndex(std::max(0, m_ui->planCombo->findData(plan)));
            m_ui->agencyCombo->clear();
            m_ui->agencyCombo->addItem(tr("All agency groups"), QString());
            for (const QString& g : result.value().agencyGroups)
                m_ui->agencyCombo->addItem(g, g);
            m_ui->agencyCombo->setCurrentIndex(std::max(0, m_ui->agencyCombo->findData(agency)));
        });
}

void TenantsPane::restart()
{
    KeysetPaging::restart(m_ui->pager, &m_query);
    requestCount();
    requestPage();
}

void TenantsPane::requestCount()
{
    // The total is a count of every match: at a million tenants tens of milliseconds on PostgreSQL and more
    // on SQLite, so it is not repeated on each page turn (keyset pages need no count: one row more than the
    // page says whether there is a next). It runs once per search, filter or sort change and when the tenants
    // change, in its own load beside the page, which shows "Counting…" meanwhile. An estimate
    // (pg_class.reltuples) would be instant but wrong under row security and filters, so the exact count it
    // is.
    m_total = -1;
    updatePager();
    TenantQuery query = m_query;
    load(
        QStringLiteral("count"), [query](Database& db) { return TenantRepository(db).count(query); },
        [this](const qint64& total) {
            m_total = total;
            if (!m_pagePending)
                updatePager();
        });
}

void TenantsPane::requestPage()
{
    const TenantQuery query = m_query;
    m_pagePending = true;
    // A newer request (the person typed or clicked again) drops this page's answer.
    load(
        QString(), [query](Database& db) { return TenantRepository(db).list(query); },
        [this](const TenantPage& page) {
            const qint64 selectedId =
                m_ui->tableView->currentIndex().data(TenantListModel::IdRole).toLongLong();
            m_page = page;
            m_pagePending = false;
            KeysetPaging::pageShown(m_ui->pager, &m_query, page);
            if (page.hasPrevious && page.from == TenantPageFrom::Last)
                m_ui->pager->setPosition(-1);
            m_model->setRows(page.rows);
            updatePager();
            if (page.rows.isEmpty()) {
                showEmptyState(m_query.hasFilters());
            } else {
                m_ui->contentStack->setCurrentWidget(m_ui->tableView);
                const qint64 wanted = m_selectAfterLoad ? m_selectAfterLoad : selectedId;
                m_selectAfterLoad = 0;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    if (m_model->rows().at(row).id == wanted) {
                        m_ui->tableView->setCurrentIndex(m_model->index(row, TenantListModel::SlugColumn));
                        break;
                    }
                }
            }
            Q_EMIT currentTenantChanged();
            markLoaded();
        },
        [this](const Error& error) {
            m_pagePending = false;
            showFailure(error);
            markLoaded();
        });
}

void TenantsPane::showEmptyState(bool filtered)
{
    m_ui->contentStack->setCurrentWidget(m_ui->emptyPage);
    Theme::makeHeading(m_ui->emptyTitleLabel);
    m_ui->emptyActionButton->disconnect(this);
    if (filtered) {
        m_ui->emptyTitleLabel->setText(tr("No tenants match"));
        m_ui->emptyTextLabel->setText(tr("Nothing matches the search and filters above."));
        m_ui->emptyActionButton->setText(tr("Clear filters"));
        m_ui->emptyActionButton->setEnabled(true);
        m_ui->emptyActionButton->setToolTip(QString());
        connect(m_ui->emptyActionButton, &QPushButton::clicked, m_ui->clearFiltersButton,
                &QToolButton::click);
    } else {
        m_ui->emptyTitleLabel->setText(tr("No tenants yet"));
        m_ui->emptyTextLabel->setText(tr("A tenant is one customer workspace: its Odoo, database, SSO and "
                                         "billing. Create the first one, or load "
                                         "demo data from the File menu to look around."));
        m_ui->emptyActionButton->setText(tr("Create the first tenant…"));
        if (m_createAction) {
            m_ui->emptyActionButton->setEnabled(m_createAction->isEnabled());
            m_ui->emptyActionButton->setToolTip(m_createAction->toolTip());
            connect(m_ui->emptyActionButton, &QPushButton::clicked, m_createAction, &QAction::trigger);
        }
    }
}

void TenantsPane::updatePager()
{
    KeysetPager* pager = m_ui->pager;
    if (pager->showRange(m_total))
        return;
    if (m_page.rows.isEmpty())
        pager->setResultText(m_total == 0 ? tr("No tenants") : tr("Counting…"));
    else
        pager->setResultText(tr("The last %n tenant(s) · counting…", nullptr, int(m_page.rows.size())));
}

void TenantsPane::firstPage()
{
    m_ui->pager->first();
}

void TenantsPane::nextPage()
{
    m_ui->pager->next();
}

void TenantsPane::previousPage()
{
    m_ui->pager->previous();
}

void TenantsPane::lastPage()
{
    m_ui->pager->last();
}

void TenantsPane::setStatusFilter(const QString& status)
{
    showList();
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(status)));
    m_query.status = status;
    restart();
}

void TenantsPane::openTenant(qint64 tenantId)
{
    if (tenantId <= 0)
        return;
    m_ui->pages->setCurrentWidget(m_detail);
    m_detail->showTenant(tenantId);
    Q_EMIT currentTenantChanged();
}

void TenantsPane::showList()
{
    if (m_detail && isShowingDetail())
        m_selectAfterLoad = m_detail->tenantId();
    m_ui->pages->setCurrentWidget(m_ui->listPage);
    requestPage();
    m_ui->tableView->setFocus();
}

bool TenantsPane::isShowingDetail() const
{
    return m_ui->pages->currentWidget() == m_detail;
}

void TenantsPane::focusSearch()
{
    showList();
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

std::optional<Tenant> TenantsPane::currentTenant() const
{
    if (isShowingDetail())
        return m_detail->tenant();
    const QModelIndex index = m_ui->tableView->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const Tenant* t = m_model->rowAt(index.row());
    return t ? std::optional<Tenant>(*t) : std::nullopt;
}

} // namespace fusion
