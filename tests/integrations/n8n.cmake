# The n8n stand-in (tests/fixtures/fake_n8n.py): the public API's lists, cursors, filters and key, activate and
# deactivate, webhooks with Header Auth and the executions they create, misbehaviour on demand.
fusion_add_script_test(integrations.fake_n8n
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_n8n.py
    TIMEOUT 30 LABELS integrations python)
