#include "ui/infra/InfraDialogs.h"

#include "models/controlplane/PlatformSettings.h"
#include "ui/common/Loads.h"
#include "ui/common/WriteRunner.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fusion {

namespace {

QLabel* problemLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

// ---- TagDialog ------------------------------------------------------------------------------------------

TagDialog::TagDialog(const QString& environment, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Record a tested image tag"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Only tags recorded here can be the target of an image upgrade in their "
                                "environment. Record the exact tag that passed, never a moving one such as "
                                "\"latest\"."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("tagEnvironmentCombo"));
    for (const QString& env : PlatformSettings::environments())
        m_environment->addItem(PlatformSettings::environmentLabel(env), env);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environment)));
    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("tagComponentCombo"));
    m_component->addItem(tr("Odoo"), QStringLiteral("odoo"));
    m_component->addItem(tr("PostgreSQL"), QStringLiteral("postgres"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("tagReferenceEdit"));
    m_reference->setPlaceholderText(QStringLiteral("registry.example.com/odoo:17.0-20261201"));
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("tagNotesEdit"));
    m_notes->setPlaceholderText(tr("What was tested, and where"));
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Component:"), m_component);
    form->addRow(tr("&Image:"), m_reference);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    m_problem = problemLabel(this, QStringLiteral("tagProblem"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reference, &QLineEdit::textChanged, this, &TagDialog::validate);
    connect(m_component, &QComboBox::currentIndexChanged, this, &TagDialog::validate);
    validate();
}

void TagDialog::validate()
{
    const QString problem = m_reference->text().trimmed().isEmpty()
                                ? tr("Enter the image and its tag.")
                                : ImageTags::validate(component(), reference());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString TagDialog::environment() const
{
    return m_environment->currentData().toString();
}
QString TagDialog::component() const
{
    return m_component->currentData().toString();
}
QString TagDialog::reference() const
{
    return m_reference->text().trimmed();
}
QString TagDialog::notes() const
{
    return m_notes->text().trimmed();
}

// ---- TemplateDialog -------------------------------------------------------------------------------------

TemplateDialog::TemplateDialog(const std::optional<TemplateInput>& current,
                               const QStringList& testedOdooImages, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("templateDialog"));
    setWindowTitle(current ? tr("Infra template %1").arg(current->name) : tr("New infra template"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateNameEdit"));
    m_chart = new QLineEdit(this);
    m_chart->setObjectName(QStringLiteral("templateChartEdit"));
    m_chart->setPlaceholderText(QStringLiteral("charts/odoo-tenant:2.4.1"));
    // Tested tags first: an image tenants can later be upgraded to, or any other one typed in.
    m_odoo = new QComboBox(this);
    m_odoo->setObjectName(QStringLiteral("templateOdooCombo"));
    m_odoo->setEditable(true);
    m_odoo->addItems(testedOdooImages);
    m_pg = new QLineEdit(this);
    m_pg->setObjectName(QStringLiteral("templatePgEdit"));
    m_pg->setPlaceholderText(QStringLiteral("postgres:15.8"));
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("templateSizeCombo"));
    m_size->addItems(InfraTemplates::sizeProfiles());
    m_env = new QPlainTextEdit(this);
    m_env->setObjectName(QStringLiteral("templateEnvEdit"));
    m_env->setMaximumHeight(fontMetrics().height() * 5);
    m_env->setPlainText(QStringLiteral("{}"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("templateVersionEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Helm &chart:"), m_chart);
    form->addRow(tr("&Odoo image:"), m_odoo);
    form->addRow(tr("&PostgreSQL image:"), m_pg);
    form->addRow(tr("&Size profile:"), m_size);
    form->addRow(tr("&Environment defaults (JSON):"), m_env);
    form->addRow(tr("&Version:"), m_version);
    layout->addLayout(form);
    m_problem = problemLabel(this, QStringLiteral("templateProblem"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(current ? tr("&Save…") : tr("&Create…"));
    layout->addWidget(m_buttons);
    if (current) {
        m_name->setText(current->name);
        m_name->setReadOnly(true);
        m_chart->setText(current->k8sChart);
        m_odoo->setCurrentText(current->imageOdoo);
        m_pg->setText(current->imagePg);
        m_size->setCurrentText(current->sizeProfile);
        m_env->setPlainText(current->envDefaults);
        m_version->setText(current->version);
    } else {
        m_odoo->setCurrentText(testedOdooImages.value(0));
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_name, m_chart, m_pg, m_version})
        connect(e, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_odoo, &QComboBox::currentTextChanged, this, &TemplateDialog::validate);
    connect(m_size, &QComboBox::currentIndexChanged, this, &TemplateDialog::validate);
    connect(m_env, &QPlainTextEdit::textChanged, this, &TemplateDialog::validate);
    validate();
}

void TemplateDialog::validate()
{
    const QStringList problems = InfraTemplates::validate(value());
    m_problem->setText(problems.value(0));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

TemplateInput TemplateDialog::value() const
{
    return {m_name->text().trimmed(),   m_chart->text().trimmed(), m_odoo->currentText().trimmed(),
            m_pg->text().trimmed(),     m_size->currentText(),     m_env->toPlainText(),
            m_version->text().trimmed()};
}

// ---- FreezeDialog ---------------------------------------------------------------------------------------

FreezeDialog::FreezeDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("freezeDialog"));
    setWindowTitle(tr("Freeze all operations"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("While frozen, no one — people, fusionctl, n8n or the AI console — can create or "
                      "start an operation; running ones finish. Say why: everyone refused reads it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("freezeReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Incident 42: storage cluster degraded"));
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Freeze…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

QString FreezeDialog::reason() const
{
    return m_reason->text().trimmed();
}

void toggleOperationsFreeze(AppContext* context, QWidget* parent, bool frozen,
                            const std::function<void(const Result<QJsonObject>&, const QString&)>& done)
{
    if (frozen) {
        WriteRunner::run(
            context, parent, [](Database& db) { return PlatformSettings::planUnfreeze(db); },
            [done](const Result<QJsonObject>& r) { done(r, FreezeDialog::tr("Operations are unfrozen.")); });
        return;
    }
    // The reason is asked for in the confirmation's own terms: a short dialog first.
    auto* dialog = new FreezeDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [context, parent, dialog, done] {
        const QString reason = dialog->reason();
        WriteRunner::run(
            context, parent, [reason](Database& db) { return PlatformSettings::planFreeze(db, reason); },
            [done](const Result<QJsonObject>& r) { done(r, FreezeDialog::tr("Operations are frozen.")); });
    });
    dialog->open();
}

// ---- WindowDialog ---------------------------------------------------------------------------------------

WindowDialog::WindowDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("windowDialog"));
    setWindowTitle(tr("New maintenance window"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("windowNameEdit"));
    m_name->setPlaceholderText(tr("Weekly maintenance"));
    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    m_start->setCalendarPopup(true);
    // The next full hour: a window starts on the hour unless said otherwise.
    QDateTime next = QDateTime::currentDateTimeUtc().addSecs(3600);
    next.setTime(QTime(next.time().hour(), 0));
    m_start->setDateTime(next);
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("windowHoursSpin"));
    m_hours->setRange(1, MaintenanceWindows::kMaxHours);
    m_hours->setValue(2);
    m_hours->setSuffix(tr(" h"));
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("windowNotesEdit"));
    m_notes->setPlaceholderText(tr("What tenants were told"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Lasts:"), m_hours);
    form->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(form);
    m_problem = problemLabel(this, QStringLiteral("windowProblem"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WindowDialog::validate);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &WindowDialog::validate);
    connect(m_hours, &QSpinBox::valueChanged, this, &WindowDialog::validate);
    validate();
}

void WindowDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Name the window as tenants know it.");
    else if (endsAt() <= QDateTime::currentDateTimeUtc())
        problem = tr("That window would already be over.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString WindowDialog::name() const
{
    return m_name->text().trimmed();
}
QDateTime WindowDialog::startsAt() const
{
    return m_start->dateTime().toUTC();
}
QDateTime WindowDialog::endsAt() const
{
    return startsAt().addSecs(qint64(m_hours->value()) * 3600);
}
QString WindowDialog::notes() const
{
    return m_notes->text().trimmed();
}

// ---- UpgradeDialog --------------------------------------------------------------------------------------

UpgradeDialog::UpgradeDialog(AppContext* context, const QList<TestedTag>& tags,
                             const QList<MaintenanceWindow>& windows, const QStringList& tenantSlugs,
                             QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_loads(new Loads(context, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("upgradeDialog"));
    setWindowTitle(tr("Upgrade images"));
    resize(720, 560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("upgradeTagCombo"));
    for (const TestedTag& t : tags)
        m_tag->addItem(QStringLiteral("%1  (%2)").arg(t.reference(), t.component), t.id);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("upgradeWindowCombo"));
    for (const MaintenanceWindow& w : windows)
        m_window->addItem(QStringLiteral("%1 — %2").arg(w.name, MaintenanceWindows::spanText(w)), w.id);
    m_allActive = new QRadioButton(tr("Every &active tenant"), this);
    m_allActive->setObjectName(QStringLiteral("upgradeAllActiveRadio"));
    m_listed = new QRadioButton(tr("These &tenants (slugs, one per line or separated by commas):"), this);
    m_listed->setObjectName(QStringLiteral("upgradeListedRadio"));
    m_slugs = new QPlainTextEdit(this);
    m_slugs->setObjectName(QStringLiteral("upgradeSlugsEdit"));
    m_slugs->setMaximumHeight(fontMetrics().height() * 4);
    m_slugs->setPlainText(tenantSlugs.join(QLatin1Char('\n')));
    (tenantSlugs.isEmpty() ? m_allActive : m_listed)->setChecked(true);
    m_waveSize = new QSpinBox(this);
    m_waveSize->setObjectName(QStringLiteral("upgradeWaveSizeSpin"));
    m_waveSize->setRange(1, ImageUpgrade::kMaxWaveSize);
    m_waveSize->setValue(50);
    m_waveSize->setSuffix(tr(" tenants"));
    m_gap = new QSpinBox(this);
    m_gap->setObjectName(QStringLiteral("upgradeGapSpin"));
    m_gap->setRange(0, 1440);
    m_gap->setValue(30);
    m_gap->setSuffix(tr(" min"));
    form->addRow(tr("&Image:"), m_tag);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(tr("Waves of:"), m_waveSize);
    form->addRow(tr("&Every:"), m_gap);
    layout->addLayout(form);
    layout->addWidget(m_allActive);
    layout->addWidget(m_listed);
    layout->addWidget(m_slugs);
    m_summary = problemLabel(this, QStringLiteral("upgradeSummary"));
    layout->addWidget(m_summary);
    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("upgradePreview"));
    m_preview->setHeaderLabels({tr("Wave / tenant"), tr("When (UTC)"), tr("Runs now")});
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->setRootIsDecorated(true);
    layout->addWidget(m_preview, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &UpgradeDialog::schedulePreview);
    const auto later = [this] { m_debounce->start(); };
    connect(m_tag, &QComboBox::currentIndexChanged, this, later);
    connect(m_window, &QComboBox::currentIndexChanged, this, later);
    connect(m_allActive, &QRadioButton::toggled, this, later);
    connect(m_slugs, &QPlainTextEdit::textChanged, this, later);
    connect(m_waveSize, &QSpinBox::valueChanged, this, later);
    connect(m_gap, &QSpinBox::valueChanged, this, later);
    m_loads->cover(m_preview, QStringLiteral("preview"));
    schedulePreview();
}

UpgradeRequest UpgradeDialog::request() const
{
    UpgradeRequest r;
    const QString text = m_tag->currentText();
    r.reference = text.section(QStringLiteral("  ("), 0, 0);
    r.component = text.section(QStringLiteral("  ("), 1).chopped(1);
    r.windowId = m_window->currentData().toLongLong();
    r.allActive = m_allActive->isChecked();
    if (!r.allActive) {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        r.tenantSlugs = m_slugs->toPlainText().split(separators, Qt::SkipEmptyParts);
    }
    r.waveSize = m_waveSize->value();
    r.waveGapMinutes = m_gap->value();
    return r;
}

void UpgradeDialog::schedulePreview()
{
    m_slugs->setEnabled(m_listed->isChecked());
    if (m_tag->count() == 0)
        return showProblem(tr("No image tag is recorded as tested here: record one first (Tested tags)."));
    if (m_window->count() == 0)
        return showProblem(tr("No maintenance window is coming up: create one first (Maintenance windows)."));
    const UpgradeRequest r = request();
    if (!r.allActive && r.tenantSlugs.isEmpty())
        return showProblem(tr("Name at least one tenant."));
    m_loads->run(
        QStringLiteral("preview"), [r](Database& db) { return ImageUpgrade::preview(db, r); },
        [this](const UpgradePreview& p) { showPreview(p); },
        [this](const Error& e) { showProblem(e.message); });
}

void UpgradeDialog::showProblem(const QString& problem)
{
    m_previewCount = 0;
    m_preview->clear();
    m_summary->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void UpgradeDialog::showPreview(const UpgradePreview& p)
{
    m_preview->clear();
    m_previewCount = p.count();
    for (const UpgradeWave& w : p.waves) {
        auto* wave = new QTreeWidgetItem(
            m_preview, {tr("Wave %1 (%n tenant(s))", nullptr, int(w.tenants.size())).arg(w.number),
                        w.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        {}});
        for (const UpgradeTarget& t : w.tenants)
            new QTreeWidgetItem(wave, {t.slug, {}, t.currentImage});
        wave->setExpanded(p.waves.size() <= 3);
    }
    if (!p.skipped.isEmpty()) {
        auto* skipped =
            new QTreeWidgetItem(m_preview, {tr("Not upgraded (%n)", nullptr, int(p.skipped.size())), {}, {}});
        for (const UpgradeSkip& s : p.skipped)
            new QTreeWidgetItem(skipped, {s.slug, {}, s.reason});
        skipped->setExpanded(true);
    }
    QString summary = tr("%n tenant(s) to %1 in %2 wave(s).", nullptr, p.count())
                          .arg(p.tag.reference())
                          .arg(p.waves.size());
    if (!p.blocked.isEmpty())
        summary = p.blocked;
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.count() > 0 && p.blocked.isEmpty());
}

} // namespace fusion
