#pragma once

#include "core/Error.h"
#include "secrets/SecretBytes.h"

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

    void read(const QString& key, QObject* context, const std::function<void(Result<SecretBytes>)>& done);
    void write(const QString& key, const SecretBytes& secret, QObject* context,
               const std::function<void(Result<Unit>)>& done);
    void remove(const QString& key, QObject* context, const std::function<void(Result<Unit>)>& done);

    static Error errorFor(int code, const QString& text, const QString& key);

private:
    void track(QKeychain::Job* job, QObject* context,
               const std::function<void(QKeychain::Job*, bool timedOut)>& finish);

    QString m_service;
    int m_timeoutMs = 20000;
};

} // namespace fusion
