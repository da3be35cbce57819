-- SQLite dialect of postgresql/0014_integration_settings.sql (keep them in step): trusted certificates for the
-- outside services, Keycloak realm templates, each tenant's ETL check, and where runbooks live.

ALTER TABLE providers ADD COLUMN tls_sha256 TEXT NOT NULL DEFAULT ''
    CHECK (tls_sha256 = '' OR (length(tls_sha256) = 64 AND tls_sha256 NOT GLOB '*[^0-9a-f]*'));

CREATE TABLE sso_realm_templates (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
    realm_pattern     TEXT NOT NULL CHECK (length(realm_pattern) BETWEEN 1 AND 120),
    client_id_pattern TEXT NOT NULL CHECK (length(client_id_pattern) BETWEEN 1 AND 120),
    redirect_uris     TEXT NOT NULL DEFAULT '' CHECK (length(redirect_uris) <= 2000),
    description       TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    updated_by        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);

ALTER TABLE analytics_configs ADD COLUMN etl_kind TEXT NOT NULL DEFAULT 'none'
    CHECK (etl_kind IN ('none', 'n8n_webhook', 'supabase_rpc'));
ALTER TABLE analytics_configs ADD COLUMN etl_target TEXT NOT NULL DEFAULT ''
    CHECK (etl_target = '' OR (length(etl_target) <= 200 AND etl_target NOT GLOB '[./-]*'
                               AND etl_target NOT GLOB '*[^A-Za-z0-9_./-]*'));

ALTER TABLE platform_settings ADD COLUMN runbook_base_url TEXT NOT NULL DEFAULT ''
    CHECK (runbook_base_url = '' OR ((runbook_base_url GLOB 'http://?*' OR runbook_base_url GLOB 'https://?*')
                                     AND runbook_base_url NOT GLOB '*[ 	]*'));
