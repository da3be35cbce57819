#include "ui/bundles/BundlesPane.h"

#include "models/itemmodels/BundleListModel.h"
#include "models/itemmodels/TenantDriftModel.h"
#include "models/jobs/BundleApply.h"
#include "models/jobs/ModuleSync.h"
#include "models/odoo/OdooClient.h"
#include "models/storage/DbWorker.h"
#include "models/tenants/TenantRepository.h"
#include "models/tenants/TenantService.h"
#include "ui/bundles/BundlesEmptyState.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui_BundlesPane.h"

#include <QCompleter>
#include <QHeaderView>
#include <QJsonArray>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTimer>

namespace fusion {

namespace {
enum Scope { ThisBundle, WholeFleet };
// The drift table loads apart from the bundle list: it follows the selected bundle and its own filters.
const QString kDrift = QStringLiteral("drift");
} // namespace

BundlesPane::BundlesPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_ui(std::make_unique<Ui::BundlesPane>())
    , m_bundles(new BundleListModel(this))
    , m_empty(new BundlesEmptyState(this))
    , m_drift(new TenantDriftModel(this))
    , m_moduleNames(new QStringListModel(this))
    , m_client(new OdooClient(this))
    , m_elapsedTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    placeMessageBar(m_ui->mainLayout);
    m_ui->mainLayout->setStretchFactor(m_ui->splitter, 1);

    auto* bundleProxy = new QSortFilterProxyModel(this);
    bundleProxy->setSourceModel(m_bundles);
    bundleProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->bundleTable->setModel(bundleProxy);
    m_ui->bundleTable->sortByColumn(BundleListModel::NameColumn, Qt::AscendingOrder);
    m_ui->bundleTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto* driftProxy = new QSortFilterProxyModel(this);
    driftProxy->setSourceModel(m_drift);
    m_ui->driftTable->setModel(driftProxy);
    m_ui->driftTable->sortByColumn(TenantDriftModel::TenantColumn, Qt::AscendingOrder);
    m_ui->driftTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_ui->driftTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Bundles are few and their modules and tenants many: the list on top, the definition and the drift
    // with the whole width below.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->bundleTable->setMinimumHeight((fontMetrics().height() + 10) * 6);
    m_ui->bundleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->descriptionEdit->setMaximumHeight(fontMetrics().height() * 4 + 12);
    m_ui->descriptionEdit->setTabChangesFocus(true);

    for (const char* type : {"custom", "finance_ppm", "crm", "hr", "retail", "project", "services"})
        m_ui->typeCombo->addItem(QLatin1String(type));
    m_ui->scopeCombo->addItem(tr("Tenants with this bundle"), ThisBundle);
    m_ui->scopeCombo->addItem(tr("The whole fleet"), WholeFleet);

    auto* completer = new QCompleter(m_moduleNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->moduleEdit->setCompleter(completer);
    auto* tenantCompleter = new QCompleter(m_ui->tenantCombo->model(), this);
    tenantCompleter->setFilterMode(Qt::MatchContains);
    tenantCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->tenantCombo->setCompleter(tenantCompleter);
    m_ui->tenantCombo->lineEdit()->setPlaceholderText(tr("tenant slug"));
    m_ui->progressBar->setFixedWidth(fontMetrics().averageCharWidth() * 36);
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
    coverWhileLoading(m_ui->bundleTable);
    coverWhileLoading(m_ui->driftTable, kDrift);

    for (QPushButton* b : {m_ui->saveButton, m_ui->deleteButton, m_ui->assignButton, m_ui->unassignButton,
                           m_ui->syncButton, m_ui->applyButton})
        b->setProperty("fusionWrite", true);
    m_ui->saveButton->setDefault(false);

    connect(m_ui->bundleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BundlesPane::showSelected);
    connect(m_ui->driftTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    setTenant(current.data(TenantDriftModel::SlugRole).toString());
            });
    connect(m_ui->newButton, &QPushButton::clicked, this, &BundlesPane::startNew);
    // Until the first bundle exists, the list's place explains bundles and offers the recommended ones.
    m_ui->splitter->insertWidget(0, m_empty);
    m_empty->hide();
    connect(m_empty, &BundlesEmptyState::startFrom, this, &BundlesPane::startFrom);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BundlesPane::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &BundlesPane::revert);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &BundlesPane::deleteBundle);
    connect(m_ui->addModuleButton, &QPushButton::clicked, this, &BundlesPane::addModules);
    connect(m_ui->moduleEdit, &QLineEdit::returnPressed, this, &BundlesPane::addModules);
    connect(m_ui->removeModuleButton, &QPushButton::clicked, this, &BundlesPane::removeModules);
    connect(m_ui->modulesList, &QListWidget::itemSelectionChanged, this, &BundlesPane::updateButtons);
    for (QLineEdit* edit : {m_ui->codeEdit, m_ui->nameEdit, m_ui->versionEdit, m_ui->moduleEdit})
        connect(edit, &QLineEdit::textChanged, this, &BundlesPane::updateButtons);
    connect(m_ui->typeCombo, &QComboBox::currentTextChanged, this, &BundlesPane::updateButtons);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &BundlesPane::updateButtons);
    connect(m_ui->scopeCombo, &QComboBox::activated, this, &BundlesPane::reloadDrift);
    connect(m_ui->includeCoreCheck, &QCheckBox::toggled, this, &BundlesPane::reloadDrift);
    connect(m_ui->inSyncCheck, &QCheckBox::toggled, this, &BundlesPane::reloadDrift);
    connect(m_ui->tenantCombo, &QComboBox::currentTextChanged, this, &BundlesPane::updateButtons);
    connect(m_ui->assignButton, &QPushButton::clicked, this, [this] { assign(true); });
    connect(m_ui->unassignButton, &QPushButton::clicked, this, [this] { assign(false); });
    connect(m_ui->syncButton, &QPushButton::clicked, this, &BundlesPane::syncModules);
    connect(m_ui->applyButton, &QPushButton::clicked, this, &BundlesPane::apply);
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, [this] {
        const qint64 s = m_elapsed.elapsed() / 1000;
        m_ui->progressLabel->setText(
            QStringLiteral("%1 %2:%3").arg(m_elapsedText).arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    });
    watchTables({QStringLiteral("bundles"), QStringLiteral("bundle_modules"),
                 QStringLiteral("tenant_bundles"), QStringLiteral("tenant_module_states"),
                 QStringLiteral("modules"), QStringLiteral("tenants")});
    fillForm(std::nullopt);
}

BundlesPane::~BundlesPane() = default;

void BundlesPane::reload()
{
    loadPane(
        [](Database& db) {
            return Snapshot{BundleCatalog::list(db), BundleCatalog::modules(db),
                            BundleCatalog::liveTenantSlugs(db)};
        },
        [this](const Snapshot& s) {
            const QString keep =
                !m_wanted.isEmpty() ? m_wanted : (selected() ? selected()->bundle.code : QString());
            const bool first = m_bundles->rowCount() == 0;
            m_bundles->setRows(s.bundles);
            if (first)
                m_ui->bundleTable->resizeColumnsToContents();
            m_ui->countLabel->setText(tr("%n bundle(s)", nullptr, int(s.bundles.size())));
            m_empty->setVisible(s.bundles.isEmpty());
            m_ui->bundleTable->setVisible(!s.bundles.isEmpty());
            QStringList names;
            for (const CatalogModule& m : s.modules)
                names << m.name;
            m_moduleNames->setStringList(names);
            QStringList types;
            for (int i = 0; i < m_ui->typeCombo->count(); ++i)
                types << m_ui->typeCombo->itemText(i);
            for (const BundleInfo& b : s.bundles) {
                if (!types.contains(b.bundle.type)) {
                    types << b.bundle.type;
                    m_ui->typeCombo->addItem(b.bundle.type);
                }
            }
            const QString tenant = m_ui->tenantCombo->currentText();
            const QSignalBlocker blocker(m_ui->tenantCombo);
            m_ui->tenantCombo->clear();
            m_ui->tenantCombo->addItems(s.tenants);
            m_ui->tenantCombo->setCurrentIndex(-1);
            m_ui->tenantCombo->setEditText(tenant);

            const auto* proxy = m_ui->bundleTable->model();
            for (int row = 0; row < proxy->rowCount(); ++row) {
                if (proxy->index(row, 0).data(BundleListModel::CodeRole).toString() == keep &&
                    !keep.isEmpty()) {
                    m_ui->bundleTable->selectRow(row);
                    m_wanted.clear();
                }
            }
            if (!m_ui->bundleTable->currentIndex().isValid() && proxy->rowCount() > 0 &&
                !m_current.has_value() && !isDirty())
                m_ui->bundleTable->selectRow(0);
            // A refresh must not throw away what the person is typing; an untouched form follows the data.
            if (!isDirty())
                showSelected();
            else
                updateButtons();
        });
}

void BundlesPane::selectBundle(const QString& code)
{
    m_wanted = code;
    reload();
}

void BundlesPane::setTenant(const QString& slug)
{
    m_ui->tenantCombo->setEditText(slug);
    updateButtons();
}

QString BundlesPane::tenantSlug() const
{
    return m_ui->tenantCombo->currentText().trimmed();
}

std::optional<BundleInfo> BundlesPane::selected() const
{
    const QModelIndex index = m_ui->bundleTable->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    const int row = m_bundles->rowOf(index.data(BundleListModel::CodeRole).toString());
    const BundleInfo* b = m_bundles->rowAt(row);
    return b ? std::optional<BundleInfo>(*b) : std::nullopt;
}

void BundlesPane::showSelected()
{
    const auto b = selected();
    if (b || m_current)
        fillForm(b);
    reloadDrift();
}

void BundlesPane::updateButtons()
{
    if (m_filling)
        return;
    const Capabilities& caps = m_context->capabilities();
    const bool manage = caps.can(Capability::ManageBundles);
    const bool dirty = isDirty();
    const bool creating = !m_current.has_value();
    const QString noManage = caps.whyNot(Capability::ManageBundles);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->nameEdit, m_ui->typeCombo, m_ui->versionEdit,
                                         m_ui->descriptionEdit, m_ui->moduleEdit, m_ui->codeEdit})
        w->setEnabled(manage && (m_current || creating));
    m_ui->addModuleButton->setEnabled(manage && !m_ui->moduleEdit->text().trimmed().isEmpty());
    m_ui->removeModuleButton->setEnabled(manage && !m_ui->modulesList->selectedItems().isEmpty());
    const QStringList problems = dirty ? BundleCatalog::validate(formDraft()) : QStringList();
    m_ui->saveButton->setEnabled(manage && dirty && problems.isEmpty());
    m_ui->saveButton->setToolTip(!manage               ? noManage
                                 : !problems.isEmpty() ? problems.join(QLatin1Char('\n'))
                                 : !dirty              ? tr("Nothing changed yet")
                                 : creating            ? tr("Review and create the bundle")
                                                       : tr("Review the changes and save them"));
    m_ui->revertButton->setEnabled(dirty);
    m_ui->deleteButton->setEnabled(manage && !creating && !dirty);
    m_ui->deleteButton->setToolTip(
        !manage ? noManage
        : m_current && m_current->tenantCount > 0
            ? tr("Assigned to %n tenant(s); the delete will be refused until it is "
                 "unassigned.",
                 nullptr, m_current->tenantCount)
            : tr("Delete this bundle (asks you to type its code)"));
    // Switching bundles would throw away unsaved edits: save or revert first.
    m_ui->bundleTable->setEnabled(!dirty);
    m_ui->newButton->setEnabled(manage && !dirty);
    m_ui->newButton->setToolTip(manage ? tr("Define a new bundle") : noManage);
    m_empty->setCanManage(manage && !dirty,
                          manage ? tr("Save or revert the bundle you are editing first.") : noManage);
    m_ui->bundleTable->setToolTip(dirty ? tr("Save or revert the changes to this bundle first.") : QString());
    m_ui->tabs->setTabEnabled(1, !creating);

    const QString slug = tenantSlug();
    const bool idle = m_busySlug.isEmpty();
    const bool haveTenant = !slug.isEmpty() && m_ui->tenantCombo->findText(slug) >= 0;
    const int driftRow = m_drift->rowOf(slug);
    const bool hasBundle =
        driftRow >= 0 && m_current && m_drift->rowAt(driftRow)->bundles.contains(m_current->bundle.code);
    const bool identity = m_context->capabilities().can(Capability::EditTenantIdentity);
    const bool ops = m_context->capabilities().can(Capability::RunOperations);
    m_ui->assignButton->setEnabled(idle && identity && haveTenant && m_current && !hasBundle);
    m_ui->unassignButton->setEnabled(idle && identity && hasBundle);
    m_ui->syncButton->setEnabled(idle && ops && haveTenant);
    m_ui->applyButton->setEnabled(idle && ops && haveTenant && m_current.has_value() && !dirty);
    const QString why = !idle         ? tr("Working on %1's Odoo…").arg(m_busySlug)
                        : !haveTenant ? tr("Choose a tenant: pick a row or type its slug.")
                                      : QString();
    m_ui->assignButton->setToolTip(!identity        ? caps.whyNot(Capability::EditTenantIdentity)
                                   : !why.isEmpty() ? why
                                   : hasBundle      ? tr("%1 already has this bundle.").arg(slug)
                                                    : tr("Assign this bundle to %1").arg(slug));
    m_ui->unassignButton->setToolTip(
        !identity        ? caps.whyNot(Capability::EditTenantIdentity)
        : !why.isEmpty() ? why
        : hasBundle      ? tr("Take this bundle from %1; its modules stay installed").arg(slug)
                         : tr("%1 does not have this bundle.").arg(slug));
    m_ui->syncButton->setToolTip(
        !ops             ? caps.whyNot(Capability::RunOperations)
        : !why.isEmpty() ? why
                         : tr("Read %1's installed modules from its Odoo and record them").arg(slug));
    m_ui->applyButton->setToolTip(!ops             ? caps.whyNot(Capability::RunOperations)
                                  : !why.isEmpty() ? why
                                  : dirty
                                      ? tr("Save or revert the bundle's changes first.")
                                      : tr("Install this bundle's missing modules in %1's Odoo").arg(slug));
}

void BundlesPane::reloadDrift()
{
    DriftQuery q;
    const bool fleet = m_ui->scopeCombo->currentData().toInt() == WholeFleet;
    if (!fleet) {
        if (!m_current || m_current->bundle.code.isEmpty() || m_current->bundle.id == 0) {
            m_drift->setRows({});
            m_ui->driftCountLabel->clear();
            updateButtons();
            return;
        }
        q.bundleCode = m_current->bundle.code;
    }
    q.includeCore = m_ui->includeCoreCheck->isChecked();
    q.onlyDrifting = !m_ui->inSyncCheck->isChecked();
    load(
        kDrift, [q](Database& db) { return BundleCatalog::drift(db, q); },
        [this, fleet](const QList<TenantDrift>& rows) {
            const bool first = m_drift->rowCount() == 0;
            m_drift->setRows(rows);
            if (first && !rows.isEmpty()) {
                m_ui->driftTable->resizeColumnsToContents();
                for (int c = TenantDriftModel::MissingColumn; c < TenantDriftModel::ColumnCount; ++c)
                    m_ui->driftTable->setColumnWidth(c, qMin(m_ui->driftTable->columnWidth(c), 320));
            }
            int drifting = 0;
            for (const TenantDrift& d : rows)
                drifting += d.inSync() ? 0 : 1;
            m_ui->driftCountLabel->setText(
                rows.isEmpty() ? (m_ui->inSyncCheck->isChecked() || !fleet
                                      ? tr("No tenants here.")
                                      : tr("Every tenant has what its bundles want."))
                               : tr("%n tenant(s)", nullptr, int(rows.size())) + QStringLiteral(" · ") +
                                     tr("%n drifting", nullptr, drifting));
            updateButtons();
            Q_EMIT driftLoaded();
        });
}

void BundlesPane::assign(bool add)
{
    if (!m_current)
        return;
    const QString slug = tenantSlug();
    const QString code = m_current->bundle.code;
    WriteRunner::run(
        m_context, this,
        [slug, code, add](Database& db) {
            TenantRepository repo(db);
            const Tenant t = repo.requireBySlug(slug);
            QStringList codes;
            for (const Bundle& b : repo.detail(t.id, false).bundles)
                codes << b.code;
            if (add && !codes.contains(code))
                codes << code;
            if (!add)
                codes.removeAll(code);
            return TenantService(db, QStringLiteral("ui")).planSetBundles(t.id, codes);
        },
        [this, slug, code, add](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success, add ? tr("Assigned bundle %1 to %2.").arg(code, slug)
                                                      : tr("Unassigned bundle %1 from %2.").arg(code, slug));
            reload();
        });
}

void BundlesPane::syncModules()
{
    const QString slug = tenantSlug();
    m_busySlug = slug;
    updateButtons();
    auto* job = new ModuleSync(AppJobs::host(m_context, this), m_client, this);
    followProgress(job);
    job->start(slug, [this, slug](const Result<ModuleSync::Outcome>& result) {
        m_busySlug.clear();
        finishProgress();
        if (!result) {
            showFailure(result.error());
        } else if (result.value().unchanged) {
            m_messages->show(MessageBar::Info, tr("The modules of %1's Odoo are as recorded.").arg(slug));
        } else {
            m_messages->show(MessageBar::Success, tr("Recorded %1 modules of %2's Odoo, %3 installed.")
                                                      .arg(result.value().modules)
                                                      .arg(slug)
                                                      .arg(result.value().installed));
            reload();
        }
        updateButtons();
    });
}

void BundlesPane::apply()
{
    if (!m_current)
        return;
    const QString slug = tenantSlug();
    const QString code = m_current->bundle.code;
    m_busySlug = slug;
    updateButtons();
    auto* job = new BundleApply(AppJobs::host(m_context, this), m_client, this);
    followProgress(job);
    job->start(code, slug, [this, slug, code](const Result<BundleApply::Outcome>& result) {
        m_busySlug.clear();
        finishProgress();
        updateButtons();
        if (!result) {
            showFailure(result.error());
            Q_EMIT applyFinished(slug, false);
            return;
        }
        const BundleApply::Outcome& o = result.value();
        if (o.nothingToDo) {
            m_messages->show(MessageBar::Info,
                             tr("Every module of bundle %1 is already installed in %2's Odoo, "
                                "as last recorded. Sync its modules to check again.")
                                 .arg(code, slug));
            return;
        }
        if (o.complete())
            m_messages->show(MessageBar::Success,
                             tr("Installed bundle %1 in %2's Odoo: %n module(s) (operation %3).", nullptr,
                                int(o.installed().size()))
                                 .arg(code, slug)
                                 .arg(o.operationId));
        else
            m_messages->show(
                MessageBar::Failure,
                tr("Bundle %1 is not fully installed in %2's Odoo (operation %3): %4 Nothing was "
                   "retried.")
                    .arg(code, slug)
                    .arg(o.operationId)
                    .arg(o.error()));
        Q_EMIT m_context->dataChanged(QStringLiteral("operations"));
        reload();
        Q_EMIT applyFinished(slug, o.complete());
    });
}

void BundlesPane::followProgress(Job* job)
{
    connect(job, &Job::progress, this,
            [this](int step, int steps, const QString& text) { setProgress(step, text, steps == 0); });
    connect(job, &Job::confirming, this, [this] { setProgress(0, tr("Waiting for your confirmation…")); });
    connect(job, &Job::finished, job, &QObject::deleteLater);
}

void BundlesPane::setProgress(int step, const QString& text, bool indeterminate)
{
    m_ui->progressBar->show();
    m_ui->progressLabel->show();
    m_ui->progressBar->setRange(0, indeterminate ? 0 : 4);
    if (!indeterminate)
        m_ui->progressBar->setValue(step);
    m_ui->progressLabel->setText(text);
    m_elapsedText = text;
    if (indeterminate) {
        if (!m_elapsedTimer->isActive()) {
            m_elapsed.start();
            m_elapsedTimer->start();
        }
    } else {
        m_elapsedTimer->stop();
    }
}

void BundlesPane::finishProgress()
{
    m_elapsedTimer->stop();
    m_ui->progressBar->setFixedWidth(fontMetrics().averageCharWidth() * 36);
    m_ui->progressBar->hide();
    m_ui->progressLabel->hide();
}

} // namespace fusion
