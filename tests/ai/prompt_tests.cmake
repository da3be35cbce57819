# Prompt templates and the diff between their versions (models/ai): pure logic, no database.
fusion_add_test(tst_prompt_template SOURCES ai/tst_prompt_template.cpp TIMEOUT 60)
fusion_add_test(tst_text_diff SOURCES ai/tst_text_diff.cpp TIMEOUT 60)
