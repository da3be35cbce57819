-- Changes to a tenant's Odoo, proposed first and executed only after a person confirmed them. `operations`
-- holds the planned Odoo calls (JSON), `results` what each step did; `claimed_by` marks the one session that
-- executes it, so a proposal runs at most once.
CREATE TABLE odoo_proposals (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('partner', 'lead', 'project', 'tasks', 'activity', 'event')),
    case_id      TEXT NOT NULL CHECK (length(case_id) BETWEEN 1 AND 64),
    summary      TEXT NOT NULL,
    operations   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'executing', 'executed', 'cancelled', 'failed')),
    results      TEXT NOT NULL DEFAULT '[]',
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    claimed_by   TEXT NOT NULL DEFAULT '',
    decided_by   TEXT NOT NULL DEFAULT '',
    decided_at   TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX odoo_proposals_state_idx ON odoo_proposals (state, created_at DESC, id DESC);
CREATE INDEX odoo_proposals_tenant_idx ON odoo_proposals (tenant_id, created_at DESC, id DESC);
