#pragma once

#include "models/jobs/Job.h"
#include "models/jobs/KeychainCleanup.h"

#include <functional>
#include <optional>

namespace fusion {

// Revoking a key: the plan (the label typed to confirm), the row marked revoked with its audit row — from
// then on nothing can pick the key — and then its secret deleted from the keychain. A keychain that refuses
// the delete leaves the key revoked and says so; revoking it again deletes the item again.
//
// A process killed between the row and the delete cannot finish, so after the confirmation the item is first
// noted in this database's KeychainJournal (KeychainCleanup locks it and removes what an earlier interrupted
// flow left): the next keychain-writing flow deletes it once no live key names it.
class KeyRevoke : public Job {
    Q_OBJECT

public:
    struct Outcome {
        QString keychainRef;
        QJsonObject written;
        // The keychain refused to delete the secret (an item that was already gone is no error).
        std::optional<Error> secretLeft;
        int leftoversRemoved = 0; // secrets an interrupted earlier flow had left in the keychain, removed
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeyRevoke(JobHost host, QObject* parent = nullptr);

    void start(const QString& providerCode, const QString& label, Done done);

private:
    void forgetJournal();
    void finish(const Result<Outcome>& result);

    std::optional<KeychainCleanup::Outcome> m_keychain; // the journal, locked for this flow
    Done m_done;
};

} // namespace fusion
