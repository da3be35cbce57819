#include "SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace fusion {

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
    , m_service(defaultService())
{
}

QString SecretStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("FUSION_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QStringLiteral("fusion-console") : fromEnv;
}

Error SecretStore::errorFor(int code, const QString& text, const QString& key)
{
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error::make(ErrorKind::KeychainEntryMissing,
                           tr("The OS keychain has no entry for %1.").arg(key), text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(ErrorKind::KeychainDenied,
                           tr("The OS keychain refused access to %1. Nothing was stored.").arg(key), text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(
            ErrorKind::KeychainUnavailable,
            tr("No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
               "KWallet). Fusion Console keeps secrets only there, so nothing was stored."),
            text);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("/collection/")) ||
        lower.contains(QLatin1String("object does not exist")) || lower.contains(QLatin1String("prompt")) ||
        lower.contains(QLatin1String("dismissed")))
        return Error::make(
            ErrorKind::KeychainLocked,
            tr("The OS keychain is locked or has no default collection. Unlock it (for example by "
               "logging in to your desktop session) and try again. Nothing was stored."),
            text);
    if (lower.contains(QLatin1String("d-bus")) || lower.contains(QLatin1String("dbus")) ||
        lower.contains(QLatin1String("org.freedesktop.secrets")) ||
        lower.contains(QLatin1String("no such interface")) ||
        lower.contains(QLatin1String("not provided by any .service")))
        return Error::make(
            ErrorKind::KeychainUnavailable,
            tr("No OS keychain is running (the Secret Service could not be reached over D-Bus). Fusion "
               "Console keeps secrets only there, so nothing was stored."),
            text);
    return Error::make(ErrorKind::KeychainUnavailable,
                       tr("The OS keychain reported an error for %1: %2. Nothing was stored.").arg(key, text),
                       text);
}

void SecretStore::track(QKeychain::Job* job, QObject* context,
                        const std::function<void(QKeychain::Job*, bool timedOut)>& finish)
{
    // One answer per call: whichever comes first, the job's result or the timeout.
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    QPointer<QTimer> timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, this, [answered, guard, finish, timer, job] {
        if (timer)
            timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        // The job may still finish later (it deletes itself); its answer is ignored.
        if (guard)
            finish(job, true);
    });
    connect(job, &QKeychain::Job::finished, this, [answered, guard, finish, timer](QKeychain::Job* finished) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        if (*answered)
            return;
        *answered = true;
        if (guard)
            finish(finished, false);
    });
    timer->start();
    job->start();
}

void SecretStore::read(const QString& key, QObject* context,
                       const std::function<void(Result<SecretBytes>)>& done)
{
    auto job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    const int timeout = m_timeoutMs;
    track(job, context, [done, key, timeout](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(Error::make(
                ErrorKind::KeychainTimeout,
                tr("The OS keychain did not answer within %n second(s) (it may be waiting for an unlock "
                   "prompt).",
                   nullptr, timeout / 1000)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString(), key));
            return;
        }
        auto* reader = static_cast<QKeychain::ReadPasswordJob*>(j);
        QByteArray bytes = reader->binaryData();
        SecretBytes secret(bytes);
        SecretBytes::scrub(bytes);
        done(std::move(secret));
    });
}

void SecretStore::write(const QString& key, const SecretBytes& secret, QObject* context,
                        const std::function<void(Result<Unit>)>& done)
{
    auto job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret.bytes());
    const int timeout = m_timeoutMs;
    track(job, context, [done, key, timeout](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(Error::make(ErrorKind::KeychainTimeout,
                             tr("The OS keychain did not answer within %n second(s); nothing was stored.",
                                nullptr, timeout / 1000)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString(), key));
            return;
        }
        done(Unit{});
    });
}

void SecretStore::remove(const QString& key, QObject* context, const std::function<void(Result<Unit>)>& done)
{
    auto job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    const int timeout = m_timeoutMs;
    track(job, context, [done, key, timeout](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(Error::make(
                ErrorKind::KeychainTimeout,
                tr("The OS keychain did not answer within %n second(s).", nullptr, timeout / 1000)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString(), key));
            return;
        }
        done(Unit{});
    });
}

} // namespace fusion
