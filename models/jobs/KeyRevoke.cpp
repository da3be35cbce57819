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
    auto* write = new PlannedWrite(host(), this);
    write->start(
        [providerCode, label](Database& db) { return KeyVault::planRevoke(db, providerCode, label); },
        [this, write](const Result<PlannedWrite::Outcome>& revoked) {
            write->deleteLater();
            if (!revoked)
                return finish(revoked.error());
            Outcome outcome;
            outcome.written = revoked.value().written;
            outcome.keychainRef = outcome.written.value(QStringLiteral("keychain_ref")).toString();
            if (outcome.keychainRef.isEmpty())
                return finish(outcome);
            // Revoked in the database: nothing can pick the key any more. Now the secret itself goes.
            removeSecret(outcome.keychainRef, [this, outcome](const Result<Unit>& removed) mutable {
                if (!removed && removed.error().kind != ErrorKind::KeychainEntryMissing)
                    outcome.secretLeft = removed.error();
                finish(outcome);
            });
        });
}

void KeyRevoke::finish(const Result<Outcome>& result)
{
    Done done = std::exchange(m_done, nullptr);
    end();
    if (done)
        done(result);
}

} // namespace fusion
