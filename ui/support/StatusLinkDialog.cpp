#include "ui/support/StatusLinkDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

StatusLinkDialog::StatusLinkDialog(const QStringList& tenants, const StatusLinkInput& initial, bool editing,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("statusLinkDialog"));
    setWindowTitle(editing ? tr("Edit status link") : tr("Add status link"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(initial.name, this);
    m_name->setObjectName(QStringLiteral("statusLinkNameEdit"));
    m_name->setMaxLength(StatusLinks::kMaxName);
    m_name->setPlaceholderText(tr("Grafana"));
    m_url = new QLineEdit(initial.url, this);
    m_url->setObjectName(QStringLiteral("statusLinkUrlEdit"));
    m_url->setMaxLength(StatusLinks::kMaxUrl);
    m_url->setPlaceholderText(QStringLiteral("https://grafana.example.com/"));
    m_url->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("statusLinkTenantCombo"));
    m_tenant->addItem(tr("Everyone (platform-wide)"), QString());
    for (const QString& slug : tenants)
        m_tenant->addItem(tr("Staff and the admins of %1").arg(slug), slug);
    m_tenant->setCurrentIndex(std::max(0, m_tenant->findData(initial.tenantSlug)));
    m_description = new QLineEdit(initial.description, this);
    m_description->setObjectName(QStringLiteral("statusLinkDescriptionEdit"));
    m_description->setMaxLength(StatusLinks::kMaxDescription);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Seen by:"), m_tenant);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    auto* note = new QLabel(tr("Checked with a GET every time someone opens the Status tab; an answer below "
                               "HTTP 500 counts as up."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("statusLinkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save…") : tr("Add…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &StatusLinkDialog::validate);
    connect(m_url, &QLineEdit::textChanged, this, &StatusLinkDialog::validate);
    validate();
}

StatusLinkInput StatusLinkDialog::input() const
{
    return StatusLinkInput{m_name->text().trimmed(), m_url->text().trimmed(),
                           m_tenant->currentData().toString(), m_description->text().trimmed()};
}

void StatusLinkDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the link a name.");
    else if (const QString why = StatusLinks::urlProblem(m_url->text()); !why.isEmpty())
        problem = m_url->text().trimmed().isEmpty() ? tr("Enter the address to check.")
                                                    : tr("The address cannot be used: %1.").arg(why);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace fusion
