fusion_add_test(tst_cli SOURCES cli/tst_cli.cpp TIMEOUT 630 LABELS slow)
fusion_add_test(tst_cli_tenants SOURCES cli/tst_cli_tenants.cpp TIMEOUT 630 LABELS slow)
fusion_add_test(tst_cli_prompt SOURCES cli/tst_cli_prompt.cpp TIMEOUT 360 LABELS slow)
# They run the real fusionctl: build it with them.
add_dependencies(tst_cli fusionctl)
add_dependencies(tst_cli_tenants fusionctl)
add_dependencies(tst_cli_prompt fusionctl)
# fusionctl operations list --first/--last/--after/--before: every operation once both ways, filters, bad cursors.
fusion_add_test(tst_cli_operations_list SOURCES cli/tst_cli_operations_list.cpp TIMEOUT 120)
add_dependencies(tst_cli_operations_list fusionctl)
fusion_add_test(tst_appdir SOURCES cli/tst_appdir.cpp TIMEOUT 120)
add_dependencies(tst_appdir fusionctl)
# The command registry as users meet it (--help for every command, per-command flags, typed options, lists).
fusion_add_test(tst_cli_help SOURCES cli/tst_cli_help.cpp LIBS fusion_cli TIMEOUT 600)
add_dependencies(tst_cli_help fusionctl)
# README.md's fusionctl reference names exactly the commands fusionctl --help lists.
fusion_add_test(tst_readme_reference SOURCES cli/tst_readme_reference.cpp LIBS fusion_cli TIMEOUT 60)
target_compile_definitions(tst_readme_reference PRIVATE FUSION_README="${PROJECT_SOURCE_DIR}/README.md")
add_dependencies(tst_readme_reference fusionctl)
# fusionctl ai: providers per scope, one default, statistics from the usage log.
fusion_add_test(tst_cli_ai SOURCES cli/tst_cli_ai.cpp TIMEOUT 180)
add_dependencies(tst_cli_ai fusionctl)
# fusionctl ai prompt…: versions, publishing, history, diffs, rendering and hostile templates.
fusion_add_test(tst_cli_prompts SOURCES cli/tst_cli_prompts.cpp TIMEOUT 240)
add_dependencies(tst_cli_prompts fusionctl)
# fusionctl events: the inbox's intake (idempotent on source and ref, bad input refused) and processing.
fusion_add_test(tst_cli_events SOURCES cli/tst_cli_events.cpp TIMEOUT 240)
add_dependencies(tst_cli_events fusionctl)
# fusionctl events token … and events serve: the intake token in a real keychain, then HTTP over real sockets
# into the PostgreSQL fixture (16 concurrent senders, refusals, limits, SIGTERM).
fusion_add_test(tst_cli_events_serve SOURCES cli/tst_cli_events_serve.cpp KEYCHAIN PG TIMEOUT 240 LABELS keychain slow)
add_dependencies(tst_cli_events_serve fusionctl)
# fusionctl workspaces: create, list, members and --json as several local users, refusals by exit code with
# nothing changed, and a declined confirmation on a real terminal (util-linux's script).
fusion_add_test(tst_cli_workspaces SOURCES cli/tst_cli_workspaces.cpp LIBS fusion_cli TIMEOUT 300)
add_dependencies(tst_cli_workspaces fusionctl)
# fusionctl kb sync|search|stats against the Python Odoo stand-in and a private keychain.
fusion_add_test(tst_cli_kb SOURCES cli/tst_cli_kb.cpp KEYCHAIN TIMEOUT 240 LABELS odoo)
add_dependencies(tst_cli_kb fusionctl)
# fusionctl kb embed and kb search --mode vector|hybrid against the Python Odoo and providers stand-ins and a
# private keychain: asked first, refused before any call without an access rule, metered and audited.
fusion_add_test(tst_cli_kb_vectors SOURCES cli/tst_cli_kb_vectors.cpp KEYCHAIN TIMEOUT 300 LABELS odoo providers)
add_dependencies(tst_cli_kb_vectors fusionctl)
# fusionctl kb source and kb search for a tenant whose knowledge lives in Supabase, against the PostgREST
# stand-in and a private keychain.
fusion_add_test(tst_cli_kb_supabase SOURCES cli/tst_cli_kb_supabase.cpp KEYCHAIN TIMEOUT 240 LABELS providers)
add_dependencies(tst_cli_kb_supabase fusionctl)
