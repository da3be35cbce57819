#include "ui/keys/ProviderDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace fusion {

ProviderDialog::ProviderDialog(const std::optional<Provider>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("providerDialog"));
    setWindowTitle(existing ? tr("Address of %1").arg(existing->name) : tr("Add Provider"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    if (existing) {
        auto* intro =
            new QLabel(tr("Where checks and calls for %1 go — a proxy, a regional endpoint or a test server. "
                          "Empty: its own address, %2.")
                           .arg(existing->name, existing->baseUrl),
                       this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_baseUrl->setText(existing->baseUrlOverride);
        m_baseUrl->setPlaceholderText(existing->baseUrl);
        form->addRow(tr("&Base URL:"), m_baseUrl);
    } else {
        m_code = new QLineEdit(this);
        m_code->setObjectName(QStringLiteral("codeEdit"));
        m_code->setPlaceholderText(QStringLiteral("mistral"));
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_kind = new QComboBox(this);
        m_kind->addItem(tr("API key"), QStringLiteral("api_key"));
        m_kind->addItem(tr("OAuth client"), QStringLiteral("oauth"));
        m_baseUrl->setPlaceholderText(QStringLiteral("https://api.example.com"));
        m_tokenUrl = new QLineEdit(this);
        m_tokenUrl->setPlaceholderText(tr("OAuth only, e.g. https://auth.example.com/token"));
        m_validation = new QComboBox(this);
        m_validation->addItem(tr("None (keys are not checked)"), QStringLiteral("none"));
        m_validation->addItem(tr("Model list, OpenAI style"), QStringLiteral("openai_models"));
        m_validation->addItem(tr("Model list, Anthropic style"), QStringLiteral("anthropic_models"));
        m_validation->addItem(tr("OAuth refresh token"), QStringLiteral("oauth_refresh"));
        form->addRow(tr("&Code:"), m_code);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Kind:"), m_kind);
        form->addRow(tr("&Base URL:"), m_baseUrl);
        form->addRow(tr("&Token URL:"), m_tokenUrl);
        form->addRow(tr("&Check keys by:"), m_validation);
        for (QLineEdit* e : {m_code, m_name, m_tokenUrl})
            connect(e, &QLineEdit::textChanged, this, &ProviderDialog::updateOk);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderDialog::updateOk);
    }
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProviderDialog::updateOk);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(existing ? tr("&Save…") : tr("&Add…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &ProviderDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
    resize(520, sizeHint().height());
}

void ProviderDialog::updateOk()
{
    const auto isWebAddress = [](const QString& text) {
        const QUrl u(text, QUrl::StrictMode);
        return u.isValid() && (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")) &&
               !u.host().isEmpty();
    };
    QString problem;
    if (m_existing) {
        if (!baseUrl().isEmpty() && !isWebAddress(baseUrl()))
            problem = tr("Give an http(s) address, or leave it empty for the provider's own.");
    } else if (m_code->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty()) {
        problem = tr("Give the provider a code and a name.");
    } else if (!isWebAddress(baseUrl())) {
        problem = tr("Give the provider's base URL (http or https).");
    } else if (m_kind->currentData().toString() == QLatin1String("oauth") &&
               !isWebAddress(m_tokenUrl->text().trimmed())) {
        problem = tr("An OAuth provider needs its token URL.");
    }
    m_ok->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
}

Provider ProviderDialog::provider() const
{
    Provider p;
    if (m_existing)
        return *m_existing;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentData().toString();
    p.baseUrl = baseUrl();
    p.tokenUrl = m_tokenUrl->text().trimmed();
    p.validation = m_validation->currentData().toString();
    return p;
}

QString ProviderDialog::baseUrl() const
{
    return m_baseUrl->text().trimmed();
}

void ProviderDialog::showProblem(const QString& problem)
{
    updateOk();
    if (!problem.isEmpty())
        m_problem->setText(problem);
}

} // namespace fusion
