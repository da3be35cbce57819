fusion_add_test(tst_gui_mainwindow SOURCES gui/tst_gui_mainwindow.cpp LIBS fusion_ui TIMEOUT 240)
fusion_add_test(tst_gui_write_actions SOURCES gui/tst_gui_write_actions.cpp LIBS fusion_ui TIMEOUT 240)
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
# The Infra pane and the operation drawer: each write asks first, upgrades through the dialog's preview, the
# freeze in the header, an operation's log and its re-run.
fusion_add_test(tst_gui_infra SOURCES gui/tst_gui_infra.cpp LIBS fusion_ui TIMEOUT 240)
# The dashboard's live health: resource cards from the cache at once, then from Debian's real Prometheus
# scraping the exporter; degraded tenants in the resources table; "No data since …" once Prometheus stops.
fusion_add_test(tst_gui_health SOURCES gui/tst_gui_health.cpp LIBS fusion_ui TIMEOUT 120)
