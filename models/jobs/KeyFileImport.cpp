#include "models/jobs/KeyFileImport.h"

#include "models/vault/KeyFile.h"

#include <QFile>

namespace fusion {

namespace {
// Opening, storing the secrets, the write, deleting the replaced keys' old secrets.
constexpr int Steps = 4;
} // namespace

KeyFileImport::KeyFileImport(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void KeyFileImport::start(const QString& path, Passphrase passphrase, Done done)
{
    begin();
    m_done = std::move(done);
    m_askPassphrase = std::move(passphrase);
    report(1, Steps, tr("Opening the file…"));
    onDatabase<QByteArray>(
        [path](Database&) {
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly))
                throw Failure(ErrorKind::NotFound, tr("Cannot read %1: %2").arg(path, in.errorString()));
            // One byte more than a key file may have, so that opening it says it is too large.
            return in.read(KeyFile::MaxFileBytes + 1);
        },
        [this](const Result<QByteArray>& file) {
            if (!file)
                return finish(file.error());
            KeychainCleanup::run(host(), this,
                                 [this, bytes = file.value()](const Result<KeychainCleanup::Outcome>& ready) {
                                     if (!ready)
                                         return finish(ready.error());
                                     m_keychain = ready.value();
                                     opened(bytes);
                                 });
        });
}

void KeyFileImport::opened(const QByteArray& file)
{
    const Result<SecretBytes> passphrase =
        m_askPassphrase ? m_askPassphrase() : Result<SecretBytes>(SecretBytes());
    if (!passphrase)
        return finish(passphrase.error());
    onDatabase<KeyImport>(
        [file, phrase = passphrase.value()](Database& db) {
            // The decrypted content (secrets included) lives only for this call; the plan keeps what to
            // store.
            return KeyTransfer::planImport(db, KeyFile::open(file, phrase));
        },
        [this](const Result<KeyImport>& import) {
            if (!import)
                return finish(import.error());
            m_import = import.value();
            planned();
        });
}

void KeyFileImport::planned()
{
    if (!m_import.write.apply) {
        Outcome o = outcome();
        o.unchanged = true;
        return finish(o);
    }
    confirm(m_import.write.plan, [this](bool yes) {
        if (!yes)
            return finish(notConfirmedError());
        // The last point to stop: from the first keychain write on, the import runs to its end or is undone.
        if (isCancelled())
            return finish(cancelledError());
        report(2, Steps, tr("Storing %n secret(s)…", nullptr, int(m_import.toStore.size())));
        // Noted before the first keychain write, so that a kill from here on leaves nothing unaccounted for.
        QStringList stored;
        for (const auto& item : std::as_const(m_import.toStore))
            stored << item.first;
        onDatabase<bool>(
            [journal = m_keychain->journal, stored, retired = m_import.toDeleteAfter](Database&) {
                journal.record(stored, retired);
                return true;
            },
            [this](const Result<bool>& noted) {
                if (!noted)
                    return finish(noted.error());
                storeNext();
            });
    });
}

void KeyFileImport::storeNext()
{
    if (m_stored.size() == m_import.toStore.size()) {
        m_import.toStore.clear(); // in the keychain now: no copy stays in memory
        return record();
    }
    const QPair<QString, SecretBytes>& item = m_import.toStore.at(m_stored.size());
    writeSecret(item.first, item.second, [this, ref = item.first](const Result<Unit>& stored) {
        if (!stored)
            return undo(stored.error());
        m_stored << ref;
        storeNext();
    });
}

void KeyFileImport::record()
{
    report(3, Steps, tr("Recording the import…"));
    write(m_import.write, [this](const Result<QJsonObject>& written) {
        if (!written && written.error().kind == ErrorKind::Connection) {
            // The connection went during the write: it may have been committed, and then the imported keys
            // need these secrets. They stay, noted in the journal; the next keychain-writing flow removes
            // those no key uses.
            m_import.toStore.clear();
            m_stored.clear();
            m_keepJournal = true;
            return finish(written.error());
        }
        if (!written)
            return undo(written.error());
        m_stored.clear(); // the imported keys use them now
        if (!m_import.toDeleteAfter.isEmpty())
            report(4, Steps, tr("Deleting the replaced keys' old secrets…"));
        deleteReplaced();
    });
}

void KeyFileImport::deleteReplaced()
{
    // Only after the write: until then the replaced keys still used them. One that cannot be deleted is
    // left behind as clutter — no key points at it any more — and does not make the import fail.
    if (m_import.toDeleteAfter.isEmpty()) {
        if (!m_keepJournal)
            m_keychain->journal.clear();
        return finish(outcome());
    }
    removeSecret(m_import.toDeleteAfter.takeFirst(), [this](const Result<Unit>& removed) {
        if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
            m_keepJournal = true;
        deleteReplaced();
    });
}

void KeyFileImport::undo(const Error& error)
{
    m_import.toStore.clear();
    if (m_stored.isEmpty()) {
        if (!m_keepJournal)
            m_keychain->journal.clear();
        return finish(error);
    }
    removeSecret(m_stored.takeLast(), [this, error](const Result<Unit>& removed) {
        if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
            m_keepJournal = true;
        undo(error);
    });
}

KeyFileImport::Outcome KeyFileImport::outcome() const
{
    Outcome o;
    o.plan = m_import.write.plan;
    o.added = m_import.added;
    o.replaced = m_import.replaced;
    o.alreadyHere = m_import.unchanged;
    o.leftoversRemoved = m_keychain ? m_keychain->removed : 0;
    return o;
}

void KeyFileImport::finish(const Result<Outcome>& result)
{
    // The plan's secrets (to store, and in its write) go with it.
    m_import = KeyImport();
    m_stored.clear();
    m_keychain.reset(); // unlocked: the next keychain-writing flow for this database may start
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
