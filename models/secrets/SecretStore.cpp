#include "models/secrets/SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#ifdef FUSION_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

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

namespace {
Error lockedError(const QString& consequence, const QString& detail = {})
{
    return Error::make(
        ErrorKind::KeychainLocked,
        SecretStore::tr("The OS keychain is locked or has no default collection. Unlock it (for "
                        "example by logging in to your desktop session) and try again. %1")
            .arg(consequence),
        detail);
}
} // namespace

Error SecretStore::errorFor(int code, const QString& text, const QString& key, const QString& outcome)
{
    const QString lower = text.toLower();
    // gnome-keyring answers a write into a locked collection with "access denied"; the text says why.
    if (lower.contains(QLatin1String("locked")))
        return lockedError(outcome, text);
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error::make(ErrorKind::KeychainEntryMissing,
                           tr("The OS keychain has no entry for %1.").arg(key), text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(ErrorKind::KeychainDenied,
                           tr("The OS keychain refused access to %1. %2").arg(key, outcome), text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(
            ErrorKind::KeychainUnavailable,
            tr("No OS keychain is available (on Linux: a Secret Service such as GNOME Keyring or "
               "KWallet). Fusion Console keeps secrets only there. %1")
                .arg(outcome),
            text);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (lower.contains(QLatin1String("/collection/")) ||
        lower.contains(QLatin1String("object does not exist")) || lower.contains(QLatin1String("prompt")) ||
        lower.contains(QLatin1String("dismissed")))
        return lockedError(outcome, text);
    if (lower.contains(QLatin1String("d-bus")) || lower.contains(QLatin1String("dbus")) ||
        lower.contains(QLatin1String("org.freedesktop.secrets")) ||
        lower.contains(QLatin1String("no such interface")) ||
        lower.contains(QLatin1String("not provided by any .service")))
        return Error::make(
            ErrorKind::KeychainUnavailable,
            tr("No OS keychain is running (the Secret Service could not be reached over D-Bus). Fusion "
               "Console keeps secrets only there. %1")
                .arg(outcome),
            text);
    return Error::make(ErrorKind::KeychainUnavailable,
                       tr("The OS keychain reported an error for %1: %2. %3").arg(key, text, outcome), text);
}

int SecretStore::timeoutSeconds() const
{
    return (m_timeoutMs + 999) / 1000; // 1500 ms is "2 seconds", never "1 second"
}

void SecretStore::whenLockKnown(QObject* context, const std::function<void(LockState)>& then)
{
#ifdef FUSION_SECRET_SERVICE
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get, m_timeoutMs), this);
    QPointer<QObject> guard(context);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [watcher, guard, then] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        if (!guard)
            return;
        if (!reply.isError()) {
            then(reply.value().variant().toBool() ? LockState::Locked : LockState::Unlocked);
            return;
        }
        switch (reply.error().type()) {
        case QDBusError::NoReply:
        case QDBusError::Timeout:
        case QDBusError::TimedOut:
            then(LockState::NoAnswer);
            return;
        case QDBusError::ServiceUnknown:
        case QDBusError::Disconnected:
            // No Secret Service on the bus (or no bus): QtKeychain's own error will say so, or it uses
            // another backend.
            then(LockState::Unlocked);
            return;
        default:
            // No default collection at all counts as locked: nothing can be read from or removed in it.
            then(LockState::Locked);
            return;
        }
    });
#else
    Q_UNUSED(context);
    then(LockState::Unlocked);
#endif
}

void SecretStore::track(QKeychain::Job* job, QObject* context,
                        const std::function<void(QKeychain::Job*, bool timedOut)>& finish,
                        const std::function<void(QKeychain::Job*)>& lateFinish)
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
        // The job may still finish later (it deletes itself); only lateFinish hears of it.
        if (guard)
            finish(job, true);
    });
    connect(job, &QKeychain::Job::finished, this,
            [answered, guard, finish, lateFinish, timer](QKeychain::Job* finished) {
                if (timer) {
                    timer->stop();
                    timer->deleteLater();
                }
                if (*answered) {
                    if (lateFinish)
                        lateFinish(finished);
                    return;
                }
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
    const int seconds = timeoutSeconds();
    QPointer<SecretStore> self(this);
    QPointer<QObject> guard(context);
    track(job, context, [self, guard, done, key, seconds](QKeychain::Job* j, bool timedOut) {
        if (timedOut) {
            done(Error::make(
                ErrorKind::KeychainTimeout,
                tr("The OS keychain did not answer within %n second(s) (it may be waiting for an unlock "
                   "prompt).",
                   nullptr, seconds)));
            return;
        }
        if (j->error() == QKeychain::EntryNotFound && self) {
            // A locked collection hides its items: tell "locked" apart from "missing".
            const Error missing = errorFor(j->error(), j->errorString(), key, tr("Nothing was read."));
            self->whenLockKnown(guard, [done, missing](LockState lock) {
                done(lock == LockState::Locked ? lockedError(tr("Nothing was read."), missing.detail)
                                               : missing);
            });
            return;
        }
        if (j->error() != QKeychain::NoError) {
            done(errorFor(j->error(), j->errorString(), key, tr("Nothing was read.")));
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
                        const std::function<void(Result<Unit>)>& done, LateWrite late)
{
    auto job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(secret.bytes());
    const int seconds = timeoutSeconds();
    const quint64 generation = ++m_writeGeneration[key];
    QPointer<SecretStore> self(this);
    // A write we already reported as failed must not leave a secret behind that nothing refers to, unless
    // a newer write of the same key has been asked for since.
    const auto undoIfLate = [self, key, generation, late](QKeychain::Job* j) {
        // Read the QPointer once: every read is a fresh atomic load, so a second one could be null.
        SecretStore* store = self.data();
        if (late != LateWrite::Undo || j->error() != QKeychain::NoError || !store ||
            store->m_writeGeneration.value(key) != generation)
            return;
        auto* undo = new QKeychain::DeletePasswordJob(store->m_service);
        undo->setAutoDelete(true);
        undo->setKey(key);
        undo->start();
    };
    track(
        job, context,
        [done, key, seconds, late](QKeychain::Job* j, bool timedOut) {
            if (timedOut) {
                done(Error::make(
                    ErrorKind::KeychainTimeout,
                    late == LateWrite::Undo
                        ? tr("The OS keychain did not answer within %n second(s); nothing was stored.",
                             nullptr, seconds)
                        : tr("The OS keychain did not answer within %n second(s); the secret may still "
                             "be replaced when it does. Try again to be sure.",
                             nullptr, seconds)));
                return;
            }
            if (j->error() != QKeychain::NoError) {
                done(errorFor(j->error(), j->errorString(), key, tr("Nothing was stored.")));
                return;
            }
            done(Unit{});
        },
        undoIfLate);
}

void SecretStore::remove(const QString& key, QObject* context, const std::function<void(Result<Unit>)>& done)
{
    // A locked collection "deletes" without error and keeps the item: refuse rather than pretend.
    QPointer<QObject> guard(context);
    whenLockKnown(context, [this, guard, key, done](LockState lock) {
        if (lock == LockState::Locked) {
            done(lockedError(tr("Nothing was removed.")));
            return;
        }
        if (lock == LockState::NoAnswer) {
            done(Error::make(ErrorKind::KeychainTimeout,
                             tr("The OS keychain did not answer within %n second(s); nothing was removed.",
                                nullptr, timeoutSeconds())));
            return;
        }
        auto job = new QKeychain::DeletePasswordJob(m_service);
        job->setAutoDelete(true);
        job->setKey(key);
        const int seconds = timeoutSeconds();
        track(job, guard, [done, key, seconds](QKeychain::Job* j, bool timedOut) {
            if (timedOut) {
                done(
                    Error::make(ErrorKind::KeychainTimeout,
                                tr("The OS keychain did not answer within %n second(s).", nullptr, seconds)));
                return;
            }
            if (j->error() != QKeychain::NoError) {
                done(errorFor(j->error(), j->errorString(), key, tr("Nothing was deleted.")));
                return;
            }
            done(Unit{});
        });
    });
}

} // namespace fusion
