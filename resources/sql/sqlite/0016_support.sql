-- Support and runbooks (SQLite dialect of postgresql/0016_support.sql; keep them in step). The embedded file
-- has no roles, but the support requests' state machine holds here too.

-- Each tenant's Mattermost channel: a vault key labelled with the tenant's slug, its secret the webhook address.
INSERT OR IGNORE INTO providers (code, name, kind, base_url, validation, builtin) VALUES
    ('mattermost', 'Mattermost (tenant channels)', 'api_key', 'http://localhost:8065', 'none', 1);

CREATE TABLE runbooks (
    type        TEXT PRIMARY KEY CHECK (length(type) BETWEEN 1 AND 40 AND type GLOB '[a-z]*'
                                        AND type NOT GLOB '*[^a-z0-9_]*'),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    body        TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
    updated_by  TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE support_requests (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    subject     TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 200 AND length(subject) <= 200),
    body        TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 10000 AND length(body) <= 10000),
    severity    TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high', 'urgent')),
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered', 'closed')),
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    answer      TEXT NOT NULL DEFAULT '' CHECK (length(answer) <= 10000),
    answered_by TEXT NOT NULL DEFAULT '',
    answered_at TEXT,
    closed_by   TEXT NOT NULL DEFAULT '',
    closed_at   TEXT,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (state <> 'answered' OR (trim(answer) <> '' AND answered_at IS NOT NULL)),
    CHECK (state <> 'closed' OR closed_at IS NOT NULL)
);
CREATE INDEX support_requests_tenant_idx ON support_requests (tenant_id, created_at DESC, id DESC);
CREATE INDEX support_requests_state_idx ON support_requests (state, created_at DESC, id DESC);

-- The state machine (RAISE takes only a fixed message here; the models say the same with the names first).
CREATE TRIGGER support_requests_new BEFORE INSERT ON support_requests
WHEN NEW.state <> 'open' OR NEW.answer <> '' OR NEW.answered_at IS NOT NULL OR NEW.closed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'fusion: a new support request is open and unanswered');
END;
CREATE TRIGGER support_requests_fixed BEFORE UPDATE OF tenant_id, subject, body, created_by, created_at
ON support_requests
WHEN NEW.tenant_id IS NOT OLD.tenant_id OR NEW.subject IS NOT OLD.subject OR NEW.body IS NOT OLD.body
     OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'fusion: a support request''s tenant, subject, text and author cannot change');
END;
CREATE TRIGGER support_requests_move BEFORE UPDATE OF state ON support_requests
WHEN NEW.state IS NOT OLD.state AND NOT (
        (OLD.state = 'open' AND NEW.state IN ('answered', 'closed'))
     OR (OLD.state = 'answered' AND NEW.state IN ('closed', 'open'))
     OR (OLD.state = 'closed' AND NEW.state = 'open'))
BEGIN
    SELECT RAISE(ABORT, 'fusion: a support request cannot make that move (open → answered → closed; reopen)');
END;
CREATE TRIGGER support_requests_closed_answer BEFORE UPDATE OF answer ON support_requests
WHEN OLD.state = 'closed' AND NEW.state = 'closed' AND NEW.answer IS NOT OLD.answer
BEGIN
    SELECT RAISE(ABORT, 'fusion: a closed support request cannot be answered; reopen it first');
END;
