-- Group roles and what each may do (DESIGN.md, "Roles and security"). The database is what refuses; the
-- app only mirrors these rules to disable what a login cannot do.

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['fusion_owner', 'fusion_operator', 'fusion_finance', 'fusion_tenant_admin',
                             'fusion_api_user', 'fusion_api_manager', 'fusion_api_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another database of this cluster created it at the same moment
            END;
        END IF;
    END LOOP;
END
$$;

-- Owners grant the other roles to logins. Roles are shared by every database of the server, so another
-- database's migration may be granting the same at this moment; either grant is as good.
DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['fusion_operator', 'fusion_finance', 'fusion_tenant_admin', 'fusion_api_user',
                             'fusion_api_manager', 'fusion_api_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       JOIN pg_roles o ON o.oid = m.member
                       WHERE g.rolname = r AND o.rolname = 'fusion_owner' AND m.admin_option) THEN
            BEGIN
                EXECUTE format('GRANT %I TO fusion_owner WITH ADMIN OPTION', r);
            EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'grant of % to fusion_owner raced with another migration: %', r, SQLERRM;
            END;
        END IF;
    END LOOP;
END
$$;

GRANT SELECT ON schema_version TO fusion_owner, fusion_operator, fusion_finance, fusion_tenant_admin,
      fusion_api_user, fusion_api_manager, fusion_api_admin;
GRANT EXECUTE ON FUNCTION fusion_audit_head() TO fusion_owner, fusion_operator, fusion_finance,
      fusion_tenant_admin, fusion_api_user, fusion_api_manager, fusion_api_admin;
GRANT SELECT, INSERT ON audit_log TO fusion_owner, fusion_operator, fusion_finance, fusion_tenant_admin,
      fusion_api_user, fusion_api_manager, fusion_api_admin;
GRANT SELECT ON audit_head TO fusion_owner, fusion_operator, fusion_finance;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO fusion_owner, fusion_operator, fusion_tenant_admin;

-- fusion_owner: everything.
GRANT SELECT, INSERT, UPDATE, DELETE ON plans, infra_templates, tenants, subscriptions, modules, bundles,
      bundle_modules, tenant_bundles, operations, tenant_module_states, sso_configs, analytics_configs,
      tenant_admins TO fusion_owner;

-- fusion_operator: reads all but billing amounts; runs operations; edits connection and integration
-- settings; never creates, decommissions or touches billing.
GRANT SELECT ON infra_templates, tenants, modules, bundles, bundle_modules, tenant_bundles, operations,
      tenant_module_states, sso_configs, analytics_configs TO fusion_operator;
GRANT SELECT (id, code, name, description, max_users, created_at, updated_at, row_version) ON plans
      TO fusion_operator;
GRANT SELECT ON subscriptions TO fusion_operator;
GRANT UPDATE (status, region, db_name, db_host, k8s_namespace, odoo_url, odoo_db, odoo_login, updated_at,
      row_version) ON tenants TO fusion_operator;
GRANT INSERT ON operations TO fusion_operator;
GRANT INSERT, UPDATE ON sso_configs, analytics_configs, tenant_module_states TO fusion_operator;

-- fusion_finance: reads tenants, plans and subscriptions; changes nothing here (it proposes, owners approve).
GRANT SELECT ON plans, tenants, subscriptions, operations, bundles, bundle_modules, tenant_bundles,
      infra_templates TO fusion_finance;

-- fusion_tenant_admin: reads and acts on its own tenants only (row-level security below).
GRANT SELECT ON plans, infra_templates, tenants, subscriptions, modules, bundles, bundle_modules,
      tenant_bundles, operations, tenant_module_states, sso_configs, analytics_configs, tenant_admins
      TO fusion_tenant_admin;
GRANT UPDATE (status, updated_at, row_version) ON tenants TO fusion_tenant_admin;
GRANT INSERT ON operations TO fusion_tenant_admin;
GRANT INSERT, UPDATE ON sso_configs, analytics_configs TO fusion_tenant_admin;

-- The API roles (key vault, access rules, usage) link consumers to tenants by name.
GRANT SELECT (id, slug, name, status) ON tenants TO fusion_api_user, fusion_api_manager, fusion_api_admin;

-- Row-level security. Staff roles see every tenant; a tenant admin sees the tenants mapped to its login.
-- Operators and tenant admins may change a tenant's status, but never to decommissioned.
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenants_staff_read ON tenants FOR SELECT
    TO fusion_owner, fusion_operator, fusion_finance, fusion_api_user, fusion_api_manager, fusion_api_admin
    USING (true);
CREATE POLICY tenants_owner_write ON tenants FOR ALL TO fusion_owner USING (true) WITH CHECK (true);
CREATE POLICY tenants_operator_update ON tenants FOR UPDATE TO fusion_operator
    USING (true) WITH CHECK (status <> 'decommissioned');
CREATE POLICY tenants_admin_read ON tenants FOR SELECT TO fusion_tenant_admin
    USING (id IN (SELECT tenant_id FROM tenant_admins WHERE login = session_user));
CREATE POLICY tenants_admin_update ON tenants FOR UPDATE TO fusion_tenant_admin
    USING (id IN (SELECT tenant_id FROM tenant_admins WHERE login = session_user))
    WITH CHECK (status <> 'decommissioned' AND id IN (SELECT tenant_id FROM tenant_admins WHERE login = session_user));

ALTER TABLE tenant_admins ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_admins_owner ON tenant_admins FOR ALL TO fusion_owner USING (true) WITH CHECK (true);
CREATE POLICY tenant_admins_self ON tenant_admins FOR SELECT TO fusion_tenant_admin USING (login = session_user);

-- Rows that belong to a tenant are visible exactly when the tenant is (the function runs with the
-- caller's rights, so the tenants policies above decide).
CREATE FUNCTION fusion_tenant_visible(tid bigint) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
AS $$ SELECT EXISTS (SELECT 1 FROM tenants WHERE id = tid) $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['subscriptions', 'operations', 'tenant_module_states', 'sso_configs',
                             'analytics_configs', 'tenant_bundles'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO fusion_owner, fusion_operator, fusion_finance '
                       'USING (true) WITH CHECK (true)', t || '_staff', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR ALL TO fusion_tenant_admin '
                       'USING (fusion_tenant_visible(tenant_id)) WITH CHECK (fusion_tenant_visible(tenant_id))',
                       t || '_tenant_admin', t);
    END LOOP;
END
$$;

-- Audit rows: everyone appends as themselves; staff read everything, tenant admins their tenants' rows.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_append ON audit_log FOR INSERT
    TO fusion_owner, fusion_operator, fusion_finance, fusion_tenant_admin, fusion_api_user,
       fusion_api_manager, fusion_api_admin
    WITH CHECK (actor = session_user);
CREATE POLICY audit_staff_read ON audit_log FOR SELECT TO fusion_owner, fusion_operator, fusion_finance
    USING (true);
CREATE POLICY audit_tenant_admin_read ON audit_log FOR SELECT TO fusion_tenant_admin
    USING (tenant_id IS NOT NULL AND fusion_tenant_visible(tenant_id));
