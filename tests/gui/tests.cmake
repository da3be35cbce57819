fusion_add_test(tst_gui_mainwindow SOURCES gui/tst_gui_mainwindow.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_write_actions SOURCES gui/tst_gui_write_actions.cpp gui/WriteActionsSeed.h LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_screens SOURCES gui/tst_gui_screens.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_postgres SOURCES gui/tst_gui_postgres.cpp LIBS fusion_ui PG TIMEOUT 240)
fusion_add_test(tst_gui_startup SOURCES gui/tst_gui_startup.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_odoo SOURCES gui/tst_gui_odoo.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 240 LABELS odoo)
fusion_add_test(tst_gui_keys SOURCES gui/tst_gui_keys.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 240 LABELS cli)
fusion_add_test(tst_gui_access SOURCES gui/tst_gui_access.cpp LIBS fusion_ui Qt6::DBus KEYCHAIN TIMEOUT 240 LABELS cli providers)
fusion_add_test(tst_gui_usage SOURCES gui/tst_gui_usage.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_usage_import SOURCES gui/tst_gui_usage_import.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_charts SOURCES gui/tst_gui_charts.cpp LIBS fusion_ui TIMEOUT 120)
fusion_add_test(tst_gui_chart_exports SOURCES gui/tst_gui_chart_exports.cpp LIBS fusion_ui TIMEOUT 120)
fusion_add_test(tst_gui_jobs SOURCES gui/tst_gui_jobs.cpp LIBS fusion_ui TIMEOUT 120)
fusion_add_test(tst_gui_panes SOURCES gui/tst_gui_panes.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_ai SOURCES gui/tst_gui_ai.cpp LIBS fusion_ui TIMEOUT 120)
fusion_add_test(tst_gui_ai_tabs SOURCES gui/tst_gui_ai_tabs.cpp LIBS fusion_ui TIMEOUT 120)
fusion_add_test(tst_gui_ai_knowledge SOURCES gui/tst_gui_ai_knowledge.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 180 LABELS odoo providers)
add_dependencies(tst_gui_ai_knowledge fusionctl)
# The AI console: a streamed answer, Stop, citations that open their target, feedback and thread writes asked first.
fusion_add_test(tst_gui_ai_console SOURCES gui/tst_gui_ai_console.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 180 LABELS providers)
add_dependencies(tst_gui_ai_console fusionctl)
# Quitting while work runs: the warning lists a streamed answer, Keep Working changes nothing, Stop and Quit
# stores it whole as cancelled and then closes; with nothing running the window closes at once.
fusion_add_test(tst_gui_quit SOURCES gui/tst_gui_quit.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 120 LABELS providers)
add_dependencies(tst_gui_quit fusionctl)
# The Infra pane and the operation drawer: each write asks first, upgrades through the dialog's preview, the
# freeze in the header, an operation's log and its re-run.
fusion_add_test(tst_gui_infra SOURCES gui/tst_gui_infra.cpp LIBS fusion_ui TIMEOUT 240)
# The Operations pane's pager: First/Previous/Next/Last against the plain ORDER BY, "X–Y of N operations", the filter and
# page size starting again, a citation opening the page at an old operation, "more than 10,000".
fusion_add_test(tst_gui_operations_paging SOURCES gui/tst_gui_operations_paging.cpp LIBS fusion_ui TIMEOUT 120)
# The Billing pane: figures equal a hand sum, each write asks first (Cancel nothing, OK once and audited), roles.
fusion_add_test(tst_gui_billing SOURCES gui/tst_gui_billing.cpp LIBS fusion_ui TIMEOUT 300 LABELS slow)
fusion_add_test(tst_gui_settings SOURCES gui/tst_gui_settings.cpp LIBS fusion_ui TIMEOUT 180)
# The Support pane and the runbook viewer: requests opened, answered, closed, reopened; a post to a tenant's
# Mattermost channel (webhook in a private keychain, the stand-in answering); runbooks rendered, edited, reset;
# every write asked first, Cancel changing nothing; the drawer's and the dashboard's links.
fusion_add_test(tst_gui_support SOURCES gui/tst_gui_support.cpp integrations/FakeMattermost.cpp
    integrations/FakeMattermost.h LIBS fusion_ui KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_gui_support fusionctl)
# The Support pane's Status tab against the status stand-in: checked when shown, never waiting; up/down in words
# and colour (HTTP 503, DNS, a timeout); Check now; double-click opens; Add/Edit/Move/Remove asked and audited.
fusion_add_test(tst_gui_status_links SOURCES gui/tst_gui_status_links.cpp LIBS fusion_ui TIMEOUT 60 LABELS python)
# The tenant portal as a real tenant-admin login on PostgreSQL: opens into it, only its tenant's rows, the other
# panes unreachable, Pause/Resume/Rebuild/Open request… asked first and audited as that login; an owner's preview.
fusion_add_test(tst_gui_portal SOURCES gui/tst_gui_portal.cpp LIBS fusion_ui PG TIMEOUT 120)
# The Billing pane as real logins of each role on PostgreSQL: the owner's figures equal the rows and Generate asks
# first; finance sees the amounts and proposes; an operator (refused every invoice row) is told why, not an error.
fusion_add_test(tst_gui_pg_billing SOURCES gui/tst_gui_pg_billing.cpp LIBS fusion_ui PG TIMEOUT 120)
# The SSO pane, the tenant's SSO tab and the wizard's SSO step against the Keycloak stand-in (also over HTTPS,
# its certificate trusted through the confirmation) and a private keychain; realm templates asked first.
fusion_add_test(tst_gui_sso SOURCES gui/tst_gui_sso.cpp integrations/FakeKeycloak.cpp
    integrations/FakeKeycloak.h LIBS fusion_ui KEYCHAIN TIMEOUT 240 LABELS python)
add_dependencies(tst_gui_sso fusionctl)
# The Automation pane against the n8n stand-in with its keys in a private keychain: workflows and the tenants
# their tags link, activate/deactivate asked (Cancel sends nothing to n8n) and audited, executions filtered
# and paged by cursor, a webhook run for a tenant recorded as an operation, a refused key or an unreachable
# n8n said with its fix while the other panes work.
fusion_add_test(tst_gui_automation SOURCES gui/tst_gui_automation.cpp integrations/FakeN8n.cpp
    integrations/FakeN8n.h LIBS fusion_ui KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_gui_automation fusionctl)
# The Automation pane with two n8n instances (two stand-ins): the choice shown only with two or more,
# remembered; switching shows the other's workflows, never a stale row; Activate asks and sends to the chosen.
fusion_add_test(tst_gui_n8n_instances SOURCES gui/tst_gui_n8n_instances.cpp integrations/FakeN8n.cpp
    integrations/FakeN8n.h LIBS fusion_ui KEYCHAIN TIMEOUT 120 LABELS python)
add_dependencies(tst_gui_n8n_instances fusionctl)
# The Analytics pane: Superset's dashboards listed and linked to their tenants, opened in the browser; Link to
# tenant… and Test ETL… ask first (Cancel writes and sends nothing), then write or call once, audited; a
# failing Superset said with its fix; finance read-only.
fusion_add_test(tst_gui_analytics SOURCES gui/tst_gui_analytics.cpp integrations/FakeSuperset.cpp
    integrations/FakeSuperset.h integrations/FakeN8n.cpp integrations/FakeN8n.h LIBS fusion_ui KEYCHAIN
    TIMEOUT 180 LABELS python)
add_dependencies(tst_gui_analytics fusionctl)
# The dashboard's live health: resource cards from the cache at once, then from Debian's real Prometheus
# scraping the exporter; degraded tenants in the resources table; "No data since …" once Prometheus stops.
fusion_add_test(tst_gui_health SOURCES gui/tst_gui_health.cpp LIBS fusion_ui TIMEOUT 120)
# A tenant admin's local settings from the portal (PostgreSQL, as that login): asked first, Cancel changes nothing,
# OK exactly those fields audited as it, another tenant's refused by the database; "Your tenant(s)".
fusion_add_test(tst_gui_portal_settings SOURCES gui/tst_gui_portal_settings.cpp LIBS fusion_ui PG TIMEOUT 120)
# "View as tenant portal" from a tenant's detail (SQLite demo): the portal on that tenant, a titled preview
# whose actions are disabled.
fusion_add_test(tst_gui_portal_preview SOURCES gui/tst_gui_portal_preview.cpp LIBS fusion_ui TIMEOUT 120)
# The connection dialog: a primary and its standbys as one profile, which of them to use, a mistyped list refused.
fusion_add_test(tst_gui_connection_dialog SOURCES gui/tst_gui_connection_dialog.cpp LIBS fusion_ui KEYCHAIN TIMEOUT 60)
