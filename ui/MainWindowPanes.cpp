// MainWindow's panes: one table says each pane's name for --pane, its sidebar entry and (for the panes the
// .ui file does not declare) its View-menu action; the panes are built, stacked and linked to each other
// here.
#include "ui/MainWindow.h"
#include "ui/access/AccessPane.h"
#include "ui/ai/AiPane.h"
#include "ui/analytics/AnalyticsPane.h"
#include "ui/audit/AuditPane.h"
#include "ui/automation/AutomationPane.h"
#include "ui/billing/BillingPane.h"
#include "ui/bundles/BundlesPane.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPane.h"
#include "ui/infra/InfraPane.h"
#include "ui/keys/KeysPane.h"
#include "ui/odoo/OdooPane.h"
#include "ui/operations/OperationsPane.h"
#include "ui/portal/PortalPane.h"
#include "ui/proposals/ProposalsPane.h"
#include "ui/settings/SettingsPane.h"
#include "ui/sso/SsoPane.h"
#include "ui/support/SupportPane.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"
#include "ui/usage/UsagePane.h"
#include "ui_MainWindow.h"

#include <QSignalBlocker>

namespace fusion {

namespace {

// A pane as the window presents it, in PaneId order (the sidebar's order too). `menuText` and `shortcut`
// only for the panes whose View-menu action is made here rather than in MainWindow.ui.
struct MainWindowPaneEntry {
    const char* name;
    const char* label;
    const char* icon;
    const char* menuText = nullptr;
    QKeyCombination shortcut = {};
};

const std::array<MainWindowPaneEntry, MainWindow::kPaneCount>& mainWindowPaneTable()
{
    static const std::array<MainWindowPaneEntry, MainWindow::kPaneCount> table{{
        {"dashboard", QT_TRANSLATE_NOOP("fusion::MainWindow", "Dashboard"), "dashboard"},
        {"tenants", QT_TRANSLATE_NOOP("fusion::MainWindow", "Tenants"), "tenants"},
        {"operations", QT_TRANSLATE_NOOP("fusion::MainWindow", "Operations"), "operations"},
        {"audit", QT_TRANSLATE_NOOP("fusion::MainWindow", "Audit log"), "audit"},
        {"proposals", QT_TRANSLATE_NOOP("fusion::MainWindow", "Proposals"), "proposals"},
        {"odoo", QT_TRANSLATE_NOOP("fusion::MainWindow", "Odoo data"), "odoo"},
        {"bundles", QT_TRANSLATE_NOOP("fusion::MainWindow", "Bundles"), "bundles"},
        {"keys", QT_TRANSLATE_NOOP("fusion::MainWindow", "Keys"), "keys"},
        {"access", QT_TRANSLATE_NOOP("fusion::MainWindow", "Access"), "access"},
        {"usage", QT_TRANSLATE_NOOP("fusion::MainWindow", "Usage"), "usage"},
        {"ai", QT_TRANSLATE_NOOP("fusion::MainWindow", "AI"), "ai"},
        {"infra", QT_TRANSLATE_NOOP("fusion::MainWindow", "Infra"), "infra",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "&Infra"), Qt::CTRL | Qt::Key_I},
        {"sso", QT_TRANSLATE_NOOP("fusion::MainWindow", "SSO"), "sso",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "&SSO"), Qt::CTRL | Qt::SHIFT | Qt::Key_O},
        // W: workflows.
        {"automation", QT_TRANSLATE_NOOP("fusion::MainWindow", "Automation"), "automation",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "Auto&mation"), Qt::CTRL | Qt::SHIFT | Qt::Key_W},
        {"analytics", QT_TRANSLATE_NOOP("fusion::MainWindow", "Analytics"), "analytics",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "Ana&lytics"), Qt::CTRL | Qt::SHIFT | Qt::Key_Y},
        // I: invoices.
        {"billing", QT_TRANSLATE_NOOP("fusion::MainWindow", "Billing"), "billing",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "&Billing"), Qt::CTRL | Qt::SHIFT | Qt::Key_I},
        // H: help desk.
        {"support", QT_TRANSLATE_NOOP("fusion::MainWindow", "Support"), "support",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "Su&pport"), Qt::CTRL | Qt::SHIFT | Qt::Key_H},
        // Settings close the list, as in most desktop applications; Ctrl+, as they open preferences.
        {"settings", QT_TRANSLATE_NOOP("fusion::MainWindow", "Settings"), "settings",
         QT_TRANSLATE_NOOP("fusion::MainWindow", "Platform Setti&ngs"), Qt::CTRL | Qt::Key_Comma},
        {"portal", QT_TRANSLATE_NOOP("fusion::MainWindow", "Tenant portal"), "tenants"},
    }};
    return table;
}

QIcon mainWindowPaneIcon(const MainWindowPaneEntry& entry)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entry.icon)));
}

} // namespace

void MainWindow::createPanes()
{
    m_dashboard = new DashboardPane(m_context, this);
    m_tenants = new TenantsPane(m_context, this);
    m_operations = new OperationsPane(m_context, this);
    m_audit = new AuditPane(m_context, this);
    m_proposals = new ProposalsPane(m_context, this);
    m_odoo = new OdooPane(m_context, this);
    m_bundles = new BundlesPane(m_context, this);
    m_keys = new KeysPane(m_context, this);
    m_access = new AccessPane(m_context, this);
    m_usage = new UsagePane(m_context, this);
    m_ai = new AiPane(m_context, this);
    m_infra = new InfraPane(m_context, this);
    m_sso = new SsoPane(m_context, this);
    m_automation = new AutomationPane(m_context, this);
    m_analytics = new AnalyticsPane(m_context, this);
    m_billing = new BillingPane(m_context, this);
    m_support = new SupportPane(m_context, this);
    m_settings = new SettingsPane(m_context, this);
    m_portal = new PortalPane(m_context, this);
    m_panes = {m_dashboard, m_tenants, m_operations, m_audit,    m_proposals, m_odoo, m_bundles,
               m_keys,      m_access,  m_usage,      m_ai,       m_infra,     m_sso,  m_automation,
               m_analytics, m_billing, m_support,    m_settings, m_portal};
    for (std::size_t i = 0; i < m_panes.size(); ++i) {
        Pane* pane = m_panes[i];
        m_ui->paneStack->addWidget(pane);
        connect(pane, &Pane::loaded, this, [this, id = PaneId(i)] { Q_EMIT paneLoaded(id); });
        connect(pane, &Pane::openTenantRequested, this, [this](qint64 id) {
            showPane(PaneId::Tenants);
            m_tenants->openTenant(id);
        });
    }
}

void MainWindow::linkPanes()
{
    // Infra and Settings may change the environment or freeze operations: the header follows.
    connect(m_infra, &Pane::loaded, this, &MainWindow::refreshEnvironment);
    connect(m_settings, &Pane::loaded, this, &MainWindow::refreshEnvironment);
    connect(m_context, &AppContext::dataChanged, this, [this](const QString& table) {
        if (table == QLatin1String("platform_settings"))
            refreshEnvironment();
    });

    // A key named anywhere opens in the Keys pane, selected; Settings may name only the provider.
    const auto showKey = [this](const QString& provider, const QString& label) {
        showPane(PaneId::Keys);
        m_keys->selectKey(provider, label);
    };
    connect(m_settings, &SettingsPane::keysRequested, this,
            [this, showKey](const QString& provider, const QString& label) {
                if (label.isEmpty())
                    showPane(PaneId::Keys);
                else
                    showKey(provider, label);
            });
    connect(m_dashboard, &DashboardPane::keyRequested, this, showKey);
    connect(m_ai, &AiPane::keyCitationOpened, this, showKey);
    connect(m_automation, &AutomationPane::keysRequested, this, [this] { showPane(PaneId::Keys); });
    connect(m_dashboard, &DashboardPane::keysRequested, this, [this] { showPane(PaneId::Keys); });

    // Every list of operations opens the same drawer, in the Operations pane.
    const auto showOperation = [this](qint64 id) {
        showPane(PaneId::Operations);
        m_operations->showOperation(id);
    };
    connect(m_automation, &AutomationPane::operationRequested, this, showOperation);
    connect(m_infra, &InfraPane::operationRequested, this, showOperation);
    connect(m_tenants->detailView(), &TenantDetailView::operationRequested, this, showOperation);
    connect(m_dashboard, &DashboardPane::operationRequested, this, showOperation);

    // The runbooks open over the Support pane, also from the operation drawer and the dashboard.
    const auto openRunbook = [this](const QString& type) {
        showPane(PaneId::Support);
        if (!type.isEmpty())
            m_support->openRunbook(type);
    };
    connect(m_operations, &OperationsPane::runbookRequested, this, openRunbook);
    connect(m_dashboard, &DashboardPane::runbooksRequested, this, [openRunbook] { openRunbook(QString()); });

    connect(m_dashboard, &DashboardPane::alertsRequested, this, [this] { showPane(PaneId::Access); });
    connect(m_dashboard, &DashboardPane::spendRequested, this, [this] { showPane(PaneId::Usage); });
    connect(m_dashboard, &DashboardPane::maintenanceRequested, this, [this] {
        showPane(PaneId::Infra);
        m_infra->showTab(QStringLiteral("windows"));
    });
    connect(m_dashboard, &DashboardPane::askRequested, this,
            [this](const QString& question, const QString& slug) {
                showPane(PaneId::Ai);
                m_ai->prepareQuestion(question, slug);
            });
    connect(m_dashboard, &DashboardPane::statusFilterRequested, this, [this](const QString& status) {
        showPane(PaneId::Tenants);
        m_tenants->setStatusFilter(status);
    });
    connect(m_odoo, &OdooPane::proposeRequested, this, [this](const QString& slug) {
        showPane(PaneId::Proposals);
        m_proposals->propose(slug);
    });
    // An owner's preview of a tenant's portal, from the tenant's detail.
    connect(m_tenants->detailView(), &TenantDetailView::portalPreviewRequested, this,
            [this](const QString& slug) {
                showPane(PaneId::Portal);
                m_portal->showTenant(slug);
            });
    connect(m_tenants->detailView(), &TenantDetailView::upgradeImageRequested, this,
            [this](const QString& slug) {
                showPane(PaneId::Infra);
                m_infra->upgradeTenants({slug});
            });
    connect(m_ai, &AiPane::citationOpened, this,
            [this, showOperation](const QString& kind, const QString& id) {
                if (kind == QLatin1String("operation"))
                    showOperation(id.toLongLong());
                else if (kind == QLatin1String("budget"))
                    showPane(PaneId::Access);
            });
}

void MainWindow::setUpNavigation()
{
    for (const MainWindowPaneEntry& entry : mainWindowPaneTable())
        new QListWidgetItem(mainWindowPaneIcon(entry), tr(entry.label), m_ui->navList);
    m_ui->navList->setSpacing(2);
    connect(m_ui->navList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_context->isReady())
            showPane(static_cast<PaneId>(row));
    });
}

void MainWindow::addPaneActions()
{
    // The panes MainWindow.ui does not declare come after AI in the View menu, as in the sidebar.
    const QList<QAction*> viewActions = m_ui->viewMenu->actions();
    const qsizetype ai = viewActions.indexOf(m_ui->actionAi);
    QAction* before = ai + 1 < viewActions.size() ? viewActions[ai + 1] : nullptr;
    const auto& table = mainWindowPaneTable();
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (!table[i].menuText)
            continue;
        auto* action = new QAction(mainWindowPaneIcon(table[i]), tr(table[i].menuText), this);
        QString name = QLatin1String(table[i].name);
        name[0] = name[0].toUpper();
        action->setObjectName(QStringLiteral("action") + name);
        action->setShortcut(QKeySequence(table[i].shortcut));
        m_ui->viewMenu->insertAction(before, action);
        connect(action, &QAction::triggered, this, [this, id = PaneId(i)] { showPane(id); });
    }
    connect(m_ui->actionDashboard, &QAction::triggered, this, [this] { showPane(PaneId::Dashboard); });
    connect(m_ui->actionTenants, &QAction::triggered, this, [this] { showPane(PaneId::Tenants); });
    connect(m_ui->actionOperations, &QAction::triggered, this, [this] { showPane(PaneId::Operations); });
    connect(m_ui->actionAudit, &QAction::triggered, this, [this] { showPane(PaneId::Audit); });
    connect(m_ui->actionProposals, &QAction::triggered, this, [this] { showPane(PaneId::Proposals); });
    connect(m_ui->actionOdoo, &QAction::triggered, this, [this] { showPane(PaneId::Odoo); });
    connect(m_ui->actionBundles, &QAction::triggered, this, [this] { showPane(PaneId::Bundles); });
    connect(m_ui->actionKeys, &QAction::triggered, this, [this] { showPane(PaneId::Keys); });
    connect(m_ui->actionAccess, &QAction::triggered, this, [this] { showPane(PaneId::Access); });
    connect(m_ui->actionUsage, &QAction::triggered, this, [this] { showPane(PaneId::Usage); });
    connect(m_ui->actionAi, &QAction::triggered, this, [this] { showPane(PaneId::Ai); });
}

void MainWindow::showPane(PaneId id)
{
    if (!m_context->isReady())
        return;
    // A tenant admin's window: the other panes would only show what the database refuses it.
    if (m_portalOnly && id != PaneId::Portal && id != PaneId::Support && id != PaneId::Audit)
        id = PaneId::Portal;
    m_ui->paneStack->setCurrentWidget(pane(id));
    const QSignalBlocker block(m_ui->navList);
    m_ui->navList->setCurrentRow(int(id));
    updateActions();
}

Pane* MainWindow::pane(PaneId id) const
{
    return m_panes.at(std::size_t(id));
}

std::optional<MainWindow::PaneId> MainWindow::paneFromName(const QString& name)
{
    // "ai/prompts", "infra/windows", "sso/templates": the pane, and paneTabFromName() the tab in it.
    const QString wanted = name.section(QLatin1Char('/'), 0, 0);
    if (wanted == QLatin1String("tenant"))
        return PaneId::Tenants;
    const auto& table = mainWindowPaneTable();
    for (std::size_t i = 0; i < table.size(); ++i)
        if (wanted == QLatin1String(table[i].name))
            return PaneId(i);
    return std::nullopt;
}

QString MainWindow::paneTabFromName(const QString& name)
{
    return name.section(QLatin1Char('/'), 1);
}

bool MainWindow::showPaneTab(PaneId id, const QString& tab)
{
    return pane(id)->showTab(tab);
}

} // namespace fusion
