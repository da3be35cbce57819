// The Keys pane's changes to keys: check with the provider, make default, revoke, and add or rotate through
// the editor — each through the confirmation path, the secret in the keychain before its row.
#include "models/audit/WriteExecutor.h"
#include "models/itemmodels/ApiKeyListModel.h"
#include "models/secrets/SecretStore.h"
#include "models/vault/KeyValidator.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/keys/KeyEditorDialog.h"
#include "ui/keys/KeysPane.h"

#include <QPointer>

namespace fusion {

void KeysPane::check()
{
    const auto k = selected();
    const auto p = k ? std::find_if(m_providerList.cbegin(), m_providerList.cend(),
                                    [&k](const Provider& x) { return x.code == k->providerCode; })
                     : m_providerList.cend();
    if (!k || p == m_providerList.cend())
        return;
    const ApiKey key = *k;
    const Provider& provider = *p;
    m_busy = true;
    updateButtons();
    m_messages->show(MessageBar::Info, tr("Checking \"%1\" with %2…").arg(key.label, provider.name));
    QPointer<KeysPane> self(this);
    const auto finish = [self](const Error* error) {
        KeysPane* const pane = self.data(); // one read: a second could be null
        if (!pane)
            return;
        pane->m_busy = false;
        pane->updateButtons();
        if (error)
            pane->showFailure(*error);
    };
    m_context->secrets()->read(
        key.keychainRef, this, [self, key, provider, finish](const Result<SecretBytes>& stored) {
            if (!self)
                return;
            if (!stored) {
                const Error e = KeyVault::secretError(key, stored.error());
                return finish(&e);
            }
            const auto parsed = capture([&] { return KeySecret::parse(key.kind, stored.value()); });
            if (!parsed)
                return finish(&parsed.error());
            const KeySecret& secret = parsed.value();
            KeyValidator::validate(
                provider, key, secret, self, [self, key, secret, finish](const ValidationResult& r) {
                    KeysPane* const pane = self.data(); // one read: a second could be null
                    if (!pane)
                        return;
                    // Also run after the keychain's answer, by when the pane may be gone.
                    const auto record = [self, key, r, finish] {
                        KeysPane* const owner = self.data();
                        if (!owner)
                            return;
                        owner->m_context->worker()->run<QJsonObject>(
                            self,
                            [key, r](Database& db) {
                                return WriteExecutor::execute(
                                    db, KeyVault::planRecordValidation(key, r.status, r.message,
                                                                       r.accessTokenExpiresAt));
                            },
                            [self, r, finish](const Result<QJsonObject>& recorded) {
                                KeysPane* const alive = self.data(); // one read: a second could be null
                                if (!alive)
                                    return;
                                if (!recorded)
                                    return finish(&recorded.error());
                                finish(nullptr);
                                alive->m_messages->show(r.status == QLatin1String("valid")
                                                            ? MessageBar::Success
                                                            : MessageBar::Warning,
                                                        ApiKeyListModel::validationLabel(r.status) +
                                                            QStringLiteral(": ") + r.message);
                                Q_EMIT alive->m_context->dataChanged(QStringLiteral("api_keys"));
                                Q_EMIT alive->checked(r.status);
                            });
                    };
                    if (r.accessToken.isEmpty())
                        return record();
                    KeySecret updated = secret;
                    updated.accessToken = r.accessToken;
                    pane->m_context->secrets()->write(
                        key.keychainRef, updated.serialized(key.kind), pane,
                        [record, finish](const Result<Unit>& written) {
                            if (!written)
                                return finish(&written.error());
                            record();
                        },
                        SecretStore::LateWrite::Keep);
                });
        });
}

void KeysPane::makeDefault()
{
    const auto k = selected();
    if (!k)
        return;
    const QString provider = k->providerCode;
    const QString label = k->label;
    WriteRunner::run(
        m_context, this,
        [provider, label](Database& db) { return KeyVault::planSetDefault(db, provider, label); },
        [this, label](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            m_messages->show(MessageBar::Success, tr("\"%1\" is the default now.").arg(label));
            reload();
        });
}

void KeysPane::revoke()
{
    const auto k = selected();
    if (!k)
        return;
    const QString provider = k->providerCode;
    const QString label = k->label;
    WriteRunner::run(
        m_context, this,
        [provider, label](Database& db) { return KeyVault::planRevoke(db, provider, label); },
        [this, label](const Result<QJsonObject>& result) {
            if (!result)
                return showFailure(result.error());
            const QString ref = result.value().value(QStringLiteral("keychain_ref")).toString();
            // Revoked in the database; now the secret itself goes.
            m_context->secrets()->remove(ref, this, [this, label, ref](const Result<Unit>& removed) {
                if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
                    m_messages->show(
                        MessageBar::Failure,
                        tr("Revoked \"%1\", but its keychain item %2 could not be deleted: %3 Revoke it "
                           "again to retry.")
                            .arg(label, ref, removed.error().message));
                else
                    m_messages->show(
                        MessageBar::Success,
                        tr("Revoked \"%1\"; its secret is deleted from the keychain.").arg(label));
                reload();
            });
        });
}

void KeysPane::openEditor(bool rotate)
{
    const auto k = selected();
    std::optional<Provider> provider = currentProvider();
    if (rotate || !provider) {
        if (!k)
            return;
        for (const Provider& p : std::as_const(m_providerList)) {
            if (p.code == k->providerCode)
                provider = p;
        }
    }
    if (!provider)
        return;
    auto* editor = new KeyEditorDialog(rotate ? KeyEditorDialog::Mode::Rotate : KeyEditorDialog::Mode::Add,
                                       *provider, rotate ? k : std::nullopt, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const ApiKey replacing = rotate && k ? *k : ApiKey{};
    connect(editor, &KeyEditorDialog::submitted, this,
            [this, editor, rotate, replacing] { saveFromEditor(editor, rotate, replacing); });
    editor->open();
}

void KeysPane::saveFromEditor(KeyEditorDialog* editor, bool rotate, const ApiKey& replacing)
{
    const Provider provider = editor->provider();
    const NewKey key = editor->newKey();
    const KeySecret secret = editor->secret();
    const int grace = editor->graceDays();
    const QString ref = KeyVault::newKeychainRef();
    const Fingerprint fp = Fingerprint::of(secret.identifying(provider.kind));
    QPointer<KeyEditorDialog> dialog(editor);
    QPointer<KeysPane> self(this);

    // Plan, confirm, store the secret, then the row; a refused row takes the secret back.
    const auto store = [self, dialog, provider, key, secret, grace, ref, fp, rotate,
                        replacing](const QString& checked, const QString& message) {
        KeysPane* const pane = self.data(); // one read each: a second could be null
        if (!pane)
            return;
        auto* const editorDialog = dialog.data();
        auto written = std::make_shared<bool>(false);
        WriteRunner::run(
            pane->m_context, editorDialog ? static_cast<QWidget*>(editorDialog) : pane,
            [provider, key, grace, ref, fp, rotate, replacing, checked, message](Database& db) {
                if (rotate)
                    return KeyVault::planRotate(db, provider.code, replacing.label, key, ref, fp, grace,
                                                checked, message);
                NewKey checkedKey = key;
                checkedKey.validationStatus = checked;
                checkedKey.validationMessage = message;
                return KeyVault::planAdd(db, checkedKey, ref, fp);
            },
            [self, ref, secret, provider, written](const std::function<void(Result<Unit>)>& proceed) {
                KeysPane* const owner = self.data(); // one read: a second could be null
                if (!owner)
                    return;
                owner->m_context->secrets()->write(ref, secret.serialized(provider.kind), owner,
                                                   [written, proceed](const Result<Unit>& ok) {
                                                       *written = ok.ok();
                                                       proceed(ok);
                                                   });
            },
            [self, dialog, ref, written, key](const Result<QJsonObject>& result) {
                KeysPane* const alive = self.data(); // one read: a second could be null
                if (!alive)
                    return;
                auto* const stillOpen = dialog.data();
                if (!result) {
                    if (*written) // the secret went in, the row did not: take it back
                        alive->m_context->secrets()->remove(ref, alive, [](const Result<Unit>&) {});
                    if (stillOpen)
                        stillOpen->showProblem(MessageBar::failureText(result.error()));
                    else
                        alive->showFailure(result.error());
                    return;
                }
                if (stillOpen)
                    stillOpen->accept();
                alive->m_messages->show(MessageBar::Success, tr("Saved \"%1\".").arg(key.label));
                alive->selectKey(key.providerCode, key.label);
            });
    };
    if (!editor->checkFirst()) {
        editor->setBusy(true);
        store(QStringLiteral("unknown"), QString());
        return;
    }
    editor->setBusy(true, tr("Checking the secret with %1…").arg(provider.name));
    ApiKey probe = replacing;
    probe.providerCode = provider.code;
    probe.kind = provider.kind;
    probe.clientId = key.clientId.isEmpty() ? replacing.clientId : key.clientId;
    KeyValidator::validate(
        provider, probe, secret, this, [dialog, provider, store](const ValidationResult& r) {
            if (r.status == QLatin1String("rejected")) {
                if (dialog)
                    dialog->showProblem(tr("%1 refused this secret: %2").arg(provider.name, r.message));
                return;
            }
            if (r.status == QLatin1String("unreachable")) {
                if (dialog)
                    dialog->showProblem(
                        tr("The secret could not be checked: %1 Untick the check to save it anyway.")
                            .arg(r.message));
                return;
            }
            store(r.status, r.message);
        });
}

} // namespace fusion
