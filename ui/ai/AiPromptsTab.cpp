#include "ui/ai/AiPromptsTab.h"

#include "models/ai/PromptTemplate.h"
#include "models/ai/TextDiff.h"
#include "models/roles/Capabilities.h"
#include "models/tenants/TenantRepository.h"
#include "ui/ai/PromptHighlighter.h"
#include "ui/common/AppContext.h"
#include "ui/common/FlatList.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteButton.h"
#include "ui/common/WriteRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {
struct PromptsData {
    QList<Prompt> prompts;
    QStringList tenants;
};
struct PromptHistory {
    Prompt prompt;
    QList<PromptVersion> versions;
};

// Where the prompt library may be changed: the API roles for every scope, a tenant admin for their tenants
// (the database refuses the rest, and says so).
bool mayEdit(const Capabilities& caps)
{
    return caps.can(Capability::ManageProviders) || caps.has(Roles::TenantAdmin);
}

} // namespace

AiPromptsTab::AiPromptsTab(AppContext* context, QWidget* parent)
    : Pane(context, parent)
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("aiPromptsTab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    placeMessageBar(layout);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildList());
    auto* right = new QTabWidget(split);
    right->setObjectName(QStringLiteral("promptSubTabs"));
    right->addTab(buildEditor(), tr("Editor"));
    right->addTab(buildHistory(), tr("History"));
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({380, 900}); // the list's four columns fit beside the editor at 1280 pixels
    layout->addWidget(split);

    // Parsing and rendering are linear, but a preview per keystroke of a long template is wasted work.
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &AiPromptsTab::updatePreview);
    watchTables({QStringLiteral("ai_prompts"), QStringLiteral("ai_prompt_versions")});
    updateButtons();
}

QWidget* AiPromptsTab::buildList()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* buttons = new QHBoxLayout;
    m_newPrompt = new QPushButton(tr("&New Prompt"), page);
    m_newPrompt->setObjectName(QStringLiteral("newPromptButton"));
    m_toggleActive = makeWriteButton(QStringLiteral("togglePromptActiveButton"), tr("Deac&tivate…"), page);
    buttons->addWidget(m_newPrompt);
    buttons->addWidget(m_toggleActive);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_list = makeFlatList(QStringLiteral("promptList"),
                          {tr("Code"), tr("Name"), tr("Scope"), tr("Published")}, page);
    layout->addWidget(m_list);
    coverWhileLoading(m_list);
    m_showInactive = new QCheckBox(tr("Show &inactive prompts"), page);
    m_showInactive->setObjectName(QStringLiteral("showInactivePromptsCheck"));
    layout->addWidget(m_showInactive);
    connect(m_showInactive, &QCheckBox::toggled, this, &AiPromptsTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AiPromptsTab::selectPrompt);
    connect(m_newPrompt, &QPushButton::clicked, this, &AiPromptsTab::startNewPrompt);
    connect(m_toggleActive, &QPushButton::clicked, this, &AiPromptsTab::toggleActive);
    return page;
}

QWidget* AiPromptsTab::buildEditor()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_heading = new QLabel(page);
    m_heading->setObjectName(QStringLiteral("promptHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    auto* form = new QFormLayout;
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("promptCodeEdit"));
    m_code->setPlaceholderText(tr("e.g. tenant_summary"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("promptNameEdit"));
    m_scope = new QComboBox(page);
    m_scope->setObjectName(QStringLiteral("promptScopeCombo"));
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("&Scope:"), m_scope);
    layout->addLayout(form);

    auto* split = new QSplitter(Qt::Vertical, page);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* templateLabel = new QLabel(tr("&Template (variables as {{name}}):"), top);
    m_template = new QPlainTextEdit(top);
    m_template->setObjectName(QStringLiteral("promptTemplateEdit"));
    m_template->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    templateLabel->setBuddy(m_template);
    m_highlighter = new PromptHighlighter(m_template->document());
    topLayout->addWidget(templateLabel);
    topLayout->addWidget(m_template);
    m_parseProblem = new QLabel(top);
    m_parseProblem->setObjectName(QStringLiteral("promptParseProblem"));
    m_parseProblem->setWordWrap(true);
    m_parseProblem->setStyleSheet(QStringLiteral("color: #c62828;"));
    topLayout->addWidget(m_parseProblem);
    auto* declaredRow = new QHBoxLayout;
    auto* declaredLabel = new QLabel(tr("&Declared variables:"), top);
    m_declared = new QLineEdit(top);
    m_declared->setObjectName(QStringLiteral("promptVariablesEdit"));
    m_declared->setPlaceholderText(tr("comma-separated, e.g. tenant, question"));
    declaredLabel->setBuddy(m_declared);
    m_declareDetected = new QPushButton(tr("Declare &Detected"), top);
    m_declareDetected->setObjectName(QStringLiteral("declareDetectedButton"));
    declaredRow->addWidget(declaredLabel);
    declaredRow->addWidget(m_declared, 1);
    declaredRow->addWidget(m_declareDetected);
    topLayout->addLayout(declaredRow);
    m_detected = new QLabel(top);
    m_detected->setObjectName(QStringLiteral("promptDetectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextFormat(Qt::PlainText);
    topLayout->addWidget(m_detected);
    split->addWidget(top);

    auto* bottom = new QWidget(split);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* valuesBox = new QVBoxLayout;
    valuesBox->addWidget(new QLabel(tr("Values for the preview:"), bottom));
    m_values = new QTableWidget(0, 2, bottom);
    m_values->setObjectName(QStringLiteral("promptValuesTable"));
    m_values->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    valuesBox->addWidget(m_values);
    bottomLayout->addLayout(valuesBox, 2);
    auto* previewBox = new QVBoxLayout;
    previewBox->addWidget(new QLabel(tr("Preview:"), bottom));
    m_preview = new QPlainTextEdit(bottom);
    m_preview->setObjectName(QStringLiteral("promptPreview"));
    m_preview->setReadOnly(true);
    previewBox->addWidget(m_preview);
    m_previewProblem = new QLabel(bottom);
    m_previewProblem->setObjectName(QStringLiteral("promptPreviewProblem"));
    m_previewProblem->setWordWrap(true);
    m_previewProblem->setTextFormat(Qt::PlainText);
    previewBox->addWidget(m_previewProblem);
    bottomLayout->addLayout(previewBox, 3);
    split->addWidget(bottom);
    layout->addWidget(split, 1);

    auto* saveRow = new QHBoxLayout;
    m_note = new QLineEdit(page);
    m_note->setObjectName(QStringLiteral("promptNoteEdit"));
    m_note->setPlaceholderText(tr("What changed (kept with the version)"));
    m_publishOnSave = new QCheckBox(tr("&Publish it"), page);
    m_publishOnSave->setObjectName(QStringLiteral("promptPublishCheck"));
    m_publishOnSave->setChecked(true);
    m_save = makeWriteButton(QStringLiteral("savePromptButton"), tr("Sa&ve as New Version…"), page);
    saveRow->addWidget(m_note, 1);
    saveRow->addWidget(m_publishOnSave);
    saveRow->addWidget(m_save);
    layout->addLayout(saveRow);

    connect(m_template, &QPlainTextEdit::textChanged, this, &AiPromptsTab::templateEdited);
    connect(m_declared, &QLineEdit::textChanged, this, [this] {
        rebuildValues();
        m_previewTimer->start();
    });
    connect(m_values, &QTableWidget::itemChanged, this, [this] { m_previewTimer->start(); });
    connect(m_declareDetected, &QPushButton::clicked, this, &AiPromptsTab::declareDetected);
    connect(m_save, &QPushButton::clicked, this, &AiPromptsTab::save);
    for (QLineEdit* e : {m_code, m_name, m_note})
        connect(e, &QLineEdit::textChanged, this, &AiPromptsTab::updateButtons);
    return page;
}

QWidget* AiPromptsTab::buildHistory()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_versionList = makeFlatList(QStringLiteral("promptVersionList"),
                                 {tr("Version"), tr("Note"), tr("By"), tr("Saved")}, page);
    layout->addWidget(m_versionList, 2);
    auto* buttons = new QHBoxLayout;
    m_openVersion = new QPushButton(tr("&Open in Editor"), page);
    m_openVersion->setObjectName(QStringLiteral("openPromptVersionButton"));
    m_publish = makeWriteButton(QStringLiteral("publishPromptButton"), tr("P&ublish This Version…"), page);
    buttons->addWidget(m_openVersion);
    buttons->addWidget(m_publish);
    buttons->addStretch();
    buttons->addWidget(new QLabel(tr("Compare"), page));
    m_diffFrom = new QComboBox(page);
    m_diffFrom->setObjectName(QStringLiteral("diffFromCombo"));
    m_diffTo = new QComboBox(page);
    m_diffTo->setObjectName(QStringLiteral("diffToCombo"));
    buttons->addWidget(m_diffFrom);
    buttons->addWidget(new QLabel(tr("with"), page));
    buttons->addWidget(m_diffTo);
    layout->addLayout(buttons);
    m_diff = new QPlainTextEdit(page);
    m_diff->setObjectName(QStringLiteral("promptDiffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_diff, 3);
    connect(m_versionList, &QTreeWidget::currentItemChanged, this, &AiPromptsTab::updateButtons);
    connect(m_versionList, &QTreeWidget::itemDoubleClicked, this, [this] { m_openVersion->click(); });
    connect(m_openVersion, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem* item = m_versionList->currentItem();
        if (!item)
            return;
        const int v = item->data(0, Qt::UserRole).toInt();
        for (const PromptVersion& pv : std::as_const(m_versions)) {
            if (pv.version == v)
                loadVersionIntoEditor(pv);
        }
        if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("promptSubTabs")))
            tabs->setCurrentIndex(0);
    });
    connect(m_publish, &QPushButton::clicked, this, &AiPromptsTab::publishSelected);
    connect(m_diffFrom, &QComboBox::currentIndexChanged, this, &AiPromptsTab::showDiff);
    connect(m_diffTo, &QComboBox::currentIndexChanged, this, &AiPromptsTab::showDiff);
    return page;
}

void AiPromptsTab::reload()
{
    const bool inactive = m_showInactive->isChecked();
    loadPane(
        [inactive](Database& db) {
            PromptsData fetched;
            fetched.prompts = PromptLibrary::list(db, inactive);
            fetched.tenants = TenantRepository(db).liveSlugs();
            return fetched;
        },
        [this](const PromptsData& fetched) { showPrompts(fetched.prompts, fetched.tenants); });
}

void AiPromptsTab::showPrompts(const QList<Prompt>& prompts, const QStringList& tenants)
{
    const QString scope = m_scope->currentData().toString();
    m_scope->clear();
    m_scope->addItem(tr("Every scope"), QString());
    for (const QString& slug : tenants)
        m_scope->addItem(slug, slug);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(scope)));

    m_prompts = prompts;
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* selected = nullptr;
    for (const Prompt& p : prompts) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, p.code);
        item->setText(1, p.name);
        item->setText(2, p.scopeText());
        item->setText(3, p.publishedVersion ? tr("v%1 of %2").arg(*p.publishedVersion).arg(p.latestVersion)
                                            : tr("none"));
        if (!p.active) {
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("Inactive: the console does not offer it."));
        }
        item->setData(0, Qt::UserRole, p.code);
        if (p.code == m_selectedCode)
            selected = item;
    }
    if (!selected && !m_creating && m_list->topLevelItemCount() > 0)
        selected = m_list->topLevelItem(0);
    if (selected) {
        m_list->setCurrentItem(selected);
        selectPrompt();
    } else if (!m_creating) {
        startNewPrompt();
    }
    updateButtons();
}

const Prompt* AiPromptsTab::currentPrompt() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || m_creating)
        return nullptr;
    const QString code = item->data(0, Qt::UserRole).toString();
    for (const Prompt& p : m_prompts) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

void AiPromptsTab::selectPrompt()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const QString code = item->data(0, Qt::UserRole).toString();
    const bool samePrompt = code == m_selectedCode && !m_creating;
    m_creating = false;
    m_selectedCode = code;
    load(
        QStringLiteral("history"),
        [code](Database& db) {
            PromptHistory h;
            h.prompt = PromptLibrary::require(db, code);
            h.versions = PromptLibrary::versions(db, h.prompt);
            return h;
        },
        [this, samePrompt](const PromptHistory& h) {
            // A reload after someone else's save keeps what is being typed; choosing a prompt shows it.
            const bool keepEditor = samePrompt && m_template->document()->isModified();
            showVersions(h.prompt, h.versions);
            if (!keepEditor && !h.versions.isEmpty()) {
                const int shown = h.prompt.publishedVersion.value_or(h.versions.last().version);
                for (const PromptVersion& v : h.versions) {
                    if (v.version == shown)
                        loadVersionIntoEditor(v);
                }
            }
        });
}

void AiPromptsTab::showVersions(const Prompt& prompt, const QList<PromptVersion>& versions)
{
    m_versions = versions;
    m_code->setText(prompt.code);
    m_name->setText(prompt.name);
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(prompt.tenantSlug)));
    m_code->setReadOnly(true);
    m_scope->setEnabled(false);
    m_heading->setText(tr("%1 — %2").arg(prompt.code, prompt.name));

    const QSignalBlocker block(m_versionList);
    m_versionList->clear();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        auto* item = new QTreeWidgetItem(m_versionList);
        const bool published = prompt.publishedVersion == it->version;
        item->setText(0, published ? tr("v%1 (published)").arg(it->version) : tr("v%1").arg(it->version));
        item->setText(1, it->note);
        item->setText(2, it->createdBy);
        item->setText(3, QLocale().toString(it->createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setData(0, Qt::UserRole, it->version);
        if (published) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
    }
    const QSignalBlocker blockFrom(m_diffFrom);
    const QSignalBlocker blockTo(m_diffTo);
    m_diffFrom->clear();
    m_diffTo->clear();
    for (const PromptVersion& v : versions) {
        m_diffFrom->addItem(tr("v%1").arg(v.version), v.version);
        m_diffTo->addItem(tr("v%1").arg(v.version), v.version);
    }
    m_diffTo->setCurrentIndex(int(versions.size()) - 1); // the last change is what one usually wants to see
    m_diffFrom->setCurrentIndex(std::max(0, int(versions.size()) - 2));
    showDiff();
    updateButtons();
}

void AiPromptsTab::startNewPrompt()
{
    m_creating = true;
    m_selectedCode.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(nullptr);
    }
    m_versions.clear();
    m_versionList->clear();
    m_diffFrom->clear();
    m_diffTo->clear();
    m_diff->clear();
    m_heading->setText(tr("New prompt"));
    m_code->clear();
    m_code->setReadOnly(false);
    m_name->clear();
    m_scope->setEnabled(true);
    m_note->clear();
    m_declared->clear();
    m_template->setPlainText(QString());
    m_template->document()->setModified(false);
    m_code->setFocus();
    updateButtons();
}

void AiPromptsTab::loadVersionIntoEditor(const PromptVersion& version)
{
    m_template->setPlainText(version.templateText);
    m_template->document()->setModified(false);
    m_declared->setText(version.variables.join(QStringLiteral(", ")));
    m_note->clear();
    updatePreview();
}

QStringList AiPromptsTab::declaredNames() const
{
    QStringList names;
    for (const QString& part : m_declared->text().split(QRegularExpression(QStringLiteral("[,\\s]+")))) {
        if (!part.isEmpty() && !names.contains(part))
            names << part;
    }
    return names;
}

void AiPromptsTab::templateEdited()
{
    m_previewTimer->start();
    updateButtons();
}

void AiPromptsTab::rebuildValues()
{
    // Values typed so far are kept by name: renaming one variable loses only its own value.
    QHash<QString, QString> typed;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        if (m_values->item(r, 0) && m_values->item(r, 1))
            typed.insert(m_values->item(r, 0)->text(), m_values->item(r, 1)->text());
    }
    const QSignalBlocker block(m_values);
    const QStringList names = declaredNames();
    m_values->setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        auto* name = new QTableWidgetItem(names[r]);
        name->setFlags(Qt::ItemIsEnabled);
        m_values->setItem(r, 0, name);
        m_values->setItem(r, 1, new QTableWidgetItem(typed.value(names[r])));
    }
}

void AiPromptsTab::updatePreview()
{
    const PromptTemplate parsed = PromptTemplate::parse(m_template->toPlainText());
    const QStringList declared = declaredNames();
    if (!parsed.isValid()) {
        const PromptProblem& p = parsed.problem();
        m_parseProblem->setText(p.message); // it names the line and column
        m_parseProblem->show();
        m_detected->clear();
        m_preview->clear();
        m_previewProblem->setText(tr("Fix the template to see the preview."));
        updateButtons();
        return;
    }
    m_parseProblem->hide();
    QStringList undeclared, unused;
    for (const QString& v : parsed.variables()) {
        if (!declared.contains(v))
            undeclared << v;
    }
    for (const QString& d : declared) {
        if (!parsed.variables().contains(d))
            unused << d;
    }
    QStringList lines;
    lines << (parsed.variables().isEmpty()
                  ? tr("No variables in the template.")
                  : tr("Detected: %1").arg(parsed.variables().join(QStringLiteral(", "))));
    if (!undeclared.isEmpty())
        lines << tr("Not declared (saving is refused): %1").arg(undeclared.join(QStringLiteral(", ")));
    if (!unused.isEmpty())
        lines << tr("Declared but unused (callers must still give them): %1")
                     .arg(unused.join(QStringLiteral(", ")));
    m_detected->setText(lines.join(QLatin1Char('\n')));
    m_declareDetected->setEnabled(!undeclared.isEmpty());

    QHash<QString, QString> values;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        if (m_values->item(r, 0) && m_values->item(r, 1))
            values.insert(m_values->item(r, 0)->text(), m_values->item(r, 1)->text());
    }
    const PromptTemplate::Rendered rendered = parsed.render(values, declared);
    if (rendered.ok()) {
        m_preview->setPlainText(rendered.text);
        m_previewProblem->clear();
    } else {
        m_preview->clear();
        m_previewProblem->setText(rendered.problem.message);
    }
    updateButtons();
}

QString AiPromptsTab::previewText() const
{
    return m_preview->toPlainText();
}

void AiPromptsTab::declareDetected()
{
    QStringList names = declaredNames();
    const PromptTemplate parsed = PromptTemplate::parse(m_template->toPlainText());
    for (const QString& v : parsed.variables()) {
        if (!names.contains(v))
            names << v;
    }
    m_declared->setText(names.join(QStringLiteral(", ")));
}

void AiPromptsTab::updateButtons()
{
    const Capabilities& caps = m_context->capabilities();
    const bool may = mayEdit(caps);
    const QString why = may ? QString()
                            : tr("Changing prompts needs an API role or a tenant admin role (you have %1).")
                                  .arg(caps.effectiveRoleNames().join(QStringLiteral(", ")));
    const Prompt* p = currentPrompt();
    const bool parses = PromptTemplate::parse(m_template->toPlainText()).isValid();
    const bool filled =
        !m_template->toPlainText().trimmed().isEmpty() &&
        (!m_creating || (!m_code->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty()));
    m_save->setEnabled(may && parses && filled && (m_creating || p));
    m_save->setText(m_creating ? tr("Sa&ve New Prompt…") : tr("Sa&ve as New Version…"));
    m_publishOnSave->setVisible(!m_creating); // a new prompt's first version is published at once
    m_toggleActive->setEnabled(may && p);
    m_toggleActive->setText(p && !p->active ? tr("Ac&tivate…") : tr("Deac&tivate…"));
    const QTreeWidgetItem* v = m_versionList->currentItem();
    const bool vPublished = p && v && p->publishedVersion == v->data(0, Qt::UserRole).toInt();
    m_publish->setEnabled(may && p && v && !vPublished);
    m_openVersion->setEnabled(v != nullptr);
    for (QPushButton* b : {m_save, m_toggleActive, m_publish})
        b->setToolTip(why);
}

void AiPromptsTab::save()
{
    const QString text = m_template->toPlainText();
    const QStringList declared = declaredNames();
    const QString note = m_note->text().trimmed();
    if (m_creating) {
        const QString code = m_code->text().trimmed();
        const QString name = m_name->text().trimmed();
        const QString scope = m_scope->currentData().toString();
        WriteRunner::run(
            m_context, this,
            [=](Database& db) {
                return PromptLibrary::planCreate(db, code, name, scope, text, declared, note);
            },
            [this, code](const Result<QJsonObject>& r) {
                if (r) {
                    m_creating = false;
                    m_selectedCode = code;
                    m_template->document()->setModified(false);
                }
                afterWrite(r, tr("Saved prompt \"%1\" (version 1, published).").arg(code));
            });
        return;
    }
    const QString code = m_selectedCode;
    const bool publish = m_publishOnSave->isChecked();
    WriteRunner::run(
        m_context, this,
        [=](Database& db) {
            // Planned against the prompt as it is now: another session may have saved a version since.
            const Prompt p = PromptLibrary::require(db, code);
            return PromptLibrary::planNewVersion(db, p, text, declared, note, publish);
        },
        [this, code](const Result<QJsonObject>& r) {
            if (r)
                m_template->document()->setModified(false);
            afterWrite(r, tr("Saved a new version of \"%1\".").arg(code));
        });
}

void AiPromptsTab::publishSelected()
{
    const QTreeWidgetItem* item = m_versionList->currentItem();
    if (!item || m_selectedCode.isEmpty())
        return;
    const int version = item->data(0, Qt::UserRole).toInt();
    const QString code = m_selectedCode;
    WriteRunner::run(
        m_context, this,
        [=](Database& db) {
            return PromptLibrary::planPublish(db, PromptLibrary::require(db, code), version);
        },
        [this, code, version](const Result<QJsonObject>& r) {
            afterWrite(r, tr("Published version %1 of \"%2\".").arg(version).arg(code));
        });
}

void AiPromptsTab::toggleActive()
{
    const Prompt* p = currentPrompt();
    if (!p)
        return;
    const QString code = p->code;
    const bool active = !p->active;
    WriteRunner::run(
        m_context, this,
        [=](Database& db) {
            return PromptLibrary::planSetActive(db, PromptLibrary::require(db, code), active);
        },
        [this](const Result<QJsonObject>& r) { afterWrite(r, tr("Done.")); });
}

void AiPromptsTab::showDiff()
{
    if (m_selectedCode.isEmpty() || m_diffFrom->count() == 0) {
        m_diff->clear();
        return;
    }
    const int from = m_diffFrom->currentData().toInt();
    const int to = m_diffTo->currentData().toInt();
    if (from == to) {
        m_diff->setPlainText(tr("Choose two different versions to compare."));
        return;
    }
    const QString code = m_selectedCode;
    // A diff of two long versions takes a moment: it is worked out off the GUI thread.
    load(
        QStringLiteral("diff"),
        [code, from, to](Database& db) {
            const TextDiff d = PromptLibrary::diff(db, PromptLibrary::require(db, code), from, to);
            QString text = d.isIdentical() ? tr("The two versions are the same.") : d.unified();
            if (d.isApproximate())
                text.prepend(tr("(The versions differ too much for an exact diff; this one is close.)\n"));
            return text;
        },
        [this](const QString& text) {
            m_diff->setPlainText(text);
            // Colour the lines like a code review does: additions green, removals red.
            QList<QTextEdit::ExtraSelection> marks;
            for (QTextBlock b = m_diff->document()->begin(); b.isValid(); b = b.next()) {
                const QString line = b.text();
                QColor colour;
                if (line.startsWith(QLatin1Char('+')))
                    colour = QColor(0x2e, 0xa0, 0x43, 60);
                else if (line.startsWith(QLatin1Char('-')))
                    colour = QColor(0xcf, 0x22, 0x2e, 60);
                else if (line.startsWith(QLatin1String("@@")))
                    colour = QColor(0x54, 0xae, 0xff, 50);
                else
                    continue;
                QTextEdit::ExtraSelection s;
                s.cursor = QTextCursor(b);
                s.format.setBackground(colour);
                s.format.setProperty(QTextFormat::FullWidthSelection, true);
                marks << s;
            }
            m_diff->setExtraSelections(marks);
        });
}

void AiPromptsTab::afterWrite(const Result<QJsonObject>& result, const QString& done)
{
    if (!result)
        return showFailure(result.error());
    if (!WriteRunner::unchanged(result.value()))
        m_messages->show(MessageBar::Success, done);
    reload();
}

} // namespace fusion
