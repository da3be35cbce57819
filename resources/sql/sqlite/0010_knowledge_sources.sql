-- Where a tenant's knowledge lives outside our kb_chunks, as PostgreSQL's 0010 has it: a Supabase project whose
-- kb schema offers the seed's search RPCs. At most one source per tenant; the key is a key-vault row (its
-- secret stays in the keychain).
CREATE TABLE kb_sources (
    id          INTEGER PRIMARY KEY,
    tenant_id   INTEGER NOT NULL UNIQUE REFERENCES tenants (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'supabase' CHECK (kind IN ('supabase')),
    project_url TEXT NOT NULL
                CHECK (length(project_url) <= 300 AND (project_url GLOB 'http://?*' OR project_url GLOB 'https://?*')
                       AND project_url NOT GLOB '*[' || char(9, 10, 13, 32) || ']*'),
    schema_name TEXT NOT NULL DEFAULT 'kb'
                CHECK (length(schema_name) BETWEEN 1 AND 63 AND schema_name GLOB '[a-z_]*'
                       AND schema_name NOT GLOB '*[^a-z0-9_]*'),
    tenant_ref  TEXT NOT NULL CHECK (length(tenant_ref) BETWEEN 1 AND 120
                                     AND tenant_ref NOT GLOB '*[' || char(9, 10, 13) || ']*'),
    api_key_id  INTEGER NOT NULL REFERENCES api_keys (id),
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 1
);
