# The AI platform's pure logic (models/ai): redaction before anything is stored.
fusion_add_test(tst_redactor SOURCES ai/tst_redactor.cpp TIMEOUT 60)
# Exact vector search over knowledge embeddings.
fusion_add_test(tst_vector_index SOURCES ai/tst_vector_index.cpp TIMEOUT 60)
# Workspaces on SQLite: the permission table enforced by the model, audit rows, and the Odoo project and
# channel proposed for a tenant with an Odoo connection, linked back once executed against the test server.
fusion_add_test(tst_workspaces SOURCES ai/tst_workspaces.cpp TIMEOUT 300 LABELS odoo)
# The knowledge base on SQLite: chunking, HTML stripped, FTS5 search with hostile input, sync plans.
fusion_add_test(tst_knowledge_base SOURCES ai/tst_knowledge_base.cpp ai/KnowledgeCorpus.h TIMEOUT 120)
# The knowledge base's vectors on SQLite: which chunks need one, storing them (never onto changed text), the
# nearest first, a question's words, and rank fusion.
fusion_add_test(tst_knowledge_vectors SOURCES ai/tst_knowledge_vectors.cpp ai/KnowledgeCorpus.h TIMEOUT 120)
# The Supabase PostgREST stand-in (tests/fixtures/fake_postgrest.py): the kb search RPCs, PostgREST's errors
# and misbehaviour on demand.
fusion_add_script_test(ai.fake_postgrest
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/test_fake_postgrest.py
    TIMEOUT 120 LABELS ai python)
# A tenant's knowledge in Supabase against the PostgREST stand-in, the project's key in a private keychain: the
# source as a confirmed, audited write; both search RPCs; every refusal and misbehaviour one clear error.
fusion_add_test(tst_supabase_kb SOURCES ai/tst_supabase_kb.cpp KEYCHAIN TIMEOUT 180 LABELS providers)
