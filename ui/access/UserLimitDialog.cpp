#include "ui/access/UserLimitDialog.h"

#include "ui/access/LimitField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

UserLimitDialog::UserLimitDialog(const std::optional<UserLimit>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("userLimitDialog"));
    setWindowTitle(existing ? tr("Edit User Limits") : tr("Set User Limits"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A user's limits apply on top of every consumer's rules: the user's calls are "
                      "refused once any of them is reached."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setMaxLength(120);
    m_monthly = new LimitField(LimitField::Kind::Money, QStringLiteral("userMonthly"), this);
    m_daily = new LimitField(LimitField::Kind::Count, QStringLiteral("userDaily"), this);
    m_blocked = new QCheckBox(tr("Refuse every call made for this user"), this);
    m_blocked->setObjectName(QStringLiteral("blockedCheck"));
    m_notes = new QLineEdit(this);
    m_notes->setMaxLength(500);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Monthly budget:"), m_monthly);
    form->addRow(tr("&Requests per day:"), m_daily);
    form->addRow(tr("&Blocked:"), m_blocked);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (existing) {
        m_user->setText(existing->user);
        m_user->setReadOnly(true);
        m_monthly->setValue(existing->monthlyBudget);
        m_daily->setValue(existing->dailyRequests);
        m_blocked->setChecked(existing->blocked);
        m_notes->setText(existing->notes);
    }
    auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_user->text().trimmed().isEmpty() && m_monthly->value().has_value());
    };
    connect(m_user, &QLineEdit::textChanged, this, validate);
    connect(m_monthly, &LimitField::changed, this, validate);
    validate();
}

UserLimitChange UserLimitDialog::change() const
{
    UserLimitChange c;
    c.user = m_user->text().trimmed();
    const UserLimit before = m_existing.value_or(UserLimit{});
    if (const auto v = m_monthly->value(); v && (!m_existing || *v != before.monthlyBudget))
        c.monthlyBudget = *v;
    if (const auto v = m_daily->value(); v && (!m_existing || *v != before.dailyRequests))
        c.dailyRequests = *v;
    if (!m_existing || m_blocked->isChecked() != before.blocked)
        c.blocked = m_blocked->isChecked();
    if (m_notes->text() != before.notes)
        c.notes = m_notes->text();
    return c;
}

} // namespace fusion
