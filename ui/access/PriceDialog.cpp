#include "ui/access/PriceDialog.h"

#include "models/usage/Money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

PriceDialog::PriceDialog(const QStringList& providers, const std::optional<ModelPrice>& existing,
                         const QString& suggestedModel, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("priceDialog"));
    setWindowTitle(existing ? tr("Correct a Price") : tr("Add a Price"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("USD per million tokens. Usage from the date on is costed at this price; usage already "
                      "recorded keeps its cost."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("priceProviderCombo"));
    m_provider->addItems(providers);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("priceModelEdit"));
    m_model->setMaxLength(100);
    m_model->setText(suggestedModel);
    m_from = new QDateEdit(QDateTime::currentDateTimeUtc().date(), this);
    m_from->setObjectName(QStringLiteral("priceFromDate"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("priceInputEdit"));
    m_output = new QLineEdit(this);
    m_output->setObjectName(QStringLiteral("priceOutputEdit"));
    m_cached = new QLineEdit(this);
    m_cached->setObjectName(QStringLiteral("priceCachedEdit"));
    m_cached->setPlaceholderText(tr("as input, when empty"));
    m_source = new QLineEdit(this);
    m_source->setMaxLength(200);
    m_source->setPlaceholderText(tr("where the price comes from"));
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Input:"), m_input);
    form->addRow(tr("O&utput:"), m_output);
    form->addRow(tr("&Cached input:"), m_cached);
    form->addRow(tr("&Source:"), m_source);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        m_provider->setCurrentText(existing->providerCode);
        m_provider->setEnabled(false);
        m_model->setText(existing->model);
        m_model->setReadOnly(true);
        m_from->setDate(existing->effectiveFrom);
        m_from->setEnabled(false);
        m_input->setText(Money::format(existing->inputMicros));
        m_output->setText(Money::format(existing->outputMicros));
        m_cached->setText(Money::format(existing->cachedInputMicros));
        m_source->setText(existing->source);
    }
    for (QLineEdit* e : {m_model, m_input, m_output, m_cached})
        connect(e, &QLineEdit::textChanged, this, &PriceDialog::validate);
    validate();
}

ModelPrice PriceDialog::price() const
{
    ModelPrice p;
    p.providerCode = m_provider->currentText();
    p.model = m_model->text().trimmed();
    p.effectiveFrom = m_from->date();
    p.inputMicros = Money::parse(m_input->text()).value_or(-1);
    p.outputMicros = Money::parse(m_output->text()).value_or(-1);
    p.cachedInputMicros =
        m_cached->text().trimmed().isEmpty() ? p.inputMicros : Money::parse(m_cached->text()).value_or(-1);
    p.source = m_source->text().trimmed();
    return p;
}

void PriceDialog::validate()
{
    const ModelPrice p = price();
    QString problem;
    if (p.inputMicros < 0 || p.outputMicros < 0 || p.cachedInputMicros < 0)
        problem = tr("Prices are amounts such as 2.50 (USD per million tokens).");
    else
        problem = PriceTable::validate(p);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fusion
