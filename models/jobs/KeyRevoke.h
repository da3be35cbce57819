#pragma once

#include "models/jobs/Job.h"

#include <functional>
#include <optional>

namespace fusion {

// Revoking a key: the plan (the label typed to confirm), the row marked revoked with its audit row — from
// then on nothing can pick the key — and then its secret deleted from the keychain. A keychain that refuses
// the delete leaves the key revoked and says so; revoking it again deletes the item again.
class KeyRevoke : public Job {
    Q_OBJECT

public:
    struct Outcome {
        QString keychainRef;
        QJsonObject written;
        // The keychain refused to delete the secret (an item that was already gone is no error).
        std::optional<Error> secretLeft;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeyRevoke(JobHost host, QObject* parent = nullptr);

    void start(const QString& providerCode, const QString& label, Done done);

private:
    void finish(const Result<Outcome>& result);

    Done m_done;
};

} // namespace fusion
