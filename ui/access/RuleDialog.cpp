#include "ui/access/RuleDialog.h"

#include "models/policy/Consumers.h"
#include "ui/access/LimitField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

RuleDialog::RuleDialog(Mode mode, const QStringList& consumers, const QStringList& providers,
                       const std::optional<AccessRule>& existing, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(mode == Mode::Propose ? tr("Propose an Access Rule Change")
                   : existing            ? tr("Edit Access Rule")
                                         : tr("Add Access Rule"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(mode == Mode::Propose
                       ? tr("Your change is saved as a proposal; an owner approves or rejects it.")
                       : tr("Budgets are in USD and counted per UTC day and month; a limit left unchecked "
                            "does not apply. Without a rule, a consumer's calls are refused."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_consumer = new QComboBox(this);
    m_consumer->setObjectName(QStringLiteral("consumerCombo"));
    m_consumer->setEditable(!existing && mode == Mode::Edit);
    m_consumer->addItems(consumers);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItems(providers);
    m_enabled = new QCheckBox(tr("Calls are allowed"), this);
    m_enabled->setObjectName(QStringLiteral("enabledCheck"));
    m_enabled->setChecked(true);
    m_monthly = new LimitField(LimitField::Kind::Money, QStringLiteral("monthlyBudget"), this);
    m_daily = new LimitField(LimitField::Kind::Money, QStringLiteral("dailyBudget"), this);
    m_rpm = new LimitField(LimitField::Kind::Count, QStringLiteral("rpm"), this);
    m_rpd = new LimitField(LimitField::Kind::Count, QStringLiteral("rpd"), this);
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaxLength(500);
    form->addRow(tr("&Consumer:"), m_consumer);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("State:"), m_enabled);
    form->addRow(tr("&Monthly budget:"), m_monthly);
    form->addRow(tr("&Daily budget:"), m_daily);
    form->addRow(tr("Requests per &minute:"), m_rpm);
    form->addRow(tr("Requests per d&ay:"), m_rpd);
    form->addRow(tr("&Notes:"), m_notes);
    if (mode == Mode::Propose) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setMaxLength(500);
        m_reason->setPlaceholderText(tr("Why, for the owner who decides"));
        form->addRow(tr("&Reason:"), m_reason);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Propose ? tr("Propose…") : tr("Save…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (existing) {
        m_consumer->setCurrentText(existing->consumer);
        m_consumer->setEnabled(false);
        m_provider->setCurrentText(existing->provider);
        m_provider->setEnabled(false);
        m_enabled->setChecked(existing->enabled);
        m_monthly->setValue(existing->monthlyBudget);
        m_daily->setValue(existing->dailyBudget);
        m_rpm->setValue(existing->rpm);
        m_rpd->setValue(existing->rpd);
        m_notes->setText(existing->notes);
    }
    for (LimitField* f : {m_monthly, m_daily, m_rpm, m_rpd})
        connect(f, &LimitField::changed, this, &RuleDialog::validate);
    connect(m_consumer, &QComboBox::currentTextChanged, this, &RuleDialog::validate);
    validate();
}

void RuleDialog::validate()
{
    QString problem;
    const QString consumer = m_consumer->currentText().trimmed();
    if (consumer.isEmpty())
        problem = tr("Choose or type a consumer.");
    else if (const QString p = Consumers::validateCode(consumer); !p.isEmpty())
        problem = p;
    else if (!m_monthly->value() || !m_daily->value())
        problem = tr("A budget is an amount in USD with at most six decimals, e.g. 250 or 12.50.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

RuleChange RuleDialog::change() const
{
    RuleChange c;
    c.consumer = m_consumer->currentText().trimmed();
    c.provider = m_provider->currentText();
    const AccessRule before = m_existing.value_or(AccessRule{});
    const bool fresh = !m_existing;
    if (fresh || m_enabled->isChecked() != before.enabled)
        c.enabled = m_enabled->isChecked();
    auto take = [fresh](const LimitField* field, const std::optional<qint64>& was,
                        std::optional<std::optional<qint64>>& into) {
        const auto now = field->value();
        if (now && (fresh ? now->has_value() : *now != was))
            into = *now;
    };
    take(m_monthly, before.monthlyBudget, c.monthlyBudget);
    take(m_daily, before.dailyBudget, c.dailyBudget);
    take(m_rpm, before.rpm, c.rpm);
    take(m_rpd, before.rpd, c.rpd);
    if (m_notes->text() != before.notes)
        c.notes = m_notes->text();
    return c;
}

QString RuleDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

} // namespace fusion
