#include "ui/MainWindow.h"

#include "models/controlplane/PlatformSettings.h"
#include "models/core/BoundedText.h"
#include "models/demo/DemoSeeder.h"
#include "models/jobs/RunningWork.h"
#include "models/storage/DbWorker.h"
#include "models/tenants/TenantRepository.h"
#include "ui/about/AboutDialog.h"
#include "ui/access/AlertWatcher.h"
#include "ui/common/AppContext.h"
#include "ui/common/DesktopNotifier.h"
#include "ui/common/DetailsDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/common/QuitWarning.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteRunner.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/Connector.h"
#include "ui/operations/OperationsPane.h"
#include "ui/tenants/CreateTenantWizard.h"
#include "ui/tenants/TenantDetailView.h"
#include "ui/tenants/TenantsPane.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
// Long enough to be read after glancing back at the window; a failover is worth knowing about.
constexpr int kReconnectNoticeMs = 30000;
} // namespace

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_connector(new Connector(context, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fusion Console"));

    createPanes();
    m_notifier = new DesktopNotifier(this);
    m_alertWatcher = new AlertWatcher(context, m_notifier, this);
    linkPanes();
    connect(m_tenants, &TenantsPane::currentTenantChanged, this, &MainWindow::updateActions);

    m_environmentBadge = new QLabel(this);
    m_environmentBadge->setObjectName(QStringLiteral("environmentBadge"));
    m_environmentBadge->setTextFormat(Qt::PlainText);
    m_environmentBadge->hide();
    menuBar()->setCornerWidget(m_environmentBadge, Qt::TopRightCorner);
    m_databaseLabel = new QLabel(this);
    m_rolesLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_rolesLabel->setObjectName(QStringLiteral("rolesLabel"));
    statusBar()->addPermanentWidget(m_rolesLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    Theme::makeHeading(m_ui->problemTitleLabel);
    m_demoButton = new QPushButton(tr("Create with demo data…"), this);
    m_demoButton->setObjectName(QStringLiteral("problemDemoButton"));
    m_ui->problemButtons->insertWidget(2, m_demoButton);
    connect(m_ui->problemPrimaryButton, &QPushButton::clicked, this, [this] {
        if (m_problemAction)
            m_problemAction();
    });
    connect(m_demoButton, &QPushButton::clicked, this, [this] { m_connector->setUp(this, true); });
    connect(m_ui->problemOtherButton, &QPushButton::clicked, this, &MainWindow::showConnectionDialog);

    connect(m_connector, &Connector::connecting, this, [this](const DatabaseTarget& target) {
        m_ui->connectingLabel->setText(tr("Opening %1…").arg(target.displayName()));
        m_ui->paneStack->setCurrentWidget(m_ui->connectingPage);
        m_ui->navList->setEnabled(false);
        m_databaseLabel->setText(target.displayName());
        m_rolesLabel->clear();
        updateActions();
    });
    connect(m_connector, &Connector::failed, this, [this](const Error& error) {
        showProblem(tr("Could not open the database"), error.message,
                    error.detail == error.message ? QString() : error.detail, tr("Try again"),
                    [this] { m_connector->reopen(); });
    });
    connect(m_connector, &Connector::setupNeeded, this, [this](const DatabaseTarget& target) {
        showProblem(
            tr("Welcome to Fusion Console"),
            tr("There is no Fusion Console database at %1 yet. Create it empty, or with demo data to look "
               "around first.")
                .arg(target.displayName()),
            QString(), tr("Create empty database…"), [this] { m_connector->setUp(this, false); }, true);
    });
    connect(m_connector, &Connector::upgradeNeeded, this, [this](const SchemaStatus& status) {
        showProblem(
            tr("The database needs an upgrade"),
            tr("Its schema is at version %1; this version of Fusion Console uses version %2. Nothing changes "
               "until you confirm the upgrade.")
                .arg(status.current)
                .arg(status.latest),
            QString(), tr("Upgrade…"), [this] { m_connector->upgrade(this); });
    });
    connect(m_connector, &Connector::setupCancelled, this, [this] { m_connector->reopen(); });
    connect(m_connector, &Connector::ready, this, &MainWindow::onReady);
    connect(context, &AppContext::reconnected, this, [this](const QString& notice) {
        statusBar()->showMessage(notice, kReconnectNoticeMs);
        if (auto* pane = qobject_cast<Pane*>(m_ui->paneStack->currentWidget()))
            pane->reload();
    });
    // Shown for as long as the reconnect window runs: replaced by the notice above or the problem page below.
    connect(context, &AppContext::reconnecting, this,
            [this](const QString& notice) { statusBar()->showMessage(notice); });
    connect(context, &AppContext::standbyNotice, this,
            [this](const QString& notice) { statusBar()->showMessage(notice, kReconnectNoticeMs); });
    connect(context, &AppContext::connectionLost, this, [this](const Error& error) {
        statusBar()->clearMessage();
        m_context->setDisconnected();
        showProblem(
            tr("The connection to the database was lost"),
            tr("Nothing you had not confirmed was written. Reconnect when the database is back; check the "
               "current state before repeating a change that may not have been saved."),
            error.detail, tr("Reconnect"), [this] { m_connector->reopen(); });
    });

    setUpNavigation();
    setUpActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    m_ui->paneStack->setCurrentWidget(m_ui->connectingPage);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    Ui::MainWindow& ui = *m_ui;
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionConnect, &QAction::triggered, this, &MainWindow::showConnectionDialog);
    addPaneActions();
    connect(ui.actionRefresh, &QAction::triggered, this, [this] {
        if (auto* pane = qobject_cast<Pane*>(m_ui->paneStack->currentWidget()))
            pane->reload();
    });
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        showPane(PaneId::Tenants);
        m_tenants->focusSearch();
    });
    connect(ui.actionBack, &QAction::triggered, this, [this] {
        // The operations log pages like the tenants list (the pager's tooltips name these keys).
        if (m_ui->paneStack->currentWidget() == m_operations)
            m_operations->previousPage();
        if (m_ui->paneStack->currentWidget() != m_tenants)
            return;
        if (m_tenants->isShowingDetail())
            m_tenants->showList();
        else
            m_tenants->previousPage();
    });
    connect(ui.actionNextPage, &QAction::triggered, this, [this] {
        if (m_ui->paneStack->currentWidget() == m_operations)
            m_operations->nextPage();
        if (m_ui->paneStack->currentWidget() == m_tenants && !m_tenants->isShowingDetail())
            m_tenants->nextPage();
    });
    connect(ui.actionNewTenant, &QAction::triggered, this, &MainWindow::createTenant);
    connect(ui.actionLoadDemo, &QAction::triggered, this, &MainWindow::loadDemoData);
    connect(ui.actionPause, &QAction::triggered, this, [this] { runTenantAction(TenantAction::Pause); });
    connect(ui.actionResume, &QAction::triggered, this, [this] { runTenantAction(TenantAction::Resume); });
    connect(ui.actionRebuild, &QAction::triggered, this, [this] { runTenantAction(TenantAction::Rebuild); });
    connect(ui.actionDecommission, &QAction::triggered, this,
            [this] { runTenantAction(TenantAction::Decommission); });
    connect(ui.actionAbout, &QAction::triggered, this, [this] {
        auto* about =
            new AboutDialog(m_context->isReady() ? m_context->target().displayName() : QString(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(ui.actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    // Writes: each asks first (WriteRunner); a GUI test enumerates these and proves it.
    for (QAction* a : {ui.actionNewTenant, ui.actionLoadDemo, ui.actionPause, ui.actionResume,
                       ui.actionRebuild, ui.actionDecommission})
        a->setProperty("fusionWrite", true);
    ui.actionPause->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
    ui.actionResume->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    ui.actionRebuild->setIcon(QIcon(QStringLiteral(":/icons/rebuild.svg")));
    ui.actionDecommission->setIcon(QIcon(QStringLiteral(":/icons/decommission.svg")));
    ui.actionNewTenant->setIcon(QIcon(QStringLiteral(":/icons/new.svg")));
    m_tenants->detailView()->setActions(ui.actionPause, ui.actionResume, ui.actionRebuild,
                                        ui.actionDecommission);
    m_tenants->setCreateAction(ui.actionNewTenant);

    auto* themes = new QActionGroup(this);
    const QString current =
        QSettings().value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    for (const auto& [action, mode] : {std::pair{ui.actionThemeSystem, Theme::Mode::System},
                                       std::pair{ui.actionThemeLight, Theme::Mode::Light},
                                       std::pair{ui.actionThemeDark, Theme::Mode::Dark}}) {
        action->setCheckable(true);
        action->setChecked(Theme::key(mode) == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [mode = mode] {
            Theme::apply(mode);
            QSettings().setValue(QStringLiteral("ui/theme"), Theme::key(mode));
        });
    }
}

void MainWindow::onReady()
{
    const Capabilities& caps = m_context->capabilities();
    m_databaseLabel->setText(m_context->target().displayName());
    m_databaseLabel->setToolTip(m_context->target().dialect == Dialect::Postgres
                                    ? tr("PostgreSQL: changes made by others appear here by themselves.")
                                    : tr("Embedded SQLite file"));
    m_rolesLabel->setText(
        tr("%1 · %2").arg(caps.login, caps.effectiveRoleNames().join(QStringLiteral(", "))));
    setWindowTitle(tr("Fusion Console — %1").arg(m_context->target().displayName()));
    refreshEnvironment();
    m_ui->navList->setEnabled(true);
    // A tenant admin and nothing more opens into its portal: the sidebar keeps only what it may use. Owners
    // keep the portal as a preview of what a tenant's admins see.
    m_portalOnly = caps.roles.contains(Roles::TenantAdmin) && !caps.isOwner() &&
                   !caps.roles.contains(Roles::Operator) && !caps.roles.contains(Roles::Finance);
    for (int r = 0; r < m_ui->navList->count(); ++r) {
        const auto id = PaneId(r);
        const bool portalRow = id == PaneId::Portal || id == PaneId::Support || id == PaneId::Audit;
        m_ui->navList->item(r)->setHidden(m_portalOnly ? !portalRow
                                                       : id == PaneId::Portal && !caps.isOwner());
    }
    const int row = m_portalOnly ? int(PaneId::Portal) : std::max(0, m_ui->navList->currentRow());
    showPane(static_cast<PaneId>(row));
    updateActions();
}

void MainWindow::showProblem(const QString& title, const QString& text, const QString& detail,
                             const QString& primary, std::function<void()> onPrimary, bool offerDemo)
{
    m_ui->problemTitleLabel->setText(title);
    m_ui->problemTextLabel->setText(text);
    // The database server's own words, bounded; when they go on, "Details…" shows all of them.
    QString detailHtml =
        BoundedText::of(detail).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    disconnect(m_ui->problemDetailLabel, &QLabel::linkActivated, this, nullptr);
    if (BoundedText::isCut(detail)) {
        detailHtml += QStringLiteral(" <a href=\"#details\">%1</a>").arg(tr("Details…"));
        connect(m_ui->problemDetailLabel, &QLabel::linkActivated, this,
                [this, title, text, detail] { DetailsDialog::showText(this, title, text, detail); });
    }
    m_ui->problemDetailLabel->setTextFormat(Qt::RichText);
    m_ui->problemDetailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_ui->problemDetailLabel->setText(detailHtml);
    m_ui->problemDetailLabel->setVisible(!detail.isEmpty());
    m_ui->problemPrimaryButton->setText(primary);
    m_problemAction = std::move(onPrimary);
    m_demoButton->setVisible(offerDemo);
    m_ui->paneStack->setCurrentWidget(m_ui->problemPage);
    m_ui->navList->setEnabled(false);
    m_rolesLabel->clear();
    updateActions();
}

void MainWindow::updateActions()
{
    Ui::MainWindow& ui = *m_ui;
    const bool ready = m_context->isReady();
    const Capabilities& caps = m_context->capabilities();
    for (QAction* a : {ui.actionDashboard, ui.actionTenants, ui.actionOperations, ui.actionAudit,
                       ui.actionRefresh, ui.actionFind})
        a->setEnabled(ready);
    const bool onTenants = ready && m_ui->paneStack->currentWidget() == m_tenants;
    const bool paging = onTenants || (ready && m_ui->paneStack->currentWidget() == m_operations);
    ui.actionBack->setEnabled(paging);
    ui.actionNextPage->setEnabled(paging);

    const auto gate = [&](QAction* action, bool allowed, const QString& why, const QString& normalTip) {
        action->setEnabled(allowed && !m_busyAction);
        action->setToolTip(allowed ? normalTip : why);
    };
    gate(ui.actionNewTenant, ready && caps.can(Capability::CreateTenant),
         ready ? caps.whyNot(Capability::CreateTenant) : tr("No database is open."),
         tr("Create a tenant with the wizard"));
    gate(ui.actionLoadDemo, ready && caps.isOwner(),
         ready ? caps.whyNot(Capability::CreateTenant) : tr("No database is open."),
         tr("Fill an empty database with a realistic demo platform"));

    const std::optional<Tenant> tenant = onTenants ? m_tenants->currentTenant() : std::nullopt;
    const auto tenantGate = [&](QAction* action, TenantAction kind, Capability capability,
                                const QString& tip) {
        if (!tenant) {
            gate(action, false, tr("Select a tenant in the Tenants pane first."), tip);
            return;
        }
        if (!caps.can(capability)) {
            gate(action, false, caps.whyNot(capability), tip);
            return;
        }
        if (TenantService::targetStatus(kind, tenant->status).isEmpty()) {
            gate(action, false,
                 tr("%1 is %2.").arg(tenant->slug, TenantStatus::label(tenant->status).toLower()), tip);
            return;
        }
        gate(action, true, QString(), tip.arg(tenant->slug));
    };
    tenantGate(ui.actionPause, TenantAction::Pause, Capability::RunOperations, tr("Pause %1"));
    tenantGate(ui.actionResume, TenantAction::Resume, Capability::RunOperations, tr("Resume %1"));
    tenantGate(ui.actionRebuild, TenantAction::Rebuild, Capability::RunOperations, tr("Rebuild %1"));
    tenantGate(ui.actionDecommission, TenantAction::Decommission, Capability::Decommission,
               tr("Decommission %1 for good"));
}

void MainWindow::runTenantAction(TenantAction action)
{
    const std::optional<Tenant> tenant = m_tenants->currentTenant();
    if (!tenant || m_busyAction)
        return;
    m_busyAction = true;
    updateActions();
    const QString slug = tenant->slug;
    MessageBar* messages =
        m_tenants->isShowingDetail() ? m_tenants->detailView()->messageBar() : m_tenants->messageBar();
    WriteRunner::run(
        m_context, this,
        [slug, action](Database& db) {
            return TenantService(db, QStringLiteral("ui")).planAction(slug, action);
        },
        [this, slug, messages](const Result<QJsonObject>& result) {
            m_busyAction = false;
            updateActions();
            if (!result) {
                messages->showError(result.error());
                return;
            }
            messages->show(
                MessageBar::Success,
                tr("%1 is now %2; operation #%3 is queued.")
                    .arg(slug, TenantStatus::label(result.value().value(QStringLiteral("status")).toString())
                                   .toLower())
                    .arg(result.value().value(QStringLiteral("operation_id")).toInteger()));
        });
}

void MainWindow::createTenant()
{
    if (!m_context->isReady())
        return;
    auto* wizard = new CreateTenantWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CreateTenantWizard::tenantCreated, this, [this](qint64 id) {
        showPane(PaneId::Tenants);
        m_tenants->openTenant(id);
        m_tenants->detailView()->messageBar()->show(
            MessageBar::Success, tr("Tenant created; its provisioning operation is queued."));
    });
    wizard->open();
}

void MainWindow::loadDemoData()
{
    WriteRunner::run(
        m_context, this, [](Database& db) { return DemoSeeder::plan(db, DemoOptions()); },
        [this](const Result<QJsonObject>& result) {
            MessageBar* messages = m_tenants->messageBar();
            if (!result) {
                showPane(PaneId::Tenants);
                messages->showError(result.error());
                return;
            }
            showPane(PaneId::Dashboard);
        });
}

void MainWindow::openTenantBySlug(const QString& slug)
{
    m_context->worker()->run<qint64>(
        this, [slug](Database& db) { return TenantRepository(db).requireBySlug(slug).id; },
        [this](Result<qint64> id) {
            showPane(PaneId::Tenants);
            if (!id) {
                m_tenants->messageBar()->showError(id.error());
                return;
            }
            m_tenants->openTenant(id.value());
        });
}

void MainWindow::showConnectionDialog()
{
    auto* dialog = new ConnectionDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::connectRequested, this,
            [this](const DatabaseTarget& target, const QString& profile, const SecretBytes& password) {
                QSettings settings;
                settings.setValue(QStringLiteral("ui/lastConnection"),
                                  profile.isEmpty() ? QString(QStringLiteral("url:") + target.toUrl())
                                                    : QString(QStringLiteral("profile:") + profile));
                if (!profile.isEmpty() && password.isEmpty())
                    m_connector->openProfile(profile);
                else
                    m_connector->open(target, password);
            });
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(dialog);
    auto* table = new QTableWidget(dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<QAction*> all = findChildren<QAction*>();
    for (QAction* a : all) {
        if (a->shortcut().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1, new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
    }
    table->sortItems(0);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(420, 480);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Work a person would lose (an install, a streamed answer, a sync): ask first, close later by itself.
    if (!m_quitApproved && !RunningWork::instance().isEmpty()) {
        event->ignore();
        showQuitWarning();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showQuitWarning()
{
    // Through plain pointers: GCC's -Wnull-dereference at -O3 does not follow QPointer's checks.
    if (QuitWarning* open = m_quitWarning.data()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* warning = new QuitWarning(this);
    m_quitWarning = warning;
    warning->setAttribute(Qt::WA_DeleteOnClose);
    connect(warning, &QuitWarning::quitApproved, this, [this]() {
        m_quitApproved = true;
        close();
    });
    warning->open();
}

void MainWindow::refreshEnvironment()
{
    if (!m_context->isReady())
        return;
    m_context->worker()->run<PlatformSettingsValues>(
        this, [](Database& db) { return PlatformSettings::read(db); },
        [this](const Result<PlatformSettingsValues>& r) {
            if (!r) {
                m_environmentBadge->hide();
                return;
            }
            const PlatformSettingsValues& v = r.value();
            QString text = PlatformSettings::environmentLabel(v.environment);
            if (v.frozen)
                text = tr("%1 · operations frozen").arg(text);
            m_environmentBadge->setText(text);
            m_environmentBadge->setToolTip(v.frozen
                                               ? PlatformSettings::freezeProblem(v)
                                               : tr("This database runs the %1 environment.")
                                                     .arg(PlatformSettings::environmentLabel(v.environment)));
            m_environmentBadge->setStyleSheet(
                QStringLiteral(
                    "QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; "
                    "padding: 2px 10px; margin: 2px 6px; }")
                    .arg(v.frozen ? QStringLiteral("#b71c1c")
                                  : PlatformSettings::environmentColor(v.environment)));
            m_environmentBadge->show();
            // The menu bar lays its corner widget out only when it is set: a longer text must be set again.
            m_environmentBadge->adjustSize();
            menuBar()->setCornerWidget(m_environmentBadge, Qt::TopRightCorner);
        });
}

} // namespace fusion
