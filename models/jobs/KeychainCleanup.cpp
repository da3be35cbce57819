#include "models/jobs/KeychainCleanup.h"

namespace fusion {

KeychainCleanup::KeychainCleanup(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void KeychainCleanup::run(const JobHost& host, QObject* owner, Done done)
{
    auto* cleanup = new KeychainCleanup(host, owner);
    cleanup->start([cleanup, done = std::move(done)](const Result<Outcome>& ready) {
        cleanup->deleteLater();
        done(ready);
    });
}

void KeychainCleanup::start(Done done)
{
    begin();
    m_done = std::move(done);
    m_outcome = Outcome();
    // The journal is named after the database's address, which the runner's connection knows.
    onDatabase<KeychainJournal>(
        [](Database& db) { return KeychainJournal::forTarget(db.target()); },
        [this](const Result<KeychainJournal>& journal) {
            if (!journal)
                return finish(journal.error());
            m_outcome.journal = journal.value();
            try {
                m_outcome.lock = m_outcome.journal.lock();
            } catch (const Failure& f) {
                return finish(f.error());
            }
            onDatabase<QStringList>(
                [journal = m_outcome.journal](Database& db) { return journal.leftovers(db); },
                [this](const Result<QStringList>& leftovers) {
                    if (!leftovers)
                        return finish(leftovers.error());
                    m_leftovers = leftovers.value();
                    removeNext();
                });
        });
}

void KeychainCleanup::removeNext()
{
    // What an interrupted flow left: secrets no live key names.
    if (m_leftovers.isEmpty()) {
        m_outcome.journal.clear();
        return finish(m_outcome);
    }
    const QString ref = m_leftovers.takeFirst();
    // Looked up first: a flow killed after noting an item but before storing it left nothing, and the
    // keychain "deletes" a missing item without complaint — only what was there is counted as removed.
    readSecret(ref, [this, ref](const Result<SecretBytes>& found) {
        if (!found && found.error().kind == ErrorKind::KeychainEntryMissing)
            return removeNext();
        removeSecret(ref, [this](const Result<Unit>& removed) {
            if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
                return finish(Error::make(removed.error().kind,
                                          tr("An earlier change of this database's keys was interrupted and "
                                             "left secrets in the keychain that no key uses; removing them "
                                             "failed, so nothing was changed: %1")
                                              .arg(removed.error().message),
                                          removed.error().detail));
            if (removed)
                ++m_outcome.removed;
            removeNext();
        });
    });
}

void KeychainCleanup::finish(const Result<Outcome>& result)
{
    // The lock is the caller's from here (or, when the flow cannot start, released): no copy stays here.
    const Result<Outcome> out = result;
    m_outcome = Outcome();
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(out);
}

} // namespace fusion
