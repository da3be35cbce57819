# Checks the generators of the XML-RPC decoder corpus (tests/fixtures/make_xmlrpc_corpus*.py):
# both run into a temporary directory, their manifests are checked against Python's expat/xmlrpc.client.
# Included from tests/CMakeLists.txt, so CMAKE_CURRENT_SOURCE_DIR is the tests/ directory.
add_test(NAME odoo.corpus_generators
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_xmlrpc_corpus.py)
set_tests_properties(odoo.corpus_generators PROPERTIES TIMEOUT 60)
