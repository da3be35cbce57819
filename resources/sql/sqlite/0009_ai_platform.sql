-- The AI platform (seed 003), as PostgreSQL's 0009 has it. SQLite has no logins: the file belongs to one
-- person, whose name the app writes as owner and creator. What PostgreSQL enforces with row-level security is
-- the app's to respect here; what triggers and constraints can say, they say in both stores.

INSERT OR IGNORE INTO providers (code, name, kind, base_url, validation, builtin) VALUES
    ('ollama', 'Ollama', 'api_key', 'http://localhost:11434', 'none', 1),
    ('kapa', 'Kapa', 'api_key', 'https://api.kapa.ai', 'none', 1);

CREATE TABLE ai_settings (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    audit_retention_days INTEGER NOT NULL DEFAULT 90 CHECK (audit_retention_days BETWEEN 1 AND 3650),
    thread_idle_days     INTEGER NOT NULL DEFAULT 30 CHECK (thread_idle_days BETWEEN 1 AND 3650),
    updated_by           TEXT NOT NULL DEFAULT '',
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version          INTEGER NOT NULL DEFAULT 1
);
INSERT INTO ai_settings (id) VALUES (1);

CREATE TABLE ai_providers (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    sequence        INTEGER NOT NULL DEFAULT 10,
    provider_type   TEXT NOT NULL CHECK (provider_type IN ('openai', 'anthropic', 'ollama', 'kapa')),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    tenant_id       INTEGER REFERENCES tenants (id) ON DELETE CASCADE, -- NULL: the platform
    is_default      INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    model           TEXT NOT NULL DEFAULT '' CHECK (length(model) <= 100),
    embedding_model TEXT NOT NULL DEFAULT '' CHECK (length(embedding_model) <= 100),
    api_key_id      INTEGER REFERENCES api_keys (id),
    base_url        TEXT NOT NULL DEFAULT ''
                    CHECK (base_url = '' OR ((base_url GLOB 'http://?*' OR base_url GLOB 'https://?*')
                                             AND base_url NOT GLOB '*[' || char(9, 10, 13, 32) || ']*')),
    kapa_project_id TEXT NOT NULL DEFAULT ''
                    CHECK (length(kapa_project_id) <= 64 AND kapa_project_id NOT GLOB '*[^A-Za-z0-9_-]*'),
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (NOT is_default OR active),
    CHECK (provider_type = 'ollama' OR api_key_id IS NOT NULL),
    CHECK (provider_type <> 'ollama' OR base_url <> ''),
    CHECK (provider_type = 'kapa' OR model <> ''),
    CHECK (provider_type <> 'kapa' OR kapa_project_id <> '')
);
CREATE UNIQUE INDEX ai_providers_one_default ON ai_providers (COALESCE(tenant_id, 0)) WHERE is_default;
CREATE UNIQUE INDEX ai_providers_name ON ai_providers (COALESCE(tenant_id, 0), lower(name));

CREATE TABLE ai_threads (
    id                 INTEGER PRIMARY KEY,
    title              TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 50),
    provider_id        INTEGER NOT NULL REFERENCES ai_providers (id),
    tenant_id          INTEGER REFERENCES tenants (id) ON DELETE CASCADE,
    external_thread_id TEXT NOT NULL DEFAULT '' CHECK (length(external_thread_id) <= 200),
    owner              TEXT NOT NULL CHECK (length(owner) >= 1),
    state              TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'closed')),
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_message_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    closed_at          TEXT,
    row_version        INTEGER NOT NULL DEFAULT 1,
    CHECK ((state = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX ai_threads_owner_idx ON ai_threads (owner, last_message_at DESC, id DESC);
CREATE INDEX ai_threads_provider_idx ON ai_threads (provider_id);

-- A thread's scope is its provider's (the seed's related company_id), whatever the inserting app says.
CREATE TRIGGER ai_threads_scope AFTER INSERT ON ai_threads
BEGIN
    UPDATE ai_threads SET tenant_id = (SELECT tenant_id FROM ai_providers WHERE id = NEW.provider_id)
     WHERE id = NEW.id;
END;

CREATE TABLE ai_messages (
    id              INTEGER PRIMARY KEY,
    thread_id       INTEGER NOT NULL REFERENCES ai_threads (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system')),
    content         TEXT NOT NULL CHECK (length(content) <= 1000000),
    latency_ms      INTEGER CHECK (latency_ms >= 0),
    provider_status TEXT NOT NULL DEFAULT '' CHECK (length(provider_status) <= 40),
    confidence      REAL CHECK (confidence BETWEEN 0 AND 1),
    tokens_in       INTEGER NOT NULL DEFAULT 0 CHECK (tokens_in >= 0),
    tokens_out      INTEGER NOT NULL DEFAULT 0 CHECK (tokens_out >= 0),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX ai_messages_thread_idx ON ai_messages (thread_id, id);

CREATE TABLE ai_citations (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES ai_messages (id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL DEFAULT 1 CHECK (rank >= 1),
    source_kind TEXT NOT NULL CHECK (source_kind IN ('knowledge', 'web', 'tenant', 'operation', 'key', 'budget')),
    source_id   TEXT NOT NULL DEFAULT '' CHECK (length(source_id) <= 200),
    title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 300),
    url         TEXT CHECK ((url GLOB 'http://?*' OR url GLOB 'https://?*') AND url NOT GLOB '*[' || char(9, 10, 13, 32) || ']*'
                            AND length(url) <= 2000),
    snippet     TEXT NOT NULL DEFAULT '' CHECK (length(snippet) <= 500),
    score       REAL,
    UNIQUE (message_id, rank)
);

CREATE TRIGGER ai_messages_added AFTER INSERT ON ai_messages
BEGIN
    UPDATE ai_threads
       SET title = CASE WHEN title = '' AND NEW.role = 'user' THEN substr(NEW.content, 1, 50) ELSE title END,
           last_message_at = NEW.created_at
     WHERE id = NEW.thread_id;
END;

-- Append-only: no UPDATE; a DELETE only as the cascade of deleting the whole thread (its row is gone first).
CREATE TRIGGER ai_messages_no_update BEFORE UPDATE ON ai_messages
BEGIN
    SELECT RAISE(ABORT, 'ai_messages are append-only: delete the whole thread instead');
END;
CREATE TRIGGER ai_messages_no_delete BEFORE DELETE ON ai_messages
    WHEN EXISTS (SELECT 1 FROM ai_threads WHERE id = OLD.thread_id)
BEGIN
    SELECT RAISE(ABORT, 'ai_messages are append-only: delete the whole thread instead');
END;
CREATE TRIGGER ai_citations_no_update BEFORE UPDATE ON ai_citations
BEGIN
    SELECT RAISE(ABORT, 'ai_citations are append-only: delete the whole thread instead');
END;
CREATE TRIGGER ai_citations_no_delete BEFORE DELETE ON ai_citations
    WHEN EXISTS (SELECT 1 FROM ai_messages WHERE id = OLD.message_id)
BEGIN
    SELECT RAISE(ABORT, 'ai_citations are append-only: delete the whole thread instead');
END;

CREATE TABLE ai_feedback (
    message_id INTEGER NOT NULL REFERENCES ai_messages (id) ON DELETE CASCADE,
    login      TEXT NOT NULL CHECK (length(login) >= 1),
    rating     INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment    TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (message_id, login)
);

CREATE TABLE ai_prompts (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE
                      CHECK (length(code) BETWEEN 1 AND 64 AND code GLOB '[a-z0-9]*'
                             AND code NOT GLOB '*[^a-z0-9_.-]*'),
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    tenant_id         INTEGER REFERENCES tenants (id) ON DELETE CASCADE,
    published_version INTEGER,
    created_by        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version       INTEGER NOT NULL DEFAULT 1,
    FOREIGN KEY (id, published_version) REFERENCES ai_prompt_versions (prompt_id, version)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE ai_prompt_versions (
    prompt_id      INTEGER NOT NULL REFERENCES ai_prompts (id) ON DELETE CASCADE,
    version        INTEGER NOT NULL CHECK (version >= 1),
    template       TEXT NOT NULL CHECK (length(template) BETWEEN 1 AND 200000),
    variables_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(variables_json) AND json_type(variables_json) = 'array'),
    note           TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_by     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (prompt_id, version)
);
CREATE TRIGGER ai_prompt_versions_no_update BEFORE UPDATE ON ai_prompt_versions
BEGIN
    SELECT RAISE(ABORT, 'a prompt version is never changed: save a new version instead');
END;
CREATE TRIGGER ai_prompt_versions_no_delete BEFORE DELETE ON ai_prompt_versions
    WHEN EXISTS (SELECT 1 FROM ai_prompts WHERE id = OLD.prompt_id)
BEGIN
    SELECT RAISE(ABORT, 'a prompt version is never changed: save a new version instead');
END;

CREATE TABLE ai_audit (
    id                INTEGER PRIMARY KEY,
    occurred_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    operation         TEXT NOT NULL CHECK (operation IN ('ask', 'search', 'feedback', 'embed', 'sync')),
    provider_id       INTEGER REFERENCES ai_providers (id) ON DELETE SET NULL,
    login             TEXT NOT NULL CHECK (length(login) >= 1),
    thread_id         INTEGER REFERENCES ai_threads (id) ON DELETE SET NULL,
    message_id        INTEGER REFERENCES ai_messages (id) ON DELETE SET NULL,
    request_redacted  TEXT NOT NULL DEFAULT '',
    response_redacted TEXT NOT NULL DEFAULT '',
    redactions        TEXT NOT NULL DEFAULT '',
    latency_ms        INTEGER CHECK (latency_ms >= 0),
    status            TEXT NOT NULL CHECK (status IN ('success', 'error', 'timeout', 'cancelled', 'refused')),
    error_message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ai_audit_time_idx ON ai_audit (occurred_at DESC, id DESC);

CREATE TABLE ai_events (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 40 AND source GLOB '[a-z0-9]*'
                                      AND source NOT GLOB '*[^a-z0-9_.-]*'),
    event_type   TEXT NOT NULL CHECK (length(event_type) BETWEEN 1 AND 120),
    ref          TEXT NOT NULL DEFAULT '' CHECK (length(ref) <= 200),
    payload      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    received_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    received_by  TEXT NOT NULL DEFAULT '',
    processed    INTEGER NOT NULL DEFAULT 0 CHECK (processed IN (0, 1)),
    processed_at TEXT,
    processed_by TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
    row_version  INTEGER NOT NULL DEFAULT 1,
    CHECK (processed = (processed_at IS NOT NULL)),
    CHECK (processed = (processed_by <> ''))
);
CREATE UNIQUE INDEX ai_events_source_ref ON ai_events (source, ref) WHERE ref <> '';
CREATE INDEX ai_events_inbox_idx ON ai_events (processed, received_at DESC, id DESC);

CREATE TABLE workspaces (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    description     TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    visibility      TEXT NOT NULL CHECK (visibility IN ('private', 'internal', 'public')),
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    odoo_project_id INTEGER CHECK (odoo_project_id > 0),
    odoo_channel_id INTEGER CHECK (odoo_channel_id > 0),
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by      TEXT NOT NULL CHECK (length(created_by) >= 1),
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_id, name)
);
CREATE TABLE workspace_members (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    login        TEXT NOT NULL CHECK (length(login) BETWEEN 1 AND 120),
    role         TEXT NOT NULL CHECK (role IN ('member', 'admin', 'owner')),
    added_by     TEXT NOT NULL DEFAULT '',
    added_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (workspace_id, login)
);
CREATE INDEX workspace_members_login_idx ON workspace_members (login);

CREATE TRIGGER workspaces_creator_owns AFTER INSERT ON workspaces
BEGIN
    INSERT INTO workspace_members (workspace_id, login, role, added_by)
    VALUES (NEW.id, NEW.created_by, 'owner', NEW.created_by);
END;
-- The last owner can neither leave nor be demoted, unless the whole workspace goes (its row is gone first).
CREATE TRIGGER workspace_members_keep_owner_delete BEFORE DELETE ON workspace_members
    WHEN OLD.role = 'owner' AND EXISTS (SELECT 1 FROM workspaces WHERE id = OLD.workspace_id)
         AND NOT EXISTS (SELECT 1 FROM workspace_members WHERE workspace_id = OLD.workspace_id
                         AND role = 'owner' AND login <> OLD.login)
BEGIN
    SELECT RAISE(ABORT, 'a workspace keeps at least one owner: make someone else owner first');
END;
CREATE TRIGGER workspace_members_keep_owner_update BEFORE UPDATE ON workspace_members
    WHEN OLD.role = 'owner' AND (NEW.role <> 'owner' OR NEW.workspace_id <> OLD.workspace_id)
         AND NOT EXISTS (SELECT 1 FROM workspace_members WHERE workspace_id = OLD.workspace_id
                         AND role = 'owner' AND login <> OLD.login)
BEGIN
    SELECT RAISE(ABORT, 'a workspace keeps at least one owner: make someone else owner first');
END;

CREATE TABLE kb_chunks (
    id              INTEGER PRIMARY KEY,
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    tenant_ref      TEXT NOT NULL CHECK (length(tenant_ref) BETWEEN 1 AND 120),
    source_type     TEXT NOT NULL CHECK (length(source_type) BETWEEN 1 AND 40 AND source_type GLOB '[a-z0-9]*'
                                         AND source_type NOT GLOB '*[^a-z0-9_.]*'),
    source_ref      TEXT NOT NULL CHECK (length(source_ref) BETWEEN 1 AND 200),
    title           TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 300),
    url             TEXT CHECK ((url GLOB 'http://?*' OR url GLOB 'https://?*') AND url NOT GLOB '*[' || char(9, 10, 13, 32) || ']*'),
    content         TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 100000),
    embedding       BLOB,
    embedding_model TEXT NOT NULL DEFAULT '',
    embedding_dims  INTEGER CHECK (embedding_dims BETWEEN 1 AND 8192),
    source_updated  TEXT,
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (tenant_ref, source_type, source_ref),
    CHECK ((embedding IS NULL) = (embedding_dims IS NULL)),
    CHECK (embedding IS NULL OR length(embedding) = 4 * embedding_dims)
);
CREATE INDEX kb_chunks_tenant_idx ON kb_chunks (tenant_id, source_type, source_updated DESC);

-- Full-text search: an FTS5 index over the chunks' title and content, kept in step by triggers.
CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(title, content, content = 'kb_chunks', content_rowid = 'id',
                                              tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER kb_chunks_fts_insert AFTER INSERT ON kb_chunks
BEGIN
    INSERT INTO kb_chunks_fts (rowid, title, content) VALUES (NEW.id, NEW.title, NEW.content);
END;
CREATE TRIGGER kb_chunks_fts_delete AFTER DELETE ON kb_chunks
BEGIN
    INSERT INTO kb_chunks_fts (kb_chunks_fts, rowid, title, content) VALUES ('delete', OLD.id, OLD.title, OLD.content);
END;
CREATE TRIGGER kb_chunks_fts_update AFTER UPDATE OF title, content ON kb_chunks
BEGIN
    INSERT INTO kb_chunks_fts (kb_chunks_fts, rowid, title, content) VALUES ('delete', OLD.id, OLD.title, OLD.content);
    INSERT INTO kb_chunks_fts (rowid, title, content) VALUES (NEW.id, NEW.title, NEW.content);
END;

ALTER TABLE api_usage ADD COLUMN ai_provider_id INTEGER;
CREATE INDEX api_usage_ai_provider_idx ON api_usage (ai_provider_id, occurred_at DESC) WHERE ai_provider_id IS NOT NULL;
