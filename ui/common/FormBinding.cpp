#include "ui/common/FormBinding.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace fusion {

namespace {
bool equalValues(const QVariant& a, const QVariant& b)
{
    const bool aEmpty = !a.isValid() || a.isNull() || a.toString().isEmpty();
    const bool bEmpty = !b.isValid() || b.isNull() || b.toString().isEmpty();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (a.typeId() == QMetaType::QDate || b.typeId() == QMetaType::QDate)
        return a.toDate() == b.toDate();
    return a.toString() == b.toString();
}
} // namespace

FormBinding::FormBinding(QObject* parent)
    : QObject(parent)
{
}

void FormBinding::bind(const QString& column, QWidget* editor)
{
    m_bindings << Binding{column, editor};
    const auto changed = [this] {
        if (!m_loading)
            updateButtons();
    };
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* date = qobject_cast<QDateEdit*>(editor))
        connect(date, &QDateEdit::dateChanged, this, changed);
}

void FormBinding::setButtons(QAbstractButton* save, QAbstractButton* revert)
{
    m_save = save;
    m_revert = revert;
    connect(revert, &QAbstractButton::clicked, this, &FormBinding::revert);
    updateButtons();
}

QVariant FormBinding::valueOf(QWidget* editor) const
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText().trimmed();
    if (auto* date = qobject_cast<QDateEdit*>(editor))
        return date->date() == date->minimumDate() ? QVariant() : QVariant(date->date());
    return {};
}

void FormBinding::setValue(QWidget* editor, const QVariant& value)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
        line->setCursorPosition(0);
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (equalValues(combo->itemData(i), value)) {
                index = i;
                break;
            }
        }
        if (index < 0 && value.isValid() && !value.toString().isEmpty()) {
            // A stored value the list does not offer (an old plan, a custom state): show it, do not lose it.
            combo->addItem(value.toString(), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(index, 0));
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        const QDate d = value.toDate();
        date->setDate(d.isValid() ? d : date->minimumDate());
    }
}

void FormBinding::load(const QVariantMap& values)
{
    m_loading = true;
    m_loaded = values;
    for (const Binding& b : std::as_const(m_bindings))
        setValue(b.editor, values.value(b.column));
    m_loading = false;
    updateButtons();
}

void FormBinding::rebase(const QVariantMap& values)
{
    m_loaded = values;
    updateButtons();
}

void FormBinding::revert()
{
    load(m_loaded);
}

QVariantMap FormBinding::currentValues() const
{
    QVariantMap values;
    for (const Binding& b : m_bindings)
        values.insert(b.column, valueOf(b.editor));
    return values;
}

QVariantMap FormBinding::changedValues() const
{
    QVariantMap changed;
    for (const Binding& b : m_bindings) {
        const QVariant now = valueOf(b.editor);
        if (!equalValues(now, m_loaded.value(b.column)))
            changed.insert(b.column, now);
    }
    return changed;
}

void FormBinding::setEditable(bool editable, const QString& whyNot)
{
    m_editable = editable;
    for (const Binding& b : std::as_const(m_bindings)) {
        b.editor->setEnabled(editable);
        b.editor->setToolTip(editable ? QString() : whyNot);
    }
    if (m_save)
        m_save->setToolTip(editable ? QString() : whyNot);
    updateButtons();
}

void FormBinding::updateButtons()
{
    const bool dirty = isDirty();
    if (m_save)
        m_save->setEnabled(m_editable && dirty);
    if (m_revert)
        m_revert->setEnabled(dirty);
    Q_EMIT dirtyChanged(dirty);
}

} // namespace fusion
