#include "models/jobs/KeyExport.h"

#include "models/roles/RoleService.h"
#include "models/vault/KeyFile.h"
#include "models/vault/KeyTransfer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>

namespace fusion {

KeyExport::KeyExport(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

KeyExport::~KeyExport() = default;

void KeyExport::start(const Selection& selection, const QString& path, Passphrase passphrase, Done done)
{
    begin();
    m_done = std::move(done);
    m_askPassphrase = std::move(passphrase);
    m_path = path;
    m_content = std::make_shared<KeyFileContent>();
    onDatabase<Plan>([selection, path](Database& db) { return plan(db, selection, path); },
                     [this](const Result<Plan>& result) {
                         if (!result)
                             return finish(result.error());
                         planned(result.value());
                     });
}

KeyExport::Plan KeyExport::plan(Database& db, const Selection& selection, const QString& path)
{
    const Capabilities caps = RoleService(db).capabilities();
    if (!caps.can(Capability::ManageKeys))
        throw Failure(ErrorKind::PermissionDenied, caps.whyNot(Capability::ManageKeys));
    // A QString, not the QStringBuilder `auto` would return: that would point into the temporaries.
    const auto name = [](const ApiKey& k) -> QString { return k.providerCode + QLatin1Char('/') + k.label; };
    Plan out;
    if (selection.chosen) {
        out.keys = *selection.chosen;
    } else {
        for (const ApiKey& k : KeyVault::keys(db)) {
            if ((selection.providers.isEmpty() || selection.providers.contains(k.providerCode)) &&
                (selection.keys.isEmpty() || selection.keys.contains(name(k))))
                out.keys << k;
        }
        for (const QString& want : selection.keys) {
            if (std::none_of(out.keys.cbegin(), out.keys.cend(),
                             [&](const ApiKey& k) { return name(k) == want; }))
                throw Failure(ErrorKind::NotFound,
                              tr("There is no live key %1 (give it as PROVIDER/LABEL).").arg(want));
        }
    }
    if (out.keys.isEmpty())
        throw Failure(ErrorKind::NotFound, tr("No keys to export."));
    // Only the providers the keys need: the file says nothing about the rest of this vault.
    for (const Provider& p : KeyVault::providers(db)) {
        if (std::any_of(out.keys.cbegin(), out.keys.cend(),
                        [&p](const ApiKey& k) { return k.providerCode == p.code; }))
            out.providers << p;
    }
    out.exportedBy = db.actor();
    out.write = KeyTransfer::planExport(out.keys, QFileInfo(path).absoluteFilePath());
    return out;
}

void KeyExport::planned(const Plan& plan)
{
    m_plan = plan;
    const Result<SecretBytes> passphrase =
        m_askPassphrase ? m_askPassphrase() : Result<SecretBytes>(SecretBytes());
    if (!passphrase)
        return finish(passphrase.error());
    if (const QString why = KeyFile::passphraseProblem(passphrase.value()); !why.isEmpty())
        return finish(Error::make(ErrorKind::InvalidInput, why));
    m_passphrase = passphrase.value();
    confirm(m_plan.write.plan, [this](bool yes) {
        if (!yes)
            return finish(notConfirmedError());
        m_content->exportedBy = m_plan.exportedBy;
        m_content->exportedAt = QDateTime::currentDateTimeUtc();
        m_content->providers = m_plan.providers;
        readKey(0);
    });
}

void KeyExport::readKey(qsizetype index)
{
    if (isCancelled())
        return finish(cancelledError());
    if (index == m_plan.keys.size())
        return seal();
    const ApiKey k = m_plan.keys.at(index);
    report(int(index) + 1, steps(), tr("Reading the secret of %1/%2…").arg(k.providerCode, k.label));
    readSecret(k.keychainRef, [this, k, index](const Result<SecretBytes>& secret) {
        if (!secret)
            return finish(KeyVault::secretError(k, secret.error()));
        auto parsed = capture([&] { return KeySecret::parse(k.kind, secret.value()); });
        if (!parsed)
            return finish(parsed.error());
        m_content->keys << ExportedKey{k.providerCode, k.kind,      k.label,       k.notes,
                                       k.clientId,     k.expiresAt, parsed.value()};
        readKey(index + 1);
    });
}

void KeyExport::seal()
{
    report(steps() - 1, steps(), tr("Sealing…"));
    onDatabase<QByteArray>(
        [content = m_content, passphrase = m_passphrase](Database&) {
            // The secrets leave memory as soon as they are sealed in, whether sealing worked or not.
            const auto drop = qScopeGuard([&content] { content->keys.clear(); });
            return KeyFile::seal(*content, passphrase);
        },
        [this](const Result<QByteArray>& sealed) {
            m_passphrase.clear();
            if (!sealed)
                return finish(sealed.error());
            m_sealed = sealed.value();
            record();
        });
}

void KeyExport::record()
{
    // The last point to stop: from the audit row on, the file is written.
    if (isCancelled())
        return finish(cancelledError());
    write(m_plan.write, [this](const Result<QJsonObject>& audited) {
        if (!audited)
            return finish(audited.error());
        writeFile(audited.value());
    });
}

void KeyExport::writeFile(const QJsonObject& audited)
{
    report(steps(), steps(), tr("Writing %1…").arg(m_path));
    QSaveFile out(m_path);
    const bool written = out.open(QIODevice::WriteOnly) &&
                         out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         out.write(m_sealed) == m_sealed.size() && out.commit();
    if (!written)
        return finish(
            Error::make(ErrorKind::Internal, tr("Could not write %1: %2").arg(m_path, out.errorString())));
    finish(Outcome{audited, int(m_plan.keys.size())});
}

void KeyExport::finish(const Result<Outcome>& result)
{
    // Whatever happened, the job keeps no secret: those read so far go (SecretBytes scrubs them), and so do
    // the passphrase and the sealed bytes.
    m_content.reset();
    m_passphrase.clear();
    m_sealed.fill('\0');
    m_sealed.clear();
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
