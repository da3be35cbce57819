-- How Fusion Console talks to each tenant's Odoo: a certificate the user chose to trust (SHA-256, hex) and the
-- per-tenant call budget of the client's governor. The password or API key lives only in the OS keychain.
ALTER TABLE tenants ADD COLUMN odoo_tls_sha256 text NOT NULL DEFAULT ''
    CHECK (odoo_tls_sha256 ~ '^([0-9a-f]{64})?$');
ALTER TABLE tenants ADD COLUMN odoo_reads_per_minute integer NOT NULL DEFAULT 30
    CHECK (odoo_reads_per_minute BETWEEN 1 AND 600);
ALTER TABLE tenants ADD COLUMN odoo_writes_per_minute integer NOT NULL DEFAULT 10
    CHECK (odoo_writes_per_minute BETWEEN 1 AND 600);

-- Operators already maintain a tenant's Odoo address and login; the new settings belong with them.
GRANT UPDATE (odoo_tls_sha256, odoo_reads_per_minute, odoo_writes_per_minute) ON tenants TO fusion_operator;
