# Checks the Python standard-library Odoo 17 test server (tests/fixtures/fake_odoo.py) against the recorded
# Odoo traffic (tests/data/odoo17-captures), plus its misbehaviour modes and call log (test_fake_odoo.py), and its
# domains, behaviour and TLS mode (test_fake_odoo_behaviour.py); both share tests/fixtures/odoo_testlib.py.
# Included from tests/CMakeLists.txt, so CMAKE_CURRENT_SOURCE_DIR is the tests/ directory.
fusion_add_script_test(odoo.fake_server COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_odoo.py
    TIMEOUT 240 LABELS odoo python slow)
fusion_add_script_test(odoo.fake_server_behaviour
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_odoo_behaviour.py
    TIMEOUT 240 LABELS odoo python slow)
