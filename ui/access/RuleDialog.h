#pragma once

#include "models/policy/AccessRules.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fusion {

class LimitField;

// Adds or edits an access rule — or, for finance, proposes the change with a reason. It returns only what
// differs from the rule as it was, so the confirmation (and a proposal) shows exactly the change.
class RuleDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Edit, Propose };
    RuleDialog(Mode mode, const QStringList& consumers, const QStringList& providers,
               const std::optional<AccessRule>& existing, QWidget* parent = nullptr);
    RuleChange change() const;
    QString reason() const;

private:
    void validate();

    Mode m_mode;
    std::optional<AccessRule> m_existing;
    QComboBox* m_consumer;
    QComboBox* m_provider;
    QCheckBox* m_enabled;
    LimitField* m_monthly;
    LimitField* m_daily;
    LimitField* m_rpm;
    LimitField* m_rpd;
    QLineEdit* m_notes;
    QLineEdit* m_reason = nullptr;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
