#pragma once

#include "models/tenants/Tenant.h"
#include "ui/common/Pane.h"

#include <memory>

namespace Ui {
class OperationsPane;
}

namespace fusion {

class OperationDrawer;
class OperationListModel;

// Every tenant operation across the fleet, newest first, filterable by status, a keyset page at a time
// (10,000,000 operations: the oldest page comes as quickly as the newest).
class OperationsPane : public Pane {
    Q_OBJECT

public:
    explicit OperationsPane(AppContext* context, QWidget* parent = nullptr);
    ~OperationsPane() override;
    void reload() override;
    // Selects the operation once the list shows it (a citation of the AI console opens one this way); the
    // filter is cleared and the page starts at it (unless the page shown has it already).
    void showOperation(qint64 id);
    // First, Previous, Next and Last of the pager; the main window's Back and Next page reach them too.
    void firstPage();
    void previousPage();
    void nextPage();
    void lastPage();
    const OperationQuery& query() const { return m_query; }
    OperationDrawer* drawer() const { return m_drawer; }

Q_SIGNALS:
    void runbookRequested(const QString& type); // the drawer's "Runbook: …"

private:
    void updateAbandon();
    void selectWanted();
    void abandonSelected();
    // Back to the first page of what the status filter now selects.
    void restart();
    void showCounts(qint64 total);

    std::unique_ptr<Ui::OperationsPane> m_ui;
    OperationListModel* m_model;
    OperationDrawer* m_drawer;
    qint64 m_wanted = 0;
    qint64 m_startAt = 0;   // the next load's page starts at this operation (showOperation)
    OperationQuery m_query; // what the page shown was fetched with: repeated to refresh it
    OperationPage m_page;
};

} // namespace fusion
