# The n8n stand-in (tests/fixtures/fake_n8n.py): the public API's lists, cursors, filters and key, activate and
# deactivate, webhooks with Header Auth and the executions they create, misbehaviour on demand.
fusion_add_script_test(integrations.fake_n8n
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_n8n.py
    TIMEOUT 10 LABELS integrations python)
# n8n over the wire (models/integrations) against that stand-in: workflows over several pages with their tenant
# tags, filters, activate/deactivate, executions paged and filtered, a webhook run for a tenant with its
# execution id answered or looked up, every refusal and misbehaviour one clear error, a looping cursor stopped,
# no secret in a message or the stand-in's log.
fusion_add_test(tst_n8n SOURCES integrations/tst_n8n.cpp integrations/FakeN8n.cpp integrations/FakeN8n.h
    TIMEOUT 20 LABELS python)
