#pragma once

#include "models/core/Error.h"
#include "models/secrets/SecretBytes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace QKeychain {
class Job;
}

namespace fusion {

// The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) through
// QtKeychain. Every call is asynchronous and ends in exactly one callback on `context`'s thread, unless
// `context` was destroyed first: with the secret, or an error naming what is wrong (no keychain, locked,
// denied, no such entry, or no answer within the timeout). There is never a plaintext fallback.
class SecretStore : public QObject {
    Q_OBJECT

public:
    explicit SecretStore(QObject* parent = nullptr);

    static QString defaultService(); // "fusion-console", or $FUSION_KEYCHAIN_SERVICE (tests)
    void setService(const QString& service) { m_service = service; }
    QString service() const { return m_service; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // What to do with a write that timed out but then reaches the keychain after all.
    enum class LateWrite {
        Undo, // a new entry: remove it again, so that "nothing was stored" stays true
        Keep, // a replacement: the old value is gone either way, so keep the one the person chose
    };

    void read(const QString& key, QObject* context, const std::function<void(Result<SecretBytes>)>& done);
    void write(const QString& key, const SecretBytes& secret, QObject* context,
               const std::function<void(Result<Unit>)>& done, LateWrite late = LateWrite::Undo);
    void remove(const QString& key, QObject* context, const std::function<void(Result<Unit>)>& done);

    // `outcome` says what did not happen ("Nothing was stored.", "Nothing was read.", …).
    static Error errorFor(int code, const QString& text, const QString& key, const QString& outcome);

private:
    void track(QKeychain::Job* job, QObject* context,
               const std::function<void(QKeychain::Job*, bool timedOut)>& finish,
               const std::function<void(QKeychain::Job*)>& lateFinish = {});
    // Asks the Secret Service whether its default collection is locked (or missing). QtKeychain reports a
    // locked keychain as "no such entry" on read and as success on delete, so both check this.
    enum class LockState { Unlocked, Locked, NoAnswer };
    void whenLockKnown(QObject* context, const std::function<void(LockState)>& then);
    int timeoutSeconds() const;

    QString m_service;
    int m_timeoutMs = 20000;
    QHash<QString, quint64>
        m_writeGeneration; // the latest write per key, so a late undo never hits a newer one
};

} // namespace fusion
