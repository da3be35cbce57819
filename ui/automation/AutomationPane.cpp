#include "ui/automation/AutomationPane.h"

#include "models/integrations/N8nClient.h"
#include "models/jobs/AutomationRun.h"
#include "models/jobs/WorkflowToggle.h"
#include "models/roles/Capabilities.h"
#include "ui/automation/AutomationDialogs.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/Theme.h"
#include "ui/common/WriteButton.h"

#include <QComboBox>
#include <QCursor>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

constexpr int kAutomationTenantColumn = 3;

QString automationTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

// An empty state takes the list's place: the list shows again with its first row.
void automationSetEmptyState(QLabel* label, QTreeWidget* list, bool empty)
{
    label->setVisible(empty);
    list->setVisible(!empty);
}

QLabel* automationEmptyLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("color: palette(mid); padding: 12px;"));
    label->setVisible(false); // until there is something to say
    return label;
}

} // namespace

AutomationPane::AutomationPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
{
    setObjectName(QStringLiteral("automationPane"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Automation (n8n)"), this);
    Theme::makeHeading(heading);
    m_heading = heading;
    m_heading->setObjectName(QStringLiteral("automationHeading"));
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("automationRefreshButton"));
    m_openN8n = new QPushButton(tr("&Open n8n"), this);
    m_openN8n->setObjectName(QStringLiteral("openN8nButton"));
    m_run = makeWriteButton(QStringLiteral("runWorkflowButton"), tr("&Run for tenant…"), this);
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_openN8n);
    top->addWidget(m_run);
    layout->addLayout(top);

    auto* instanceRow = new QHBoxLayout;
    m_instanceChoice = new QComboBox(this);
    m_instanceChoice->setObjectName(QStringLiteral("n8nInstanceChoice"));
    m_instanceChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_instanceChoice->setToolTip(tr("Which n8n instance this pane shows and changes"));
    m_instanceChoice->setVisible(false); // one instance: the pane looks as it always did
    instanceRow->addWidget(m_instanceChoice);
    m_instance = new QLabel(this);
    m_instance->setObjectName(QStringLiteral("n8nInstanceLabel"));
    m_instance->setTextFormat(Qt::PlainText);
    m_instance->setWordWrap(true);
    m_openKeys = new QPushButton(tr("Open &Keys"), this);
    m_openKeys->setObjectName(QStringLiteral("automationKeysButton"));
    m_openKeys->setVisible(false);
    instanceRow->addWidget(m_instance, 1);
    instanceRow->addWidget(m_openKeys);
    layout->addLayout(instanceRow);
    placeMessageBar(layout, 2);

    auto* resultRow = new QHBoxLayout;
    m_runResult = new QLabel(this);
    m_runResult->setObjectName(QStringLiteral("runResultLabel"));
    m_runResult->setTextFormat(Qt::PlainText);
    m_runResult->setWordWrap(true);
    m_runResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openOperation = new QPushButton(tr("Open &operation"), this);
    m_openOperation->setObjectName(QStringLiteral("openOperationButton"));
    resultRow->addWidget(m_runResult, 1);
    resultRow->addWidget(m_openOperation);
    layout->addLayout(resultRow);
    m_runResult->setVisible(false);
    m_openOperation->setVisible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);

    // Workflows.
    auto* workflowsBox = new QGroupBox(tr("Workflows"), splitter);
    auto* wLayout = new QVBoxLayout(workflowsBox);
    auto* wFilters = new QHBoxLayout;
    m_tenantFilter = new QComboBox(workflowsBox);
    m_tenantFilter->setObjectName(QStringLiteral("workflowTenantFilter"));
    m_tenantFilter->addItem(tr("All tenants"), QString());
    m_textFilter = new QLineEdit(workflowsBox);
    m_textFilter->setObjectName(QStringLiteral("workflowTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter by name, tag or id"));
    m_textFilter->setClearButtonEnabled(true);
    wFilters->addWidget(new QLabel(tr("Tenant:"), workflowsBox));
    wFilters->addWidget(m_tenantFilter);
    wFilters->addWidget(m_textFilter, 1);
    wLayout->addLayout(wFilters);
    m_workflowsView = makeRecordList(
        QStringLiteral("workflowsList"),
        {tr("Name"), tr("Active"), tr("Tags"), tr("Tenants"), tr("Updated (UTC)")}, workflowsBox);
    m_workflowsView->setMouseTracking(true);
    m_workflowsEmpty = automationEmptyLabel(workflowsBox, QStringLiteral("workflowsEmptyLabel"));
    wLayout->addWidget(m_workflowsEmpty, 1);
    wLayout->addWidget(m_workflowsView, 1);
    auto* wButtons = new QHBoxLayout;
    m_activate = makeWriteButton(QStringLiteral("activateWorkflowButton"), tr("&Activate…"), workflowsBox);
    m_deactivate =
        makeWriteButton(QStringLiteral("deactivateWorkflowButton"), tr("&Deactivate…"), workflowsBox);
    m_openWorkflow = new QPushButton(tr("Open in n&8n"), workflowsBox);
    m_openWorkflow->setObjectName(QStringLiteral("openWorkflowButton"));
    wButtons->addWidget(m_activate);
    wButtons->addWidget(m_deactivate);
    wButtons->addWidget(m_openWorkflow);
    wButtons->addStretch(1);
    wLayout->addLayout(wButtons);

    // Executions.
    auto* executionsBox = new QGroupBox(tr("Executions"), splitter);
    auto* eLayout = new QVBoxLayout(executionsBox);
    auto* eFilters = new QHBoxLayout;
    m_statusFilter = new QComboBox(executionsBox);
    m_statusFilter->setObjectName(QStringLiteral("executionStatusFilter"));
    m_statusFilter->addItem(tr("All"), QString());
    m_statusFilter->addItem(tr("Success"), QStringLiteral("success"));
    m_statusFilter->addItem(tr("Error"), QStringLiteral("error"));
    m_statusFilter->addItem(tr("Running"), QStringLiteral("running"));
    m_statusFilter->addItem(tr("Waiting"), QStringLiteral("waiting"));
    m_workflowFilter = new QComboBox(executionsBox);
    m_workflowFilter->setObjectName(QStringLiteral("executionWorkflowFilter"));
    m_workflowFilter->addItem(tr("All workflows"), QString());
    m_workflowFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    eFilters->addWidget(new QLabel(tr("Status:"), executionsBox));
    eFilters->addWidget(m_statusFilter);
    eFilters->addWidget(new QLabel(tr("Workflow:"), executionsBox));
    eFilters->addWidget(m_workflowFilter);
    eFilters->addStretch(1);
    m_executionsCount = new QLabel(executionsBox);
    m_executionsCount->setObjectName(QStringLiteral("executionsCountLabel"));
    eFilters->addWidget(m_executionsCount);
    eLayout->addLayout(eFilters);
    m_executionsView = makeRecordList(
        QStringLiteral("executionsList"),
        {tr("Execution"), tr("Workflow"), tr("Status"), tr("Mode"), tr("Started (UTC)"), tr("Stopped (UTC)")},
        executionsBox);
    m_executionsEmpty = automationEmptyLabel(executionsBox, QStringLiteral("executionsEmptyLabel"));
    eLayout->addWidget(m_executionsEmpty, 1);
    eLayout->addWidget(m_executionsView, 1);
    auto* eButtons = new QHBoxLayout;
    m_loadMore = new QPushButton(tr("&Load more"), executionsBox);
    m_loadMore->setObjectName(QStringLiteral("loadMoreExecutionsButton"));
    m_openExecution = new QPushButton(tr("Open e&xecution in n8n"), executionsBox);
    m_openExecution->setObjectName(QStringLiteral("openExecutionButton"));
    eButtons->addWidget(m_loadMore);
    eButtons->addWidget(m_openExecution);
    eButtons->addStretch(1);
    eLayout->addLayout(eButtons);

    splitter->addWidget(workflowsBox);
    splitter->addWidget(executionsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    coverWhileLoading(splitter);

    connect(m_refresh, &QPushButton::clicked, this, &AutomationPane::reload);
    connect(m_instanceChoice, &QComboBox::currentIndexChanged, this, &AutomationPane::chooseInstance);
    connect(m_openN8n, &QPushButton::clicked, this, [this] { openUrl(m_info.base); });
    connect(m_openKeys, &QPushButton::clicked, this, &AutomationPane::keysRequested);
    connect(m_run, &QPushButton::clicked, this, [this] { runForTenant(); });
    connect(m_openOperation, &QPushButton::clicked, this, [this] {
        if (m_lastOperation > 0)
            Q_EMIT operationRequested(m_lastOperation);
    });
    connect(m_tenantFilter, &QComboBox::currentIndexChanged, this, &AutomationPane::filterWorkflows);
    connect(m_textFilter, &QLineEdit::textChanged, this, &AutomationPane::filterWorkflows);
    connect(m_workflowsView, &QTreeWidget::itemSelectionChanged, this, &AutomationPane::updateButtons);
    connect(m_workflowsView, &QTreeWidget::itemClicked, this, &AutomationPane::openTenantLink);
    connect(m_activate, &QPushButton::clicked, this, [this] { toggleSelected(true); });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { toggleSelected(false); });
    connect(m_openWorkflow, &QPushButton::clicked, this, [this] {
        if (const N8nWorkflow* w = selectedWorkflow()) {
            QUrl url = m_info.base;
            QString path = url.path();
            while (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            url.setPath(path + QStringLiteral("/workflow/") + w->id);
            openUrl(url);
        }
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { fetchExecutions(false); });
    connect(m_workflowFilter, &QComboBox::currentIndexChanged, this, [this] { fetchExecutions(false); });
    connect(m_loadMore, &QPushButton::clicked, this, [this] { fetchExecutions(true); });
    connect(m_executionsView, &QTreeWidget::itemSelectionChanged, this, &AutomationPane::updateButtons);
    connect(m_executionsView, &QTreeWidget::itemActivated, this, [this] { m_openExecution->click(); });
    connect(m_openExecution, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_executionsView->currentItem();
        if (item && item->isSelected())
            openUrl(
                N8n::executionPageUrl(m_info.base, item->data(1, Qt::UserRole).toString(), item->text(0)));
    });
    // Our own runs record operations; the workflows themselves live in n8n, so only a reload re-reads them.
    watchTables({QStringLiteral("providers"), QStringLiteral("api_keys")});
    updateButtons();
}

AutomationPane::~AutomationPane() = default;

void AutomationPane::reload()
{
    ++m_generation;
    delete m_client; // its answers in flight are dropped
    loadPane(
        [](Database& db) {
            QList<N8nInstanceInfo> all = N8nInstance::instances(db);
            // None at all: the default one, whose setup problem says how to add it.
            if (all.isEmpty())
                all << N8nInstance::read(db);
            return all;
        },
        [this](const QList<N8nInstanceInfo>& instances) { applyInstances(instances); });
}

void AutomationPane::applyInstances(const QList<N8nInstanceInfo>& instances)
{
    m_instances = instances;
    // The instance chosen before (this run or the last one), else the default one.
    const QString wanted =
        QSettings().value(QStringLiteral("automation/instance"), QStringLiteral("n8n")).toString();
    int index = 0;
    for (int i = 0; i < instances.size(); ++i)
        if (instances.at(i).code == wanted)
            index = i;
    m_instanceChoice->blockSignals(true);
    m_instanceChoice->clear();
    for (const N8nInstanceInfo& i : instances)
        m_instanceChoice->addItem(i.name == i.code ? i.code : tr("%1 (%2)").arg(i.name, i.code), i.code);
    m_instanceChoice->setCurrentIndex(index);
    m_instanceChoice->blockSignals(false);
    m_instanceChoice->setVisible(instances.size() > 1);
    const N8nInstanceInfo& chosen = instances.at(index);
    m_heading->setText(instances.size() > 1 ? tr("Automation (%1)").arg(chosen.name)
                                            : tr("Automation (n8n)"));
    applyInstance(chosen);
}

void AutomationPane::chooseInstance(int index)
{
    if (index < 0 || index >= m_instances.size())
        return;
    QSettings().setValue(QStringLiteral("automation/instance"), m_instances.at(index).code);
    // Another n8n: whatever the previous one still answers is dropped (the generation), and its client
    // with its requests in flight goes.
    ++m_generation;
    delete m_client;
    m_reachable = false;
    m_runResult->setVisible(false);
    m_openOperation->setVisible(false);
    m_heading->setText(tr("Automation (%1)").arg(m_instances.at(index).name));
    applyInstance(m_instances.at(index));
}

void AutomationPane::applyInstance(const N8nInstanceInfo& info)
{
    // The same n8n again (a refresh, a write of ours): what is shown stays until the new answer replaces it.
    const bool sameInstance =
        info.setupProblem.isEmpty() && info.code == m_info.code && info.base == m_info.base && m_reachable;
    m_info = info;
    if (!sameInstance) {
        m_reachable = false;
        m_workflows.clear();
        m_workflowsView->clear();
        m_executionsView->clear();
        m_nextCursor.clear();
        m_executionsCount->clear();
    }
    // The tenant filter offers every tenant (a workflow may be linked by a tag on its slug).
    const QString tenant = m_tenantFilter->currentData().toString();
    m_tenantFilter->blockSignals(true);
    while (m_tenantFilter->count() > 1)
        m_tenantFilter->removeItem(1);
    for (auto it = info.tenants.cbegin(); it != info.tenants.cend(); ++it)
        m_tenantFilter->addItem(it.key(), it.key());
    m_tenantFilter->setCurrentIndex(qMax(0, m_tenantFilter->findData(tenant)));
    m_tenantFilter->blockSignals(false);

    const QString address = info.address.isEmpty() ? tr("(no address)") : info.address;
    const QString key = info.keySet ? tr("API key set") : tr("no API key");
    if (!info.setupProblem.isEmpty()) {
        m_instance->setText(tr("n8n at %1 · %2 · not set up: %3 Or add it in the Keys pane.")
                                .arg(address, key, info.setupProblem));
        m_instance->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_openKeys->setVisible(true);
        const QString why = tr("n8n is not set up yet: %1").arg(info.setupProblem);
        m_workflowsEmpty->setText(why);
        m_executionsEmpty->setText(tr("Executions appear here once n8n is set up."));
        automationSetEmptyState(m_workflowsEmpty, m_workflowsView, true);
        automationSetEmptyState(m_executionsEmpty, m_executionsView, true);
        m_executionsCount->clear();
        m_loadMore->setEnabled(false);
        updateButtons();
        return;
    }
    m_openKeys->setVisible(false);
    m_instance->setStyleSheet(QString());
    if (!sameInstance) {
        m_instance->setText(tr("n8n at %1 · %2 · connecting…").arg(address, key));
        m_workflowsEmpty->setText(tr("Asking n8n for its workflows…"));
        automationSetEmptyState(m_workflowsEmpty, m_workflowsView, true);
    }
    m_client = new N8nClient(info.base, this);
    fetchWorkflows();
    fetchExecutions(false);
    updateButtons();
}

void AutomationPane::withKey(const std::function<void(const SecretBytes&)>& then)
{
    // Read just before each request and dropped after it: the key never stays in the pane.
    const int generation = m_generation;
    m_info.key.read(m_context->secrets(), this, [this, generation, then](Result<KeySecret> secret) {
        if (generation != m_generation)
            return;
        if (!secret)
            return showUnreachable(secret.error());
        then(secret.value().key);
    });
}

void AutomationPane::showUnreachable(const Error& error)
{
    m_reachable = false;
    QString fix;
    if (error.kind == ErrorKind::PermissionDenied || error.kind == ErrorKind::KeychainEntryMissing)
        fix = tr(" Fix: store the instance's API key with \"fusionctl keys add %1 --label default "
                 "--secret-stdin\" or in the Keys pane.")
                  .arg(m_info.code);
    else if (error.kind == ErrorKind::Connection)
        fix = tr(" Fix: check that n8n runs at this address, or change it with \"fusionctl keys provider set "
                 "%1 --base-url URL\" or in the Keys pane.")
                  .arg(m_info.code);
    m_instance->setText(
        tr("n8n at %1 · %2 · %3%4")
            .arg(m_info.address, m_info.keySet ? tr("API key set") : tr("no API key"), error.message, fix));
    m_instance->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_openKeys->setVisible(true);
    if (m_workflows.isEmpty()) {
        m_workflowsEmpty->setText(tr("n8n's workflows could not be read: %1").arg(error.message));
        automationSetEmptyState(m_workflowsEmpty, m_workflowsView, true);
    }
    updateButtons();
}

void AutomationPane::fetchWorkflows()
{
    const int generation = m_generation;
    withKey([this, generation](const SecretBytes& key) {
        if (!m_client)
            return;
        m_client->listWorkflows({}, key, [this, generation](const Result<QList<N8nWorkflow>>& result) {
            if (generation != m_generation)
                return;
            if (!result)
                return showUnreachable(result.error());
            m_workflows = result.value();
            m_reachable = true;
            m_openKeys->setVisible(false);
            m_instance->setStyleSheet(QString());
            m_instance->setText(
                tr("n8n at %1 · API key set · reachable · %n workflow(s)", nullptr, int(m_workflows.size()))
                    .arg(m_info.address));
            showWorkflows();
        });
    });
}

void AutomationPane::showWorkflows()
{
    const QString selected = selectedWorkflow() ? selectedWorkflow()->id : QString();
    m_workflowsView->clear();
    for (const N8nWorkflow& w : std::as_const(m_workflows)) {
        const QStringList tenants = N8nInstance::linkedTenants(w, m_info.tenants);
        auto* item = new QTreeWidgetItem(m_workflowsView,
                                         {w.name, w.active ? tr("active") : tr("inactive"),
                                          w.tags.join(QStringLiteral(", ")),
                                          tenants.join(QStringLiteral(", ")), automationTime(w.updatedAt)});
        item->setData(0, Qt::UserRole, w.id);
        item->setData(kAutomationTenantColumn, Qt::UserRole, tenants);
        item->setToolTip(0, tr("n8n id %1").arg(w.id));
        bool known = false;
        for (const QString& slug : tenants)
            known = known || m_info.tenants.contains(slug);
        if (!tenants.isEmpty() && !known) {
            item->setForeground(kAutomationTenantColumn, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(kAutomationTenantColumn, tr("No tenant here has this slug"));
        } else if (!tenants.isEmpty()) {
            // The tenant cell reads as a link: a click opens the tenant.
            QFont link = item->font(kAutomationTenantColumn);
            link.setUnderline(true);
            item->setFont(kAutomationTenantColumn, link);
            item->setForeground(kAutomationTenantColumn, palette().color(QPalette::Link));
            item->setToolTip(kAutomationTenantColumn, tr("Click to open the tenant"));
        }
        if (!w.active)
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
        if (w.id == selected)
            m_workflowsView->setCurrentItem(item); // the choice survives a refresh
    }
    for (int c = 0; c < m_workflowsView->columnCount() - 1; ++c)
        m_workflowsView->resizeColumnToContents(c);
    // The executions' workflow filter names the workflows n8n listed.
    const QString current = m_workflowFilter->currentData().toString();
    m_workflowFilter->blockSignals(true);
    while (m_workflowFilter->count() > 1)
        m_workflowFilter->removeItem(1);
    for (const N8nWorkflow& w : std::as_const(m_workflows))
        m_workflowFilter->addItem(w.name, w.id);
    m_workflowFilter->setCurrentIndex(qMax(0, m_workflowFilter->findData(current)));
    m_workflowFilter->blockSignals(false);
    filterWorkflows();
    // Names arrived: the executions already shown get them.
    for (int i = 0; i < m_executionsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_executionsView->topLevelItem(i);
        item->setText(1, workflowName(item->data(1, Qt::UserRole).toString()));
    }
}

void AutomationPane::filterWorkflows()
{
    const QString tenant = m_tenantFilter->currentData().toString();
    const QString text = m_textFilter->text().trimmed();
    int shown = 0;
    for (int i = 0; i < m_workflowsView->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_workflowsView->topLevelItem(i);
        const bool tenantOk =
            tenant.isEmpty() ||
            item->data(kAutomationTenantColumn, Qt::UserRole).toStringList().contains(tenant);
        const bool textOk = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                            item->text(2).contains(text, Qt::CaseInsensitive) ||
                            item->data(0, Qt::UserRole).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!(tenantOk && textOk));
        shown += !item->isHidden();
    }
    if (m_reachable) {
        if (m_workflows.isEmpty())
            m_workflowsEmpty->setText(
                tr("n8n has no workflows yet. Create one in n8n (Open n8n) and tag it with "
                   "a tenant's slug or \"tenant:<slug>\" to link it to that tenant."));
        else if (shown == 0)
            m_workflowsEmpty->setText(
                tr("No workflow matches this filter. Tag a workflow with the tenant's slug "
                   "in n8n to link it, or clear the filter."));
        automationSetEmptyState(m_workflowsEmpty, m_workflowsView, shown == 0);
    }
    updateButtons();
}

void AutomationPane::fetchExecutions(bool more)
{
    if (!m_client || !m_info.setupProblem.isEmpty())
        return;
    if (!more) {
        ++m_execGeneration;
        m_executionsView->clear();
        m_nextCursor.clear();
        m_executionsEmpty->setText(tr("Asking n8n for its executions…"));
        automationSetEmptyState(m_executionsEmpty, m_executionsView, true);
    } else if (m_nextCursor.isEmpty()) {
        return;
    }
    const int generation = m_generation;
    const int execGeneration = m_execGeneration;
    const QString cursor = more ? m_nextCursor : QString();
    N8nExecutionFilter filter;
    filter.status = m_statusFilter->currentData().toString();
    filter.workflowId = m_workflowFilter->currentData().toString();
    m_loadMore->setEnabled(false);
    withKey([this, generation, execGeneration, cursor, filter](const SecretBytes& key) {
        if (!m_client || execGeneration != m_execGeneration)
            return;
        m_client->executionsPage(
            filter, kExecutionPage, cursor, key,
            [this, generation, execGeneration](const Result<N8nExecutionPage>& result) {
                if (generation != m_generation || execGeneration != m_execGeneration)
                    return;
                if (!result) {
                    m_executionsEmpty->setText(
                        tr("n8n's executions could not be read: %1").arg(result.error().message));
                    automationSetEmptyState(m_executionsEmpty, m_executionsView,
                                            m_executionsView->topLevelItemCount() == 0);
                    m_loadMore->setEnabled(!m_nextCursor.isEmpty());
                    if (m_executionsView->topLevelItemCount() > 0)
                        m_messages->showError(result.error());
                    return;
                }
                for (const N8nExecution& e : result.value().executions) {
                    auto* item = new QTreeWidgetItem(
                        m_executionsView, {e.id, workflowName(e.workflowId), e.status, e.mode,
                                           automationTime(e.startedAt), automationTime(e.stoppedAt)});
                    item->setData(1, Qt::UserRole, e.workflowId);
                    if (e.status == QLatin1String("error") || e.status == QLatin1String("crashed"))
                        item->setForeground(2, QColor(QStringLiteral("#c62828")));
                }
                m_nextCursor = result.value().nextCursor;
                const int shown = m_executionsView->topLevelItemCount();
                m_executionsCount->setText(m_nextCursor.isEmpty()
                                               ? tr("%n execution(s)", nullptr, shown)
                                               : tr("%n execution(s) shown; more in n8n", nullptr, shown));
                m_loadMore->setEnabled(!m_nextCursor.isEmpty());
                m_executionsEmpty->setText(
                    m_statusFilter->currentIndex() == 0 && m_workflowFilter->currentIndex() == 0
                        ? tr("n8n has no executions yet. They appear when a workflow runs (Run for tenant…).")
                        : tr("No execution matches this status and workflow."));
                automationSetEmptyState(m_executionsEmpty, m_executionsView, shown == 0);
                for (int c = 0; c < m_executionsView->columnCount() - 1; ++c)
                    m_executionsView->resizeColumnToContents(c);
                updateButtons();
            });
    });
}

QString AutomationPane::workflowName(const QString& id) const
{
    for (const N8nWorkflow& w : m_workflows)
        if (w.id == id)
            return w.name;
    return id;
}

const N8nWorkflow* AutomationPane::selectedWorkflow() const
{
    const QTreeWidgetItem* item = m_workflowsView->currentItem();
    if (!item || !item->isSelected() || item->isHidden())
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const N8nWorkflow& w : m_workflows)
        if (w.id == id)
            return &w;
    return nullptr;
}

void AutomationPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool runs = caps.can(Capability::RunOperations);
    const QString denied = caps.whyNot(Capability::RunOperations);
    const N8nWorkflow* w = selectedWorkflow();
    const bool usable = m_info.base.isValid();
    m_openN8n->setEnabled(usable);
    m_activate->setEnabled(runs && m_reachable && !m_running && w && !w->active);
    m_deactivate->setEnabled(runs && m_reachable && !m_running && w && w->active);
    m_activate->setToolTip(runs ? tr("Turns on the workflow's triggers and production webhook in n8n.")
                                : denied);
    m_deactivate->setToolTip(runs ? tr("Stops the workflow's triggers and production webhook in n8n.")
                                  : denied);
    m_openWorkflow->setEnabled(usable && w);
    m_run->setEnabled(runs && m_reachable && !m_running && !m_workflows.isEmpty());
    m_run->setToolTip(runs ? (m_reachable ? tr("Calls a webhook workflow once for a tenant, as an operation.")
                                          : tr("n8n must be reachable first (see above)."))
                           : denied);
    const QTreeWidgetItem* e = m_executionsView->currentItem();
    m_openExecution->setEnabled(usable && e && e->isSelected());
    m_loadMore->setEnabled(!m_nextCursor.isEmpty());
}

void AutomationPane::openTenantLink(QTreeWidgetItem* item, int column)
{
    if (!item || column != kAutomationTenantColumn)
        return;
    const QStringList slugs = item->data(kAutomationTenantColumn, Qt::UserRole).toStringList();
    QList<qint64> ids;
    for (const QString& slug : slugs)
        if (m_info.tenants.contains(slug))
            ids << m_info.tenants.value(slug);
    if (ids.size() == 1)
        return Q_EMIT openTenantRequested(ids.first());
    if (ids.isEmpty())
        return;
    // Several tenants: which one.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("workflowTenantsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& slug : slugs)
        if (m_info.tenants.contains(slug))
            menu->addAction(tr("Open %1").arg(slug), this,
                            [this, id = m_info.tenants.value(slug)] { Q_EMIT openTenantRequested(id); });
    menu->popup(QCursor::pos());
}

void AutomationPane::openUrl(const QUrl& url)
{
    if (!url.isValid())
        return;
    m_lastOpened = url;
    QDesktopServices::openUrl(url);
}

void AutomationPane::toggleSelected(bool active)
{
    const N8nWorkflow* w = selectedWorkflow();
    if (!w)
        return;
    WorkflowToggle::Request request;
    request.workflowId = w->id;
    request.active = active;
    request.name = w->name;
    request.tenants = N8nInstance::linkedTenants(*w, m_info.tenants);
    request.instance = m_info.code;
    auto* job = new WorkflowToggle(AppJobs::host(m_context, this), this);
    m_running = true;
    updateButtons();
    const int generation = m_generation;
    job->start(request, [this, job, generation](const Result<WorkflowToggle::Outcome>& result) {
        job->deleteLater();
        m_running = false;
        if (!result) {
            showFailure(result.error());
            return updateButtons();
        }
        const N8nWorkflow& changed = result.value().workflow;
        m_messages->show(MessageBar::Success, (changed.active ? tr("Workflow \"%1\" is active in n8n.")
                                                              : tr("Workflow \"%1\" is inactive in n8n."))
                                                  .arg(changed.name));
        // Another instance was chosen meanwhile: its list is not the one that changed.
        if (generation != m_generation)
            return updateButtons();
        for (N8nWorkflow& mine : m_workflows)
            if (mine.id == changed.id)
                mine = changed;
        showWorkflows();
    });
}

void AutomationPane::runForTenant(const QString& slug)
{
    if (!m_reachable || m_running)
        return;
    const N8nWorkflow* w = selectedWorkflow();
    QString tenant = slug;
    if (tenant.isEmpty() && w && !N8nInstance::linkedTenants(*w, m_info.tenants).isEmpty())
        tenant = N8nInstance::linkedTenants(*w, m_info.tenants).first();
    if (tenant.isEmpty())
        tenant = m_tenantFilter->currentData().toString();
    auto* dialog =
        new RunForTenantDialog(m_workflows, m_info.tenants.keys(), w ? w->id : QString(), tenant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        AutomationRun::Request request;
        request.workflowId = dialog->workflowId();
        request.tenantSlug = dialog->tenant();
        request.webhookPath = dialog->webhookPath();
        request.operationType = dialog->operationType();
        request.instance = m_info.code;
        auto* job = new AutomationRun(AppJobs::host(m_context, this), this);
        m_running = true;
        updateButtons();
        job->start(request, [this, job, request](const Result<AutomationRun::Outcome>& result) {
            job->deleteLater();
            m_running = false;
            updateButtons();
            if (!result)
                return showFailure(result.error());
            const AutomationRun::Outcome& o = result.value();
            m_lastOperation = o.operationId;
            QString text;
            if (!o.started)
                text = tr("Operation %1 for %2 failed: %3")
                           .arg(o.operationId)
                           .arg(request.tenantSlug, o.failure);
            else if (o.executionId.isEmpty())
                text = tr("Operation %1 for %2 is running; n8n's execution is not known: %3")
                           .arg(o.operationId)
                           .arg(request.tenantSlug, o.note);
            else
                text = tr("Operation %1 for %2 is running as n8n execution %3.")
                           .arg(o.operationId)
                           .arg(request.tenantSlug, o.executionId);
            m_runResult->setText(text);
            m_runResult->setStyleSheet(o.started ? QString() : QStringLiteral("color: #c62828;"));
            m_runResult->setVisible(true);
            m_openOperation->setVisible(true);
            // The run is n8n's newest execution: show it.
            fetchExecutions(false);
        });
    });
    dialog->open();
}

} // namespace fusion
