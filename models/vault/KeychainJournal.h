#pragma once

#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace fusion {

// What a key import has put in, or will take out of, this machine's keychain, written down before it does
// so. An import stores its new secrets in the keychain before the write that names them, and deletes the
// replaced keys' old secrets after it: a process killed between the two (a power cut, the OOM killer,
// SIGKILL) would leave secrets no key names, and nothing would ever find them again — the keychain cannot be
// listed by what it belongs to. The journal lists them, so the next import into the same database removes
// those no key names (and only those), then forgets them.
//
// One journal per database and machine (the keychain is the machine's): a file in the application's data
// directory named after the database's address, beside a lock that one import at a time holds — so a
// journal is never cleaned while the import that wrote it still runs. A lock whose process is gone is taken
// over.
class KeyImportJournal {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyImportJournal)

public:
    // The journal of imports into `target` on this machine.
    static KeyImportJournal forTarget(const DatabaseTarget& target);
    explicit KeyImportJournal(const QString& path);

    QString path() const { return m_path; }
    // Holds this database's import lock until the returned object is destroyed; throws Failure (Conflict)
    // while another import into it runs on this machine.
    std::unique_ptr<QLockFile> lock() const;
    // The keychain items the journal lists that no key of `db` names (none without a journal): left behind
    // by an import that was interrupted. Throws Failure when the journal cannot be read.
    QStringList leftovers(Database& db) const;
    // Lists the items an import is about to store and those it will delete after its write; throws Failure
    // (nothing was written to the keychain yet) when the file cannot be written.
    void record(const QStringList& stored, const QStringList& retired) const;
    // Forgets the journal: every item it listed is named by a key again, or gone.
    void clear() const;

private:
    QString m_path;
};

} // namespace fusion
