# The Odoo integration: the XML-RPC codec against real Odoo 17 captures, Python's decoder and a hostile corpus.
fusion_add_test(tst_xmlrpc_codec SOURCES odoo/tst_xmlrpc_codec.cpp TIMEOUT 300)
