#include "ui/portal/PortalPane.h"

#include "models/billing/InvoicePdf.h"
#include "models/roles/Capabilities.h"
#include "models/tenants/Tenant.h"
#include "models/tenants/TenantService.h"
#include "models/usage/Money.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/SaveFile.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"
#include "ui/portal/PortalSettingsDialog.h"
#include "ui/support/SupportDialogs.h"
#include "ui/support/SupportThreadView.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QTreeWidget* portalTree(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString portalDateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

} // namespace

PortalPane::PortalPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("portalPane"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(tr("Your tenant"), this);
    m_heading->setObjectName(QStringLiteral("portalHeadingLabel"));
    Theme::makeHeading(m_heading);
    top->addWidget(m_heading);
    top->addStretch();
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("portalTenantCombo"));
    m_tenant->setToolTip(tr("The tenants you administer"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_tenant);
    layout->addLayout(top);
    // Staff see the portal as a preview of what a tenant's admins see, not as their own portal.
    m_preview = new QLabel(tr("Preview: this is the portal the tenant's admins see. Its actions are theirs, "
                              "so they are disabled here: act on the tenant from the Tenants pane."),
                           this);
    m_preview->setObjectName(QStringLiteral("portalPreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setVisible(false);
    layout->addWidget(m_preview);
    placeMessageBar(layout, 2);

    auto* state = new QGroupBox(tr("Status and subscription"), this);
    auto* stateLayout = new QVBoxLayout(state);
    m_summary = new QLabel(state);
    m_summary->setObjectName(QStringLiteral("portalSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    stateLayout->addWidget(m_summary);
    auto* actions = new QHBoxLayout;
    m_pause = makeWriteButton(QStringLiteral("portalPauseButton"), tr("&Pause…"), state);
    m_resume = makeWriteButton(QStringLiteral("portalResumeButton"), tr("&Resume…"), state);
    m_rebuild = makeWriteButton(QStringLiteral("portalRebuildButton"), tr("Re&build…"), state);
    for (QPushButton* b : {m_pause, m_resume, m_rebuild})
        actions->addWidget(b);
    actions->addStretch();
    stateLayout->addLayout(actions);

    // What the seed's matrix lets a tenant admin manage itself, beside its status.
    auto* settings = new QGroupBox(tr("Local settings"), this);
    auto* settingsLayout = new QVBoxLayout(settings);
    m_settings = new QLabel(settings);
    m_settings->setObjectName(QStringLiteral("portalSettingsLabel"));
    m_settings->setWordWrap(true);
    m_settings->setTextFormat(Qt::RichText);
    settingsLayout->addWidget(m_settings);
    settingsLayout->addStretch();
    auto* settingsActions = new QHBoxLayout;
    m_editSettings =
        makeWriteButton(QStringLiteral("portalEditSettingsButton"), tr("Edit &local settings…"), settings);
    settingsActions->addWidget(m_editSettings);
    settingsActions->addStretch();
    settingsLayout->addLayout(settingsActions);
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(state, 3);
    stateRow->addWidget(settings, 2);
    layout->addLayout(stateRow);

    auto* usage = new QGroupBox(tr("AI usage this month"), this);
    auto* usageLayout = new QVBoxLayout(usage);
    m_usage = new QLabel(usage);
    m_usage->setObjectName(QStringLiteral("portalUsageLabel"));
    m_usage->setWordWrap(true);
    usageLayout->addWidget(m_usage);
    layout->addWidget(usage);

    auto* invoices = new QGroupBox(tr("Invoices"), this);
    auto* invoicesLayout = new QVBoxLayout(invoices);
    m_invoices = portalTree({tr("Number"), tr("Period"), tr("State"), tr("Total"), tr("Balance")},
                            QStringLiteral("portalInvoicesTree"), invoices);
    invoicesLayout->addWidget(m_invoices);
    auto* invoiceActions = new QHBoxLayout;
    m_savePdf = new QPushButton(tr("&Save PDF…"), invoices);
    m_savePdf->setObjectName(QStringLiteral("portalSavePdfButton"));
    invoiceActions->addWidget(m_savePdf);
    invoiceActions->addStretch();
    invoicesLayout->addLayout(invoiceActions);
    layout->addWidget(invoices, 1);

    auto* support = new QGroupBox(tr("Support requests"), this);
    auto* supportLayout = new QVBoxLayout(support);
    auto* supportSplit = new QSplitter(Qt::Horizontal, support);
    m_requests = portalTree({tr("#"), tr("Subject"), tr("Severity"), tr("State"), tr("Opened by")},
                            QStringLiteral("portalRequestsTree"), supportSplit);
    m_thread = new SupportThreadView(context, QStringLiteral("portalReplyButton"), supportSplit);
    m_thread->browser()->setObjectName(QStringLiteral("portalThreadBrowser"));
    supportSplit->addWidget(m_requests);
    supportSplit->addWidget(m_thread);
    // Half each: the list keeps its columns readable, the conversation its lines.
    supportSplit->setStretchFactor(0, 1);
    supportSplit->setStretchFactor(1, 1);
    supportLayout->addWidget(supportSplit, 1);
    auto* supportActions = new QHBoxLayout;
    m_open = makeWriteButton(QStringLiteral("portalOpenRequestButton"), tr("&Open request…"), support);
    supportActions->addWidget(m_open);
    supportActions->addStretch();
    supportLayout->addLayout(supportActions);
    layout->addWidget(support, 2);

    connect(m_tenant, &QComboBox::activated, this, [this] {
        m_selected = m_tenant->currentData().toString();
        reload();
    });
    connect(m_pause, &QPushButton::clicked, this,
            [this] { runAction(int(TenantAction::Pause), tr("%1 is paused.").arg(m_view.slug)); });
    connect(m_resume, &QPushButton::clicked, this,
            [this] { runAction(int(TenantAction::Resume), tr("%1 is resuming.").arg(m_view.slug)); });
    connect(m_rebuild, &QPushButton::clicked, this,
            [this] { runAction(int(TenantAction::Rebuild), tr("%1 is being rebuilt.").arg(m_view.slug)); });
    connect(m_open, &QPushButton::clicked, this, &PortalPane::openRequest);
    connect(m_requests, &QTreeWidget::itemSelectionChanged, this, &PortalPane::showThread);
    m_thread->setOnReplied([this](const Result<QJsonObject>& result) {
        if (!result)
            return showFailure(result.error());
        m_messages->show(MessageBar::Success, tr("Reply sent; the operators see it in the request."));
        reload();
    });
    connect(m_savePdf, &QPushButton::clicked, this, &PortalPane::savePdf);
    connect(m_editSettings, &QPushButton::clicked, this, &PortalPane::editSettings);
    connect(m_invoices, &QTreeWidget::currentItemChanged, this, &PortalPane::updateButtons);
    watchTables({QStringLiteral("tenants"), QStringLiteral("subscriptions"), QStringLiteral("invoices"),
                 QStringLiteral("support_requests"), QStringLiteral("support_messages"),
                 QStringLiteral("tenant_bundles"), QStringLiteral("tenant_module_states"),
                 QStringLiteral("usage_daily"), QStringLiteral("sso_configs"),
                 QStringLiteral("analytics_configs")});
    updateButtons();
}

void PortalPane::showTenant(const QString& slug)
{
    m_selected = slug;
    reload();
}

bool PortalPane::isPreview() const
{
    const Capabilities& caps = m_context->capabilities();
    return !caps.roles.contains(Roles::TenantAdmin) || caps.isOwner();
}

void PortalPane::reload()
{
    const QString slug = m_selected;
    loadPane([slug](Database& db) { return TenantPortal::load(db, slug); },
             [this](const PortalView& v) { apply(v); });
}

void PortalPane::apply(const PortalView& v)
{
    m_view = v;
    m_selected = v.slug;
    m_tenant->clear();
    for (const PortalTenantRef& t : v.tenants)
        m_tenant->addItem(tr("%1 (%2)").arg(t.name, t.slug), t.slug);
    m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(v.slug)));
    m_tenant->setVisible(v.tenants.size() > 1);
    // A preview is of one tenant, named; a tenant admin's portal is its own.
    if (isPreview())
        m_heading->setText(v.slug.isEmpty() ? tr("Tenant portal") : tr("Tenant portal — %1").arg(v.name));
    else
        m_heading->setText(v.tenants.size() > 1 ? tr("Your tenants") : tr("Your tenant"));

    if (v.slug.isEmpty()) {
        m_summary->setText(
            tr("Your login administers no tenant yet. Ask the platform's owner to map it to your "
               "tenant (Settings → Roles)."));
        m_usage->clear();
        m_settings->clear();
    } else {
        const QString bundles =
            v.bundles.isEmpty() ? tr("no bundle") : v.bundles.join(QStringLiteral(", ")).toHtmlEscaped();
        const QString plan = v.planName.isEmpty() ? tr("No subscription yet.")
                                                  : tr("Plan <b>%1</b>, %2; next invoice %3.")
                                                        .arg(v.planName.toHtmlEscaped(), v.subscriptionStatus,
                                                             portalDateText(v.nextInvoiceDate));
        m_summary->setText(
            tr("<b>%1</b> (%2) is <b>%3</b>.<br>Bundles: %4; modules: %5 installed, %6 "
               "pending.<br>%7")
                .arg(v.name.toHtmlEscaped(), v.slug, TenantStatus::label(v.status).toLower(), bundles)
                .arg(v.modulesInstalled)
                .arg(v.modulesPending)
                .arg(plan));
        m_usage->setText(tr("%1 spent in %2 — plan allowance %3, budget %4 (%5 of it).")
                             .arg(Money::display(v.monthSpendMicros),
                                  v.month.toString(QStringLiteral("MMMM yyyy")),
                                  Money::display(v.allowanceMicros),
                                  v.budgetMicros ? Money::display(*v.budgetMicros) : tr("none set"),
                                  Money::percent(v.monthSpendMicros, v.budgetMicros)));
        m_settings->setText(settingsText());
    }

    m_invoices->clear();
    for (const Invoice& i : v.invoices) {
        auto* item = new QTreeWidgetItem(m_invoices,
                                         {i.number, i.periodText(), Invoicing::stateLabel(i.state),
                                          Money::display(i.totalMicros), Money::display(i.balanceMicros())});
        item->setData(0, Qt::UserRole, i.id);
    }
    if (v.invoices.isEmpty())
        new QTreeWidgetItem(m_invoices, {tr("No invoice yet: the first one appears once it is issued.")});
    // The request being read stays selected across reloads (a reply reloads the page).
    const qint64 reading = m_thread->requestId();
    {
        const QSignalBlocker block(m_requests);
        m_requests->clear();
        QTreeWidgetItem* select = nullptr;
        for (const SupportRequest& r : v.requests) {
            auto* item = new QTreeWidgetItem(m_requests, {QString::number(r.id), r.subject,
                                                          SupportRequests::severityLabel(r.severity),
                                                          SupportRequests::stateLabel(r.state), r.createdBy});
            item->setData(0, Qt::UserRole, r.id);
            if (r.id == reading || !select)
                select = item;
        }
        if (v.requests.isEmpty())
            new QTreeWidgetItem(m_requests,
                                {QString(), tr("No request. Open request… asks the operators for help.")});
        if (select)
            m_requests->setCurrentItem(select);
    }
    showThread();
    updateButtons();
}

void PortalPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    // A preview shows exactly what the tenant's admins see, but its actions are theirs: staff act on a
    // tenant from the Tenants pane, where what they do is shown as theirs.
    const bool preview = isPreview();
    m_preview->setVisible(preview);
    const QString previewWhy = tr("Preview: act on this tenant from the Tenants pane.");
    const bool may = !preview && caps.can(Capability::RunOperations);
    const QString why = preview ? previewWhy : caps.whyNot(Capability::RunOperations);
    const bool any = !m_view.slug.isEmpty();
    const bool running = m_view.status == TenantStatus::Active || m_view.status == QLatin1String("error");
    m_pause->setEnabled(any && may && running);
    m_rebuild->setEnabled(any && may && running);
    m_resume->setEnabled(any && may && m_view.status == TenantStatus::Paused);
    for (QPushButton* b : {m_pause, m_resume, m_rebuild})
        b->setToolTip(may ? QString() : why);
    m_open->setEnabled(any && !preview);
    m_open->setToolTip(preview ? previewWhy : QString());
    const bool maySettings = !preview && caps.can(Capability::EditIntegrations);
    m_editSettings->setEnabled(any && maySettings);
    m_editSettings->setToolTip(preview ? previewWhy
                               : !any  ? tr("Your login administers no tenant yet.")
                               : maySettings
                                   ? tr("Change your tenant's SSO redirect URIs and analytics settings.")
                                   : caps.whyNot(Capability::EditIntegrations));
    const bool staff = caps.has(Roles::Operator);
    const bool tenantAdmin = caps.roles.contains(Roles::TenantAdmin);
    if (preview)
        m_thread->setReplyAllowed(false, previewWhy, false);
    else
        m_thread->setReplyAllowed(
            staff || tenantAdmin,
            tr("Finance reads the requests; the tenant's admins and the operators reply."),
            tenantAdmin && !staff);
    const QTreeWidgetItem* invoice = m_invoices->currentItem();
    m_savePdf->setEnabled(invoice && invoice->data(0, Qt::UserRole).toLongLong() > 0);
    m_savePdf->setToolTip(m_savePdf->isEnabled() ? QString() : tr("Select an invoice first."));
}

void PortalPane::savePdf()
{
    const QTreeWidgetItem* item = m_invoices->currentItem();
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    if (id <= 0)
        return;
    SaveFile::Request request;
    request.title = tr("Save invoice as PDF");
    request.filter = tr("PDF document (*.pdf)");
    request.suggestedName = item->text(0) + QStringLiteral(".pdf");
    request.suffix = QStringLiteral("pdf");
    SaveFile::ask(this, request, [this, id](const QString& path) {
        load(
            QStringLiteral("pdf"),
            [id, path](Database& db) {
                InvoicePdf::write(db, id, path);
                return path;
            },
            [this](const QString& saved) {
                m_messages->show(MessageBar::Success, tr("Saved %1.").arg(saved));
            });
    });
}

void PortalPane::runAction(int action, const QString& done)
{
    const QString slug = m_view.slug;
    if (slug.isEmpty())
        return;
    WriteRunner::run(
        m_context, this,
        [slug, action](Database& db) {
            return TenantService(db, QStringLiteral("ui"))
                .planAction(slug, static_cast<TenantAction>(action));
        },
        [this, done](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success, done);
            reload();
        });
}

QString PortalPane::settingsText() const
{
    const PortalSettings& s = m_view.settings;
    QString sso;
    if (!s.ssoExists) {
        sso = tr("SSO is not set up yet.");
    } else {
        const int uris = int(s.sso.value(QStringLiteral("redirect_uris"))
                                 .toString()
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                 .size());
        sso = tr("SSO through realm <b>%1</b>, %n redirect URI(s).", nullptr, uris)
                  .arg(s.sso.value(QStringLiteral("keycloak_realm")).toString().toHtmlEscaped());
    }
    const QString mode = s.analytics.value(QStringLiteral("sync_mode")).toString();
    const QString sync = mode == QLatin1String("batch")      ? tr("batch")
                         : mode == QLatin1String("realtime") ? tr("real time")
                                                             : tr("none");
    const QString dashboard = s.analytics.value(QStringLiteral("superset_dashboard_url")).toString();
    return tr("%1<br>Analytics sync: %2.<br>Dashboard: %3")
        .arg(sso, sync, dashboard.isEmpty() ? tr("none yet.") : dashboard.toHtmlEscaped());
}

void PortalPane::editSettings()
{
    if (m_view.slug.isEmpty())
        return;
    auto* dialog = new PortalSettingsDialog(m_view.slug, m_view.settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PortalSettingsDialog::saveRequested, this, [this, dialog] {
        const PortalSettings& s = dialog->settings();
        const qint64 tenantId = s.tenantId;
        const int ssoVersion = s.ssoVersion;
        const int analyticsVersion = s.analyticsVersion;
        const QVariantMap values = dialog->changedValues();
        const QPointer<PortalSettingsDialog> guard(dialog);
        WriteRunner::run(
            m_context, dialog,
            [tenantId, ssoVersion, analyticsVersion, values](Database& db) {
                return LocalSettings::plan(db, tenantId, ssoVersion, analyticsVersion, values,
                                           QStringLiteral("ui"));
            },
            [this, guard](const Result<QJsonObject>& result) {
                if (!result) {
                    // Cancelled at the confirmation: the edits stay in the dialog. A refusal is said there.
                    PortalSettingsDialog* open = guard.data();
                    if (open && result.error().kind != ErrorKind::NotConfirmed)
                        open->showProblem(result.error().message);
                    return;
                }
                if (PortalSettingsDialog* open = guard.data())
                    open->accept();
                m_messages->show(MessageBar::Success, tr("Saved the local settings of %1.").arg(m_view.slug));
                reload();
            });
    });
    dialog->open();
}

void PortalPane::showThread()
{
    const QTreeWidgetItem* item = m_requests->currentItem();
    const qint64 id = item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : 0;
    for (const SupportRequest& r : m_view.requests) {
        if (r.id == id)
            return m_thread->showRequest(r, m_view.threads.value(r.id));
    }
    m_thread->showEmpty(m_view.requests.isEmpty()
                            ? tr("<p>No conversation yet. <b>Open request…</b> asks the operators for help; "
                                 "their replies appear here.</p>")
                            : tr("<p>Select a request to read its conversation.</p>"));
}

void PortalPane::openRequest()
{
    QStringList slugs;
    for (const PortalTenantRef& t : m_view.tenants)
        slugs << t.slug;
    auto* dialog = new OpenRequestDialog(slugs, m_view.slug, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString tenant = dialog->tenant();
        const QString subject = dialog->subject();
        const QString severity = dialog->severity();
        const QString body = dialog->body();
        WriteRunner::run(
            m_context, this,
            [tenant, subject, body, severity](Database& db) {
                return SupportRequests::planOpen(db, tenant, subject, body, severity);
            },
            [this](const Result<QJsonObject>& result) {
                if (!result)
                    return showFailure(result.error());
                m_messages->show(MessageBar::Success, tr("The request is open; operators see it now."));
                reload();
            });
    });
    dialog->open();
}

} // namespace fusion
