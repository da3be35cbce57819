-- The tenant portal: a tenant admin's login sees only its own tenants' rows in every table the portal reads.
-- The audit of those tables (tests/pg/tst_pg_portal.cpp) found one that was granted to fusion_tenant_admin
-- without row-level security: usage_counters (this month's spend per consumer, the portal's budgets), so a
-- tenant admin read every tenant's spend. Its rows follow their consumer, like usage_daily's (0007): visible
-- exactly when the consumer is, and the per-user rows (consumer_id 0) belong to no tenant, so not at all.
ALTER TABLE usage_counters ENABLE ROW LEVEL SECURITY;
-- The roles 0007 lets read or keep the counters go on seeing all of them.
CREATE POLICY usage_counters_staff ON usage_counters FOR ALL
    TO fusion_owner, fusion_finance, fusion_api_user, fusion_api_manager, fusion_api_admin
    USING (true) WITH CHECK (true);
CREATE POLICY usage_counters_tenant_admin ON usage_counters FOR SELECT TO fusion_tenant_admin
    USING (consumer_id IN (SELECT id FROM consumers));
