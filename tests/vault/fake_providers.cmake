# Checks the Python standard-library server that plays the key providers' validation endpoints
# (tests/fixtures/fake_providers.py). Included from tests/CMakeLists.txt.
add_test(NAME vault.fake_providers COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers.py)
set_tests_properties(vault.fake_providers PROPERTIES TIMEOUT 120)
