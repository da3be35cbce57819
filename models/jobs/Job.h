#pragma once

#include "models/core/Error.h"
#include "models/core/WritePlan.h"
#include "models/jobs/JobHost.h"
#include "models/secrets/SecretBytes.h"
#include "models/vault/CallKey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace fusion {

// One multi-step flow (apply a bundle, execute a proposal, aggregate usage, …), written once and presented by
// both the app and fusionctl. Every job follows one order: plan → confirm → secrets → audit + claim → remote
// calls → result record. Planning may read (our database, and the remote when what it shows depends on it),
// but nothing is written and no remote write is made before the person confirmed; the claim is written with
// its audit row in one transaction before the first remote write; the remote calls are never retried; their
// outcome is recorded whatever it was.
//
// A job reports progress through progress(), can be asked to stop at its next step with cancel(), and ends by
// calling its caller's typed completion exactly once (a declined confirmation ends it with
// ErrorKind::NotConfirmed). Its steps run on the host's database runner and on the thread the job lives on,
// with callbacks bound to the job, so deleting a job drops whatever would have followed.
//
// While it runs (begin() to end()) a job is listed in RunningWork with its latest progress, so the app can
// warn before quitting and stop it; while a write of it is under way it is listed as not stoppable.
class Job : public QObject {
    Q_OBJECT

public:
    explicit Job(JobHost host, QObject* parent = nullptr);
    ~Job() override;

    bool isRunning() const { return m_running; }
    // Stops before the next step that writes or calls out; what already ran stays done and recorded.
    virtual void cancel();
    bool isCancelled() const { return m_cancelled; }

    static Error cancelledError();
    static Error notConfirmedError();

Q_SIGNALS:
    // `steps` 0: how far along is not known (a long remote call).
    void progress(int step, int steps, const QString& text);
    // The plan is in front of the person; the job waits for the answer.
    void confirming();
    void finished();

protected:
    const JobHost& host() const { return m_host; }
    void begin();
    void end();
    void report(int step, int steps, const QString& text);
    // Work that runs to its end even when cancelled (a remote install under way) says so, so that the app,
    // asked to quit, waits for it instead of promising to stop it.
    void setStoppable(bool stoppable);
    // What this job does, for a person deciding whether to quit; by default named after its kind.
    virtual QString workDescription() const;

    // `work` on the host's database runner (`longRunning`: its long-job worker); `then` here, on success or
    // with the error `work` threw.
    template <typename T>
    void onDatabase(std::function<T(Database&)> work, std::function<void(Result<T>)> then,
                    bool longRunning = false);
    // Asks about `plan`; `then` gets true only when the person confirmed.
    void confirm(const WritePlan& plan, std::function<void(bool)> then);
    // The start of a job that makes one confirmed call with a vault key: asks about `plan`, then — confirmed
    // and not cancelled meanwhile — reads `key` just before the call; `then` gets its secret, or why not.
    void confirmThenReadKey(const WritePlan& plan, const CallKey& key,
                            std::function<void(Result<SecretBytes>)> then);
    // Writes `write` with its audit row in one transaction (`longRunning`: on the long-job worker, for a
    // write that takes long, such as a large import).
    void write(const PendingWrite& write, std::function<void(Result<QJsonObject>)> then,
               bool longRunning = false);
    // The keychain item `key`; ErrorKind::KeychainEntryMissing when there is none.
    void readSecret(const QString& key, std::function<void(Result<SecretBytes>)> then);
    // Stores `secret` under `key` (after the confirmation, before the row that names it).
    void writeSecret(const QString& key, const SecretBytes& secret, std::function<void(Result<Unit>)> then,
                     SecretStore::LateWrite late = SecretStore::LateWrite::Undo);
    // Deletes the item `key`; ErrorKind::KeychainEntryMissing when there was none.
    void removeSecret(const QString& key, std::function<void(Result<Unit>)> then);

private:
    SecretStore* keychain(const std::function<void(const Error&)>& unavailable) const;
    void runOnDatabase(bool longRunning, std::function<void(Database&)> work,
                       std::function<void(std::optional<Error>)> done);

    JobHost m_host;
    bool m_running = false;
    bool m_cancelled = false;
};

template <typename T>
void Job::onDatabase(std::function<T(Database&)> work, std::function<void(Result<T>)> then, bool longRunning)
{
    auto value = std::make_shared<std::optional<T>>();
    runOnDatabase(
        longRunning, [value, work = std::move(work)](Database& db) { value->emplace(work(db)); },
        [value, then = std::move(then)](const std::optional<Error>& error) {
            if (error)
                then(Result<T>(*error));
            else
                then(Result<T>(std::move(**value)));
        });
}

} // namespace fusion
