# Support and runbooks (issue 14) on SQLite: shipped runbooks render, owners' edits and resets audited, the
# support requests' state machine through the models and refused by the database.
fusion_add_test(tst_support SOURCES support/tst_support.cpp LIBS Qt6::Gui TIMEOUT 60)
# The same on PostgreSQL as real logins: only owners edit runbooks; tenant admins see and open requests of
# their own tenants only; operators answer, finance reads; illegal moves refused for every role.
fusion_add_test(tst_pg_support SOURCES support/tst_pg_support.cpp PG TIMEOUT 120)
# fusionctl runbooks, support and support post against the Mattermost stand-in with a private keychain: asked,
# audited, exit codes; Mattermost's 400/403/404 and a timeout said exactly, nothing resent, the webhook address
# in no output, audit row, database file or stand-in log.
# Also a webhook whose host does not resolve and one behind a self-signed certificate: nothing sent, said and
# audited as "dns" / "tls" with the fingerprint.
fusion_add_test(tst_cli_support SOURCES support/tst_cli_support.cpp integrations/FakeMattermost.cpp
    integrations/FakeMattermost.h integrations/FakeKeycloak.cpp integrations/FakeKeycloak.h
    integrations/IntegrationCli.h KEYCHAIN TIMEOUT 180 LABELS cli python)
add_dependencies(tst_cli_support fusionctl)
# The Mattermost stand-in itself (tests/fixtures/fake_mattermost.py).
fusion_add_script_test(support.fake_mattermost
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_mattermost.py
    TIMEOUT 20 LABELS support python)
# Support conversations (migration 0019) on SQLite: the thread's order, the request following it, closed
# requests and changed messages refused by the database, stale replies refused, older answers carried over,
# the demo's conversations.
fusion_add_test(tst_support_thread SOURCES support/tst_support_thread.cpp TIMEOUT 60)
# The same on PostgreSQL as real logins: tenant admins read and write only their tenants' threads, in their
# own name; finance reads and cannot write; closed requests take no message; nobody rewrites one.
fusion_add_test(tst_pg_support_thread SOURCES support/tst_pg_support_thread.cpp PG TIMEOUT 120)
# Status links on SQLite (issue 14): the demo's links, owners' writes audited, only http(s) without credentials;
# the live check against real servers: up with code and latency; HTTP 503, a refused port, a name that does not
# resolve, a self-signed certificate and a timeout each said exactly.
fusion_add_test(tst_status_links SOURCES support/tst_status_links.cpp integrations/FakeKeycloak.cpp
    integrations/FakeKeycloak.h TIMEOUT 60 LABELS python)
# fusionctl support links and support status end to end: asked (exit 3 without --yes), audited, exit 5 for an
# unknown id; status exit 0 when all are up, 1 when any is down, each down link said exactly.
fusion_add_test(tst_cli_status_links SOURCES support/tst_cli_status_links.cpp integrations/IntegrationCli.h
    TIMEOUT 60 LABELS cli python)
add_dependencies(tst_cli_status_links fusionctl)
# Status links on PostgreSQL as real logins: only owners write (audited); a tenant admin sees the platform's
# links and its own tenants', never another's (row-level security).
fusion_add_test(tst_pg_status_links SOURCES support/tst_pg_status_links.cpp PG TIMEOUT 120)
# The status pages' stand-in itself (tests/fixtures/fake_status.py).
fusion_add_script_test(support.fake_status
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_status.py
    TIMEOUT 20 LABELS support python)
