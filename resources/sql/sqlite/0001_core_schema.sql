-- Fusion Console core schema (SQLite dialect of postgresql/0001_core_schema.sql; keep them in step).
-- Times are UTC ISO-8601 text; dates are YYYY-MM-DD text.

CREATE TABLE plans (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE
                        CHECK (length(code) BETWEEN 1 AND 40 AND code NOT GLOB '*[^a-z0-9_-]*'
                               AND code GLOB '[a-z0-9]*'),
    name                TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description         TEXT NOT NULL DEFAULT '',
    monthly_price_cents INTEGER NOT NULL DEFAULT 0 CHECK (monthly_price_cents >= 0),
    currency            TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    max_users           INTEGER CHECK (max_users IS NULL OR max_users > 0),
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE infra_templates (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    k8s_chart         TEXT NOT NULL DEFAULT '',
    docker_image_odoo TEXT NOT NULL DEFAULT '',
    docker_image_pg   TEXT NOT NULL DEFAULT '',
    size_profile      TEXT NOT NULL DEFAULT 'small' CHECK (size_profile IN ('small', 'medium', 'large', 'xlarge')),
    env_defaults      TEXT NOT NULL DEFAULT '{}',
    version           TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE tenants (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE
                      CHECK (length(slug) BETWEEN 3 AND 40 AND slug GLOB '[a-z]*'
                             AND slug NOT GLOB '*[^a-z0-9-]*' AND slug NOT GLOB '*--*' AND slug NOT GLOB '*-'),
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    agency_group      TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'paused', 'error', 'decommissioned')),
    plan_id           INTEGER REFERENCES plans (id),
    infra_template_id INTEGER REFERENCES infra_templates (id),
    region            TEXT NOT NULL DEFAULT '',
    db_strategy       TEXT NOT NULL DEFAULT 'db_per_tenant'
                      CHECK (db_strategy IN ('db_per_tenant', 'schema_per_tenant')),
    db_name           TEXT NOT NULL DEFAULT '',
    db_host           TEXT NOT NULL DEFAULT '',
    k8s_namespace     TEXT NOT NULL DEFAULT '',
    odoo_url          TEXT NOT NULL DEFAULT '',
    odoo_db           TEXT NOT NULL DEFAULT '',
    odoo_login        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tenants_status_idx ON tenants (status, name);
CREATE INDEX tenants_plan_idx ON tenants (plan_id, name);
CREATE INDEX tenants_agency_idx ON tenants (agency_group, name);
CREATE INDEX tenants_name_idx ON tenants (name, id);
CREATE INDEX tenants_updated_idx ON tenants (updated_at DESC, id);

CREATE TABLE subscriptions (
    id                   INTEGER PRIMARY KEY,
    tenant_id            INTEGER NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    plan_id              INTEGER REFERENCES plans (id),
    status               TEXT NOT NULL DEFAULT 'trialing'
                         CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled')),
    pricing_model        TEXT NOT NULL DEFAULT 'flat' CHECK (pricing_model IN ('flat', 'per_user', 'usage')),
    current_period_start TEXT,
    current_period_end   TEXT,
    next_invoice_date    TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version          INTEGER NOT NULL DEFAULT 1,
    CHECK (current_period_end IS NULL OR current_period_start IS NULL OR current_period_end >= current_period_start)
);

CREATE TABLE modules (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 128 AND name NOT GLOB '*[^a-z0-9_]*'),
    summary    TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT 'core' CHECK (source IN ('core', 'oca', 'ipai')),
    version    TEXT NOT NULL DEFAULT '',
    author     TEXT NOT NULL DEFAULT '',
    license    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE bundles (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE
                CHECK (length(code) BETWEEN 1 AND 64 AND code NOT GLOB '*[^a-z0-9_-]*' AND code GLOB '[a-z0-9]*'),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL DEFAULT 'custom',
    version     TEXT NOT NULL DEFAULT '1.0',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE bundle_modules (
    bundle_id   INTEGER NOT NULL REFERENCES bundles (id) ON DELETE CASCADE,
    module_name TEXT NOT NULL CHECK (length(module_name) BETWEEN 1 AND 128 AND module_name NOT GLOB '*[^a-z0-9_]*'),
    PRIMARY KEY (bundle_id, module_name)
);

CREATE TABLE tenant_bundles (
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    bundle_id   INTEGER NOT NULL REFERENCES bundles (id),
    assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (tenant_id, bundle_id)
);

CREATE TABLE operations (
    id             INTEGER PRIMARY KEY,
    tenant_id      INTEGER REFERENCES tenants (id) ON DELETE CASCADE,
    type           TEXT NOT NULL CHECK (type IN ('provision', 'pause', 'resume', 'rebuild', 'decommission',
                                                 'module_apply', 'upgrade_image', 'backup')),
    status         TEXT NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    payload        TEXT NOT NULL DEFAULT '{}',
    logs_url       TEXT NOT NULL DEFAULT '',
    trigger_source TEXT NOT NULL DEFAULT 'ui' CHECK (trigger_source IN ('ui', 'cli', 'n8n', 'ai', 'api')),
    actor          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    started_at     TEXT,
    finished_at    TEXT
);
CREATE INDEX operations_tenant_idx ON operations (tenant_id, created_at DESC, id DESC);
CREATE INDEX operations_created_idx ON operations (created_at DESC, id DESC);
CREATE INDEX operations_failed_idx ON operations (created_at DESC, tenant_id) WHERE status = 'failed';

CREATE TABLE tenant_module_states (
    id                INTEGER PRIMARY KEY,
    tenant_id         INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    module_name       TEXT NOT NULL CHECK (length(module_name) BETWEEN 1 AND 128 AND module_name NOT GLOB '*[^a-z0-9_]*'),
    source            TEXT NOT NULL DEFAULT 'core' CHECK (source IN ('core', 'oca', 'ipai')),
    state             TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('installed', 'removed', 'pending')),
    last_operation_id INTEGER REFERENCES operations (id) ON DELETE SET NULL,
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, module_name)
);

CREATE TABLE sso_configs (
    id                 INTEGER PRIMARY KEY,
    tenant_id          INTEGER NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    keycloak_realm     TEXT NOT NULL DEFAULT '',
    keycloak_client_id TEXT NOT NULL DEFAULT '',
    redirect_uris      TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL DEFAULT 'not_configured'
                       CHECK (status IN ('not_configured', 'pending', 'active', 'error')),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE analytics_configs (
    id                     INTEGER PRIMARY KEY,
    tenant_id              INTEGER NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    supabase_project       TEXT NOT NULL DEFAULT '',
    schema_name            TEXT NOT NULL DEFAULT '',
    sync_mode              TEXT NOT NULL DEFAULT 'none' CHECK (sync_mode IN ('none', 'batch', 'realtime')),
    superset_dashboard_url TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version            INTEGER NOT NULL DEFAULT 1
);

-- Kept for schema parity with PostgreSQL; on SQLite the local user is the owner and sees everything.
CREATE TABLE tenant_admins (
    login     TEXT NOT NULL,
    tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    PRIMARY KEY (login, tenant_id)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT '',
    target      TEXT NOT NULL DEFAULT '',
    tenant_id   INTEGER,
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json  TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, id DESC);

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER,
    last_hash TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, NULL, '');

CREATE TRIGGER audit_log_link BEFORE INSERT ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'fusion: the audit row does not link to the end of the audit chain')
    WHERE NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1);
END;

CREATE TRIGGER audit_log_advance AFTER INSERT ON audit_log
BEGIN
    UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
END;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'fusion: audit rows cannot be changed');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'fusion: audit rows cannot be deleted');
END;
