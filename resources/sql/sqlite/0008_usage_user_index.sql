-- The raw-log browser filtered by user ("what did alice call?") reads this index instead of a month of rows.
CREATE INDEX api_usage_user_idx ON api_usage (user_name, occurred_at DESC);
