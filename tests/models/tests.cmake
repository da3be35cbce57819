fusion_add_test(tst_sqlscript SOURCES models/tst_sqlscript.cpp TIMEOUT 60)
fusion_add_test(tst_database_target SOURCES models/tst_database_target.cpp TIMEOUT 60)
# The HTTP response reader under HttpRequest (and the cases its fuzz target found).
fusion_add_test(tst_http_response_reader SOURCES models/tst_http_response_reader.cpp TIMEOUT 60)
fusion_add_test(tst_validation SOURCES models/tst_validation.cpp TIMEOUT 60)
fusion_add_test(tst_migrations_sqlite SOURCES models/tst_migrations_sqlite.cpp TIMEOUT 150)
fusion_add_test(tst_audit_chain SOURCES models/tst_audit_chain.cpp TIMEOUT 660 LABELS cli slow)
fusion_add_test(tst_tenant_repository SOURCES models/tst_tenant_repository.cpp TIMEOUT 360 LABELS slow)
# Keyset paging of the tenants and operations lists on SQLite and the throwaway PostgreSQL (every sort, both
# directions, ties, filters, rows changing between page turns).
fusion_add_test(tst_tenant_keyset SOURCES models/tst_tenant_keyset.cpp PG TIMEOUT 120)
# Keyset paging of the operations list over 3,000 operations on SQLite and PostgreSQL: every filter both ways,
# row numbers, the page opening on one operation, hostile cursors refused.
fusion_add_test(tst_operation_keyset SOURCES models/tst_operation_keyset.cpp PG TIMEOUT 120)
fusion_add_test(tst_tenant_health SOURCES models/tst_tenant_health.cpp PG TIMEOUT 120)
fusion_add_test(tst_tenant_service SOURCES models/tst_tenant_service.cpp TIMEOUT 360 LABELS slow)
fusion_add_test(tst_record_edit SOURCES models/tst_record_edit.cpp TIMEOUT 330 LABELS slow)
fusion_add_test(tst_bad_input SOURCES models/tst_bad_input.cpp TIMEOUT 120 LABELS cli)
# These run the real fusionctl: build it with them.
add_dependencies(tst_audit_chain fusionctl)
add_dependencies(tst_bad_input fusionctl)
fusion_add_test(tst_bundle_catalog SOURCES models/tst_bundle_catalog.cpp PG TIMEOUT 210 LABELS slow)
# The AI platform's rules (migration 0009) as the embedded store's triggers and constraints enforce them.
fusion_add_test(tst_ai_schema_sqlite SOURCES models/tst_ai_schema_sqlite.cpp TIMEOUT 60)
# The platform's facts for the AI console and the dashboard's recommendations; the last case reads them as a
# PostgreSQL tenant admin.
fusion_add_test(tst_platform_facts SOURCES models/tst_platform_facts.cpp PG TIMEOUT 240 LABELS slow)
# The events intake's pure parts: the HTTP request parser and its limits, the constant-time token
# comparison, the Authorization header and the event body.
fusion_add_test(tst_http_server_request SOURCES models/tst_http_server_request.cpp TIMEOUT 60)
# The bounded form of a server's text (tracebacks, error bodies): lines, widths, sizes, line ends, Unicode.
fusion_add_test(tst_bounded_text SOURCES models/tst_bounded_text.cpp TIMEOUT 60)
