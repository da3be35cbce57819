-- OpenAI's embedding models, so that embedding the knowledge base (the consumer ai-knowledge) can be held to a
-- budget out of the box: billed on input tokens only, no cached rate.
INSERT OR IGNORE INTO model_prices (provider_id, model, effective_from, input_micros, output_micros,
                                    cached_input_micros, source)
SELECT p.id, v.model, v.effective_from, v.input_micros, 0, v.input_micros, 'openai.com/api/pricing'
FROM (SELECT 'text-embedding-3-small' AS model, '2024-01-25' AS effective_from, 20000 AS input_micros
      UNION ALL SELECT 'text-embedding-3-large', '2024-01-25', 130000
      UNION ALL SELECT 'text-embedding-ada-002', '2022-12-15', 100000) AS v
JOIN providers p ON p.code = 'openai';
