-- How Fusion Console talks to each tenant's Odoo: a certificate the user chose to trust (SHA-256, hex) and the
-- per-tenant call budget of the client's governor. The password or API key lives only in the OS keychain.
ALTER TABLE tenants ADD COLUMN odoo_tls_sha256 TEXT NOT NULL DEFAULT ''
    CHECK (odoo_tls_sha256 = '' OR (length(odoo_tls_sha256) = 64 AND odoo_tls_sha256 NOT GLOB '*[^0-9a-f]*'));
ALTER TABLE tenants ADD COLUMN odoo_reads_per_minute INTEGER NOT NULL DEFAULT 30
    CHECK (odoo_reads_per_minute BETWEEN 1 AND 600);
ALTER TABLE tenants ADD COLUMN odoo_writes_per_minute INTEGER NOT NULL DEFAULT 10
    CHECK (odoo_writes_per_minute BETWEEN 1 AND 600);
