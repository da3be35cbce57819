#include "ui/ai/KbSourceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fusion {

KbSourceDialog::KbSourceDialog(const QString& tenantSlug, const std::optional<KbSource>& current,
                               const QStringList& keys, QWidget* parent)
    : QDialog(parent)
    , m_slug(tenantSlug)
{
    setObjectName(QStringLiteral("kbSourceDialog"));
    setWindowTitle(tr("Knowledge of %1 in Supabase").arg(tenantSlug));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Searches of %1's knowledge ask this Supabase project (the kb.search_chunks and "
                      "kb.search_chunks_text functions over its REST API) instead of this database. Its key "
                      "stays in the "
                      "OS keychain, as a key of the key vault, and is read only when a search is sent.")
                       .arg(tenantSlug),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("kbProjectUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://abcdefgh.supabase.co"));
    m_schema = new QLineEdit(this);
    m_schema->setObjectName(QStringLiteral("kbSchemaEdit"));
    m_schema->setText(QStringLiteral("kb"));
    m_tenantRef = new QLineEdit(this);
    m_tenantRef->setObjectName(QStringLiteral("kbTenantRefEdit"));
    m_tenantRef->setPlaceholderText(QStringLiteral("odoo_company:1"));
    m_tenantRef->setToolTip(
        tr("The tenant's identifier in the project's kb.chunks (its tenant_ref column)."));
    m_key = new QComboBox(this);
    m_key->setObjectName(QStringLiteral("kbKeyCombo"));
    m_key->addItems(keys);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("kbSourceProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    form->addRow(tr("&Project URL:"), m_url);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Tenant ref:"), m_tenantRef);
    form->addRow(tr("&Key:"), m_key);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save…"));
    if (current) {
        m_url->setText(current->projectUrl);
        m_schema->setText(current->schema);
        m_tenantRef->setText(current->tenantRef);
        m_key->setCurrentIndex(
            m_key->findText(current->apiKeyProvider + QLatin1Char('/') + current->apiKeyLabel));
        QPushButton* local =
            m_buttons->addButton(tr("Search &locally again…"), QDialogButtonBox::DestructiveRole);
        local->setObjectName(QStringLiteral("kbSourceRemoveButton"));
        local->setToolTip(tr("Forgets the project: searches of %1 use this database's knowledge base again.")
                              .arg(tenantSlug));
        connect(local, &QPushButton::clicked, this, [this] { done(RemoveSource); });
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_url, m_schema, m_tenantRef})
        connect(edit, &QLineEdit::textChanged, this, &KbSourceDialog::validate);
    connect(m_key, &QComboBox::currentIndexChanged, this, &KbSourceDialog::validate);
    validate();
}

void KbSourceDialog::validate()
{
    // What is wrong, in the order of the form; KbSources checks all of it again when the write is planned.
    QString problem;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    if (m_url->text().trimmed().isEmpty())
        problem = tr("Enter the project's address.");
    else if (!url.isValid() ||
             (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
             url.host().isEmpty())
        problem = tr("The project URL must start with http:// or https:// and name a host.");
    else if (m_tenantRef->text().trimmed().isEmpty())
        problem = tr("Enter the tenant's identifier in the project's chunks.");
    else if (m_key->currentIndex() < 0)
        problem = tr("The key vault has no key to send: add the project's key in the Keys pane first.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

KbSourceInput KbSourceDialog::value() const
{
    KbSourceInput in;
    in.tenantSlug = m_slug;
    in.projectUrl = m_url->text().trimmed();
    in.schema = m_schema->text().trimmed();
    in.tenantRef = m_tenantRef->text().trimmed();
    in.key = m_key->currentText();
    return in;
}

} // namespace fusion
