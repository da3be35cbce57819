#pragma once

#include "models/core/WritePlan.h"
#include "models/storage/Database.h"
#include "models/vault/KeyVault.h"

#include <QCoreApplication>
#include <QPair>

namespace fusion {

struct KeyFileContent;

// What importing a key file will do: the write (confirmed, audited, one transaction), the secrets to put in
// the keychain before it (new items only — an existing key's item is replaced by a new one), and the items to
// delete after it (those the replaced keys used).
struct KeyImport {
    PendingWrite write;
    QList<QPair<QString, SecretBytes>> toStore; // keychain ref → serialized secret
    QStringList toDeleteAfter;
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
};

// Moving keys between machines, as confirmed, audited writes: what an export file will take (asked, audited
// before the file is written) and what importing one will add or replace.
class KeyTransfer {
    Q_DECLARE_TR_FUNCTIONS(fusion::KeyTransfer)

public:
    // A key file's keys: a label the provider does not have is added; one it has with another secret gets the
    // file's secret (and notes, client id, expiry); one with the same secret is left alone. Custom providers
    // the file needs and this database lacks are added.
    static KeyImport planImport(Database& db, const KeyFileContent& file);
    // Writing chosen keys, secrets included, to an encrypted file: asked, and audited before the file is
    // written (which keys, by fingerprint, and where to).
    static PendingWrite planExport(const QList<ApiKey>& keys, const QString& path);
};

} // namespace fusion
