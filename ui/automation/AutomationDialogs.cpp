#include "ui/automation/AutomationDialogs.h"

#include "models/itemmodels/OperationListModel.h"
#include "models/jobs/AutomationRun.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

RunForTenantDialog::RunForTenantDialog(const QList<N8nWorkflow>& workflows, const QStringList& tenants,
                                       const QString& workflowId, const QString& tenant, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("runForTenantDialog"));
    setWindowTitle(tr("Run a workflow for a tenant"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Calls the workflow's production webhook once with the tenant's slug, and "
                                "records it as an operation of that tenant with n8n's execution id. You "
                                "confirm the run next."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_workflow = new QComboBox(this);
    m_workflow->setObjectName(QStringLiteral("runWorkflowCombo"));
    for (const N8nWorkflow& w : workflows)
        m_workflow->addItem(w.active ? w.name : tr("%1 (inactive)").arg(w.name), w.id);
    m_workflow->setCurrentIndex(qMax(0, m_workflow->findData(workflowId)));
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("runTenantCombo"));
    m_tenant->addItems(tenants);
    m_tenant->setCurrentIndex(qMax(0, m_tenant->findText(tenant)));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("runPathEdit"));
    m_path->setPlaceholderText(tr("e.g. acme-finance-ph/provision"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("runTypeCombo"));
    m_type->addItem(tr("From the path's last segment"), QString());
    for (const char* type :
         {"provision", "pause", "resume", "rebuild", "decommission", "module_apply", "backup"})
        m_type->addItem(OperationListModel::typeLabel(QLatin1String(type)), QLatin1String(type));
    form->addRow(tr("&Workflow:"), m_workflow);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("Webhook &path:"), m_path);
    form->addRow(tr("&Operation:"), m_type);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("runProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &RunForTenantDialog::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RunForTenantDialog::validate);
    connect(m_workflow, &QComboBox::currentIndexChanged, this, &RunForTenantDialog::validate);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &RunForTenantDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

QString RunForTenantDialog::workflowId() const
{
    return m_workflow->currentData().toString();
}

QString RunForTenantDialog::tenant() const
{
    return m_tenant->currentText();
}

QString RunForTenantDialog::webhookPath() const
{
    return m_path->text().trimmed();
}

QString RunForTenantDialog::operationType() const
{
    return m_type->currentData().toString();
}

void RunForTenantDialog::validate()
{
    QString problem;
    if (workflowId().isEmpty())
        problem = tr("n8n listed no workflows to run.");
    else if (tenant().isEmpty())
        problem = tr("There are no tenants to run it for.");
    else if (webhookPath().isEmpty())
        problem = tr("Enter the path the workflow's Webhook node listens on (after /webhook/).");
    else if (!N8n::webhookUrl(QUrl(QStringLiteral("http://n8n")), webhookPath()).isValid())
        problem = tr("\"%1\" is not a webhook path (letters, digits and ._~:/- only).").arg(webhookPath());
    else if (QString why; AutomationRun::operationTypeFor(webhookPath(), operationType(), &why).isEmpty())
        problem = why;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fusion
