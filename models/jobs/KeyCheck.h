#pragma once

#include "models/jobs/Job.h"
#include "models/vault/KeyValidator.h"

#include <QList>

#include <functional>
#include <optional>

namespace fusion {

// Checking keys with their providers, one after the other: each key's secret from the keychain, the
// provider's cheapest answer (never a paid call), an OAuth refresh's new access token back into the key's own
// keychain item, and what was found recorded on the key with its audit row. Not asked: the person asked for
// the check, and nothing but the check's result is recorded. A key that cannot be checked (its keychain item
// is gone, its secret unreadable) is reported as such and the others are still checked.
class KeyCheck : public Job {
    Q_OBJECT

public:
    struct Checked {
        ApiKey key;
        QString providerName;
        ValidationResult result; // meaningful when there is no error
        std::optional<Error> error;
        // A definite "no" from the provider or no answer: either is worth a non-zero exit and a warning.
        bool good() const;
    };
    struct Outcome {
        QList<Checked> keys;
        bool allGood() const;
    };
    using Done = std::function<void(const Result<Outcome>&)>;

    explicit KeyCheck(JobHost host, QObject* parent = nullptr);

    void setOptions(const KeyValidator::Options& options) { m_options = options; }
    // Never fails as a whole: each key's error is in its Checked.
    void start(const QList<ApiKey>& keys, Done done);

Q_SIGNALS:
    // As each key is done, so a long list shows its results as they come.
    void checked(const fusion::KeyCheck::Checked& one);

private:
    void next();
    void checkWith(const Provider& provider);
    void record(const Provider& provider, const ValidationResult& result);
    void settle(const Checked& one);

    KeyValidator::Options m_options;
    QList<ApiKey> m_keys;
    qsizetype m_at = 0;
    Outcome m_outcome;
    Done m_done;
};

} // namespace fusion
