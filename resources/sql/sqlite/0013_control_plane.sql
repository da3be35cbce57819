-- The rest of the control plane (SQLite dialect of postgresql/0013_control_plane.sql; keep them in step). The
-- embedded file has no roles, but the rules of operations hold here too: upgrades name a tested tag of this
-- environment, nothing new starts while operations are frozen, a finished or cancelled operation stays so.

CREATE TABLE platform_settings (
    id                INTEGER PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    environment       TEXT NOT NULL DEFAULT 'dev' CHECK (environment IN ('dev', 'stage', 'prod')),
    operations_frozen INTEGER NOT NULL DEFAULT 0 CHECK (operations_frozen IN (0, 1)),
    freeze_reason     TEXT NOT NULL DEFAULT '' CHECK (length(freeze_reason) <= 500),
    frozen_by         TEXT NOT NULL DEFAULT '',
    frozen_at         TEXT,
    updated_by        TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);
INSERT INTO platform_settings (id) VALUES (1);

CREATE TABLE environment_limits (
    environment       TEXT PRIMARY KEY CHECK (environment IN ('dev', 'stage', 'prod')),
    soft_tenant_limit INTEGER CHECK (soft_tenant_limit IS NULL OR soft_tenant_limit BETWEEN 1 AND 1000000),
    updated_by        TEXT NOT NULL DEFAULT '',
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1
);
INSERT INTO environment_limits (environment) VALUES ('dev'), ('stage'), ('prod');

INSERT OR IGNORE INTO providers (code, name, kind, base_url, validation, builtin) VALUES
    ('keycloak', 'Keycloak (tenant clients)', 'api_key', 'http://localhost:8080', 'none', 1),
    ('keycloak_admin_api', 'Keycloak (admin API client)', 'api_key', 'http://localhost:8080', 'none', 1),
    ('n8n', 'n8n', 'api_key', 'http://localhost:5678', 'none', 1),
    ('n8n_webhook', 'n8n webhooks', 'api_key', 'http://localhost:5678', 'none', 1),
    ('superset', 'Superset', 'api_key', 'http://localhost:8088', 'none', 1),
    ('prometheus', 'Prometheus', 'api_key', 'http://localhost:9090', 'none', 1);

ALTER TABLE infra_templates ADD COLUMN retired_at TEXT;
ALTER TABLE infra_templates ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';

CREATE TABLE tested_image_tags (
    id          INTEGER PRIMARY KEY,
    environment TEXT NOT NULL CHECK (environment IN ('dev', 'stage', 'prod')),
    component   TEXT NOT NULL CHECK (component IN ('odoo', 'postgres')),
    image       TEXT NOT NULL CHECK (length(image) BETWEEN 1 AND 200 AND image NOT GLOB '*[^a-z0-9._:/-]*'),
    tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 128 AND tag NOT GLOB '*[^A-Za-z0-9_.-]*'
                                     AND substr(tag, 1, 1) NOT IN ('.', '-')),
    notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    tested_by   TEXT NOT NULL DEFAULT '',
    tested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    retired_at  TEXT,
    retired_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (environment, component, image, tag)
);

CREATE TABLE maintenance_windows (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    starts_at    TEXT NOT NULL,
    ends_at      TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    cancelled_at TEXT,
    cancelled_by TEXT NOT NULL DEFAULT '',
    row_version  INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX maintenance_windows_time_idx ON maintenance_windows (ends_at, starts_at) WHERE cancelled_at IS NULL;

ALTER TABLE operations ADD COLUMN scheduled_for TEXT;
ALTER TABLE operations ADD COLUMN maintenance_window_id INTEGER REFERENCES maintenance_windows (id);
ALTER TABLE operations ADD COLUMN wave INTEGER CHECK (wave IS NULL OR wave >= 1);
ALTER TABLE operations ADD COLUMN tested_tag_id INTEGER REFERENCES tested_image_tags (id);
ALTER TABLE operations ADD COLUMN rerun_of INTEGER REFERENCES operations (id) ON DELETE SET NULL;
ALTER TABLE operations ADD COLUMN external_ref TEXT NOT NULL DEFAULT '' CHECK (length(external_ref) <= 200);
ALTER TABLE operations ADD COLUMN error_message TEXT NOT NULL DEFAULT '' CHECK (length(error_message) <= 2000);
CREATE INDEX operations_window_idx ON operations (maintenance_window_id, wave, id) WHERE maintenance_window_id IS NOT NULL;
CREATE INDEX operations_queued_idx ON operations (scheduled_for, id) WHERE status = 'queued';

CREATE TABLE operation_events (
    id           INTEGER PRIMARY KEY,
    operation_id INTEGER NOT NULL REFERENCES operations (id) ON DELETE CASCADE,
    at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    severity     TEXT NOT NULL DEFAULT 'info' CHECK (severity IN ('debug', 'info', 'warning', 'error')),
    message      TEXT NOT NULL CHECK (length(message) BETWEEN 1 AND 4000),
    recorded_by  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX operation_events_op_idx ON operation_events (operation_id, at DESC, id DESC);

-- The guard (RAISE takes only a fixed message here; the models say the same with the names filled in first).
CREATE TRIGGER operations_frozen_insert BEFORE INSERT ON operations
WHEN (SELECT operations_frozen FROM platform_settings WHERE id = 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'fusion: operations are frozen; nothing new can start until an owner unfreezes them');
END;
CREATE TRIGGER operations_frozen_start BEFORE UPDATE OF status ON operations
WHEN OLD.status = 'queued' AND NEW.status = 'running'
     AND (SELECT operations_frozen FROM platform_settings WHERE id = 1) = 1
BEGIN
    SELECT RAISE(ABORT, 'fusion: operations are frozen; this operation cannot start until an owner unfreezes them');
END;
CREATE TRIGGER operations_final BEFORE UPDATE OF status ON operations
WHEN OLD.status IN ('succeeded', 'failed', 'cancelled') AND NEW.status IS NOT OLD.status
BEGIN
    SELECT RAISE(ABORT, 'fusion: the operation has finished; its status cannot change');
END;
CREATE TRIGGER operations_started BEFORE UPDATE OF status ON operations
WHEN OLD.status = 'running' AND NEW.status IN ('queued', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'fusion: the operation has started; it can no longer be cancelled or queued again');
END;
CREATE TRIGGER operations_fixed_target BEFORE UPDATE OF type, tested_tag_id ON operations
WHEN NEW.type IS NOT OLD.type OR NEW.tested_tag_id IS NOT OLD.tested_tag_id
BEGIN
    SELECT RAISE(ABORT, 'fusion: an operation''s type and target image cannot change; cancel it and schedule another');
END;
CREATE TRIGGER operations_tested_tag BEFORE INSERT ON operations
WHEN NEW.type = 'upgrade_image' AND NOT EXISTS (
        SELECT 1 FROM tested_image_tags t JOIN platform_settings s ON s.id = 1
         WHERE t.id = NEW.tested_tag_id AND t.retired_at IS NULL AND t.environment = s.environment)
BEGIN
    SELECT RAISE(ABORT, 'fusion: an image upgrade must name an image tag tested in this environment and not retired');
END;
CREATE TRIGGER operations_tag_only_upgrades BEFORE INSERT ON operations
WHEN NEW.type <> 'upgrade_image' AND NEW.tested_tag_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'fusion: only an image upgrade names an image tag');
END;
CREATE TRIGGER operations_in_window BEFORE INSERT ON operations
WHEN NEW.maintenance_window_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM maintenance_windows w
         WHERE w.id = NEW.maintenance_window_id AND w.cancelled_at IS NULL
           AND NEW.scheduled_for >= w.starts_at AND NEW.scheduled_for < w.ends_at)
BEGIN
    SELECT RAISE(ABORT, 'fusion: an operation in a maintenance window must be scheduled inside it, and the window not cancelled');
END;
