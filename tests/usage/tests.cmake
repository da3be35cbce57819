# Access rules, the policy engine, usage, prices and aggregation (models/policy, models/usage).
add_executable(budget_worker usage/budget_worker.cpp)
target_link_libraries(budget_worker PRIVATE fusion_test_support)
fusion_add_test(tst_usage_concurrency SOURCES usage/tst_usage_concurrency.cpp KEYCHAIN PG TIMEOUT 750 LABELS cli providers slow)
add_dependencies(tst_usage_concurrency budget_worker)
fusion_add_test(tst_usage_policy SOURCES usage/tst_usage_policy.cpp PG TIMEOUT 180)
fusion_add_test(tst_usage_aggregate SOURCES usage/tst_usage_aggregate.cpp PG TIMEOUT 330 LABELS slow)
fusion_add_test(tst_usage_import SOURCES usage/tst_usage_import.cpp PG TIMEOUT 330 LABELS cli slow)
fusion_add_test(tst_usage_call SOURCES usage/tst_usage_call.cpp KEYCHAIN TIMEOUT 210 LABELS cli providers slow)
