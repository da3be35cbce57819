-- Indexes for a million tenants (issue 15). Keyset paging of the tenants list: every sort the list offers walks
-- an index in its own order from the boundary row of the page before, so the last page of 1,000,000 tenants
-- costs what the first does. Each index ends in id, the tie-breaker, so that "after (key, id)" is one range of
-- one index. The status, plan and agency group indexes (0001) gain id; region and created had none; updated had
-- (updated_at DESC, id), which the dashboard's health list still walks in that order, so it stays and
-- (updated_at, id) is added beside it.
DROP INDEX tenants_status_idx;
CREATE INDEX tenants_status_idx ON tenants (status, name, id);
DROP INDEX tenants_plan_idx;
CREATE INDEX tenants_plan_idx ON tenants (plan_id, name, id);
DROP INDEX tenants_agency_idx;
CREATE INDEX tenants_agency_idx ON tenants (agency_group, name, id);
CREATE INDEX tenants_region_idx ON tenants (region, name, id);
CREATE INDEX tenants_updated_id_idx ON tenants (updated_at, id);
CREATE INDEX tenants_created_idx ON tenants (created_at, id);
-- Fleet drift (BundleCatalog::drift) reads every tenant's installed modules in one walk in tenant order; the
-- partial index holds just those rows (and their source), so the walk never visits the table.
CREATE INDEX tenant_module_states_installed_idx ON tenant_module_states (tenant_id, module_name) INCLUDE (source)
    WHERE state = 'installed';
