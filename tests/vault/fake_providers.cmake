# Checks the Python standard-library server that plays the key providers' validation endpoints
# (tests/fixtures/fake_providers.py): the endpoints, misbehaviour, call log and process (test_fake_providers.py),
# the chat endpoints (test_fake_providers_chat.py), the streamed chats (test_fake_providers_stream.py) and the
# embeddings, Ollama and Kapa endpoints (test_fake_providers_ai.py); all share tests/fixtures/providers_testlib.py.
# Included from tests/CMakeLists.txt.
fusion_add_script_test(vault.fake_providers
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers.py
    TIMEOUT 120 LABELS providers python)
fusion_add_script_test(vault.fake_providers_chat
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers_chat.py
    TIMEOUT 120 LABELS providers python)
fusion_add_script_test(vault.fake_providers_stream
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers_stream.py
    TIMEOUT 120 LABELS providers python)
fusion_add_script_test(vault.fake_providers_ai
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_providers_ai.py
    TIMEOUT 120 LABELS providers python)
