# The Odoo integration: the XML-RPC codec against real Odoo 17 captures, Python's decoder and a hostile corpus.
fusion_add_test(tst_xmlrpc_codec SOURCES odoo/tst_xmlrpc_codec.cpp TIMEOUT 300)
# The Odoo client against the Python test server (tests/fixtures/fake_odoo.py), misbehaving on demand.
fusion_add_test(tst_odoo_client SOURCES odoo/tst_odoo_client.cpp TIMEOUT 300)
# fusionctl odoo connect/status: the test server, the real fusionctl and a private keychain.
fusion_add_test(tst_cli_odoo SOURCES odoo/tst_cli_odoo.cpp KEYCHAIN TIMEOUT 690 LABELS cli slow)
add_dependencies(tst_cli_odoo fusionctl)
# Proposals: built from what Odoo holds, stored, executed at most once, audit first, partial failures reported.
fusion_add_test(tst_odoo_proposals SOURCES odoo/tst_odoo_proposals.cpp TIMEOUT 1080 LABELS slow)
