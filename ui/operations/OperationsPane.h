#pragma once

#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class OperationsPane;
}

namespace fusion {

class OperationDrawer;
class OperationListModel;

// Every tenant operation across the fleet, newest first, filterable by status.
class OperationsPane : public Pane {
    Q_OBJECT

public:
    explicit OperationsPane(AppContext* context, QWidget* parent = nullptr);
    ~OperationsPane() override;
    void reload() override;
    // Selects the operation once the list shows it (a citation of the AI console opens one this way); the
    // filter is cleared so that it is listed.
    void showOperation(qint64 id);
    OperationDrawer* drawer() const { return m_drawer; }

Q_SIGNALS:
    void runbookRequested(const QString& type); // the drawer's "Runbook: …"

private:
    void updateAbandon();
    void selectWanted();
    void abandonSelected();

    std::unique_ptr<Ui::OperationsPane> m_ui;
    OperationListModel* m_model;
    OperationDrawer* m_drawer;
    qint64 m_wanted = 0;
};

} // namespace fusion
