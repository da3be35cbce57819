#pragma once

#include "models/storage/Database.h"
#include "models/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace fusion {

// What a flow that writes keychain items (keys add, rotate, revoke, import) has put in, or will take out of,
// this machine's keychain, written down before it does so. Such a flow stores a new secret before the write
// that names it, or deletes a secret after the write that stops naming it: a process killed between the two
// (a power cut, the OOM killer, SIGKILL) would leave a secret no key uses, and nothing would ever find it
// again — the keychain cannot be listed by what it belongs to. The journal lists them, so the next such flow
// into the same database removes those no live key names (and only those), then forgets them.
//
// An item is in use while a key that is not revoked names it: a revoked key's secret is deleted after its
// row is marked revoked, so a revoke killed in between leaves an item only the journal knows must go.
//
// One journal per database and machine (the keychain is the machine's): a file in the application's data
// directory named after the database's address, beside a lock that one such flow at a time holds — so a
// journal is never cleaned while the flow that wrote it still runs. A lock whose process is gone is taken
// over.
class KeychainJournal {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeychainJournal)

public:
    // The journal of keychain writes for `target` on this machine.
    static KeychainJournal forTarget(const DatabaseTarget& target);
    explicit KeychainJournal(const QString& path, const QString& legacyPath = {});

    QString path() const { return m_path; }
    // Holds this database's keychain lock until the returned object is destroyed; throws Failure (Conflict)
    // while another flow writing keychain items of it runs on this machine.
    std::unique_ptr<QLockFile> lock() const;
    // The keychain items the journal lists that no live key of `db` names (none without a journal): left
    // behind by a flow that was interrupted. Throws Failure when the journal cannot be read.
    QStringList leftovers(Database& db) const;
    // Lists the items a flow is about to store and those it will delete after its write; throws Failure
    // (nothing was written to the keychain yet) when the file cannot be written.
    void record(const QStringList& stored, const QStringList& retired) const;
    // Forgets the journal: every item it listed is named by a live key again, or gone.
    void clear() const;

    // What a person is told when `removed` leftovers were taken out of the keychain before a flow.
    static QString leftoversRemovedText(int removed);

private:
    QString m_path;
    QString m_legacyPath; // where key imports kept it before every keychain write was journalled
};

} // namespace fusion
