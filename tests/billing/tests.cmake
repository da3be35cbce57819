# Billing (issue 14): invoices from the daily usage aggregates on SQLite and the real fusionctl; the same on
# PostgreSQL as real logins (who may bill, and that an issued invoice stays as issued for every role).
fusion_add_test(tst_billing SOURCES billing/tst_billing.cpp TIMEOUT 60 LABELS cli)
add_dependencies(tst_billing fusionctl)
fusion_add_test(tst_pg_billing SOURCES billing/tst_pg_billing.cpp PG TIMEOUT 120 LABELS cli)
add_dependencies(tst_pg_billing fusionctl)
# Billing proposals (migration 0017): finance proposes, an owner approves once — on SQLite with the real fusionctl,
# and on PostgreSQL as real logins, incl. two owners approving at once.
fusion_add_test(tst_billing_proposals SOURCES billing/tst_billing_proposals.cpp TIMEOUT 60 LABELS cli)
add_dependencies(tst_billing_proposals fusionctl)
fusion_add_test(tst_pg_billing_proposals SOURCES billing/tst_pg_billing_proposals.cpp PG TIMEOUT 120 LABELS cli)
add_dependencies(tst_pg_billing_proposals fusionctl)
