#include "ui/analytics/AnalyticsPane.h"

#include "models/roles/Capabilities.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QString analyticsSyncLabel(const QString& mode)
{
    if (mode == QLatin1String("batch"))
        return AnalyticsPane::tr("Batch");
    if (mode == QLatin1String("realtime"))
        return AnalyticsPane::tr("Real time");
    return AnalyticsPane::tr("No sync");
}

QString analyticsEtlLabel(const AnalyticsConfig& a)
{
    if (a.etlKind == QLatin1String("n8n_webhook") && !a.etlTarget.isEmpty())
        return AnalyticsPane::tr("n8n webhook %1").arg(a.etlTarget);
    if (a.etlKind == QLatin1String("supabase_rpc") && !a.etlTarget.isEmpty())
        return AnalyticsPane::tr("Supabase RPC %1.%2").arg(a.schemaName, a.etlTarget);
    return AnalyticsPane::tr("—");
}

} // namespace

AnalyticsPane::AnalyticsPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("analyticsPane"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Analytics"), this);
    Theme::makeHeading(heading);
    layout->addWidget(heading);
    placeMessageBar(layout, 1);
    // Said once at the top for a role that may only read (finance), beside each button's own tooltip.
    m_readOnly = makeNote(QStringLiteral("analyticsReadOnlyNote"), {}, this);
    m_readOnly->hide();
    layout->addWidget(m_readOnly);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("analyticsSplitter"));
    split->setChildrenCollapsible(false);

    // Tenants: what each one's analytics are and whether its ETL answers.
    auto* tenantsBox = new QGroupBox(tr("Tenants"), split);
    auto* tenantsLayout = new QVBoxLayout(tenantsBox);
    tenantsLayout->addWidget(
        makeNote(QStringLiteral("analyticsTenantsIntro"),
                 tr("Each tenant's Supabase project and schema, how its data syncs, the ETL check "
                    "\"Test ETL\" runs and "
                    "its Superset dashboard. Change them in the tenant's Analytics tab."),
                 tenantsBox));
    m_tenantList = makeRecordList(QStringLiteral("analyticsTenantList"),
                                  {tr("Tenant"), tr("Supabase project"), tr("Schema"), tr("Sync mode"),
                                   tr("ETL check"), tr("Linked dashboard")},
                                  tenantsBox);
    tenantsLayout->addWidget(m_tenantList, 1);
    m_tenantEmpty = makeNote(QStringLiteral("analyticsTenantsEmpty"),
                             tr("There are no tenants yet: create one in the Tenants pane (File → New "
                                "tenant), then give it a Supabase project in its Analytics tab."),
                             tenantsBox);
    m_tenantEmpty->hide();
    tenantsLayout->addWidget(m_tenantEmpty);
    auto* tenantButtons = new QHBoxLayout;
    m_testEtl = makeWriteButton(QStringLiteral("analyticsTestEtlButton"), tr("&Test ETL…"), tenantsBox);
    m_openTenantDashboard = new QPushButton(tr("Open &linked dashboard"), tenantsBox);
    m_openTenantDashboard->setObjectName(QStringLiteral("analyticsOpenTenantDashboardButton"));
    tenantButtons->addWidget(m_testEtl);
    tenantButtons->addWidget(m_openTenantDashboard);
    tenantButtons->addStretch(1);
    tenantsLayout->addLayout(tenantButtons);

    // Superset's dashboards, as its API lists them.
    auto* dashboardsBox = new QGroupBox(tr("Superset dashboards"), split);
    auto* dashboardsLayout = new QVBoxLayout(dashboardsBox);
    m_supersetState = makeNote(QStringLiteral("analyticsSupersetState"), {}, dashboardsBox);
    dashboardsLayout->addWidget(m_supersetState);
    m_dashboardList = makeRecordList(
        QStringLiteral("analyticsDashboardList"),
        {tr("Dashboard"), tr("Status"), tr("Owners"), tr("Changed (UTC)"), tr("Tenants")}, dashboardsBox);
    dashboardsLayout->addWidget(m_dashboardList, 1);
    auto* dashboardButtons = new QHBoxLayout;
    m_openDashboard = new QPushButton(tr("&Open in browser"), dashboardsBox);
    m_openDashboard->setObjectName(QStringLiteral("analyticsOpenDashboardButton"));
    m_link = makeWriteButton(QStringLiteral("analyticsLinkButton"), tr("Lin&k to tenant…"), dashboardsBox);
    m_refresh = new QPushButton(tr("&Refresh dashboards"), dashboardsBox);
    m_refresh->setObjectName(QStringLiteral("analyticsRefreshButton"));
    dashboardButtons->addWidget(m_openDashboard);
    dashboardButtons->addWidget(m_link);
    dashboardButtons->addStretch(1);
    dashboardButtons->addWidget(m_refresh);
    dashboardsLayout->addLayout(dashboardButtons);

    // The last ETL test's result stays in view until the next one.
    auto* resultBox = new QGroupBox(tr("ETL test result"), split);
    auto* resultLayout = new QVBoxLayout(resultBox);
    m_result = makeNote(QStringLiteral("analyticsEtlResult"),
                        tr("No ETL test has run yet: select a tenant with an ETL check and press Test "
                           "ETL. It runs the tenant's n8n workflow or Supabase function once, for real."),
                        resultBox);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch(1);
    // Room for the result's three lines, not more: the lists above need the height.
    resultBox->setMaximumHeight(resultBox->fontMetrics().lineSpacing() * 6 + 24);

    split->addWidget(tenantsBox);
    split->addWidget(dashboardsBox);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 0);
    layout->addWidget(split, 1);
    coverWhileLoading(m_tenantList);

    connect(m_testEtl, &QPushButton::clicked, this, &AnalyticsPane::testEtl);
    connect(m_link, &QPushButton::clicked, this, &AnalyticsPane::linkDashboard);
    connect(m_refresh, &QPushButton::clicked, this, &AnalyticsPane::refreshDashboards);
    connect(m_openDashboard, &QPushButton::clicked, this, [this] {
        if (const SupersetDashboard* d = currentDashboard())
            openUrl(d->url);
    });
    connect(m_dashboardList, &QTreeWidget::itemActivated, this, [this] {
        if (const SupersetDashboard* d = currentDashboard())
            openUrl(d->url);
    });
    connect(m_openTenantDashboard, &QPushButton::clicked, this, [this] {
        if (const AnalyticsTenant* t = currentTenant(); t && !t->config.supersetDashboardUrl.isEmpty())
            openUrl(QUrl(t->config.supersetDashboardUrl));
    });
    connect(m_tenantList, &QTreeWidget::itemActivated, this, [this] {
        if (const AnalyticsTenant* t = currentTenant())
            Q_EMIT openTenantRequested(t->tenantId);
    });
    for (QTreeWidget* list : {m_tenantList, m_dashboardList})
        connect(list, &QTreeWidget::itemSelectionChanged, this, &AnalyticsPane::updateButtons);
    watchTables({QStringLiteral("tenants"), QStringLiteral("analytics_configs")});
    applyDashboards();
}

AnalyticsPane::~AnalyticsPane() = default;

void AnalyticsPane::reload()
{
    loadPane([](Database& db) { return AnalyticsCatalog::tenants(db); },
             [this](const QList<AnalyticsTenant>& tenants) { applyTenants(tenants); });
    // Superset is asked once by itself; after that only Refresh asks again (it is another service).
    if (!m_dashboardsKnown && !m_fetching)
        refreshDashboards();
}

void AnalyticsPane::refreshDashboards()
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_supersetState->setText(tr("Reading Superset's dashboards…"));
    m_supersetState->setStyleSheet(QString());
    updateButtons();
    auto* fetch = new SupersetDashboards(AppJobs::host(m_context, this), this);
    m_fetch = fetch;
    fetch->fetch([this, fetch](const Result<QList<SupersetDashboard>>& result) {
        fetch->deleteLater();
        m_fetching = false;
        m_dashboardsKnown = true;
        if (result) {
            m_dashboards = result.value();
            m_dashboardProblem.clear();
        } else {
            m_dashboards.clear();
            const Error& e = result.error();
            m_dashboardProblem = e.kind == ErrorKind::Connection
                                     ? tr("Superset's dashboards cannot be shown: %1\nCheck that Superset "
                                          "runs at the superset "
                                          "provider's address (Keys pane, or \"fusionctl keys provider set "
                                          "superset --base-url "
                                          "URL\"), then Refresh dashboards.")
                                           .arg(e.message)
                                     : tr("Superset's dashboards cannot be shown: %1").arg(e.message);
        }
        applyDashboards();
        applyTenants(m_tenants);
        Q_EMIT dashboardsShown();
    });
}

void AnalyticsPane::applyTenants(const QList<AnalyticsTenant>& tenants)
{
    const QString selected = currentTenant() ? currentTenant()->slug : QString();
    m_tenants = tenants;
    m_tenantList->clear();
    for (qsizetype i = 0; i < m_tenants.size(); ++i) {
        const AnalyticsTenant& t = m_tenants[i];
        const AnalyticsConfig& a = t.config;
        // The configured dashboard by its title when Superset lists it; else what belongs by name or tag.
        QString linked = a.supersetDashboardUrl;
        QStringList byName;
        for (const SupersetDashboard& d : std::as_const(m_dashboards)) {
            if (AnalyticsCatalog::sameAddress(d.url.toString(), a.supersetDashboardUrl))
                linked = d.title;
            else if (AnalyticsCatalog::tenantsOf(d, {t}).contains(t.slug))
                byName << d.title;
        }
        if (linked.isEmpty() && !byName.isEmpty())
            linked = tr("%1 (by name, not linked)").arg(byName.join(QStringLiteral(", ")));
        const bool configured = a.id != 0;
        auto* item = new QTreeWidgetItem(
            m_tenantList, {t.slug, configured && !a.supabaseProject.isEmpty() ? a.supabaseProject : tr("—"),
                           configured && !a.schemaName.isEmpty() ? a.schemaName : tr("—"),
                           configured ? analyticsSyncLabel(a.syncMode) : tr("not set up"),
                           analyticsEtlLabel(a), linked.isEmpty() ? tr("—") : linked});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(0, t.name);
        item->setToolTip(5, a.supersetDashboardUrl);
        if (t.slug == selected)
            m_tenantList->setCurrentItem(item);
    }
    for (int c = 0; c < m_tenantList->columnCount() - 1; ++c)
        m_tenantList->resizeColumnToContents(c);
    m_tenantList->setVisible(!m_tenants.isEmpty());
    m_tenantEmpty->setVisible(m_tenants.isEmpty());
    // The dashboards' tenant column depends on the tenants' addresses.
    applyDashboards();
}

void AnalyticsPane::applyDashboards()
{
    const qint64 selected = currentDashboard() ? currentDashboard()->id : 0;
    m_dashboardList->clear();
    for (qsizetype i = 0; i < m_dashboards.size(); ++i) {
        const SupersetDashboard& d = m_dashboards[i];
        const QStringList tenants = AnalyticsCatalog::tenantsOf(d, m_tenants);
        auto* item = new QTreeWidgetItem(
            m_dashboardList,
            {d.title, d.published ? tr("Published") : tr("Draft"),
             d.owners.isEmpty() ? tr("—") : d.owners.join(QStringLiteral(", ")),
             d.changedOn.isValid() ? d.changedOn.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : tr("—"),
             tenants.isEmpty() ? tr("none") : tenants.join(QStringLiteral(", "))});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(0, d.url.toString());
        if (d.id == selected)
            m_dashboardList->setCurrentItem(item);
    }
    for (int c = 0; c < m_dashboardList->columnCount() - 1; ++c)
        m_dashboardList->resizeColumnToContents(c);
    if (m_fetching) {
        m_supersetState->setText(tr("Reading Superset's dashboards…"));
        m_supersetState->setStyleSheet(QString());
    } else if (!m_dashboardProblem.isEmpty()) {
        m_supersetState->setText(m_dashboardProblem);
        m_supersetState->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    } else if (!m_dashboardsKnown) {
        m_supersetState->setText(tr("Superset has not been asked yet."));
        m_supersetState->setStyleSheet(QString());
    } else if (m_dashboards.isEmpty()) {
        m_supersetState->setText(
            tr("Superset has no dashboards yet: create one in Superset, then press Refresh "
               "dashboards."));
        m_supersetState->setStyleSheet(QString());
    } else {
        m_supersetState->setText(
            tr("%n dashboard(s) in Superset. A dashboard belongs to a tenant when it is the "
               "tenant's linked dashboard, or its slug or title contains the tenant's slug.",
               nullptr, int(m_dashboards.size())));
        m_supersetState->setStyleSheet(QString());
    }
    m_dashboardList->setVisible(!m_dashboards.isEmpty());
    updateButtons();
}

const AnalyticsTenant* AnalyticsPane::currentTenant() const
{
    const QTreeWidgetItem* item = m_tenantList->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_tenants.size() ? &m_tenants[i] : nullptr;
}

const SupersetDashboard* AnalyticsPane::currentDashboard() const
{
    const QTreeWidgetItem* item = m_dashboardList->currentItem();
    if (!item)
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_dashboards.size() ? &m_dashboards[i] : nullptr;
}

void AnalyticsPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool may = caps.can(Capability::EditIntegrations);
    const QString refused = caps.whyNot(Capability::EditIntegrations);
    m_readOnly->setVisible(!may);
    m_readOnly->setText(tr("Read-only: %1").arg(refused));
    const AnalyticsTenant* t = currentTenant();
    const bool hasCheck = t && t->config.etlKind != QLatin1String("none") && !t->config.etlKind.isEmpty() &&
                          !t->config.etlTarget.isEmpty();
    m_testEtl->setEnabled(may && hasCheck && !m_etl);
    m_testEtl->setToolTip(
        !may        ? refused
        : !t        ? tr("Select a tenant first.")
        : !hasCheck ? tr("%1 has no ETL check: choose one in the tenant's Analytics tab.").arg(t->slug)
        : m_etl     ? tr("An ETL test is running.")
                    : tr("Run %1's ETL check once, for real (asks first; audited).").arg(t->slug));
    m_openTenantDashboard->setEnabled(t && !t->config.supersetDashboardUrl.isEmpty());
    m_openTenantDashboard->setToolTip(t && t->config.supersetDashboardUrl.isEmpty()
                                          ? tr("%1 has no linked dashboard.").arg(t->slug)
                                          : tr("Open the tenant's Superset dashboard in the browser."));
    const SupersetDashboard* d = currentDashboard();
    m_openDashboard->setEnabled(d != nullptr);
    m_link->setEnabled(may && d && !m_tenants.isEmpty());
    m_link->setToolTip(!may ? refused
                       : !d ? tr("Select a dashboard first.")
                            : tr("Make this the linked dashboard of a tenant (asks first; audited)."));
    m_refresh->setEnabled(!m_fetching);
}

void AnalyticsPane::openUrl(const QUrl& url)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    Q_EMIT urlOpening(url);
    QDesktopServices::openUrl(url);
}

void AnalyticsPane::testEtl()
{
    const AnalyticsTenant* t = currentTenant();
    if (!t || m_etl)
        return;
    const QString slug = t->slug;
    const QString before = m_result->text();
    const QString beforeStyle = m_result->styleSheet();
    auto* job = new EtlTest(AppJobs::host(m_context, this), this);
    m_etl = job;
    updateButtons();
    connect(job, &Job::progress, this, [this](int, int, const QString& text) {
        m_result->setText(text);
        m_result->setStyleSheet(QString());
    });
    job->start(slug, [this, job, slug, before, beforeStyle](const Result<EtlTest::Outcome>& result) {
        job->deleteLater();
        m_etl = nullptr;
        if (!result) {
            if (result.error().kind == ErrorKind::NotConfirmed) {
                // Cancelled: nothing was called, and the last result stays as it was.
                m_result->setText(before);
                m_result->setStyleSheet(beforeStyle);
            } else {
                m_result->setText(tr("The ETL test of %1 did not run: %2").arg(slug, result.error().message));
                m_result->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                showFailure(result.error());
            }
        } else {
            const EtlTest::Outcome& o = result.value();
            const QString what = o.kind == QLatin1String("n8n_webhook")
                                     ? tr("n8n webhook %1").arg(o.target)
                                     : tr("Supabase function %1.%2").arg(o.schema, o.target);
            const QString status = o.httpStatus ? tr("HTTP %1").arg(o.httpStatus) : tr("no HTTP answer");
            if (o.ok) {
                m_result->setText(tr("✔ The ETL test of %1 succeeded: %2, %3 in %4 ms.\n%5\nCalled: %6")
                                      .arg(slug, what, status)
                                      .arg(o.durationMs)
                                      .arg(o.summary, o.url.toString()));
                m_result->setStyleSheet(QStringLiteral("color: #1b5e20;"));
                m_messages->show(MessageBar::Success, tr("The ETL test of %1 succeeded.").arg(slug));
            } else {
                m_result->setText(tr("✘ The ETL test of %1 failed: %2, %3 after %4 ms.\n%5\nCalled: %6")
                                      .arg(slug, what, status)
                                      .arg(o.durationMs)
                                      .arg(o.failure, o.url.toString()));
                m_result->setStyleSheet(QStringLiteral("color: #b71c1c;"));
                m_messages->show(MessageBar::Warning, tr("The ETL test of %1 failed.").arg(slug));
            }
        }
        updateButtons();
        Q_EMIT etlTestFinished();
    });
}

void AnalyticsPane::linkDashboard()
{
    const SupersetDashboard* d = currentDashboard();
    if (!d || m_tenants.isEmpty())
        return;
    const QString title = d->title;
    const QString url = d->url.toString();
    QStringList slugs;
    for (const AnalyticsTenant& t : std::as_const(m_tenants))
        slugs << t.slug;
    // The tenant it already belongs to by name comes first, else the tenant selected above.
    const QStringList belongs = AnalyticsCatalog::tenantsOf(*d, m_tenants);
    const QString suggested = !belongs.isEmpty() ? belongs.first()
                              : currentTenant()  ? currentTenant()->slug
                                                 : slugs.first();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("analyticsLinkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Link dashboard to tenant"));
    dialog->setLabelText(tr("The tenant whose Superset dashboard becomes \"%1\":").arg(title));
    dialog->setComboBoxItems(slugs);
    dialog->setComboBoxEditable(false);
    dialog->setTextValue(suggested);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, url, title](const QString& slug) {
        qint64 tenantId = 0;
        for (const AnalyticsTenant& t : std::as_const(m_tenants))
            if (t.slug == slug)
                tenantId = t.tenantId;
        if (tenantId == 0)
            return;
        WriteRunner::run(
            m_context, this,
            [tenantId, url](Database& db) {
                const int version = TenantRepository(db).analytics(tenantId).rowVersion;
                return TenantService(db, QStringLiteral("ui"))
                    .planEditAnalytics(tenantId, version, {{QStringLiteral("superset_dashboard_url"), url}});
            },
            [this, slug, title](const Result<QJsonObject>& r) {
                if (!r)
                    return showFailure(r.error());
                m_messages->show(MessageBar::Success,
                                 WriteRunner::unchanged(r.value())
                                     ? tr("\"%1\" already is the dashboard of %2.").arg(title, slug)
                                     : tr("\"%1\" is now the dashboard of %2.").arg(title, slug));
                reload();
            });
    });
    dialog->open();
}

} // namespace fusion
