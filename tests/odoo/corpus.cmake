# Checks the generators of the XML-RPC decoder corpus (tests/fixtures/make_xmlrpc_corpus*.py):
# both run into a temporary directory, their manifests are checked against Python's expat/xmlrpc.client.
# Included from tests/CMakeLists.txt, so CMAKE_CURRENT_SOURCE_DIR is the tests/ directory.
fusion_add_script_test(odoo.corpus_generators
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_xmlrpc_corpus.py
    TIMEOUT 180 LABELS odoo python)
