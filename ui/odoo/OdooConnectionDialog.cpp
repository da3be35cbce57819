#include "ui/odoo/OdooConnectionDialog.h"

#include "models/secrets/SecretStore.h"
#include "models/storage/DbWorker.h"
#include "ui/common/AppContext.h"
#include "ui/common/WriteRunner.h"
#include "ui_OdooConnectionDialog.h"

#include <QHostAddress>
#include <QPushButton>

namespace fusion {

OdooConnectionDialog::OdooConnectionDialog(AppContext* context, const QString& slug, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OdooConnectionDialog>())
    , m_context(context)
    , m_slug(slug)
    , m_client(new OdooClient(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("odooConnectionDialog"));
    setWindowTitle(tr("Odoo Connection — %1").arg(slug));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Test and Save…"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OdooConnectionDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { test({}); });
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] {
        m_fingerprint = m_untrusted;
        m_untrusted.clear();
        showFingerprint();
        test({});
    });
    connect(m_ui->forgetCertificateButton, &QPushButton::clicked, this, [this] {
        m_fingerprint.clear();
        showFingerprint();
    });
    showFingerprint();
    setBusy(true);
    load();
}

OdooConnectionDialog::~OdooConnectionDialog() = default;

void OdooConnectionDialog::load()
{
    const QString slug = m_slug;
    m_context->worker()->run<OdooSettings>(
        this, [slug](Database& db) { return OdooConnection::load(db, slug); },
        [this](const Result<OdooSettings>& loaded) {
            if (!loaded) {
                setBusy(false);
                m_ui->testResultLabel->setText(loaded.error().message);
                return;
            }
            m_loaded = loaded.value();
            setBusy(false);
            m_ui->testResultLabel->clear();
            const OdooSettings& s = *m_loaded;
            m_ui->urlEdit->setText(s.url);
            m_ui->databaseEdit->setText(s.database);
            m_ui->loginEdit->setText(s.login);
            m_ui->readsSpin->setValue(s.readsPerMinute);
            m_ui->writesSpin->setValue(s.writesPerMinute);
            m_fingerprint = s.tlsSha256;
            showFingerprint();
            m_ui->secretEdit->setPlaceholderText(
                s.isConfigured() ? tr("Leave empty to keep the one in the OS keychain") : tr("Required"));
        });
}

OdooSettings OdooConnectionDialog::edited() const
{
    OdooSettings s = m_loaded.value_or(OdooSettings{});
    s.slug = m_slug;
    s.url = m_ui->urlEdit->text().trimmed();
    while (s.url.endsWith(QLatin1Char('/')))
        s.url.chop(1);
    s.database = m_ui->databaseEdit->text().trimmed();
    s.login = m_ui->loginEdit->text().trimmed();
    s.tlsSha256 = m_fingerprint;
    s.readsPerMinute = m_ui->readsSpin->value();
    s.writesPerMinute = m_ui->writesSpin->value();
    return s;
}

QVariantMap OdooConnectionDialog::values() const
{
    const OdooSettings s = edited();
    return {{QStringLiteral("odoo_url"), s.url},
            {QStringLiteral("odoo_db"), s.database},
            {QStringLiteral("odoo_login"), s.login},
            {QStringLiteral("odoo_tls_sha256"), s.tlsSha256},
            {QStringLiteral("odoo_reads_per_minute"), QString::number(s.readsPerMinute)},
            {QStringLiteral("odoo_writes_per_minute"), QString::number(s.writesPerMinute)}};
}

void OdooConnectionDialog::showFingerprint()
{
    m_ui->fingerprintLabel->setText(m_fingerprint.isEmpty()
                                        ? tr("None (the system's certificate authorities decide)")
                                        : m_fingerprint.left(16) + QStringLiteral("…"));
    m_ui->fingerprintLabel->setToolTip(m_fingerprint);
    m_ui->trustButton->setVisible(!m_untrusted.isEmpty());
    m_ui->trustButton->setToolTip(
        tr("Trust only the certificate with SHA-256 fingerprint %1, for this tenant only.").arg(m_untrusted));
    m_ui->forgetCertificateButton->setVisible(!m_fingerprint.isEmpty());
}

void OdooConnectionDialog::setBusy(bool busy)
{
    m_ui->testButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy && m_loaded.has_value());
    if (busy)
        m_ui->testResultLabel->setText(tr("Testing the connection…"));
}

void OdooConnectionDialog::test(const std::function<void(bool ok)>& then)
{
    const OdooSettings s = edited();
    const auto finish = [this, then](bool ok, const QString& text) {
        setBusy(false);
        m_ui->testResultLabel->setText(text);
        showFingerprint();
        Q_EMIT testFinished(ok);
        if (then)
            then(ok);
    };
    if (s.url.isEmpty() || s.database.isEmpty() || s.login.isEmpty()) {
        finish(false, tr("Enter the URL, the database and the login."));
        return;
    }
    setBusy(true);
    const auto probe = [this, s, finish](const SecretBytes& secret) {
        m_client->setCredentials(s.endpoint(), secret);
        m_client->setLimits(s.limits());
        m_client->version(this, [this, finish](Result<QVariantMap> version) {
            if (!version) {
                if (version.error().kind == ErrorKind::OdooTlsUntrusted)
                    m_untrusted = version.error().current.value(QStringLiteral("fingerprint")).toString();
                finish(false, version.error().message);
                return;
            }
            const QString serverVersion = version.value().value(QStringLiteral("server_version")).toString();
            const qint64 latency = m_client->lastLatencyMs();
            const QUrl url = m_client->endpoint().url;
            const bool cleartext = url.scheme() == QLatin1String("http") &&
                                   url.host() != QLatin1String("localhost") &&
                                   !QHostAddress(url.host()).isLoopback();
            m_client->authenticate(this, [finish, serverVersion, latency, cleartext](Result<int> uid) {
                if (!uid) {
                    finish(false, uid.error().message);
                    return;
                }
                QString text = tr("Connected: Odoo %1, user id %2, %3 ms.")
                                   .arg(serverVersion)
                                   .arg(uid.value())
                                   .arg(latency);
                if (cleartext)
                    text += QLatin1Char(' ') +
                            tr("Warning: this address is not encrypted (http), so the password or "
                               "API key crosses the network in clear text. Use https.");
                finish(true, text);
            });
        });
    };
    const QString typed = m_ui->secretEdit->text();
    if (!typed.isEmpty()) {
        probe(SecretBytes(typed.toUtf8()));
        return;
    }
    if (!m_loaded || !m_loaded->isConfigured()) {
        finish(false, tr("Enter the password or API key."));
        return;
    }
    m_context->secrets()->read(
        OdooConnection::secretKey(m_slug), this, [probe, finish](Result<SecretBytes> secret) {
            if (!secret) {
                finish(false, secret.error().kind == ErrorKind::KeychainEntryMissing
                                  ? tr("No password or API key is stored yet; enter it.")
                                  : secret.error().message);
                return;
            }
            probe(secret.value());
        });
}

void OdooConnectionDialog::save()
{
    if (!m_loaded)
        return;
    test([this](bool ok) {
        if (!ok)
            return; // the reason is on screen; nothing is stored
        const OdooSettings current = *m_loaded;
        const QVariantMap changes = values();
        const QString typed = m_ui->secretEdit->text();
        const bool secretChanged = !typed.isEmpty();
        const SecretBytes secret(typed.toUtf8());
        const QString key = OdooConnection::secretKey(m_slug);
        const auto late =
            current.isConfigured() ? SecretStore::LateWrite::Keep : SecretStore::LateWrite::Undo;
        QPointer<OdooConnectionDialog> self(this);
        WriteRunner::run(
            m_context, this,
            [current, changes, secretChanged](Database& db) {
                return OdooConnection::planSave(db, current, changes, secretChanged);
            },
            [self, secretChanged, secret, key, late](const std::function<void(Result<Unit>)>& proceed) {
                auto* const dialog = self.data(); // one read: a second could be null
                if (!secretChanged || !dialog) {
                    proceed(Unit{});
                    return;
                }
                // The secret first: if the keychain refuses, the database is not touched either.
                dialog->m_context->secrets()->write(key, secret, dialog, proceed, late);
            },
            [self](const Result<QJsonObject>& result) {
                auto* const dialog = self.data(); // one read: a second could be null
                if (!dialog)
                    return;
                if (!result) {
                    if (result.error().kind != ErrorKind::NotConfirmed)
                        dialog->m_ui->testResultLabel->setText(result.error().message);
                    return;
                }
                Q_EMIT dialog->saved();
                dialog->accept();
            });
    });
}

} // namespace fusion
