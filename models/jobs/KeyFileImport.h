#pragma once

#include "models/jobs/Job.h"
#include "models/jobs/KeychainCleanup.h"
#include "models/vault/KeyTransfer.h"

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

// Importing a key export file: the file read (no more than KeyFile::MaxFileBytes), opened with the
// passphrase and planned on the database runner (Argon2id takes a moment); a file that adds and replaces
// nothing ends there, unasked; then the confirmation, the new secrets stored in the keychain, the keys
// written in one audited transaction, and only then the replaced keys' old secrets deleted. When a keychain
// write or the database write fails, the secrets this import stored are taken back before the error is
// reported, so nothing of the import remains. (KeyImport is the plan; this is the flow around it.)
//
// A process killed between the keychain and the database cannot undo anything, so the secrets an import
// stores and those it will delete are first noted in this database's KeychainJournal, under a lock one
// keychain-writing flow at a time holds: the next such flow (an import, or keys add, rotate, revoke) removes
// whatever such a kill left that no key names, before it does anything else (KeychainCleanup).
class KeyFileImport : public Job {
    Q_OBJECT

public:
    // The file's passphrase, asked for once the file could be read. An error ends the job with it.
    using Passphrase = std::function<Result<SecretBytes>()>;
    struct Outcome {
        bool unchanged = false; // nothing to add or replace: nothing was asked, stored or written
        WritePlan plan;
        int added = 0;
        int replaced = 0;
        int alreadyHere = 0;      // keys in the file that are here with the same secret, left as they are
        int leftoversRemoved = 0; // secrets an interrupted earlier flow had left in the keychain, removed
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeyFileImport(JobHost host, QObject* parent = nullptr);

    void start(const QString& path, Passphrase passphrase, Done done);

private:
    void opened(const QByteArray& file);
    void planned();
    void storeNext();
    void record();
    void deleteReplaced();
    void undo(const Error& error);
    Outcome outcome() const;
    void finish(const Result<Outcome>& result);

    Passphrase m_askPassphrase;
    KeyImport m_import;
    QStringList m_stored; // keychain items this import wrote, taken back if it fails
    std::optional<KeychainCleanup::Outcome> m_keychain; // the journal, locked for this import
    bool m_keepJournal = false; // an item it lists could not be removed: the next import tries again
    Done m_done;
};

} // namespace fusion
