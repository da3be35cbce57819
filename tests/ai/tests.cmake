# The AI platform's pure logic (models/ai): redaction before anything is stored.
fusion_add_test(tst_redactor SOURCES ai/tst_redactor.cpp TIMEOUT 60)
# Exact vector search over knowledge embeddings.
fusion_add_test(tst_vector_index SOURCES ai/tst_vector_index.cpp TIMEOUT 60)
