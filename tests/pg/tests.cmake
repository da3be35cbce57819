# PostgreSQL integration tests: a real server (the "pg" fixture, or a private throwaway server where a test
# must stop or kill it), the real fusionctl binary, real logins and roles.
fusion_add_test(tst_pg_migrations SOURCES pg/tst_pg_migrations.cpp PG TIMEOUT 270 LABELS cli slow)
fusion_add_test(tst_pg_roles SOURCES pg/tst_pg_roles.cpp PG TIMEOUT 750 LABELS cli slow)
fusion_add_test(tst_pg_locking SOURCES pg/tst_pg_locking.cpp PG TIMEOUT 420 LABELS cli slow)
fusion_add_test(tst_pg_notify SOURCES pg/tst_pg_notify.cpp PG TIMEOUT 210 LABELS slow)
fusion_add_test(tst_pg_bad_input SOURCES pg/tst_pg_bad_input.cpp PG TIMEOUT 270 LABELS cli slow)
# Starts, kills and restarts a server of its own, so it needs no fixture and disturbs no other test.
fusion_add_test(tst_pg_crash SOURCES pg/tst_pg_crash.cpp TIMEOUT 330 LABELS cli slow)
fusion_add_test(tst_pg_key_vault SOURCES pg/tst_pg_key_vault.cpp PG TIMEOUT 120)
# The AI platform's rules (migration 0009) as the database enforces them, with real logins.
fusion_add_test(tst_pg_ai_platform SOURCES pg/tst_pg_ai_platform.cpp PG TIMEOUT 180)
# Workspaces (migration 0009): visibility × membership, managing members, the last owner, with real logins.
fusion_add_test(tst_pg_workspaces SOURCES pg/tst_pg_workspaces.cpp PG TIMEOUT 180)
# The same rules met through models/ai/Workspaces as real logins: each refusal said clearly by the model, also
# when the database refuses a plan another session made stale.
fusion_add_test(tst_pg_workspaces_model SOURCES pg/tst_pg_workspaces_model.cpp PG TIMEOUT 180)
# Linking a workspace's executed proposals back past row-level security (migration 0011's fusion_workspace_link):
# what it links, what it refuses, and who may call it.
fusion_add_test(tst_pg_workspace_links SOURCES pg/tst_pg_workspace_links.cpp PG TIMEOUT 180)
# The prompt library: two sessions saving the same next version at once (one wins, the other is told).
fusion_add_test(tst_pg_prompts SOURCES pg/tst_pg_prompts.cpp PG TIMEOUT 120)
# The events inbox under 16 concurrent senders as the intake role, and fusionctl events as real logins.
fusion_add_test(tst_pg_events SOURCES pg/tst_pg_events.cpp PG TIMEOUT 240 LABELS cli)
add_dependencies(tst_pg_events fusionctl)
# The AI console as two logins through the real fusionctl: threads, feedback, deletion and the audit per login.
fusion_add_test(tst_pg_ai_console SOURCES pg/tst_pg_ai_console.cpp PG TIMEOUT 180 LABELS cli providers)
add_dependencies(tst_pg_ai_console fusionctl)
# The knowledge base on PostgreSQL: the same searches find the same chunks as on SQLite; hostile input; roles.
fusion_add_test(tst_pg_knowledge_base SOURCES pg/tst_pg_knowledge_base.cpp ai/KnowledgeCorpus.h PG TIMEOUT 120)
# Knowledge sources (migration 0010) as real logins: who may set a tenant's Supabase source, who sees it.
fusion_add_test(tst_pg_kb_sources SOURCES pg/tst_pg_kb_sources.cpp PG TIMEOUT 120)
# The tenant portal's data (migration 0018) as two real tenant-admin logins: every list and count only its
# tenants', every write on another tenant refused by the database.
fusion_add_test(tst_pg_portal SOURCES pg/tst_pg_portal.cpp PG TIMEOUT 120)
# A failover under load: a primary and a synchronous streaming standby of its own (fixtures/pg-pair.sh), 16
# writers, fusionctl at its prompt and the app's window across the promotion; prints the failover's seconds.
fusion_add_test(tst_pg_failover SOURCES pg/tst_pg_failover.cpp LIBS fusion_ui TIMEOUT 300 LABELS cli slow)
add_dependencies(tst_pg_failover fusionctl)
# Read-only panes on a standby of its own pair (fixtures/pg-pair.sh): where each pane reads, read-your-writes
# with the standby's replay paused, a stopped standby, and "reconnecting…" while the primary fails over.
fusion_add_test(tst_pg_standby_reads SOURCES pg/tst_pg_standby_reads.cpp LIBS fusion_ui TIMEOUT 300 LABELS slow)
