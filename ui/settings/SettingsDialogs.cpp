#include "ui/settings/SettingsDialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace fusion {

namespace {

QDialogButtonBox* settingsButtons(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QLabel* settingsProblemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    return label;
}

} // namespace

// ---- LimitDialog ----------------------------------------------------------------------------------------

LimitDialog::LimitDialog(const QString& environmentLabel, std::optional<int> current, int tenants,
                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("limitDialog"));
    setWindowTitle(tr("Soft tenant limit of %1").arg(environmentLabel));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("How many tenants the cluster of %1 was sized for. Creating one more is "
                                "refused with this explanation until the limit is raised. %n tenant(s) run "
                                "here now.",
                                nullptr, tenants)
                                 .arg(environmentLabel),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_none = new QCheckBox(tr("No limit"), this);
    m_none->setObjectName(QStringLiteral("noLimitCheck"));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limitSpin"));
    m_limit->setRange(1, 1000000);
    m_limit->setGroupSeparatorShown(true);
    m_limit->setValue(current.value_or(std::max(tenants, 1) * 2));
    m_none->setChecked(!current);
    m_limit->setEnabled(current.has_value());
    auto* form = new QFormLayout;
    form->addRow(tr("Limit:"), m_limit);
    form->addRow(QString(), m_none);
    layout->addLayout(form);
    layout->addWidget(settingsButtons(this, tr("&Set limit…")));
    connect(m_none, &QCheckBox::toggled, m_limit, [this](bool none) { m_limit->setEnabled(!none); });
}

std::optional<int> LimitDialog::limit() const
{
    return m_none->isChecked() ? std::nullopt : std::optional<int>(m_limit->value());
}

// ---- AddressDialog --------------------------------------------------------------------------------------

AddressDialog::AddressDialog(const QString& service, const QString& current, const QString& defaultUrl,
                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("addressDialog"));
    setWindowTitle(tr("Where %1 is reached").arg(service));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The base address of %1, e.g. https://sso.example.com. Credentials never go "
                                "into it: they are keys in the keychain.")
                                 .arg(service),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_url = new QLineEdit(current, this);
    m_url->setObjectName(QStringLiteral("addressEdit"));
    m_url->setPlaceholderText(defaultUrl);
    layout->addWidget(m_url);
    m_default = new QCheckBox(tr("Use the default (%1)").arg(defaultUrl), this);
    m_default->setObjectName(QStringLiteral("defaultAddressCheck"));
    m_default->setChecked(current == defaultUrl);
    layout->addWidget(m_default);
    m_problem = settingsProblemLabel(this);
    layout->addWidget(m_problem);
    m_buttons = settingsButtons(this, tr("&Save…"));
    layout->addWidget(m_buttons);
    connect(m_url, &QLineEdit::textChanged, this, &AddressDialog::validate);
    connect(m_default, &QCheckBox::toggled, this, &AddressDialog::validate);
    validate();
}

void AddressDialog::validate()
{
    m_url->setEnabled(!m_default->isChecked());
    QString problem;
    if (!m_default->isChecked()) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problem = tr("Enter an http:// or https:// address with a host name.");
        else if (!url.userInfo().isEmpty())
            problem = tr("No user name or password in the address: they belong in the keychain.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString AddressDialog::address() const
{
    return m_default->isChecked() ? QString() : m_url->text().trimmed();
}

// ---- TrustDialog ----------------------------------------------------------------------------------------

TrustDialog::TrustDialog(const QString& service, const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("trustDialog"));
    setWindowTitle(tr("Trust a certificate for %1").arg(service));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("For a server whose certificate no authority on this machine vouches for (a private CA or a "
           "self-signed certificate). Paste the certificate's SHA-256 fingerprint as the server's owner "
           "gives it — for example from \"openssl x509 -noout -fingerprint -sha256\" on the server — "
           "never one copied from a connection you do not trust yet."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sha = new QLineEdit(current, this);
    m_sha->setObjectName(QStringLiteral("fingerprintEdit"));
    m_sha->setPlaceholderText(QStringLiteral("AB:CD:…"));
    layout->addWidget(m_sha);
    m_problem = settingsProblemLabel(this);
    layout->addWidget(m_problem);
    m_buttons = settingsButtons(this, tr("&Trust…"));
    layout->addWidget(m_buttons);
    auto validate = [this] {
        static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
        const bool ok = sha.match(fingerprint()).hasMatch();
        m_problem->setText(ok || m_sha->text().trimmed().isEmpty()
                               ? QString()
                               : tr("A SHA-256 fingerprint has 64 hexadecimal digits (colons allowed)."));
        m_problem->setVisible(!m_problem->text().isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    };
    connect(m_sha, &QLineEdit::textChanged, this, validate);
    validate();
}

QString TrustDialog::fingerprint() const
{
    return m_sha->text().trimmed().toLower().remove(QLatin1Char(':'));
}

} // namespace fusion
