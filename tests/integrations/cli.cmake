# fusionctl for the control plane's integrations (sso, automation, analytics, health), each service reached at
# its vault provider's address with its vault key read from a private keychain, against the stand-ins and the
# real Prometheus.
# automation: n8n's workflows and executions, activate/deactivate asked and audited, a webhook run recorded as
# an operation with its execution id (or failed with the reason), never resent; keys named when missing.
fusion_add_test(tst_cli_automation SOURCES integrations/tst_cli_automation.cpp integrations/FakeN8n.cpp
    integrations/FakeN8n.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_cli_automation fusionctl)
# Several n8n instances: two stand-ins at once, --instance picks one, refused codes exit 2, a run's execution
# linked on the instance that ran it.
fusion_add_test(tst_cli_n8n_instances SOURCES integrations/tst_cli_n8n_instances.cpp integrations/FakeN8n.cpp
    integrations/FakeN8n.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_cli_n8n_instances fusionctl)
# sso: a tenant's test login with its keycloak/SLUG key and the admin comparison with the keycloak_admin key,
# Keycloak's refusals and misbehaviour as the user reads them, setup that is missing named by command.
fusion_add_test(tst_cli_sso SOURCES integrations/tst_cli_sso.cpp integrations/FakeKeycloak.cpp
    integrations/FakeKeycloak.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_cli_sso fusionctl)
# analytics and health: Superset's dashboards with the superset key's login, and the resource KPIs from the
# real Prometheus (optional Bearer key), the last figures with "No data since" when it is gone.
fusion_add_test(tst_cli_insights SOURCES integrations/tst_cli_insights.cpp integrations/FakeSuperset.cpp
    integrations/FakeSuperset.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 120 LABELS python prometheus)
add_dependencies(tst_cli_insights fusionctl)
# analytics etl-test: a tenant's ETL check (an n8n webhook or a Supabase RPC) run once after the question,
# audited before and after, its result or exact failure (401, 5xx, malformed JSON, a schema not exposed);
# Cancel calls nothing; no secret in any output, the audit log or the stand-ins' logs.
fusion_add_test(tst_cli_analytics SOURCES integrations/tst_cli_analytics.cpp integrations/FakeN8n.cpp
    integrations/FakeN8n.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_cli_analytics fusionctl)
