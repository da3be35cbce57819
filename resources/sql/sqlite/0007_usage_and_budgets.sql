-- Consumers, access rules with budgets and rate limits, per-user limits, prices, the usage log, live budget
-- counters with reservations, daily aggregates with their watermark, and budget alerts (the PostgreSQL
-- migration of the same number explains each table). Money is kept in integer micro-units (USD); timestamps are
-- UTC ISO-8601 text with milliseconds ("2026-11-29T17:20:00.000Z"), days "YYYY-MM-DD".

CREATE TABLE consumers (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE
                  CHECK (length(code) BETWEEN 1 AND 120 AND code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9_.:/-]*'),
    tenant_id     INTEGER REFERENCES tenants (id) ON DELETE SET NULL,
    module        TEXT NOT NULL DEFAULT '' CHECK (length(module) <= 120),
    killed        INTEGER NOT NULL DEFAULT 0 CHECK (killed IN (0, 1)),
    kill_reason   TEXT NOT NULL DEFAULT '' CHECK (length(kill_reason) <= 500),
    first_seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version   INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX consumers_tenant_idx ON consumers (tenant_id);

CREATE TABLE access_rules (
    id                    INTEGER PRIMARY KEY,
    consumer_id           INTEGER NOT NULL REFERENCES consumers (id) ON DELETE CASCADE,
    provider_id           INTEGER NOT NULL REFERENCES providers (id),
    enabled               INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    monthly_budget_micros INTEGER CHECK (monthly_budget_micros BETWEEN 0 AND 1000000000000000),
    daily_budget_micros   INTEGER CHECK (daily_budget_micros BETWEEN 0 AND 1000000000000000),
    rpm                   INTEGER CHECK (rpm BETWEEN 0 AND 100000000),
    rpd                   INTEGER CHECK (rpd BETWEEN 0 AND 1000000000),
    notes                 TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 500),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (consumer_id, provider_id)
);
CREATE INDEX access_rules_provider_idx ON access_rules (provider_id);

CREATE TABLE user_limits (
    id                    INTEGER PRIMARY KEY,
    user_name             TEXT NOT NULL UNIQUE CHECK (length(user_name) BETWEEN 1 AND 120),
    monthly_budget_micros INTEGER CHECK (monthly_budget_micros BETWEEN 0 AND 1000000000000000),
    daily_requests        INTEGER CHECK (daily_requests BETWEEN 0 AND 1000000000),
    blocked               INTEGER NOT NULL DEFAULT 0 CHECK (blocked IN (0, 1)),
    notes                 TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 500),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE model_prices (
    id                   INTEGER PRIMARY KEY,
    provider_id          INTEGER NOT NULL REFERENCES providers (id),
    model                TEXT NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
    effective_from       TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    input_micros         INTEGER NOT NULL CHECK (input_micros BETWEEN 0 AND 10000000000),
    output_micros        INTEGER NOT NULL CHECK (output_micros BETWEEN 0 AND 10000000000),
    cached_input_micros  INTEGER NOT NULL CHECK (cached_input_micros BETWEEN 0 AND 10000000000),
    source               TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 200),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (provider_id, model, effective_from)
);

-- AUTOINCREMENT: an id is never used twice, so the aggregation watermark never skips a row.
CREATE TABLE api_usage (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at   TEXT NOT NULL,
    consumer_id   INTEGER NOT NULL REFERENCES consumers (id),
    provider_id   INTEGER NOT NULL REFERENCES providers (id),
    user_name     TEXT NOT NULL DEFAULT '',
    feature       TEXT NOT NULL DEFAULT '',
    model         TEXT NOT NULL DEFAULT '',
    tokens_in     INTEGER NOT NULL DEFAULT 0 CHECK (tokens_in >= 0),
    tokens_out    INTEGER NOT NULL DEFAULT 0 CHECK (tokens_out >= 0),
    tokens_cached INTEGER NOT NULL DEFAULT 0 CHECK (tokens_cached >= 0 AND tokens_cached <= tokens_in),
    cost_micros   INTEGER NOT NULL DEFAULT 0 CHECK (cost_micros >= 0),
    priced        INTEGER NOT NULL DEFAULT 1 CHECK (priced IN (0, 1)),
    latency_ms    INTEGER CHECK (latency_ms >= 0),
    status        TEXT NOT NULL CHECK (status IN ('ok', 'error', 'denied', 'expired')),
    http_status   INTEGER,
    error         TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL CHECK (source IN ('call', 'record', 'import')),
    dedup_key     TEXT
);
CREATE UNIQUE INDEX api_usage_dedup_idx ON api_usage (dedup_key, occurred_at);
CREATE INDEX api_usage_time_idx ON api_usage (occurred_at DESC, id DESC);
CREATE INDEX api_usage_consumer_idx ON api_usage (consumer_id, occurred_at DESC);

CREATE TABLE usage_counters (
    consumer_id     INTEGER NOT NULL DEFAULT 0,
    provider_id     INTEGER NOT NULL DEFAULT 0,
    user_name       TEXT NOT NULL DEFAULT '',
    period          TEXT NOT NULL CHECK (period IN ('minute', 'day', 'month')),
    period_start    TEXT NOT NULL,
    requests        INTEGER NOT NULL DEFAULT 0,
    spent_micros    INTEGER NOT NULL DEFAULT 0,
    reserved_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (consumer_id, provider_id, user_name, period, period_start)
);

-- AUTOINCREMENT: a settlement arriving after its reservation expired must never meet a new one with its id.
CREATE TABLE budget_reservations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    consumer_id   INTEGER NOT NULL REFERENCES consumers (id) ON DELETE CASCADE,
    provider_id   INTEGER NOT NULL REFERENCES providers (id),
    user_name     TEXT NOT NULL DEFAULT '',
    feature       TEXT NOT NULL DEFAULT '',
    model         TEXT NOT NULL DEFAULT '',
    amount_micros INTEGER NOT NULL CHECK (amount_micros >= 0),
    day_start     TEXT NOT NULL,
    month_start   TEXT NOT NULL,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    expires_at    TEXT NOT NULL
);
CREATE INDEX budget_reservations_pair_idx ON budget_reservations (consumer_id, provider_id, expires_at);
CREATE INDEX budget_reservations_expiry_idx ON budget_reservations (expires_at);

CREATE TABLE usage_daily (
    day            TEXT NOT NULL,
    consumer_id    INTEGER NOT NULL,
    provider_id    INTEGER NOT NULL,
    user_name      TEXT NOT NULL,
    feature        TEXT NOT NULL,
    model          TEXT NOT NULL,
    requests       INTEGER NOT NULL DEFAULT 0,
    errors         INTEGER NOT NULL DEFAULT 0,
    denied         INTEGER NOT NULL DEFAULT 0,
    tokens_in      INTEGER NOT NULL DEFAULT 0,
    tokens_out     INTEGER NOT NULL DEFAULT 0,
    tokens_cached  INTEGER NOT NULL DEFAULT 0,
    cost_micros    INTEGER NOT NULL DEFAULT 0,
    unpriced       INTEGER NOT NULL DEFAULT 0,
    latency_count  INTEGER NOT NULL DEFAULT 0,
    latency_sum_ms INTEGER NOT NULL DEFAULT 0,
    latency_max_ms INTEGER NOT NULL DEFAULT 0,
    lat_b0 INTEGER NOT NULL DEFAULT 0, lat_b1 INTEGER NOT NULL DEFAULT 0, lat_b2 INTEGER NOT NULL DEFAULT 0,
    lat_b3 INTEGER NOT NULL DEFAULT 0, lat_b4 INTEGER NOT NULL DEFAULT 0, lat_b5 INTEGER NOT NULL DEFAULT 0,
    lat_b6 INTEGER NOT NULL DEFAULT 0, lat_b7 INTEGER NOT NULL DEFAULT 0, lat_b8 INTEGER NOT NULL DEFAULT 0,
    lat_b9 INTEGER NOT NULL DEFAULT 0, lat_b10 INTEGER NOT NULL DEFAULT 0, lat_b11 INTEGER NOT NULL DEFAULT 0,
    lat_b12 INTEGER NOT NULL DEFAULT 0, lat_b13 INTEGER NOT NULL DEFAULT 0, lat_b14 INTEGER NOT NULL DEFAULT 0,
    lat_b15 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, consumer_id, provider_id, user_name, feature, model)
);
CREATE INDEX usage_daily_consumer_idx ON usage_daily (consumer_id, day);

CREATE TABLE usage_watermark (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    last_id    INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);
INSERT INTO usage_watermark (id, last_id) VALUES (1, 0);

CREATE TABLE budget_alerts (
    id              INTEGER PRIMARY KEY,
    scope_key       TEXT NOT NULL,
    consumer_id     INTEGER REFERENCES consumers (id) ON DELETE CASCADE,
    provider_id     INTEGER REFERENCES providers (id),
    user_name       TEXT NOT NULL DEFAULT '',
    budget          TEXT NOT NULL CHECK (budget IN ('monthly', 'daily')),
    threshold       INTEGER NOT NULL CHECK (threshold IN (50, 80, 100)),
    window_start    TEXT NOT NULL,
    spent_micros    INTEGER NOT NULL,
    budget_micros   INTEGER NOT NULL,
    fired_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    UNIQUE (scope_key, budget, threshold, window_start)
);
CREATE INDEX budget_alerts_open_idx ON budget_alerts (fired_at DESC) WHERE acknowledged_at IS NULL;

CREATE TABLE access_proposals (
    id          INTEGER PRIMARY KEY,
    target      TEXT NOT NULL CHECK (target IN ('rule', 'user')),
    consumer_id INTEGER REFERENCES consumers (id) ON DELETE CASCADE,
    provider_id INTEGER REFERENCES providers (id),
    user_name   TEXT NOT NULL DEFAULT '',
    changes     TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    created_by  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    decided_by  TEXT NOT NULL DEFAULT '',
    decided_at  TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

INSERT INTO model_prices (provider_id, model, effective_from, input_micros, output_micros, cached_input_micros,
                          source)
SELECT p.id, v.model, v.effective_from, v.input_micros, v.output_micros, v.cached_micros, v.source
FROM (SELECT 'openai' AS provider, 'gpt-4o' AS model, '2024-08-06' AS effective_from, 2500000 AS input_micros,
             10000000 AS output_micros, 1250000 AS cached_micros, 'openai.com/api/pricing' AS source
      UNION ALL SELECT 'openai', 'gpt-4o-mini', '2024-07-18', 150000, 600000, 75000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-4.1', '2025-04-14', 2000000, 8000000, 500000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-4.1-mini', '2025-04-14', 400000, 1600000, 100000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-4.1-nano', '2025-04-14', 100000, 400000, 25000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'o4-mini', '2025-04-16', 1100000, 4400000, 275000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-5', '2025-08-07', 1250000, 10000000, 125000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-5-mini', '2025-08-07', 250000, 2000000, 25000, 'openai.com/api/pricing'
      UNION ALL SELECT 'openai', 'gpt-5-nano', '2025-08-07', 50000, 400000, 5000, 'openai.com/api/pricing'
      UNION ALL SELECT 'anthropic', 'claude-sonnet-4', '2025-05-22', 3000000, 15000000, 300000, 'anthropic.com/pricing'
      UNION ALL SELECT 'anthropic', 'claude-sonnet-4-5', '2025-09-29', 3000000, 15000000, 300000, 'anthropic.com/pricing'
      UNION ALL SELECT 'anthropic', 'claude-haiku-4-5', '2025-10-15', 1000000, 5000000, 100000, 'anthropic.com/pricing'
      UNION ALL SELECT 'anthropic', 'claude-opus-4-1', '2025-08-05', 15000000, 75000000, 1500000, 'anthropic.com/pricing'
      UNION ALL SELECT 'anthropic', 'claude-3-5-haiku', '2024-10-22', 800000, 4000000, 80000, 'anthropic.com/pricing'
     ) AS v
JOIN providers p ON p.code = v.provider;
