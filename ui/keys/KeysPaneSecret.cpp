// The Keys pane's secret on screen and on the clipboard: read from the keychain only after the disclosure is
// audited, shown until a delay passes, and taken off the clipboard again only if it is still ours.
#include "models/audit/WriteExecutor.h"
#include "models/secrets/SecretStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/keys/KeysPane.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace fusion {

namespace {
QByteArray hashOf(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    const QByteArray h = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    SecretBytes::scrub(bytes);
    return h;
}

// The part of a key's secret a person reveals or copies: an API key, or an OAuth client secret.
QString visibleSecret(const ApiKey& key, const KeySecret& secret)
{
    return QString::fromUtf8(secret.identifying(key.kind).bytes());
}
} // namespace

void KeysPane::disclose(const ApiKey& key, const QString& how,
                        const std::function<void(const KeySecret&)>& use)
{
    m_busy = true;
    updateButtons();
    QPointer<KeysPane> self(this);
    m_context->secrets()->read(
        key.keychainRef, this, [self, key, how, use](const Result<SecretBytes>& stored) {
            KeysPane* const pane = self.data(); // one read: a second could be null
            if (!pane)
                return;
            if (!stored) {
                pane->m_busy = false;
                pane->updateButtons();
                return pane->showFailure(KeyVault::secretError(key, stored.error()));
            }
            KeySecret secret;
            try {
                secret = KeySecret::parse(key.kind, stored.value());
            } catch (const Failure& f) {
                pane->m_busy = false;
                pane->updateButtons();
                return pane->showFailure(f.error());
            }
            // Recorded first: no audit row, no secret on screen or clipboard.
            pane->m_context->worker()->run<QJsonObject>(
                pane,
                [key, how](Database& db) {
                    return WriteExecutor::execute(db, KeyVault::planDisclose(key, how));
                },
                [self, secret, use](const Result<QJsonObject>& audited) {
                    KeysPane* const alive = self.data(); // one read: a second could be null
                    if (!alive)
                        return;
                    alive->m_busy = false;
                    alive->updateButtons();
                    if (!audited)
                        return alive->showFailure(audited.error());
                    use(secret);
                });
        });
}

void KeysPane::reveal(bool on)
{
    if (!on) {
        mask();
        return;
    }
    const auto k = selected();
    if (!k) {
        m_reveal->setChecked(false);
        return;
    }
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false); // checked only once the secret is shown
    }
    const ApiKey& key = *k;
    disclose(key, QStringLiteral("reveal"), [this, key](const KeySecret& secret) {
        const auto now = selected();
        if (!now || now->id != key.id)
            return; // another key was chosen meanwhile: show nothing
        m_secret->setEchoMode(QLineEdit::Normal);
        m_secret->setText(visibleSecret(key, secret));
        m_revealed = true;
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(true);
        m_reveal->setText(tr("Hi&de"));
        m_maskTimer->start(m_revealSeconds * 1000);
        Q_EMIT revealed();
    });
}

void KeysPane::mask()
{
    m_maskTimer->stop();
    if (m_secret) {
        // Overwrite the shown text before the line edit lets go of it.
        m_secret->setText(QString(m_secret->text().size(), QLatin1Char('x')));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setText(maskedText());
    }
    m_revealed = false;
    if (m_reveal) {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("Re&veal"));
    }
}

void KeysPane::copy()
{
    const auto k = selected();
    if (!k)
        return;
    const ApiKey& key = *k;
    disclose(key, QStringLiteral("copy"), [this, key](const KeySecret& secret) {
        QString text = visibleSecret(key, secret);
        auto* mime = new QMimeData;
        mime->setText(text);
        // Clipboard managers (Klipper and others) leave data marked like this out of their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QApplication::clipboard()->setMimeData(mime);
        m_clipboardHash = hashOf(text);
        SecretBytes::scrub(text);
        m_clipboardTimer->start(m_clipboardSeconds * 1000);
        m_messages->show(
            MessageBar::Info,
            tr("Copied the secret of \"%1\"; the clipboard is cleared in %n second(s) unless you copy "
               "something else.",
               nullptr, m_clipboardSeconds)
                .arg(key.label));
        Q_EMIT copied();
    });
}

void KeysPane::clearClipboardIfOurs()
{
    m_clipboardTimer->stop();
    if (m_clipboardHash.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    // Only our secret is taken away: something the person copied since stays.
    if (hashOf(clipboard->text()) == m_clipboardHash)
        clipboard->clear();
    m_clipboardHash.clear();
}

} // namespace fusion
