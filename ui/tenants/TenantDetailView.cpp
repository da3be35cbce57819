#include "ui/tenants/TenantDetailView.h"

#include "models/itemmodels/ModuleStateModel.h"
#include "models/itemmodels/OperationListModel.h"
#include "models/jobs/ModuleSync.h"
#include "models/odoo/OdooClient.h"
#include "models/tenants/ModuleCounts.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "ui/billing/TenantBillingPanel.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/BadgeDelegate.h"
#include "ui/common/FormBinding.h"
#include "ui/common/Loads.h"
#include "ui/common/MessageBar.h"
#include "ui/common/StatusColors.h"
#include "ui/common/WriteRunner.h"
#include "ui/odoo/OdooConnectionDialog.h"
#include "ui/sso/SsoCheckPanel.h"
#include "ui/tenants/BundlePickerDialog.h"
#include "ui/tenants/TenantResources.h"
#include "ui_TenantDetailView.h"

#include <QAction>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QShortcut>
#include <QStyle>
#include <QUrl>

namespace fusion {

namespace {
struct DetailData {
    TenantDetail detail;
    QList<Plan> plans;
    QList<InfraTemplate> templates;
};

QString money(qint64 cents, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(currency, QLocale().toString(double(cents) / 100.0, 'f', 2));
}

void fillCombo(QComboBox* combo, const QList<QPair<QString, QVariant>>& items)
{
    combo->clear();
    for (const auto& [text, value] : items)
        combo->addItem(text, value);
}
} // namespace

TenantDetailView::TenantDetailView(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TenantDetailView>())
    , m_context(context)
    , m_modules(new ModuleStateModel(this))
    , m_odoo(new OdooClient(this))
    , m_operations(new OperationListModel(this))
    , m_overview(new FormBinding(this))
    , m_infra(new FormBinding(this))
    , m_sso(new FormBinding(this))
    , m_analytics(new FormBinding(this))
    , m_billing(new FormBinding(this))
{
    m_ui->setupUi(this);
    m_messages = new MessageBar(this);
    m_ui->mainLayout->insertWidget(1, m_messages);
    m_loads = new Loads(m_context, this);
    m_loads->cover(m_ui->tabs);

    m_ui->backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    connect(m_ui->backButton, &QToolButton::clicked, this, &TenantDetailView::backRequested);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->statusBadgeLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Word-wrapped labels in a form layout get one line's height: these values are single lines.
    for (QLabel* label : {m_ui->createdValueLabel, m_ui->updatedValueLabel, m_ui->slugValueLabel,
                          m_ui->templateDetailsLabel, m_ui->priceValueLabel})
        label->setWordWrap(false);
    m_ui->redirectUrisEdit->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    connect(m_ui->openOdooButton, &QToolButton::clicked, this, [this] {
        if (m_detail && !m_detail->tenant.odooUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(m_detail->tenant.odooUrl));
    });
    // What this tenant's admins see of it: the Portal pane, on this tenant, as a read-only preview.
    m_viewPortal = new QToolButton(this);
    m_viewPortal->setObjectName(QStringLiteral("viewAsPortalButton"));
    m_viewPortal->setText(tr("View as tenant portal"));
    m_viewPortal->setEnabled(false); // until the tenant is loaded (applyCapabilities)
    m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->openOdooButton), m_viewPortal);
    connect(m_viewPortal, &QToolButton::clicked, this, [this] {
        if (m_detail)
            Q_EMIT portalPreviewRequested(m_detail->tenant.slug);
    });
    connect(m_ui->odooConnectionButton, &QToolButton::clicked, this, [this] {
        if (!m_detail)
            return;
        auto* dialog = new OdooConnectionDialog(m_context, m_detail->tenant.slug, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &OdooConnectionDialog::saved, this,
                [this] { m_messages->show(MessageBar::Success, tr("Saved the Odoo connection.")); });
        dialog->open();
    });

    // Fixed choices, shown translated, stored as their keys.
    fillCombo(m_ui->dbStrategyCombo,
              {{tr("One database per tenant"), QStringLiteral("db_per_tenant")},
               {tr("One schema per tenant (shared database)"), QStringLiteral("schema_per_tenant")}});
    fillCombo(m_ui->ssoStatusCombo, {{tr("Not configured"), QStringLiteral("not_configured")},
                                     {tr("Pending"), QStringLiteral("pending")},
                                     {tr("Active"), QStringLiteral("active")},
                                     {tr("Error"), QStringLiteral("error")}});
    fillCombo(m_ui->syncModeCombo, {{tr("No sync"), QStringLiteral("none")},
                                    {tr("Batch"), QStringLiteral("batch")},
                                    {tr("Real time"), QStringLiteral("realtime")}});
    fillCombo(m_ui->etlKindCombo, {{tr("No ETL check"), QStringLiteral("none")},
                                   {tr("n8n webhook workflow"), QStringLiteral("n8n_webhook")},
                                   {tr("Supabase RPC function"), QStringLiteral("supabase_rpc")}});
    fillCombo(m_ui->subscriptionStatusCombo, {{tr("Trialing"), QStringLiteral("trialing")},
                                              {tr("Active"), QStringLiteral("active")},
                                              {tr("Past due"), QStringLiteral("past_due")},
                                              {tr("Cancelled"), QStringLiteral("cancelled")}});
    fillCombo(m_ui->pricingModelCombo, {{tr("Flat"), QStringLiteral("flat")},
                                        {tr("Per user"), QStringLiteral("per_user")},
                                        {tr("Usage based"), QStringLiteral("usage")}});
    for (QDateEdit* edit : {m_ui->periodStartEdit, m_ui->periodEndEdit, m_ui->nextInvoiceEdit})
        edit->setMinimumDate(QDate(2000, 1, 1)); // shown as "—": no date

    m_overview->bind(QStringLiteral("name"), m_ui->nameEdit);
    m_overview->bind(QStringLiteral("agency_group"), m_ui->agencyEdit);
    m_overview->bind(QStringLiteral("odoo_url"), m_ui->odooUrlEdit);
    m_overview->bind(QStringLiteral("odoo_db"), m_ui->odooDbEdit);
    m_overview->bind(QStringLiteral("odoo_login"), m_ui->odooLoginEdit);
    m_overview->setButtons(m_ui->overviewSaveButton, m_ui->overviewRevertButton);

    m_infra->bind(QStringLiteral("infra_template_id"), m_ui->templateCombo);
    m_infra->bind(QStringLiteral("region"), m_ui->regionEdit);
    m_infra->bind(QStringLiteral("db_strategy"), m_ui->dbStrategyCombo);
    m_infra->bind(QStringLiteral("db_name"), m_ui->dbNameEdit);
    m_infra->bind(QStringLiteral("db_host"), m_ui->dbHostEdit);
    m_infra->bind(QStringLiteral("k8s_namespace"), m_ui->namespaceEdit);
    m_infra->setButtons(m_ui->infraSaveButton, m_ui->infraRevertButton);
    // The seed's image_upgrade_modal from the tenant's Infra tab: the Infra pane's dialog, this tenant
    // chosen.
    auto* upgrade = new QPushButton(tr("&Upgrade image…"), this);
    upgrade->setObjectName(QStringLiteral("upgradeImageButton"));
    upgrade->setToolTip(
        tr("Schedule an upgrade of this tenant to a tested image tag, in a maintenance window."));
    m_ui->infraButtonLayout->insertWidget(0, upgrade);
    connect(upgrade, &QPushButton::clicked, this, [this] {
        if (const auto t = tenant())
            Q_EMIT upgradeImageRequested(t->slug);
    });
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this,
            &TenantDetailView::updateTemplateDetails);

    m_sso->bind(QStringLiteral("keycloak_realm"), m_ui->realmEdit);
    m_sso->bind(QStringLiteral("keycloak_client_id"), m_ui->clientIdEdit);
    m_sso->bind(QStringLiteral("redirect_uris"), m_ui->redirectUrisEdit);
    m_sso->bind(QStringLiteral("status"), m_ui->ssoStatusCombo);
    m_sso->setButtons(m_ui->ssoSaveButton, m_ui->ssoRevertButton);
    // The SSO pane's checks, for this tenant's saved record.
    m_ssoChecks = new SsoCheckPanel(m_context, m_ui->ssoTab);
    m_ui->ssoTabLayout->insertWidget(2, m_ssoChecks, 1);
    // Its live figures under the overview's form: how it is doing is the first thing asked about a tenant.
    m_resources = new TenantResources(m_context, m_ui->overviewTab);
    m_ui->overviewTabLayout->insertSpacing(2, 12);
    m_ui->overviewTabLayout->insertWidget(3, m_resources);
    // The tenant's own invoices and AI spend, below the subscription form (before the tab's bottom spacer).
    m_billingPanel = new TenantBillingPanel(m_context, m_messages, m_ui->billingTab);
    m_ui->billingTabLayout->insertWidget(m_ui->billingTabLayout->count() - 1, m_billingPanel, 1);

    m_analytics->bind(QStringLiteral("supabase_project"), m_ui->supabaseProjectEdit);
    m_analytics->bind(QStringLiteral("schema_name"), m_ui->schemaEdit);
    m_analytics->bind(QStringLiteral("sync_mode"), m_ui->syncModeCombo);
    m_analytics->bind(QStringLiteral("superset_dashboard_url"), m_ui->supersetUrlEdit);
    m_analytics->bind(QStringLiteral("etl_kind"), m_ui->etlKindCombo);
    m_analytics->bind(QStringLiteral("etl_target"), m_ui->etlTargetEdit);
    m_analytics->setButtons(m_ui->analyticsSaveButton, m_ui->analyticsRevertButton);

    m_billing->bind(QStringLiteral("plan_id"), m_ui->billingPlanCombo);
    m_billing->bind(QStringLiteral("status"), m_ui->subscriptionStatusCombo);
    m_billing->bind(QStringLiteral("pricing_model"), m_ui->pricingModelCombo);
    m_billing->bind(QStringLiteral("current_period_start"), m_ui->periodStartEdit);
    m_billing->bind(QStringLiteral("current_period_end"), m_ui->periodEndEdit);
    m_billing->bind(QStringLiteral("next_invoice_date"), m_ui->nextInvoiceEdit);
    m_billing->setButtons(m_ui->billingSaveButton, m_ui->billingRevertButton);

    // Every Save goes through the one confirmation path (WriteRunner): these buttons are write actions.
    for (QPushButton* save : {m_ui->overviewSaveButton, m_ui->infraSaveButton, m_ui->ssoSaveButton,
                              m_ui->analyticsSaveButton, m_ui->billingSaveButton})
        save->setProperty("fusionWrite", true);
    connect(m_ui->overviewSaveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_tenantId;
        const QVariantMap values = m_overview->changedValues();
        save(m_overview, &m_overviewVersion, [id, values](Database& db, int version) {
            return TenantService(db, QStringLiteral("ui")).planEditTenant(id, version, values);
        });
    });
    connect(m_ui->infraSaveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_tenantId;
        const QVariantMap values = m_infra->changedValues();
        save(m_infra, &m_infraVersion, [id, values](Database& db, int version) {
            return TenantService(db, QStringLiteral("ui")).planEditTenant(id, version, values);
        });
    });
    connect(m_ui->ssoSaveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_tenantId;
        const QVariantMap values = m_sso->changedValues();
        save(m_sso, &m_ssoVersion, [id, values](Database& db, int version) {
            return TenantService(db, QStringLiteral("ui")).planEditSso(id, version, values);
        });
    });
    connect(m_ui->analyticsSaveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_tenantId;
        const QVariantMap values = m_analytics->changedValues();
        save(m_analytics, &m_analyticsVersion, [id, values](Database& db, int version) {
            return TenantService(db, QStringLiteral("ui")).planEditAnalytics(id, version, values);
        });
    });
    connect(m_ui->billingSaveButton, &QPushButton::clicked, this, [this] {
        const qint64 id = m_tenantId;
        const QVariantMap values = m_billing->changedValues();
        save(m_billing, &m_billingVersion, [id, values](Database& db, int version) {
            return TenantService(db, QStringLiteral("ui")).planEditSubscription(id, version, values);
        });
    });

    // Ctrl+S saves the form on the visible tab (through the same confirmation).
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        const QList<QPushButton*> saves = {m_ui->overviewSaveButton, m_ui->infraSaveButton,
                                           m_ui->ssoSaveButton, m_ui->analyticsSaveButton,
                                           m_ui->billingSaveButton};
        for (QPushButton* save : saves) {
            if (save->isVisible() && save->isEnabled()) {
                save->click();
                return;
            }
        }
    });

    // Bundles: choose in a picker, then the same confirmation as every write.
    m_ui->editBundlesButton->setProperty("fusionWrite", true);
    connect(m_ui->editBundlesButton, &QPushButton::clicked, this, [this] {
        if (!m_detail)
            return;
        const qint64 id = m_tenantId;
        m_context->worker()->run<QList<Bundle>>(
            this, [](Database& db) { return TenantRepository(db).bundles(); },
            [this, id](const Result<QList<Bundle>>& all) {
                if (!all) {
                    m_messages->showError(all.error());
                    return;
                }
                if (!m_detail || id != m_tenantId)
                    return;
                auto* picker = new BundlePickerDialog(all.value(), m_detail->bundles, this);
                picker->setAttribute(Qt::WA_DeleteOnClose);
                connect(picker, &QDialog::accepted, this, [this, picker, id] {
                    const QStringList codes = picker->chosenCodes();
                    WriteRunner::run(
                        m_context, this,
                        [id, codes](Database& db) {
                            return TenantService(db, QStringLiteral("ui")).planSetBundles(id, codes);
                        },
                        [this](const Result<QJsonObject>& result) {
                            if (!result)
                                m_messages->showError(result.error());
                            else if (WriteRunner::unchanged(result.value()))
                                m_messages->show(MessageBar::Info, tr("The bundles are unchanged."));
                            else
                                m_messages->show(MessageBar::Success, tr("Saved the bundles."));
                        });
                });
                picker->open();
            });
    });

    m_ui->syncModulesButton->setProperty("fusionWrite", true);
    connect(m_ui->syncModulesButton, &QPushButton::clicked, this, &TenantDetailView::syncModules);

    m_ui->modulesView->setModel(m_modules);
    m_ui->modulesView->setItemDelegateForColumn(ModuleStateModel::StateColumn,
                                                new BadgeDelegate(ModuleStateModel::StateRole, this));
    m_ui->modulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->operationsView->setModel(m_operations);
    m_ui->operationsView->setItemDelegateForColumn(OperationListModel::StatusColumn,
                                                   new BadgeDelegate(OperationListModel::StatusRole, this));
    m_ui->operationsView->setColumnHidden(OperationListModel::TenantColumn, true);
    m_ui->operationsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QTableView* view : {m_ui->modulesView, m_ui->operationsView})
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    const auto openLogs = [this] {
        const QModelIndex index = m_ui->operationsView->currentIndex();
        const QString url = index.data(OperationListModel::LogsUrlRole).toString();
        if (!url.isEmpty())
            QDesktopServices::openUrl(QUrl(url));
    };
    // A row opens the operation drawer (timeline, log, links, re-run); Open logs goes to the logs themselves.
    connect(m_ui->operationsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(OperationListModel::IdRole).toLongLong(); id > 0)
            Q_EMIT operationRequested(id);
    });
    m_ui->operationsView->setToolTip(tr("Double-click an operation for its timeline, log and links."));
    connect(m_ui->openLogsButton, &QPushButton::clicked, this, openLogs);
}

TenantDetailView::~TenantDetailView() = default;

void TenantDetailView::setActions(QAction* pause, QAction* resume, QAction* rebuild, QAction* decommission)
{
    m_ui->pauseButton->setDefaultAction(pause);
    m_ui->resumeButton->setDefaultAction(resume);
    m_ui->rebuildButton->setDefaultAction(rebuild);
    m_ui->decommissionButton->setDefaultAction(decommission);
    for (QToolButton* button :
         {m_ui->pauseButton, m_ui->resumeButton, m_ui->rebuildButton, m_ui->decommissionButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
    }
}

std::optional<Tenant> TenantDetailView::tenant() const
{
    if (!m_detail)
        return std::nullopt;
    return m_detail->tenant;
}

bool TenantDetailView::hasUnsavedEdits() const
{
    for (const FormBinding* form : {m_overview, m_infra, m_sso, m_analytics, m_billing}) {
        if (form->isDirty())
            return true;
    }
    return false;
}

void TenantDetailView::showTenant(qint64 tenantId)
{
    if (tenantId != m_tenantId) {
        m_detail.reset();
        m_viewPortal->setEnabled(false);
        m_tenantId = tenantId;
        m_loads->drop(); // the previous tenant's answer must not fill this one's forms
        m_messages->hide();
        m_ui->tabs->setCurrentIndex(0);
        for (FormBinding* form : {m_overview, m_infra, m_sso, m_analytics, m_billing})
            form->load({});
    }
    reload();
}

void TenantDetailView::reload()
{
    if (m_tenantId == 0)
        return;
    const qint64 id = m_tenantId;
    const bool prices = m_context->capabilities().can(Capability::ViewBillingAmounts);
    m_loads->run(
        QString(),
        [id, prices](Database& db) {
            TenantRepository repo(db);
            DetailData d;
            d.detail = repo.detail(id, prices);
            d.plans = repo.plans(prices);
            d.templates = repo.infraTemplates();
            return d;
        },
        [this](const DetailData& d) {
            apply(d.detail, d.plans, d.templates);
            Q_EMIT loaded();
        },
        [this](const Error& error) {
            m_messages->showError(error);
            Q_EMIT loaded();
        });
}

void TenantDetailView::apply(const TenantDetail& d, const QList<Plan>& plans,
                             const QList<InfraTemplate>& templates)
{
    const bool first = !m_detail || m_detail->tenant.id != d.tenant.id;
    m_detail = d;
    m_templates = templates;
    const Tenant& t = d.tenant;
    m_resources->setTenant(t.slug);
    m_billingPanel->setTenant(t.id, t.slug);

    m_ui->nameLabel->setText(t.name);
    m_ui->subtitleLabel->setText(QStringLiteral("%1 · %2").arg(
        t.slug, t.agencyGroup.isEmpty() ? tr("no agency group") : t.agencyGroup));
    const QColor color = StatusColors::forKey(t.status);
    m_ui->statusBadgeLabel->setText(QStringLiteral(" %1 ").arg(TenantStatus::label(t.status)));
    m_ui->statusBadgeLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; padding: 1px 8px; }")
            .arg(color.name()));
    m_ui->openOdooButton->setEnabled(!t.odooUrl.isEmpty());
    m_ui->openOdooButton->setToolTip(t.odooUrl.isEmpty() ? tr("No Odoo URL is set") : t.odooUrl);
    m_ui->slugValueLabel->setText(t.slug);
    m_ui->createdValueLabel->setText(QLocale().toString(t.createdAt.toLocalTime(), QLocale::ShortFormat));
    m_ui->updatedValueLabel->setText(
        tr("%1 (version %2)")
            .arg(QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat))
            .arg(t.rowVersion));

    // Forms with unsaved edits keep them, and the version they started from: saving then shows a conflict if
    // the change made elsewhere touches the same record. Decide before touching any editor.
    QSet<FormBinding*> dirty;
    for (FormBinding* form : {m_overview, m_infra, m_sso, m_analytics, m_billing}) {
        if (!first && form->isDirty() && form != m_rebaseForm)
            dirty.insert(form);
    }

    // Choice lists that come from the database.
    if (!dirty.contains(m_infra)) {
        const QSignalBlocker block(m_ui->templateCombo);
        m_ui->templateCombo->clear();
        m_ui->templateCombo->addItem(tr("(none)"), QVariant());
        for (const InfraTemplate& it : templates)
            m_ui->templateCombo->addItem(it.name, it.id);
    }
    if (!dirty.contains(m_billing)) {
        const QSignalBlocker block(m_ui->billingPlanCombo);
        m_ui->billingPlanCombo->clear();
        m_ui->billingPlanCombo->addItem(tr("(no plan)"), QVariant());
        for (const Plan& p : plans)
            m_ui->billingPlanCombo->addItem(p.name, p.id);
    }

    const auto reloadForm = [&](FormBinding* form, int* version, int newVersion, const QVariantMap& values) {
        if (form == m_rebaseForm) {
            *version = newVersion;
            form->rebase(values);
            m_rebaseForm = nullptr;
            return true;
        }
        if (dirty.contains(form))
            return false;
        *version = newVersion;
        form->load(values);
        return true;
    };
    bool kept = false;
    kept |= !reloadForm(m_overview, &m_overviewVersion, t.rowVersion,
                        {{QStringLiteral("name"), t.name},
                         {QStringLiteral("agency_group"), t.agencyGroup},
                         {QStringLiteral("odoo_url"), t.odooUrl},
                         {QStringLiteral("odoo_db"), t.odooDb},
                         {QStringLiteral("odoo_login"), t.odooLogin}});
    kept |= !reloadForm(
        m_infra, &m_infraVersion, t.rowVersion,
        {{QStringLiteral("infra_template_id"), t.infraTemplateId ? QVariant(*t.infraTemplateId) : QVariant()},
         {QStringLiteral("region"), t.region},
         {QStringLiteral("db_strategy"), t.dbStrategy},
         {QStringLiteral("db_name"), t.dbName},
         {QStringLiteral("db_host"), t.dbHost},
         {QStringLiteral("k8s_namespace"), t.k8sNamespace}});
    kept |= !reloadForm(m_sso, &m_ssoVersion, d.sso.rowVersion,
                        {{QStringLiteral("keycloak_realm"), d.sso.keycloakRealm},
                         {QStringLiteral("keycloak_client_id"), d.sso.keycloakClientId},
                         {QStringLiteral("redirect_uris"), d.sso.redirectUris},
                         {QStringLiteral("status"), d.sso.status}});
    m_ssoChecks->setTenant(t.slug, !d.sso.keycloakRealm.isEmpty() && !d.sso.keycloakClientId.isEmpty());
    kept |= !reloadForm(m_analytics, &m_analyticsVersion, d.analytics.rowVersion,
                        {{QStringLiteral("supabase_project"), d.analytics.supabaseProject},
                         {QStringLiteral("schema_name"), d.analytics.schemaName},
                         {QStringLiteral("sync_mode"), d.analytics.syncMode},
                         {QStringLiteral("superset_dashboard_url"), d.analytics.supersetDashboardUrl},
                         {QStringLiteral("etl_kind"), d.analytics.etlKind},
                         {QStringLiteral("etl_target"), d.analytics.etlTarget}});
    kept |= !reloadForm(
        m_billing, &m_billingVersion, d.subscription.rowVersion,
        {{QStringLiteral("plan_id"), d.subscription.planId ? QVariant(*d.subscription.planId) : QVariant()},
         {QStringLiteral("status"), d.subscription.id ? d.subscription.status : QStringLiteral("trialing")},
         {QStringLiteral("pricing_model"),
          d.subscription.id ? d.subscription.pricingModel : QStringLiteral("flat")},
         {QStringLiteral("current_period_start"), d.subscription.currentPeriodStart},
         {QStringLiteral("current_period_end"), d.subscription.currentPeriodEnd},
         {QStringLiteral("next_invoice_date"), d.subscription.nextInvoiceDate}});
    if (kept)
        m_messages->show(
            MessageBar::Warning,
            tr("This tenant was changed elsewhere. Your unsaved edits are kept; saving them will show "
               "what changed if they overlap."));

    if (d.plan && d.plan->monthlyPriceCents)
        m_ui->priceValueLabel->setText(
            tr("%1 per month").arg(money(*d.plan->monthlyPriceCents, d.plan->currency)));
    else if (d.plan)
        m_ui->priceValueLabel->setText(tr("Hidden for your role"));
    else
        m_ui->priceValueLabel->setText(tr("No plan"));

    QStringList bundleNames;
    for (const Bundle& b : d.bundles)
        bundleNames << QStringLiteral("%1 %2").arg(b.name, b.version);
    const ModuleCounts modules = countModules(d.modules);
    m_ui->bundlesLabel->setText(
        tr("Bundles: %1 — %2 installed, %3 pending, %4 modules in all")
            .arg(bundleNames.isEmpty() ? tr("none") : bundleNames.join(QStringLiteral(", ")))
            .arg(modules.installed)
            .arg(modules.pending)
            .arg(modules.total));
    m_modules->setRows(d.modules);
    m_operations->setRows(d.operations);
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->logsTab), tr("Logs (%1)").arg(d.operations.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->modulesTab), tr("Modules (%1)").arg(d.modules.size()));
    updateTemplateDetails();
    applyCapabilities();
    Q_EMIT tenantLoaded(t);
}

void TenantDetailView::updateTemplateDetails()
{
    const QVariant id = m_ui->templateCombo->currentData();
    for (const InfraTemplate& t : std::as_const(m_templates)) {
        if (id.isValid() && t.id == id.toLongLong()) {
            m_ui->templateDetailsLabel->setText(
                tr("Chart %1 · Odoo image %2 · PostgreSQL image %3 · size %4")
                    .arg(t.k8sChart, t.dockerImageOdoo, t.dockerImagePg, t.sizeProfile));
            return;
        }
    }
    m_ui->templateDetailsLabel->setText(tr("No infra template"));
}

void TenantDetailView::applyCapabilities()
{
    const Capabilities& caps = m_context->capabilities();
    const bool identity = caps.can(Capability::EditTenantIdentity);
    const bool connection = caps.can(Capability::EditTenantConnection);
    const bool integrations = caps.can(Capability::EditIntegrations);
    const bool decommissioned = m_detail && m_detail->tenant.status == TenantStatus::Decommissioned;
    const QString retired = tr("A decommissioned tenant cannot be edited.");

    m_overview->setEditable(!decommissioned && (identity || connection),
                            decommissioned ? retired : caps.whyNot(Capability::EditTenantConnection));
    m_infra->setEditable(!decommissioned && (identity || connection),
                         decommissioned ? retired : caps.whyNot(Capability::EditTenantConnection));
    if (!decommissioned) {
        // Within those forms, some fields are for owners only.
        for (QWidget* w :
             {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->agencyEdit),
              static_cast<QWidget*>(m_ui->templateCombo), static_cast<QWidget*>(m_ui->regionEdit),
              static_cast<QWidget*>(m_ui->dbStrategyCombo)}) {
            w->setEnabled(identity);
            w->setToolTip(caps.whyNot(Capability::EditTenantIdentity));
        }
        for (QWidget* w :
             {static_cast<QWidget*>(m_ui->odooUrlEdit), static_cast<QWidget*>(m_ui->odooDbEdit),
              static_cast<QWidget*>(m_ui->odooLoginEdit), static_cast<QWidget*>(m_ui->dbNameEdit),
              static_cast<QWidget*>(m_ui->dbHostEdit), static_cast<QWidget*>(m_ui->namespaceEdit)}) {
            w->setEnabled(connection);
            w->setToolTip(caps.whyNot(Capability::EditTenantConnection));
        }
    }
    m_sso->setEditable(!decommissioned && integrations,
                       decommissioned ? retired : caps.whyNot(Capability::EditIntegrations));
    m_analytics->setEditable(!decommissioned && integrations,
                             decommissioned ? retired : caps.whyNot(Capability::EditIntegrations));
    m_billing->setEditable(caps.can(Capability::EditBilling), caps.whyNot(Capability::EditBilling));
    m_ui->odooConnectionButton->setEnabled(connection && !decommissioned);
    m_ui->odooConnectionButton->setToolTip(
        decommissioned ? retired
        : connection   ? tr("Set and test how Fusion Console reaches this tenant's Odoo")
                       : caps.whyNot(Capability::EditTenantConnection));
    const bool operations = caps.can(Capability::RunOperations);
    m_ui->syncModulesButton->setEnabled(operations && !decommissioned && !m_syncing);
    m_ui->syncModulesButton->setToolTip(
        decommissioned ? retired
        : operations   ? tr("Read the modules installed in this tenant's Odoo and record them (asks first)")
                       : caps.whyNot(Capability::RunOperations));
    // The Portal pane is an owner's (the sidebar shows it to owners only).
    m_viewPortal->setEnabled(caps.isOwner() && m_detail.has_value());
    m_viewPortal->setToolTip(caps.isOwner()
                                 ? tr("See the portal this tenant's admins see (a preview: its actions are "
                                      "disabled)")
                                 : tr("The tenant portal preview is for owners."));
    m_ui->editBundlesButton->setEnabled(identity && !decommissioned);
    m_ui->editBundlesButton->setToolTip(decommissioned ? retired
                                        : identity ? tr("Choose the module bundles assigned to this tenant")
                                                   : caps.whyNot(Capability::EditTenantIdentity));
}

void TenantDetailView::syncModules()
{
    if (!m_detail)
        return;
    const QString slug = m_detail->tenant.slug;
    m_syncing = true;
    applyCapabilities();
    m_messages->show(MessageBar::Info, tr("Reading the modules of %1's Odoo…").arg(slug));
    auto* job = new ModuleSync(AppJobs::host(m_context, this), m_odoo, this);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start(slug, [this, slug](const Result<ModuleSync::Outcome>& result) {
        m_syncing = false;
        applyCapabilities();
        if (!result) {
            if (result.error().kind == ErrorKind::NotConfirmed)
                m_messages->hide();
            else
                m_messages->showError(result.error());
        } else if (result.value().unchanged) {
            m_messages->show(MessageBar::Info, tr("The modules of %1's Odoo are as recorded.").arg(slug));
        } else {
            m_messages->show(MessageBar::Success, tr("Recorded %1 modules of %2's Odoo, %3 installed.")
                                                      .arg(result.value().modules)
                                                      .arg(slug)
                                                      .arg(result.value().installed));
        }
    });
}

void TenantDetailView::save(FormBinding* form, int* expectedVersion, const Planner& planner)
{
    const int version = *expectedVersion;
    const QPointer<FormBinding> guard(form);
    WriteRunner::run(
        m_context, this, [planner, version](Database& db) { return planner(db, version); },
        [this, guard](const Result<QJsonObject>& result) {
            if (!result) {
                const Error& e = result.error();
                if (e.kind == ErrorKind::Conflict && !e.current.isEmpty()) {
                    QStringList lines;
                    for (auto it = e.current.cbegin(); it != e.current.cend(); ++it) {
                        if (!it.key().startsWith(QLatin1Char('_')))
                            lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
                    }
                    m_messages->show(MessageBar::Failure,
                                     e.message + QLatin1Char('\n') +
                                         tr("Current values: %1").arg(lines.join(QStringLiteral("; "))) +
                                         QLatin1Char('\n') +
                                         tr("Your edits are still in the form; Save again to apply them "
                                            "over the current values, or Revert to take those."),
                                     e.detail);
                    m_rebaseForm = guard.data();
                    reload();
                } else {
                    m_messages->showError(e);
                }
                return;
            }
            if (WriteRunner::unchanged(result.value())) {
                m_messages->show(MessageBar::Info, tr("Nothing to save."));
                return;
            }
            m_messages->show(MessageBar::Success, tr("Saved."));
            if (guard)
                guard->load(guard->currentValues()); // the stored values are now these
            reload();
        });
}

} // namespace fusion
