# The Superset stand-in (tests/fixtures/fake_superset.py): login, refresh, dashboards paged with Rison, expiry,
# misbehaviour on demand.
fusion_add_script_test(integrations.fake_superset
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_superset.py
    TIMEOUT 15 LABELS integrations python)
# Superset over the wire (models/integrations/Superset) against that stand-in: login and refresh tokens, wrong
# credentials, dashboards page by page until the count with their tenant tags, an expired token, every
# misbehaviour one clear error and never a partial list, no password or token in a message or the log.
fusion_add_test(tst_superset SOURCES integrations/tst_superset.cpp integrations/FakeSuperset.cpp
    integrations/FakeSuperset.h TIMEOUT 20 LABELS python)
