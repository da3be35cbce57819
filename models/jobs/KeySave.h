#pragma once

#include "models/jobs/Job.h"
#include "models/jobs/KeychainCleanup.h"
#include "models/vault/KeyValidator.h"

#include <functional>
#include <optional>

namespace fusion {

// Adding a key, or rotating one (a new key takes over from an old one): the new secret checked with the
// provider first when asked (a secret the provider refuses never replaces anything), the plan shown and
// confirmed, the secret stored in the keychain, then the key's row with its audit row — and if that write is
// refused, the secret taken back out of the keychain, so nothing of the key remains.
//
// A process killed between the keychain and the database cannot take anything back, so after the
// confirmation the new secret's item is first noted in this database's KeychainJournal (KeychainCleanup
// locks it and removes what an earlier interrupted flow left): the next keychain-writing flow removes the
// item if no key names it. A rotate killed at any point leaves the key working with one secret — the old
// key untouched and active, or the new one stored and written.
class KeySave : public Job {
    Q_OBJECT

public:
    struct Request {
        Provider provider;
        NewKey key;
        KeySecret secret;
        std::optional<ApiKey> replacing; // rotate: the key the new one takes over from
        int graceDays = 7;               // rotate: how long the old key stays usable ("retiring")
        bool checkFirst = true;
        KeyValidator::Options options;
    };
    struct Outcome {
        QString target;  // what was added, as the confirmation named it
        QString checked; // what the check found: valid, or unknown when skipped
        Fingerprint fingerprint;
        QJsonObject written;
        int leftoversRemoved = 0; // secrets an interrupted earlier flow had left in the keychain, removed
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeySave(JobHost host, QObject* parent = nullptr);

    void start(const Request& request, Done done);
    // Where this job puts (or put) the new secret: tests look there for what was left behind.
    const QString& keychainRef() const { return m_ref; }

private:
    void check();
    void plan(const QString& status, const QString& message);
    void store(const PendingWrite& pending, const QString& status);
    void storeThenWrite(const PendingWrite& pending, const QString& status);
    void finish(const Result<Outcome>& result);
    PendingWrite planned(Database& db, const QString& status, const QString& message) const;

    Request m_request;
    QString m_ref;
    Fingerprint m_fingerprint;
    std::optional<KeychainCleanup::Outcome> m_keychain; // the journal, locked for this flow
    Done m_done;
};

} // namespace fusion
