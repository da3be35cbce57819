#include "models/jobs/Job.h"

#include "models/audit/WriteExecutor.h"
#include "models/jobs/RunningWork.h"
#include "models/secrets/SecretStore.h"

namespace fusion {

Job::Job(JobHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
{
}

Job::~Job()
{
    RunningWork::instance().remove(this);
}

QString Job::workDescription() const
{
    // Named by kind so that no job has to describe itself; the latest progress text says the rest.
    const QByteArray kind = metaObject()->className();
    struct Name {
        const char* kind;
        const char* text;
    };
    static const Name names[] = {
        {"fusion::BundleApply", QT_TRANSLATE_NOOP("fusion::Job", "Applying a bundle")},
        {"fusion::ModuleSync", QT_TRANSLATE_NOOP("fusion::Job", "Reading a tenant's modules")},
        {"fusion::ProposalExecute", QT_TRANSLATE_NOOP("fusion::Job", "Executing a proposal")},
        {"fusion::UsageAggregate", QT_TRANSLATE_NOOP("fusion::Job", "Aggregating usage")},
        {"fusion::UsageFileImport", QT_TRANSLATE_NOOP("fusion::Job", "Importing usage")},
        {"fusion::KnowledgeSync", QT_TRANSLATE_NOOP("fusion::Job", "Syncing the knowledge base")},
        {"fusion::KnowledgeEmbed", QT_TRANSLATE_NOOP("fusion::Job", "Embedding the knowledge base")},
        {"fusion::KnowledgeSearch", QT_TRANSLATE_NOOP("fusion::Job", "Searching the knowledge base")},
        {"fusion::KeyCheck", QT_TRANSLATE_NOOP("fusion::Job", "Checking keys")},
        {"fusion::KeySave", QT_TRANSLATE_NOOP("fusion::Job", "Saving a key")},
        {"fusion::KeyRevoke", QT_TRANSLATE_NOOP("fusion::Job", "Revoking a key")},
        {"fusion::KeyExport", QT_TRANSLATE_NOOP("fusion::Job", "Exporting keys")},
        {"fusion::KeyFileImport", QT_TRANSLATE_NOOP("fusion::Job", "Importing keys")},
        {"fusion::AutomationRun", QT_TRANSLATE_NOOP("fusion::Job", "Running an automation")},
        {"fusion::WorkflowToggle", QT_TRANSLATE_NOOP("fusion::Job", "Switching a workflow")},
        {"fusion::ChannelPost", QT_TRANSLATE_NOOP("fusion::Job", "Posting to a channel")},
        {"fusion::EtlTest", QT_TRANSLATE_NOOP("fusion::Job", "Testing an ETL")},
        {"fusion::SsoCheck", QT_TRANSLATE_NOOP("fusion::Job", "Checking single sign-on")},
        {"fusion::PlannedWrite", QT_TRANSLATE_NOOP("fusion::Job", "Saving a change")},
    };
    for (const Name& name : names)
        if (kind == name.kind)
            return QCoreApplication::translate("fusion::Job", name.text);
    return QCoreApplication::translate("fusion::Job", "A task");
}

void Job::report(int step, int steps, const QString& text)
{
    RunningWork::instance().setProgress(this, step, steps, text);
    Q_EMIT progress(step, steps, text);
}

void Job::setStoppable(bool stoppable)
{
    RunningWork::instance().setStoppable(this, stoppable);
}

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
    RunningWork::instance().add(this, workDescription(), [self = QPointer<Job>(this)]() {
        // Through a plain pointer: GCC's -Wnull-dereference at -O3 does not follow QPointer's check.
        if (Job* job = self.data())
            job->cancel();
    });
}

void Job::end()
{
    m_running = false;
    RunningWork::instance().remove(this);
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
    // Stopped before the question (the app quitting): nobody is asked, nothing is written.
    if (isCancelled())
        return then(false);
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
    // A transaction under way ends whole or not at all: asked to quit, the app waits for it.
    setStoppable(false);
    onDatabase<QJsonObject>([write](Database& db) { return WriteExecutor::execute(db, write); },
                            [this, then = std::move(then)](const Result<QJsonObject>& outcome) {
                                setStoppable(true);
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
