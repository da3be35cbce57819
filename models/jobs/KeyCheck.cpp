#include "models/jobs/KeyCheck.h"

namespace fusion {

bool KeyCheck::Checked::good() const
{
    return !error && (result.status == QLatin1String("valid") || result.status == QLatin1String("unknown"));
}

bool KeyCheck::Outcome::allGood() const
{
    return std::all_of(keys.cbegin(), keys.cend(), [](const Checked& c) { return c.good(); });
}

KeyCheck::KeyCheck(JobHost host, QObject* parent)
    : Job(std::move(host), parent)
{
}

void KeyCheck::start(const QList<ApiKey>& keys, Done done)
{
    begin();
    m_keys = keys;
    m_at = 0;
    m_outcome = {};
    m_done = std::move(done);
    next();
}

void KeyCheck::next()
{
    if (m_at >= m_keys.size() || isCancelled()) {
        end();
        const Done done = std::move(m_done);
        if (isCancelled() && m_outcome.keys.size() < m_keys.size())
            return done(cancelledError());
        return done(m_outcome);
    }
    const ApiKey key = m_keys.at(m_at);
    onDatabase<Provider>(
        [code = key.providerCode](Database& db) { return KeyVault::requireProvider(db, code); },
        [this, key](const Result<Provider>& provider) {
            if (!provider)
                return settle({key, {}, {}, provider.error()});
            checkWith(provider.value());
        });
}

void KeyCheck::checkWith(const Provider& provider)
{
    const ApiKey key = m_keys.at(m_at);
    readSecret(key.keychainRef, [this, key, provider](const Result<SecretBytes>& stored) {
        if (!stored)
            return settle({key, provider.name, {}, KeyVault::secretError(key, stored.error())});
        const auto parsed = capture([&] { return KeySecret::parse(key.kind, stored.value()); });
        if (!parsed)
            return settle({key, provider.name, {}, parsed.error()});
        report(int(m_at) + 1, int(m_keys.size()),
               tr("Checking %1/%2 with %3…").arg(key.providerCode, key.label, provider.name));
        const KeySecret secret = parsed.value();
        KeyValidator::validate(
            provider, key, secret, this,
            [this, key, provider, secret](const ValidationResult& r) {
                if (r.accessToken.isEmpty())
                    return record(provider, r);
                // The refresh gave a new access token: into the key's own item, kept even if this job is gone
                // by the time the keychain answers (the old token may already be invalid).
                KeySecret updated = secret;
                updated.accessToken = r.accessToken;
                writeSecret(
                    key.keychainRef, updated.serialized(key.kind),
                    [this, key, provider, r](const Result<Unit>& written) {
                        if (!written)
                            return settle({key, provider.name, r, written.error()});
                        record(provider, r);
                    },
                    SecretStore::LateWrite::Keep);
            },
            m_options);
    });
}

void KeyCheck::record(const Provider& provider, const ValidationResult& result)
{
    const ApiKey key = m_keys.at(m_at);
    write(KeyVault::planRecordValidation(key, result.status, result.message, result.accessTokenExpiresAt),
          [this, key, provider, result](const Result<QJsonObject>& recorded) {
              settle({key, provider.name, result,
                      recorded ? std::nullopt : std::optional<Error>(recorded.error())});
          });
}

void KeyCheck::settle(const Checked& one)
{
    m_outcome.keys << one;
    ++m_at;
    Q_EMIT checked(one);
    next();
}

} // namespace fusion
