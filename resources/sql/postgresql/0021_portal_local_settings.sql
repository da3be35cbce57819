-- A tenant admin's local settings (issue 14, the seed's permission matrix: "manage local settings"): on its own
-- tenants it may change the SSO redirect URIs and the analytics sync mode and dashboard — what the portal
-- offers — and nothing else of those records. 0002 granted INSERT and UPDATE on the whole tables, so with plain
-- SQL a tenant admin could repoint its realm or client, mark SSO active, change the ETL target or the Supabase
-- project, or move a record to another of its tenants. Row-level security (0002) still limits the rows.
REVOKE INSERT, UPDATE ON sso_configs, analytics_configs FROM fusion_tenant_admin;
GRANT UPDATE (redirect_uris, updated_at, row_version) ON sso_configs TO fusion_tenant_admin;
GRANT UPDATE (sync_mode, superset_dashboard_url, updated_at, row_version) ON analytics_configs
    TO fusion_tenant_admin;
-- The portal creates a tenant's missing analytics record with just those two settings.
GRANT INSERT (tenant_id, sync_mode, superset_dashboard_url) ON analytics_configs TO fusion_tenant_admin;
