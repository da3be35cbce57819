# Resource KPIs from Prometheus (models/integrations/Prometheus, ResourceKpis; issue 13).

# The kube-style exporter the real Prometheus scrapes in the tests (tests/fixtures/fake_exporter.py): the
# exposition format, a CPU counter growing at the configured cores, pod phases, node conditions, going down.
fusion_add_script_test(integrations.fake_exporter
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_exporter.py
    TIMEOUT 30 LABELS integrations python)
# The query API and the KPIs without a server: the request to the byte, every answer and every malformed one,
# combining, tenant health thresholds, the cache (and a malformed or hostile one ignored with a note), an
# unreachable Prometheus, a proxy's token never in a message.
fusion_add_test(tst_prometheus SOURCES integrations/tst_prometheus.cpp TIMEOUT 30)
# Against Debian's real Prometheus scraping the exporter every second: a missing binary said plainly, refreshes
# on a timer, the figures as told (CPU as a rate), a
# namespace added later, the real API's scalar, +Inf and parse error, the cache painted at once, the exporter
# gone ("No data since", the old figures kept, back with it) and Prometheus gone (one clear error, quickly).
fusion_add_test(tst_resource_kpis SOURCES integrations/tst_resource_kpis.cpp TIMEOUT 60 LABELS prometheus)
