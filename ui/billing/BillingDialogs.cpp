#include "ui/billing/BillingDialogs.h"

#include "models/billing/BillingProposals.h"
#include "models/usage/Money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

BillingEntryDialog::BillingEntryDialog(const QString& objectName, const QString& title, const QString& intro,
                                       const Fields& fields, QWidget* parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setObjectName(objectName);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    if (!fields.kinds.isEmpty()) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("billingKindCombo"));
        for (const QString& k : fields.kinds)
            m_kind->addItem(BillingProposals::kindLabel(k), k);
        form->addRow(tr("&Proposal:"), m_kind);
        m_plan = new QComboBox(this);
        m_plan->setObjectName(QStringLiteral("billingPlanCombo"));
        m_plan->addItems(fields.plans);
        form->addRow(tr("New &plan:"), m_plan);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &BillingEntryDialog::updateOk);
    }
    if (fields.amount || !fields.kinds.isEmpty()) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("billingAmountEdit"));
        m_amount->setPlaceholderText(tr("in dollars, e.g. 25.00"));
        form->addRow(tr("&Amount:"), m_amount);
        connect(m_amount, &QLineEdit::textChanged, this, &BillingEntryDialog::updateOk);
    }
    if (fields.reason) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("billingReasonEdit"));
        m_reason->setMaxLength(500);
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QLineEdit::textChanged, this, &BillingEntryDialog::updateOk);
    }
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(460, sizeHint().height());
    updateOk();
}

std::optional<qint64> BillingEntryDialog::amountMicros() const
{
    if (!m_amount)
        return std::nullopt;
    const auto v = Money::parse(m_amount->text().trimmed());
    if (!v || *v <= 0)
        return std::nullopt;
    return v;
}

QString BillingEntryDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QString BillingEntryDialog::kind() const
{
    return m_kind ? m_kind->currentData().toString() : QString();
}

QString BillingEntryDialog::plan() const
{
    return m_plan ? m_plan->currentText() : QString();
}

void BillingEntryDialog::updateOk()
{
    const bool planChange = kind() == QLatin1String("plan");
    if (m_plan)
        m_plan->setEnabled(planChange);
    if (m_amount)
        m_amount->setEnabled(!planChange);
    bool ok = !m_reason || !reason().isEmpty();
    if (planChange)
        ok = ok && !plan().isEmpty();
    else if (m_amount)
        ok = ok && amountMicros().has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace fusion
