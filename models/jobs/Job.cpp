#include "models/jobs/Job.h"

#include "models/audit/WriteExecutor.h"
#include "models/secrets/SecretStore.h"

namespace fusion {

Job::Job(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

Job::~Job() = default;

Error Job::cancelledError()
{
    return Error::make(ErrorKind::NotConfirmed,
                       QCoreApplication::translate("fusion::Job", "Cancelled; nothing more was done."));
}

Error Job::notConfirmedError()
{
    return Error::make(ErrorKind::NotConfirmed,
                       QCoreApplication::translate("fusion::Job", "Cancelled; nothing was changed."));
}

void Job::cancel()
{
    m_cancelled = true;
}

void Job::begin()
{
    m_running = true;
    m_cancelled = false;
}

void Job::end()
{
    m_running = false;
    Q_EMIT finished();
}

void Job::runOnDatabase(bool longRunning, std::function<void(Database&)> work,
                        std::function<void(std::optional<Error>)> done)
{
    const JobHost::DatabaseRunner& runner =
        longRunning && m_host.longDatabase ? m_host.longDatabase : m_host.database;
    runner(this, std::move(work), std::move(done));
}

void Job::confirm(const WritePlan& plan, std::function<void(bool)> then)
{
    Q_EMIT confirming();
    m_host.confirm(plan, this, std::move(then));
}

void Job::confirmThenReadKey(const WritePlan& plan, const CallKey& key,
                             std::function<void(Result<SecretBytes>)> then)
{
    confirm(plan, [this, key, then = std::move(then)](bool yes) {
        if (!yes)
            return then(notConfirmedError());
        if (isCancelled())
            return then(cancelledError());
        key.read(m_host.secrets.data(), this, [then](Result<KeySecret> secret) {
            if (!secret)
                return then(secret.error());
            then(secret.value().key);
        });
    });
}

void Job::write(const PendingWrite& write, std::function<void(Result<QJsonObject>)> then, bool longRunning)
{
    onDatabase<QJsonObject>([write](Database& db) { return WriteExecutor::execute(db, write); },
                            [this, then = std::move(then)](const Result<QJsonObject>& outcome) {
                                if (outcome && m_host.afterWrite)
                                    m_host.afterWrite();
                                then(outcome);
                            },
                            longRunning);
}

SecretStore* Job::keychain(const std::function<void(const Error&)>& unavailable) const
{
    SecretStore* const secrets = m_host.secrets.data(); // one read: a second could be null
    if (!secrets)
        unavailable(Error::make(ErrorKind::KeychainUnavailable,
                                QCoreApplication::translate("fusion::Job", "No OS keychain is available.")));
    return secrets;
}

void Job::readSecret(const QString& key, std::function<void(Result<SecretBytes>)> then)
{
    if (SecretStore* const secrets = keychain([&then](const Error& e) { then(e); }))
        secrets->read(key, this, std::move(then));
}

void Job::writeSecret(const QString& key, const SecretBytes& secret, std::function<void(Result<Unit>)> then,
                      SecretStore::LateWrite late)
{
    if (SecretStore* const secrets = keychain([&then](const Error& e) { then(e); }))
        secrets->write(key, secret, this, std::move(then), late);
}

void Job::removeSecret(const QString& key, std::function<void(Result<Unit>)> then)
{
    if (SecretStore* const secrets = keychain([&then](const Error& e) { then(e); }))
        secrets->remove(key, this, std::move(then));
}

} // namespace fusion
