#pragma once

#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class OperationsPane;
}

namespace fusion {

class OperationListModel;

// Every tenant operation across the fleet, newest first, filterable by status.
class OperationsPane : public Pane {
    Q_OBJECT

public:
    explicit OperationsPane(AppContext* context, QWidget* parent = nullptr);
    ~OperationsPane() override;
    void reload() override;

private:
    void updateAbandon();
    void abandonSelected();

    std::unique_ptr<Ui::OperationsPane> m_ui;
    OperationListModel* m_model;
};

} // namespace fusion
