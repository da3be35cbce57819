# Resource KPIs from Prometheus (models/integrations/Prometheus, ResourceKpis; issue 13).

# The kube-style exporter the real Prometheus scrapes in the tests (tests/fixtures/fake_exporter.py): the
# exposition format, a CPU counter growing at the configured cores, pod phases, node conditions, going down.
fusion_add_script_test(integrations.fake_exporter
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_exporter.py
    TIMEOUT 30 LABELS integrations python)
