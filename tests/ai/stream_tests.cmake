# Streamed answers (models/net/SseParser, models/ai/ChatStream): the providers' event streams, pure logic.
fusion_add_test(tst_chat_stream SOURCES ai/tst_chat_stream.cpp TIMEOUT 60)
# fusionctl ai ask|threads|thread|feedback|audit against the providers stand-in, keys in a real Secret Service.
fusion_add_test(tst_ai_console SOURCES ai/tst_ai_console.cpp KEYCHAIN TIMEOUT 240 LABELS cli providers)
add_dependencies(tst_ai_console fusionctl)
# Embeddings over the wire against the providers stand-in (OpenAI and Ollama), and malformed answers refused.
fusion_add_test(tst_embeddings_api SOURCES ai/tst_embeddings_api.cpp TIMEOUT 60 LABELS providers)
