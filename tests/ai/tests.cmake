# The AI platform's pure logic (models/ai): redaction before anything is stored.
fusion_add_test(tst_redactor SOURCES ai/tst_redactor.cpp TIMEOUT 60)
# The knowledge base on SQLite: chunking, HTML stripped, FTS5 search with hostile input, sync plans.
fusion_add_test(tst_knowledge_base SOURCES ai/tst_knowledge_base.cpp ai/KnowledgeCorpus.h TIMEOUT 120)
