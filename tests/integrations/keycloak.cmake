# The Keycloak stand-in (tests/fixtures/fake_keycloak.py): OIDC discovery, client credentials, the admin REST
# client lists with Keycloak's refusals, misbehaviour on demand, HTTPS, a call log without secrets.
fusion_add_script_test(integrations.fake_keycloak
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_keycloak.py
    TIMEOUT 30 LABELS integrations python)
# Keycloak for the SSO pane against the stand-in: a test login's report or exactly what failed (wrong secret,
# unknown realm, issuer mismatch, DNS, refused, untrusted certificate then trusted by fingerprint, 5xx, HTML,
# malformed, timeout, drop); the admin comparison's drift both ways, a missing or disabled client, a 403; no
# secret or token in any message or in the stand-in's log.
fusion_add_test(tst_keycloak SOURCES integrations/tst_keycloak.cpp integrations/FakeKeycloak.cpp
    integrations/FakeKeycloak.h TIMEOUT 30 LABELS providers)
# SsoCheck, the SSO pane's and fusionctl's one flow, against the stand-in (also over HTTPS with a certificate
# trusted by its fingerprint) and a private keychain: the report, 401, an issuer mismatch, a missing key, drift.
fusion_add_test(tst_sso_check SOURCES integrations/tst_sso_check.cpp integrations/FakeKeycloak.cpp
    integrations/FakeKeycloak.h integrations/IntegrationCli.h KEYCHAIN TIMEOUT 60 LABELS python)
add_dependencies(tst_sso_check fusionctl)
