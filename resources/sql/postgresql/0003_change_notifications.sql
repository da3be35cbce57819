-- Open panes in other sessions refresh when these tables change: one notification per statement on the
-- channel fusion_changes, its payload the table's name (PostgreSQL folds duplicates within a transaction).

CREATE FUNCTION fusion_notify_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM pg_notify('fusion_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['plans', 'infra_templates', 'tenants', 'subscriptions', 'modules', 'bundles',
                             'bundle_modules', 'tenant_bundles', 'operations', 'tenant_module_states',
                             'sso_configs', 'analytics_configs', 'audit_log'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION fusion_notify_change()', t || '_notify', t);
    END LOOP;
END
$$;
