#include "models/jobs/KeySave.h"

namespace fusion {

KeySave::KeySave(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void KeySave::start(const Request& request, Done done)
{
    begin();
    m_request = request;
    m_done = std::move(done);
    m_ref = KeyVault::newKeychainRef();
    m_fingerprint = Fingerprint::of(request.secret.identifying(request.provider.kind));
    if (!request.checkFirst)
        return plan(QStringLiteral("unknown"), QString());
    // A dry run of the plan first: a taken label or a missing key is said before anything is sent.
    onDatabase<PendingWrite>([this](Database& db) { return planned(db, QString(), QString()); },
                             [this](const Result<PendingWrite>& dryRun) {
                                 if (!dryRun)
                                     return finish(dryRun.error());
                                 check();
                             });
}

void KeySave::check()
{
    const Provider& provider = m_request.provider;
    report(1, 0, tr("Checking the new secret with %1…").arg(provider.name));
    // The provider sees the key as it will be: the new client id, or the replaced key's.
    ApiKey probe = m_request.replacing.value_or(ApiKey{});
    probe.providerCode = provider.code;
    probe.kind = provider.kind;
    probe.clientId = m_request.key.clientId.isEmpty() ? probe.clientId : m_request.key.clientId;
    KeyValidator::validate(
        provider, probe, m_request.secret, this,
        [this](const ValidationResult& r) {
            if (isCancelled())
                return finish(cancelledError());
            if (r.status == QLatin1String("rejected"))
                return finish(Error::make(ErrorKind::InvalidInput,
                                          tr("%1 refused the new secret: %2 Nothing was changed.")
                                              .arg(m_request.provider.name, r.message)));
            if (r.status == QLatin1String("unreachable")) {
                const QString remedy = host().remedy ? host().remedy(QStringLiteral("key-check")) : QString();
                return finish(
                    Error::make(ErrorKind::Connection,
                                tr("The new secret could not be checked: %1 Nothing was changed; %2.")
                                    .arg(r.message, remedy)));
            }
            plan(r.status, r.message);
        },
        m_request.options);
}

PendingWrite KeySave::planned(Database& db, const QString& status, const QString& message) const
{
    const Request& r = m_request;
    if (r.replacing)
        return KeyVault::planRotate(db, r.provider.code, r.replacing->label, r.key, m_ref, m_fingerprint,
                                    r.graceDays, status, message);
    NewKey key = r.key;
    key.validationStatus = status;
    key.validationMessage = message;
    return KeyVault::planAdd(db, key, m_ref, m_fingerprint);
}

void KeySave::plan(const QString& status, const QString& message)
{
    onDatabase<PendingWrite>([this, status, message](Database& db) { return planned(db, status, message); },
                             [this, status](const Result<PendingWrite>& pending) {
                                 if (!pending)
                                     return finish(pending.error());
                                 const PendingWrite write = pending.value();
                                 confirm(write.plan, [this, write, status](bool yes) {
                                     if (!yes)
                                         return finish(notConfirmedError());
                                     store(write, status);
                                 });
                             });
}

void KeySave::store(const PendingWrite& pending, const QString& status)
{
    // Confirmed: this database's keychain journal locked, and what an interrupted earlier flow left removed.
    KeychainCleanup::run(host(), this,
                         [this, pending, status](const Result<KeychainCleanup::Outcome>& ready) {
                             if (!ready)
                                 return finish(ready.error());
                             m_keychain = ready.value();
                             if (isCancelled())
                                 return finish(cancelledError());
                             // Noted before the keychain write, so that a kill from here on leaves nothing
                             // unaccounted for.
                             onDatabase<bool>(
                                 [journal = m_keychain->journal, ref = m_ref](Database&) {
                                     journal.record({ref}, {});
                                     return true;
                                 },
                                 [this, pending, status](const Result<bool>& noted) {
                                     if (!noted)
                                         return finish(noted.error());
                                     storeThenWrite(pending, status);
                                 });
                         });
}

void KeySave::storeThenWrite(const PendingWrite& pending, const QString& status)
{
    // The secret before the row: if the keychain refuses, nothing at all is stored; if the row is then
    // refused, the secret is taken back out.
    writeSecret(m_ref, m_request.secret.serialized(m_request.provider.kind),
                [this, pending, status](const Result<Unit>& written) {
                    // Refused: nothing was stored (a write that answers late is undone by the store,
                    // LateWrite::Undo), so the journal has nothing for the next flow to look for.
                    if (!written) {
                        m_keychain->journal.clear();
                        return finish(written.error());
                    }
                    write(pending, [this, pending, status](const Result<QJsonObject>& recorded) {
                        if (recorded) {
                            m_keychain->journal.clear(); // the new key names its item now
                            Outcome o{pending.plan.target, status, m_fingerprint, recorded.value(),
                                      m_keychain->removed};
                            return finish(o);
                        }
                        const Error error = recorded.error();
                        // The connection went while the row was being written: it may have been committed,
                        // and then its key needs this secret. It stays, noted in the journal; the next
                        // keychain-writing flow removes it if no key uses it.
                        if (error.kind == ErrorKind::Connection)
                            return finish(error);
                        removeSecret(m_ref, [this, error](const Result<Unit>& removed) {
                            // An item that could not be taken back stays in the journal for the next flow to
                            // remove.
                            if (removed || removed.error().kind == ErrorKind::KeychainEntryMissing)
                                m_keychain->journal.clear();
                            finish(error);
                        });
                    });
                });
}

void KeySave::finish(const Result<Outcome>& result)
{
    m_keychain.reset(); // unlocked: the next keychain-writing flow for this database may start
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
