#pragma once

#include "models/integrations/N8nInstance.h"
#include "ui/common/Pane.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fusion {

class N8nClient;

// Automation (the seed's automation_center): the n8n instance (its address, whether its API key is set,
// chosen at the top when there are several — n8n, n8n-eu, …, the choice remembered in QSettings —
// reachable or why not), its workflows with the tenants their tags link them to, activated and deactivated
// through the confirmation, its executions filtered by status and workflow and paged by n8n's cursor, and a
// webhook workflow run for a tenant recorded as an operation. n8n is asked off the GUI thread (network and
// keychain callbacks); a missing key or an unreachable n8n is said here with its fix and blocks nothing else.
class AutomationPane : public Pane {
    Q_OBJECT

public:
    static constexpr int kExecutionPage = 50;

    explicit AutomationPane(AppContext* context, QWidget* parent = nullptr);
    ~AutomationPane() override;
    void reload() override;
    // Opens "Run for tenant…" with this tenant chosen.
    void runForTenant(const QString& slug = {});
    // The URL the last "Open in n8n" opened (tests read it; the browser is the desktop's).
    QUrl lastOpenedUrl() const { return m_lastOpened; }

Q_SIGNALS:
    void operationRequested(qint64 id);
    void keysRequested();

private:
    void applyInstances(const QList<N8nInstanceInfo>& instances);
    void chooseInstance(int index);
    void applyInstance(const N8nInstanceInfo& info);
    void withKey(const std::function<void(const SecretBytes&)>& then);
    void fetchWorkflows();
    void fetchExecutions(bool more);
    void showWorkflows();
    void filterWorkflows();
    void showUnreachable(const Error& error);
    void updateButtons();
    void toggleSelected(bool active);
    void openTenantLink(QTreeWidgetItem* item, int column);
    void openUrl(const QUrl& url);
    QString workflowName(const QString& id) const;
    const N8nWorkflow* selectedWorkflow() const;

    QList<N8nInstanceInfo> m_instances; // every n8n instance, as last read
    N8nInstanceInfo m_info;             // the chosen one
    QList<N8nWorkflow> m_workflows;
    QString m_nextCursor;
    QPointer<N8nClient> m_client;
    int m_generation = 0;     // a new instance read: older answers are dropped
    int m_execGeneration = 0; // a new executions filter: older pages are dropped
    bool m_reachable = false;
    bool m_running = false;
    QUrl m_lastOpened;
    qint64 m_lastOperation = 0;

    QLabel* m_heading;
    QComboBox* m_instanceChoice; // shown only with two or more instances
    QLabel* m_instance;
    QPushButton* m_openN8n;
    QPushButton* m_openKeys;
    QPushButton* m_refresh;
    QPushButton* m_run;
    QLabel* m_runResult;
    QPushButton* m_openOperation;
    QComboBox* m_tenantFilter;
    QLineEdit* m_textFilter;
    QTreeWidget* m_workflowsView;
    QLabel* m_workflowsEmpty;
    QPushButton* m_activate;
    QPushButton* m_deactivate;
    QPushButton* m_openWorkflow;
    QComboBox* m_statusFilter;
    QComboBox* m_workflowFilter;
    QTreeWidget* m_executionsView;
    QLabel* m_executionsEmpty;
    QLabel* m_executionsCount;
    QPushButton* m_loadMore;
    QPushButton* m_openExecution;
};

} // namespace fusion
