#pragma once

#include "models/jobs/Job.h"
#include "models/vault/KeychainJournal.h"

#include <QLockFile>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

// The first step of every flow that stores or deletes keychain items (KeySave, KeyRevoke, KeyFileImport):
// this database's KeychainJournal locked for the flow, then whatever an interrupted earlier flow left in the
// keychain that no live key names removed, and the journal forgotten. The flow then notes in the journal
// what it is about to store or delete before it touches the keychain, and clears it when it is done.
class KeychainCleanup : public Job {
    Q_OBJECT

public:
    struct Outcome {
        KeychainJournal journal{QString()};
        // Held by the flow until it ends: another keychain-writing command for this database is refused
        // meanwhile.
        std::shared_ptr<QLockFile> lock;
        int removed = 0; // leftovers removed (one that was gone already is not counted)
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeychainCleanup(JobHost host, QObject* parent = nullptr);

    void start(Done done);
    // A cleanup run as a step of `owner` (deleted when it is done); `done` is bound to the owner.
    static void run(const JobHost& host, QObject* owner, Done done);

private:
    void removeNext();
    void finish(const Result<Outcome>& result);

    Outcome m_outcome;
    QStringList m_leftovers;
    Done m_done;
};

} // namespace fusion
