#include "ui/ai/AiPane.h"

#include "models/ai/AiProviders.h"
#include "models/itemmodels/AiProviderListModel.h"
#include "models/tenants/TenantRepository.h"
#include "models/vault/KeyVault.h"
#include "ui/ai/AiAuditTab.h"
#include "ui/ai/AiEventsTab.h"
#include "ui/ai/AiKnowledgeTab.h"
#include "ui/ai/AiPromptsTab.h"
#include "ui/ai/AiProviderDialog.h"
#include "ui/ai/AiWorkspacesTab.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PaneTabs.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct AiPaneData {
    QList<AiProvider> providers;
    AiSettings settings;
    QStringList tenants;                         // the console's scopes
    QList<QPair<Prompt, PromptVersion>> prompts; // what the console offers, with their published versions
};
// What the Add dialog offers: every tenant to scope a provider to, the vault's live keys by provider type.
struct AiProviderChoices {
    QStringList tenants;
    QHash<QString, QStringList> keys;
};
} // namespace

AiPane::AiPane(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_model(new AiProviderListModel(this))
{
    auto* layout = new QVBoxLayout(this);
    placeMessageBar(layout);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("aiTabs"));
    addNamedTab(m_tabs, buildConsoleTab(), tr("Console"), QStringLiteral("console"));
    addNamedTab(m_tabs, buildProvidersTab(), tr("Providers"), QStringLiteral("providers"));
    addNamedTab(m_tabs, new AiPromptsTab(context, this), tr("Prompts"), QStringLiteral("prompts"));
    addNamedTab(m_tabs, new AiKnowledgeTab(context, this), tr("Knowledge"), QStringLiteral("knowledge"));
    addNamedTab(m_tabs, new AiEventsTab(context, this), tr("Events"), QStringLiteral("events"));
    addNamedTab(m_tabs, new AiWorkspacesTab(context, this), tr("Workspaces"), QStringLiteral("workspaces"));
    addNamedTab(m_tabs, new AiAuditTab(context, this), tr("Audit"), QStringLiteral("audit"));
    addNamedTab(m_tabs, buildRetentionTab(), tr("Retention"), QStringLiteral("retention"));
    layout->addWidget(m_tabs);
    updateButtons(); // both tabs' buttons exist now
    updateConsoleButtons();
    watchTables({QStringLiteral("ai_providers"), QStringLiteral("ai_settings"), QStringLiteral("api_keys"),
                 QStringLiteral("ai_threads"), QStringLiteral("ai_prompts"),
                 QStringLiteral("ai_prompt_versions")});
}

AiPane::~AiPane() = default;

QWidget* AiPane::buildProvidersTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("aiProvidersTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("Which model answers the AI console for the platform, and for a tenant that has "
                      "providers of its own. Statistics are counted from the usage log."),
                   page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& name, const QString& text) {
        auto* b = new QPushButton(text, page);
        b->setObjectName(name);
        b->setProperty("fusionWrite", true);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("addProviderButton"), tr("&Add Provider…"));
    m_makeDefault = button(QStringLiteral("makeDefaultButton"), tr("Make &Default…"));
    m_toggleActive = button(QStringLiteral("toggleActiveButton"), tr("Dea&ctivate…"));
    m_delete = button(QStringLiteral("deleteProviderButton"), tr("De&lete…"));
    buttons->addStretch();
    m_showInactive = new QCheckBox(tr("Show &inactive"), page);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    buttons->addWidget(m_showInactive);
    layout->addLayout(buttons);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    layout->addWidget(m_table);
    coverWhileLoading(m_table);
    connect(m_showInactive, &QCheckBox::toggled, this, &AiPane::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AiPane::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &AiPane::addProvider);
    connect(m_makeDefault, &QPushButton::clicked, this,
            [this] { changeSelected(QStringLiteral("default")); });
    connect(m_toggleActive, &QPushButton::clicked, this,
            [this] { changeSelected(QStringLiteral("active")); });
    connect(m_delete, &QPushButton::clicked, this, [this] { changeSelected(QStringLiteral("delete")); });
    return page;
}

QWidget* AiPane::buildRetentionTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("aiRetentionTab"));
    auto* layout = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("Every question, search and feedback is kept in the AI audit, redacted before it is "
                      "stored, and pruned after this many days (the usage timer prunes it, or Prune Now). "
                      "The hash-chained audit log of changes is never pruned."),
                   page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_retention = new QSpinBox(page);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_idle = new QSpinBox(page);
    m_idle->setObjectName(QStringLiteral("idleSpin"));
    m_idle->setRange(1, 3650);
    m_idle->setSuffix(tr(" days"));
    form->addRow(tr("Keep the AI &audit for:"), m_retention);
    form->addRow(tr("Close threads &idle for:"), m_idle);
    layout->addLayout(form);
    m_settingsNote = new QLabel(page);
    m_settingsNote->setObjectName(QStringLiteral("settingsNote"));
    layout->addWidget(m_settingsNote);
    auto* buttons = new QHBoxLayout;
    m_saveRetention = new QPushButton(tr("&Save…"), page);
    m_saveRetention->setObjectName(QStringLiteral("saveRetentionButton"));
    m_saveRetention->setProperty("fusionWrite", true);
    m_prune = new QPushButton(tr("&Prune Now…"), page);
    m_prune->setObjectName(QStringLiteral("pruneButton"));
    m_prune->setProperty("fusionWrite", true);
    buttons->addWidget(m_saveRetention);
    buttons->addWidget(m_prune);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    const auto edited = [this] {
        m_saveRetention->setEnabled(m_context->capabilities().can(Capability::ManageProviders) &&
                                    (m_retention->value() != m_settings.auditRetentionDays ||
                                     m_idle->value() != m_settings.threadIdleDays));
    };
    connect(m_retention, &QSpinBox::valueChanged, this, edited);
    connect(m_idle, &QSpinBox::valueChanged, this, edited);
    connect(m_saveRetention, &QPushButton::clicked, this, &AiPane::saveRetention);
    connect(m_prune, &QPushButton::clicked, this, &AiPane::prune);
    return page;
}

void AiPane::reload()
{
    const bool inactive = m_showInactive->isChecked();
    loadPane(
        [inactive](Database& db) {
            AiPaneData fetched{AiProviders::list(db, inactive),
                               AiRetention::settings(db),
                               TenantRepository(db).liveSlugs(),
                               {}};
            for (const Prompt& p : PromptLibrary::list(db)) {
                if (p.publishedVersion)
                    fetched.prompts.append({p, PromptLibrary::version(db, p, *p.publishedVersion)});
            }
            return fetched;
        },
        [this](const AiPaneData& fetched) {
            const AiProvider* current = m_model->rowAt(m_table->currentIndex().row());
            const qint64 selected = current ? current->id : 0;
            const bool first = m_model->rowCount() == 0;
            m_model->setRows(fetched.providers);
            if (first)
                m_table->resizeColumnsToContents();
            if (const int row = m_model->rowOf(selected); row >= 0)
                m_table->selectRow(row);
            m_settings = fetched.settings;
            {
                const QSignalBlocker a(m_retention);
                const QSignalBlocker b(m_idle);
                m_retention->setValue(m_settings.auditRetentionDays);
                m_idle->setValue(m_settings.threadIdleDays);
            }
            m_settingsNote->setText(m_settings.updatedBy.isEmpty()
                                        ? tr("These are the defaults.")
                                        : tr("Last changed by %1.").arg(m_settings.updatedBy));
            m_saveRetention->setEnabled(false);
            updateButtons();
            // The console's choices: active providers (the default first of each scope), and the scopes.
            m_activeProviders.clear();
            for (const AiProvider& p : fetched.providers)
                if (p.active)
                    m_activeProviders << p;
            const QVariant provider = m_askProvider->currentData();
            const QString scope = m_askScope->currentData().toString();
            {
                const QSignalBlocker a(m_askProvider);
                const QSignalBlocker b(m_askScope);
                m_askProvider->clear();
                m_askProvider->addItem(tr("Default provider"), QVariant(qint64(0)));
                for (const AiProvider& p : m_activeProviders)
                    m_askProvider->addItem(p.tenantId ? QStringLiteral("%1 (%2)").arg(p.name, p.tenantSlug)
                                                      : p.name,
                                           QVariant(p.id));
                m_askProvider->setCurrentIndex(std::max(0, m_askProvider->findData(provider)));
                m_askScope->clear();
                m_askScope->addItem(tr("The whole platform"), QString());
                for (const QString& slug : fetched.tenants)
                    m_askScope->addItem(slug, slug);
                m_askScope->setCurrentIndex(std::max(0, m_askScope->findData(scope)));
            }
            m_consolePrompts = fetched.prompts;
            {
                const QString prompt = m_askPrompt->currentData().toString();
                const QSignalBlocker c(m_askPrompt);
                m_askPrompt->clear();
                m_askPrompt->addItem(tr("No prompt"), QString());
                for (const auto& [p, v] : std::as_const(m_consolePrompts))
                    m_askPrompt->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
                m_askPrompt->setCurrentIndex(std::max(0, m_askPrompt->findData(prompt)));
            }
            showPromptFields();
            reloadThreads();
        });
}

void AiPane::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool may = caps.can(Capability::ManageProviders);
    const QString why = caps.whyNot(Capability::ManageProviders);
    const AiProvider* p = m_model->rowAt(m_table->currentIndex().row());
    m_add->setEnabled(may);
    m_makeDefault->setEnabled(may && p && p->active && !p->isDefault);
    m_toggleActive->setEnabled(may && p);
    m_toggleActive->setText(p && !p->active ? tr("A&ctivate…") : tr("Dea&ctivate…"));
    m_delete->setEnabled(may && p && p->threads == 0);
    m_prune->setEnabled(may);
    for (QPushButton* b : {m_add, m_makeDefault, m_toggleActive, m_delete, m_prune})
        b->setToolTip(may ? QString() : why);
    if (may && p && p->threads > 0)
        m_delete->setToolTip(tr("Threads use this provider: deactivate it instead (its history stays)."));
}

void AiPane::addProvider()
{
    load(
        QStringLiteral("add-choices"),
        [](Database& db) {
            AiProviderChoices choices;
            choices.tenants = TenantRepository(db).liveSlugs();
            for (const ApiKey& k : KeyVault::keys(db)) {
                if (k.status != QLatin1String("revoked"))
                    choices.keys[k.providerCode] << k.label;
            }
            return choices;
        },
        [this](const AiProviderChoices& choices) {
            auto* dialog = new AiProviderDialog(choices.tenants, choices.keys, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog] {
                const NewAiProvider in = dialog->value();
                WriteRunner::run(
                    m_context, this, [in](Database& db) { return AiProviders::planAdd(db, in); },
                    [this, name = in.name](const Result<QJsonObject>& r) {
                        afterWrite(r, tr("Added AI provider \"%1\".").arg(name));
                    });
            });
            dialog->open();
        });
}

void AiPane::changeSelected(const QString& what)
{
    const AiProvider* selected = m_model->rowAt(m_table->currentIndex().row());
    if (!selected)
        return;
    const qint64 id = selected->id;
    const bool active = selected->active;
    WriteRunner::run(
        m_context, this,
        [id, what, active](Database& db) {
            // Planned from the row as it is now, not as the table last showed it.
            const AiProvider p = AiProviders::require(db, QString::number(id));
            if (what == QLatin1String("default"))
                return AiProviders::planSetDefault(db, p);
            if (what == QLatin1String("active"))
                return AiProviders::planSetActive(db, p, !active);
            return AiProviders::planDelete(db, p);
        },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Done.")); });
}

void AiPane::saveRetention()
{
    const int retention = m_retention->value();
    const int idle = m_idle->value();
    WriteRunner::run(
        m_context, this,
        [retention, idle](Database& db) { return AiRetention::planSettings(db, retention, idle); },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Saved the AI platform's retention.")); });
}

void AiPane::prune()
{
    WriteRunner::run(
        m_context, this,
        [](Database& db) { return AiRetention::planPrune(db, QDateTime::currentDateTimeUtc()); },
        [this](const Result<QJsonObject>& r) {
            if (r && WriteRunner::unchanged(r.value()))
                return m_messages->show(MessageBar::Info, tr("Nothing is past its retention."));
            if (!r)
                return showFailure(r.error());
            afterWrite(r, tr("Deleted %1 AI audit rows and closed %2 idle threads.")
                              .arg(r.value().value(QStringLiteral("audit_pruned")).toInteger())
                              .arg(r.value().value(QStringLiteral("threads_closed")).toInteger()));
        });
}

void AiPane::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    if (!WriteRunner::unchanged(result.value()))
        m_messages->show(MessageBar::Info, done);
    reload();
}

} // namespace fusion
