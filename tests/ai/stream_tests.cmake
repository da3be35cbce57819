# Streamed answers (models/net/SseParser, models/ai/ChatStream): the providers' event streams, pure logic.
fusion_add_test(tst_chat_stream SOURCES ai/tst_chat_stream.cpp TIMEOUT 60)
