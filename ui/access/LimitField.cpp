#include "ui/access/LimitField.h"

#include "models/usage/Money.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace fusion {

LimitField::LimitField(Kind kind, const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_on(new QCheckBox(tr("Limit"), this))
{
    setObjectName(objectName);
    m_on->setObjectName(objectName + QStringLiteral("Check"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_on);
    QWidget* input = nullptr;
    if (kind == Kind::Money) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(objectName + QStringLiteral("Edit"));
        m_amount->setPlaceholderText(tr("USD, e.g. 250 or 12.50"));
        connect(m_amount, &QLineEdit::textChanged, this, &LimitField::changed);
        input = m_amount;
    } else {
        m_count = new QSpinBox(this);
        m_count->setObjectName(objectName + QStringLiteral("Spin"));
        m_count->setRange(0, 1000000000);
        m_count->setGroupSeparatorShown(true);
        connect(m_count, &QSpinBox::valueChanged, this, &LimitField::changed);
        input = m_count;
    }
    layout->addWidget(input, 1);
    input->setEnabled(false);
    connect(m_on, &QCheckBox::toggled, input, &QWidget::setEnabled);
    connect(m_on, &QCheckBox::toggled, this, &LimitField::changed);
}

void LimitField::setValue(const std::optional<qint64>& value)
{
    m_on->setChecked(value.has_value());
    if (m_amount)
        m_amount->setText(value ? Money::format(*value) : QString());
    if (m_count)
        m_count->setValue(value ? int(qMin<qint64>(*value, 1000000000)) : 0);
}

std::optional<std::optional<qint64>> LimitField::value() const
{
    if (!m_on->isChecked())
        return std::optional<qint64>();
    if (m_count)
        return std::optional<qint64>(m_count->value());
    const std::optional<qint64> micros = Money::parse(m_amount->text());
    if (!micros)
        return std::nullopt;
    return std::optional<qint64>(*micros);
}

} // namespace fusion
