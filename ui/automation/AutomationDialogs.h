#pragma once

#include "models/integrations/N8n.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fusion {

// "Run for tenant…": which workflow, for which tenant, at which production webhook path and as which
// operation type. It only asks: the run itself (with its own confirmation) is AutomationRun's.
class RunForTenantDialog : public QDialog {
    Q_OBJECT

public:
    RunForTenantDialog(const QList<N8nWorkflow>& workflows, const QStringList& tenants,
                       const QString& workflowId, const QString& tenant, QWidget* parent = nullptr);
    QString workflowId() const;
    QString tenant() const;
    QString webhookPath() const;
    QString operationType() const; // empty: the path's last segment

private:
    void validate();

    QComboBox* m_workflow;
    QComboBox* m_tenant;
    QLineEdit* m_path;
    QComboBox* m_type;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fusion
