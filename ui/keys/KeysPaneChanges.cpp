// The Keys pane's changes to keys: check with the provider, make default, revoke, and add or rotate through
// the editor — each through the confirmation path, the secret in the keychain before its row.
#include "models/itemmodels/ApiKeyListModel.h"
#include "models/jobs/KeyCheck.h"
#include "models/jobs/KeyRevoke.h"
#include "models/jobs/KeySave.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppJobs.h"
#include "ui/common/MessageBar.h"
#include "ui/common/WriteRunner.h"
#include "ui/keys/KeyEditorDialog.h"
#include "ui/keys/KeysPane.h"

#include <QPointer>

namespace fusion {

namespace {
// Said after a change when it first removed what an interrupted earlier one had left in the keychain.
QString keysPaneLeftoversText(int removed)
{
    return removed > 0 ? QLatin1Char(' ') + KeychainJournal::leftoversRemovedText(removed) : QString();
}
} // namespace

void KeysPane::check()
{
    const auto k = selected();
    if (!k)
        return;
    m_busy = true;
    updateButtons();
    auto* job = new KeyCheck(AppJobs::host(m_context, this), this);
    connect(job, &Job::progress, this,
            [this](int, int, const QString& text) { m_messages->show(MessageBar::Info, text); });
    job->start({*k}, [this, job](const Result<KeyCheck::Outcome>& result) {
        job->deleteLater();
        m_busy = false;
        updateButtons();
        if (!result)
            return showFailure(result.error());
        const KeyCheck::Checked& one = result.value().keys.constFirst();
        if (one.error)
            return showFailure(*one.error);
        const ValidationResult& r = one.result;
        m_messages->show(r.status == QLatin1String("valid") ? MessageBar::Success : MessageBar::Warning,
                         ApiKeyListModel::validationLabel(r.status) + QStringLiteral(": ") + r.message);
        Q_EMIT checked(r.status);
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
    const QString label = k->label;
    auto* job = new KeyRevoke(AppJobs::host(m_context, this), this);
    job->start(k->providerCode, label, [this, job, label](const Result<KeyRevoke::Outcome>& result) {
        job->deleteLater();
        if (!result)
            return showFailure(result.error());
        const KeyRevoke::Outcome& o = result.value();
        if (o.secretLeft)
            m_messages->show(MessageBar::Failure,
                             tr("Revoked \"%1\", but its keychain item %2 could not be deleted: %3 Revoke it "
                                "again to retry.")
                                 .arg(label, o.keychainRef, o.secretLeft->message));
        else
            m_messages->show(MessageBar::Success,
                             tr("Revoked \"%1\"; its secret is deleted from the keychain.").arg(label) +
                                 keysPaneLeftoversText(o.leftoversRemoved));
        reload();
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
    KeySave::Request request;
    request.provider = editor->provider();
    request.key = editor->newKey();
    request.secret = editor->secret();
    request.graceDays = editor->graceDays();
    request.checkFirst = editor->checkFirst();
    if (rotate)
        request.replacing = replacing;
    const QString label = request.key.label;
    const QString providerCode = request.key.providerCode;
    QPointer<KeyEditorDialog> dialog(editor);
    editor->setBusy(true);
    // The confirmation opens over the editor, which stays open until the key is saved.
    auto* job = new KeySave(AppJobs::host(m_context, editor), this);
    connect(job, &Job::progress, editor,
            [editor](int, int, const QString& text) { editor->setBusy(true, text); });
    job->start(request, [this, job, dialog, label, providerCode](const Result<KeySave::Outcome>& result) {
        job->deleteLater();
        KeyEditorDialog* const stillOpen = dialog.data(); // one read: a second could be null
        if (!result) {
            if (stillOpen && result.error().kind != ErrorKind::NotConfirmed)
                stillOpen->showProblem(MessageBar::failureText(result.error()));
            else if (stillOpen)
                stillOpen->setBusy(false);
            else
                showFailure(result.error());
            return;
        }
        if (stillOpen)
            stillOpen->accept();
        m_messages->show(MessageBar::Success, tr("Saved \"%1\".").arg(label) +
                                                  keysPaneLeftoversText(result.value().leftoversRemoved));
        selectKey(providerCode, label);
    });
}

} // namespace fusion
