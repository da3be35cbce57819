-- Linking what a workspace's proposals created in Odoo back into the workspace, whoever executes them. On
-- SQLite the local user is the owner and sees every workspace, so the link is a plain UPDATE (the PostgreSQL
-- twin adds fusion_workspace_link for staff that row-level security keeps out of a private workspace). What
-- both stores share: Discuss channels get their own proposal kind.
--
-- SQLite cannot change a CHECK in place: the table is rebuilt with the same columns, rows and indexes. Nothing
-- references odoo_proposals, so dropping the old table touches no other row. A workspace's Discuss channel was
-- filed as kind 'project' (there was no 'channel'); earlier rows are re-filed, and 'project' stays valid for
-- everything else.
CREATE TABLE odoo_proposals_0011 (
    id           INTEGER PRIMARY KEY,
    tenant_id    INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL
                 CHECK (kind IN ('partner', 'lead', 'project', 'tasks', 'activity', 'event', 'channel')),
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
INSERT INTO odoo_proposals_0011 (id, tenant_id, kind, case_id, summary, operations, state, results, created_by,
                                 created_at, claimed_by, decided_by, decided_at, row_version)
SELECT id, tenant_id,
       CASE WHEN kind = 'project' AND case_id LIKE 'workspace-%'
                 AND operations LIKE '[{"link":"workspace:%:channel"%' THEN 'channel' ELSE kind END,
       case_id, summary, operations, state, results, created_by, created_at, claimed_by, decided_by, decided_at,
       row_version
  FROM odoo_proposals;
DROP TABLE odoo_proposals;
ALTER TABLE odoo_proposals_0011 RENAME TO odoo_proposals;
CREATE INDEX odoo_proposals_state_idx ON odoo_proposals (state, created_at DESC, id DESC);
CREATE INDEX odoo_proposals_tenant_idx ON odoo_proposals (tenant_id, created_at DESC, id DESC);
