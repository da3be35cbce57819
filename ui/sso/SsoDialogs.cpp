#include "ui/sso/SsoDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fusion {

RealmTemplateDialog::RealmTemplateDialog(const std::optional<RealmTemplateInput>& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("realmTemplateDialog"));
    setWindowTitle(current ? tr("Realm template %1").arg(current->name) : tr("New realm template"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Patterns for a new tenant's SSO record. {slug} becomes the tenant's slug, {odoo_url} its Odoo "
           "address."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("realmTemplateNameEdit"));
    m_realm = new QLineEdit(this);
    m_realm->setObjectName(QStringLiteral("realmTemplateRealmEdit"));
    m_realm->setPlaceholderText(QStringLiteral("fusion"));
    m_client = new QLineEdit(this);
    m_client->setObjectName(QStringLiteral("realmTemplateClientEdit"));
    m_client->setPlaceholderText(QStringLiteral("odoo-{slug}"));
    m_uris = new QPlainTextEdit(this);
    m_uris->setObjectName(QStringLiteral("realmTemplateUrisEdit"));
    m_uris->setPlaceholderText(QStringLiteral("{odoo_url}/auth_oauth/signin"));
    m_uris->setMaximumHeight(fontMetrics().height() * 5);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("realmTemplateDescriptionEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Realm:"), m_realm);
    form->addRow(tr("&Client id:"), m_client);
    form->addRow(tr("Redirect &URIs (one a line):"), m_uris);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("realmTemplatePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    layout->addWidget(m_preview);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("realmTemplateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(current ? tr("&Save…") : tr("&Create…"));
    layout->addWidget(m_buttons);
    if (current) {
        m_name->setText(current->name);
        m_name->setReadOnly(true);
        m_realm->setText(current->realmPattern);
        m_client->setText(current->clientIdPattern);
        m_uris->setPlainText(current->redirectUris);
        m_description->setText(current->description);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_name, m_realm, m_client, m_description})
        connect(e, &QLineEdit::textChanged, this, &RealmTemplateDialog::validate);
    connect(m_uris, &QPlainTextEdit::textChanged, this, &RealmTemplateDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

void RealmTemplateDialog::validate()
{
    const RealmTemplateInput in = value();
    const RenderedSso sample =
        RealmTemplates::render(in, QStringLiteral("acme"), QStringLiteral("https://acme.example.com"));
    m_preview->setText(
        tr("For a tenant acme at https://acme.example.com: realm %1, client %2, redirect URIs "
           "%3")
            .arg(sample.realm.isEmpty() ? tr("(none)") : sample.realm,
                 sample.clientId.isEmpty() ? tr("(none)") : sample.clientId,
                 sample.redirectUris.isEmpty()
                     ? tr("(none)")
                     : sample.redirectUris.split(QLatin1Char('\n')).join(QStringLiteral(", "))));
    const QStringList problems = RealmTemplates::validate(in);
    m_problem->setText(problems.value(0));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

RealmTemplateInput RealmTemplateDialog::value() const
{
    return {m_name->text().trimmed(), m_realm->text().trimmed(), m_client->text().trimmed(),
            m_uris->toPlainText(), m_description->text().trimmed()};
}

} // namespace fusion
