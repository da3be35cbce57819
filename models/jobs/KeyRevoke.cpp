#include "models/jobs/KeyRevoke.h"

#include "models/jobs/PlannedWrite.h"
#include "models/vault/KeyVault.h"

namespace fusion {

KeyRevoke::KeyRevoke(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void KeyRevoke::start(const QString& providerCode, const QString& label, Done done)
{
    begin();
    m_done = std::move(done);
    // The item the plan deletes, known once it is planned (on the database runner, before the confirmation).
    auto ref = std::make_shared<QString>();
    auto* write = new PlannedWrite(host(), this);
    write->start([providerCode, label,
                  ref](Database& db) { return KeyVault::planRevoke(db, providerCode, label, ref.get()); },
                 [this, ref](const std::function<void(Result<Unit>)>& proceed) {
                     // Confirmed: this database's keychain journal locked, what an earlier interrupted flow
                     // left removed, and the item to delete noted before the row stops naming it.
                     KeychainCleanup::run(
                         host(), this, [this, ref, proceed](const Result<KeychainCleanup::Outcome>& ready) {
                             if (!ready)
                                 return proceed(ready.error());
                             m_keychain = ready.value();
                             onDatabase<Unit>(
                                 [journal = m_keychain->journal, ref](Database&) {
                                     if (!ref->isEmpty())
                                         journal.record({}, {*ref});
                                     return Unit{};
                                 },
                                 [proceed](const Result<Unit>& noted) { proceed(noted); });
                         });
                 },
                 [this, write](const Result<PlannedWrite::Outcome>& revoked) {
                     write->deleteLater();
                     // Not revoked: the key still names its item. Whatever the journal lists stays for the
                     // next flow, which removes only what no live key names (a write whose end was not heard
                     // may have been saved).
                     if (!revoked)
                         return finish(revoked.error());
                     Outcome outcome;
                     outcome.written = revoked.value().written;
                     outcome.leftoversRemoved = m_keychain ? m_keychain->removed : 0;
                     outcome.keychainRef = outcome.written.value(QStringLiteral("keychain_ref")).toString();
                     if (outcome.keychainRef.isEmpty()) {
                         forgetJournal();
                         return finish(outcome);
                     }
                     // Revoked in the database: nothing can pick the key any more. Now the secret itself
                     // goes.
                     removeSecret(outcome.keychainRef, [this, outcome](const Result<Unit>& removed) mutable {
                         // One the keychain refused to delete stays journalled: the next flow tries again.
                         if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
                             outcome.secretLeft = removed.error();
                         else
                             forgetJournal();
                         finish(outcome);
                     });
                 });
}

void KeyRevoke::forgetJournal()
{
    // Only a journal this revoke noted its item in (a plan with nothing to do noted nothing).
    if (m_keychain)
        m_keychain->journal.clear();
}

void KeyRevoke::finish(const Result<Outcome>& result)
{
    m_keychain.reset(); // unlocked: the next keychain-writing flow for this database may start
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
