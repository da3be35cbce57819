# Checks the Python standard-library server that plays the key providers' validation endpoints
# (tests/fixtures/fake_providers.py). Included from tests/CMakeLists.txt.
fusion_add_script_test(vault.fake_providers
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers.py
    TIMEOUT 120 LABELS providers python)
