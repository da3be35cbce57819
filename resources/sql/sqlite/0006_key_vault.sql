-- The key vault: service providers and their credentials. Secrets never live here: a key row holds the name of
-- its keychain item and a fingerprint (last four characters and a hash prefix) so people can tell keys apart.

CREATE TABLE providers (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE
                 CHECK (length(code) BETWEEN 1 AND 40 AND code NOT GLOB '*[^a-z0-9_-]*' AND code GLOB '[a-z0-9]*'),
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    kind         TEXT NOT NULL CHECK (kind IN ('api_key', 'oauth')),
    base_url     TEXT NOT NULL CHECK (base_url GLOB 'http://*' OR base_url GLOB 'https://*'),
    base_url_override TEXT NOT NULL DEFAULT ''
                 CHECK (base_url_override = '' OR base_url_override GLOB 'http://*' OR base_url_override GLOB 'https://*'),
    token_url    TEXT NOT NULL DEFAULT '',
    validation   TEXT NOT NULL DEFAULT 'none'
                 CHECK (validation IN ('openai_models', 'anthropic_models', 'google_maps_geocode',
                                       'twilio_account', 'oauth_refresh', 'none')),
    builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE api_keys (
    id                 INTEGER PRIMARY KEY,
    provider_id        INTEGER NOT NULL REFERENCES providers (id),
    label              TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    notes              TEXT NOT NULL DEFAULT '',
    kind               TEXT NOT NULL CHECK (kind IN ('api_key', 'oauth')),
    keychain_ref       TEXT NOT NULL UNIQUE
                       CHECK (length(keychain_ref) = 42 AND keychain_ref GLOB 'vault/*'
                              AND substr(keychain_ref, 7) NOT GLOB '*[^0-9a-f-]*'),
    client_id          TEXT NOT NULL DEFAULT '',
    fingerprint_last4  TEXT NOT NULL DEFAULT '',
    fingerprint_hash   TEXT NOT NULL DEFAULT '' CHECK (length(fingerprint_hash) <= 16 AND fingerprint_hash NOT GLOB '*[^0-9a-f]*'),
    access_token_expires_at TEXT,
    is_default         INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retiring', 'revoked')),
    retiring_until     TEXT,
    validation_status  TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (validation_status IN ('unknown', 'valid', 'rejected', 'unreachable')),
    validation_message TEXT NOT NULL DEFAULT '',
    created_by         TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    rotated_at         TEXT,
    expires_at         TEXT,
    last_used_at       TEXT,
    last_validated_at  TEXT,
    revoked_at         TEXT,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK (is_default = 0 OR status = 'active')
);
CREATE UNIQUE INDEX api_keys_one_default ON api_keys (provider_id) WHERE is_default = 1;
CREATE UNIQUE INDEX api_keys_live_label ON api_keys (provider_id, label) WHERE status <> 'revoked';
CREATE INDEX api_keys_provider_idx ON api_keys (provider_id, status);

INSERT INTO providers (code, name, kind, base_url, token_url, validation, builtin) VALUES
    ('openai', 'OpenAI', 'api_key', 'https://api.openai.com', '', 'openai_models', 1),
    ('anthropic', 'Anthropic', 'api_key', 'https://api.anthropic.com', '', 'anthropic_models', 1),
    ('google_maps', 'Google Maps', 'api_key', 'https://maps.googleapis.com', '', 'google_maps_geocode', 1),
    ('twilio', 'Twilio', 'api_key', 'https://api.twilio.com', '', 'twilio_account', 1),
    ('google_oauth', 'Google OAuth', 'oauth', 'https://oauth2.googleapis.com',
     'https://oauth2.googleapis.com/token', 'oauth_refresh', 1),
    ('microsoft_oauth', 'Microsoft OAuth', 'oauth', 'https://login.microsoftonline.com',
     'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'oauth_refresh', 1);
