#include "ui/keys/KeyEditorDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fusion {

namespace {
QLineEdit* secretEdit(QWidget* parent, const QString& name)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                           Qt::ImhNoAutoUppercase);
    e->setClearButtonEnabled(true);
    return e;
}

SecretBytes bytesOf(const QLineEdit* e)
{
    return e ? SecretBytes(e->text().trimmed()) : SecretBytes();
}
} // namespace

KeyEditorDialog::KeyEditorDialog(Mode mode, const Provider& provider, const std::optional<ApiKey>& replacing,
                                 QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_provider(provider)
{
    setObjectName(QStringLiteral("keyEditorDialog"));
    setWindowTitle(
        mode == Mode::Add
            ? tr("Add %1 Key").arg(provider.name)
            : tr("Rotate %1 Key \"%2\"").arg(provider.name, replacing ? replacing->label : QString()));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(mode == Mode::Add
                       ? tr("The secret goes into the OS keychain only; the database keeps its fingerprint.")
                       : tr("The new secret becomes the default; \"%1\" keeps working as a retiring key for "
                            "the grace period, then you revoke it.")
                             .arg(replacing ? replacing->label : QString()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setMaxLength(80);
    m_label->setPlaceholderText(mode == Mode::Add ? tr("e.g. production") : tr("e.g. production-2026-12"));
    form->addRow(tr("&Label:"), m_label);
    const bool oauth = provider.kind == QLatin1String("oauth");
    const bool account = provider.validation == QLatin1String("twilio_account");
    if (oauth || account) {
        m_clientId = new QLineEdit(this);
        m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
        if (replacing)
            m_clientId->setText(replacing->clientId);
        form->addRow(oauth ? tr("Client &id:") : tr("Account &SID:"), m_clientId);
    }
    if (oauth) {
        m_clientSecret = secretEdit(this, QStringLiteral("clientSecretEdit"));
        m_refreshToken = secretEdit(this, QStringLiteral("refreshTokenEdit"));
        m_accessToken = secretEdit(this, QStringLiteral("accessTokenEdit"));
        m_accessToken->setPlaceholderText(tr("optional"));
        form->addRow(tr("Client &secret:"), m_clientSecret);
        form->addRow(tr("&Refresh token:"), m_refreshToken);
        form->addRow(tr("&Access token:"), m_accessToken);
    } else {
        m_key = secretEdit(this, QStringLiteral("secretEdit"));
        form->addRow(account ? tr("Auth &token:") : tr("&Key:"), m_key);
    }
    auto* expiryRow = new QWidget(this);
    auto* expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_hasExpiry = new QCheckBox(expiryRow);
    m_expires = new QDateEdit(QDate::currentDate().addYears(1), expiryRow);
    m_expires->setCalendarPopup(true);
    m_expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expires->setEnabled(false);
    connect(m_hasExpiry, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    expiryLayout->addWidget(m_hasExpiry);
    expiryLayout->addWidget(m_expires, 1);
    form->addRow(tr("E&xpires:"), expiryRow);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 3 + 14);
    if (replacing)
        m_notes->setPlainText(replacing->notes);
    form->addRow(tr("&Notes:"), m_notes);
    if (mode == Mode::Add) {
        m_makeDefault = new QCheckBox(tr("Make it %1's default key").arg(provider.name), this);
        form->addRow(QString(), m_makeDefault);
    } else {
        m_grace = new QSpinBox(this);
        m_grace->setObjectName(QStringLiteral("graceSpin"));
        m_grace->setRange(0, 365);
        m_grace->setValue(7);
        m_grace->setSuffix(tr(" days"));
        form->addRow(tr("&Grace period:"), m_grace);
    }
    m_check = new QCheckBox(tr("Check the secret with %1 first (no cost)").arg(provider.name), this);
    m_check->setObjectName(QStringLiteral("checkFirst"));
    m_check->setChecked(provider.validation != QLatin1String("none"));
    m_check->setEnabled(provider.validation != QLatin1String("none"));
    form->addRow(QString(), m_check);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok =
        buttons->addButton(mode == Mode::Add ? tr("&Review…") : tr("&Rotate…"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(m_ok, &QPushButton::clicked, this, &KeyEditorDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit* e : {m_label, m_clientId, m_key, m_clientSecret, m_refreshToken, m_accessToken}) {
        if (e)
            connect(e, &QLineEdit::textChanged, this, &KeyEditorDialog::updateOk);
    }
    updateOk();
    resize(520, sizeHint().height());
}

KeyEditorDialog::~KeyEditorDialog()
{
    // What was typed lives in the line edits' buffers: overwrite them before they are freed.
    for (QLineEdit* e : {m_key, m_clientSecret, m_refreshToken, m_accessToken}) {
        if (e)
            e->setText(QString(e->text().size(), QLatin1Char('x')));
    }
}

void KeyEditorDialog::updateOk()
{
    QString problem;
    if (m_label->text().trimmed().isEmpty())
        problem = tr("Give the key a label.");
    else if (m_clientId && m_clientId->text().trimmed().isEmpty())
        problem = m_provider.kind == QLatin1String("oauth") ? tr("The client id is needed.")
                                                            : tr("The Account SID is needed.");
    else
        problem = KeyVault::validateSecret(m_provider.kind, secret());
    m_ok->setEnabled(problem.isEmpty());
    m_problem->setText(problem);
}

NewKey KeyEditorDialog::newKey() const
{
    NewKey k;
    k.providerCode = m_provider.code;
    k.label = m_label->text().trimmed();
    k.notes = m_notes->toPlainText().trimmed();
    k.clientId = m_clientId ? m_clientId->text().trimmed() : QString();
    if (m_hasExpiry->isChecked())
        k.expires = m_expires->date();
    k.makeDefault = m_makeDefault && m_makeDefault->isChecked();
    return k;
}

KeySecret KeyEditorDialog::secret() const
{
    KeySecret s;
    s.key = bytesOf(m_key);
    s.clientSecret = bytesOf(m_clientSecret);
    s.refreshToken = bytesOf(m_refreshToken);
    s.accessToken = bytesOf(m_accessToken);
    return s;
}

void KeyEditorDialog::setBusy(bool busy, const QString& what)
{
    for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (w != m_problem)
            w->setEnabled(!busy);
    }
    m_problem->setText(what);
    if (!busy)
        updateOk();
}

void KeyEditorDialog::showProblem(const QString& problem)
{
    setBusy(false);
    m_problem->setText(problem);
}

int KeyEditorDialog::graceDays() const
{
    return m_grace ? m_grace->value() : 0;
}

bool KeyEditorDialog::checkFirst() const
{
    return m_check->isChecked();
}

} // namespace fusion
