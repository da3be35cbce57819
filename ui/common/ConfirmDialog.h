#pragma once

#include "models/core/WritePlan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConfirmDialog;
}

namespace fusion {

// Shows exactly what a write will change — field by field before → after, its further effects and how many
// rows — and asks. Cancel is the default button; a destructive plan makes the person type its confirm
// phrase (the tenant slug) before the verb button is enabled. Opened with open(), never exec().
class ConfirmDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConfirmDialog(const WritePlan& plan, QWidget* parent = nullptr);
    ~ConfirmDialog() override;

    const WritePlan& plan() const { return m_plan; }

private:
    void updateConfirmButton();

    std::unique_ptr<Ui::ConfirmDialog> m_ui;
    WritePlan m_plan;
};

} // namespace fusion
