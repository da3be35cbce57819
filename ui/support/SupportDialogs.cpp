#include "ui/support/SupportDialogs.h"

#include "models/integrations/MattermostClient.h"
#include "models/support/SupportRequests.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

namespace {

QComboBox* supportTenantCombo(QWidget* parent, const QString& name, const QStringList& tenants,
                              const QString& tenant)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItems(tenants);
    combo->setCurrentIndex(std::max(0, int(tenants.indexOf(tenant))));
    return combo;
}

} // namespace

// ---- OpenRequestDialog ----------------------------------------------------------------------------------

OpenRequestDialog::OpenRequestDialog(const QStringList& tenants, const QString& tenant, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("openRequestDialog"));
    setWindowTitle(tr("Open a support request"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Operators see the request in their Support pane and answer it there. Say what "
                      "happens, since when, and what you tried."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_tenant = supportTenantCombo(this, QStringLiteral("requestTenantCombo"), tenants, tenant);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("requestSubjectEdit"));
    m_subject->setMaxLength(SupportRequests::kMaxSubject);
    m_subject->setPlaceholderText(tr("e.g. Invoices are not sent since this morning"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("requestSeverityCombo"));
    for (const QString& s : SupportRequests::severities())
        m_severity->addItem(SupportRequests::severityLabel(s), s);
    m_severity->setCurrentIndex(1); // normal
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("requestBodyEdit"));
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("&What happens:"), m_body);
    layout->addLayout(form, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("requestProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open request…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this, &OpenRequestDialog::validate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &OpenRequestDialog::validate);
    validate();
}

void OpenRequestDialog::validate()
{
    QString problem;
    if (m_tenant->count() == 0)
        problem = tr("You may see no tenant to ask about.");
    else if (subject().isEmpty())
        problem = tr("Give the request a subject.");
    else if (body().trimmed().isEmpty())
        problem = tr("Describe what happens.");
    else if (body().size() > SupportRequests::kMaxBody)
        problem = tr("The text is longer than %L1 characters.").arg(SupportRequests::kMaxBody);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString OpenRequestDialog::tenant() const
{
    return m_tenant->currentText();
}

QString OpenRequestDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString OpenRequestDialog::severity() const
{
    return m_severity->currentData().toString();
}

QString OpenRequestDialog::body() const
{
    return m_body->toPlainText();
}

// ---- PostDialog -----------------------------------------------------------------------------------------

PostDialog::PostDialog(const QStringList& tenants, const QString& tenant, const QString& draft,
                       QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("postDialog"));
    setWindowTitle(tr("Post to a tenant's channel"));
    resize(520, 320);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Sent once to the tenant's Mattermost channel through its incoming webhook, whose "
                      "address is kept in the keychain (Keys → mattermost, labelled with the tenant)."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_tenant = supportTenantCombo(this, QStringLiteral("postTenantCombo"), tenants, tenant);
    m_message = new QPlainTextEdit(draft, this);
    m_message->setObjectName(QStringLiteral("postMessageEdit"));
    m_message->setTabChangesFocus(true);
    form->addRow(tr("&Tenant:"), m_tenant);
    form->addRow(tr("&Message:"), m_message);
    layout->addLayout(form, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Post…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto validate = [this] {
        const QString m = message();
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_tenant->count() > 0 && !m.isEmpty() && m.size() <= MattermostClient::kMaxText);
    };
    connect(m_message, &QPlainTextEdit::textChanged, this, validate);
    validate();
}

QString PostDialog::tenant() const
{
    return m_tenant->currentText();
}

QString PostDialog::message() const
{
    return m_message->toPlainText().trimmed();
}

} // namespace fusion
