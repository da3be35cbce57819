#pragma once

#include "models/policy/AccessRules.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace fusion {

class LimitField;

// Sets a user's own limits across every consumer: a monthly budget, a daily request cap, or a block.
class UserLimitDialog : public QDialog {
    Q_OBJECT

public:
    UserLimitDialog(const std::optional<UserLimit>& existing, QWidget* parent = nullptr);
    UserLimitChange change() const;

private:
    std::optional<UserLimit> m_existing;
    QLineEdit* m_user;
    LimitField* m_monthly;
    LimitField* m_daily;
    QCheckBox* m_blocked;
    QLineEdit* m_notes;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
