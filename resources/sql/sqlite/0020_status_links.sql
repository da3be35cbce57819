-- Status links (SQLite dialect of postgresql/0020_status_links.sql; keep them in step): the addresses the
-- Support pane's Status section and `fusionctl support status` check. Independent of 0019: it applies after
-- 0018 as well. The embedded file has no roles, so the tenant admins' row filter exists only on PostgreSQL.
CREATE TABLE status_links (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80 AND length(name) <= 80),
    url         TEXT NOT NULL CHECK (length(url) BETWEEN 10 AND 2000
                                     AND (url GLOB 'http://?*' OR url GLOB 'https://?*')),
    tenant_id   INTEGER REFERENCES tenants (id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    position    INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    updated_by  TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX status_links_order_idx ON status_links (position, id);
CREATE INDEX status_links_tenant_idx ON status_links (tenant_id);
