-- OpenAI's embedding models, so that embedding the knowledge base (the consumer ai-knowledge) can be held to a
-- budget out of the box: billed on input tokens only, no cached rate.
INSERT INTO model_prices (provider_id, model, effective_from, input_micros, output_micros, cached_input_micros,
                          source)
SELECT p.id, v.model, v.effective_from::date, v.input_micros, 0, v.input_micros, 'openai.com/api/pricing'
FROM (VALUES
    ('text-embedding-3-small', '2024-01-25', 20000),
    ('text-embedding-3-large', '2024-01-25', 130000),
    ('text-embedding-ada-002', '2022-12-15', 100000)
) AS v (model, effective_from, input_micros)
JOIN providers p ON p.code = 'openai'
ON CONFLICT (provider_id, model, effective_from) DO NOTHING;
