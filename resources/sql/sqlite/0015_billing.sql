-- SQLite dialect of postgresql/0015_billing.sql (keep them in step): billing periods and AI allowances of plans,
-- invoices and their lines in integer micro-dollars, and the triggers that keep an issued invoice as it was
-- issued (the embedded file has no roles, but the owner meets the same rule here).

ALTER TABLE plans ADD COLUMN billing_period TEXT NOT NULL DEFAULT 'monthly'
    CHECK (billing_period IN ('monthly', 'yearly'));
ALTER TABLE plans ADD COLUMN price_micros INTEGER NOT NULL DEFAULT 0
    CHECK (price_micros BETWEEN 0 AND 1000000000000000);
ALTER TABLE plans ADD COLUMN ai_allowance_micros INTEGER NOT NULL DEFAULT 0
    CHECK (ai_allowance_micros BETWEEN 0 AND 1000000000000000);
UPDATE plans SET price_micros = monthly_price_cents * 10000;

ALTER TABLE platform_settings ADD COLUMN invoice_issuer TEXT NOT NULL DEFAULT ''
    CHECK (length(invoice_issuer) <= 1000);

CREATE TABLE invoice_numbers (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 9999),
    last_number INTEGER NOT NULL DEFAULT 0 CHECK (last_number >= 0)
);

CREATE TABLE invoices (
    id              INTEGER PRIMARY KEY,
    number          TEXT UNIQUE CHECK (number IS NULL OR (number GLOB 'INV-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]*'
                                                          AND substr(number, 10) NOT GLOB '*[^0-9]*')),
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    plan_id         INTEGER REFERENCES plans (id),
    period_start    TEXT NOT NULL,
    period_end      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued', 'paid', 'void')),
    currency        TEXT NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3 AND currency NOT GLOB '*[^A-Z]*'),
    subtotal_micros INTEGER NOT NULL DEFAULT 0,
    total_micros    INTEGER NOT NULL DEFAULT 0,
    credit_of       INTEGER REFERENCES invoices (id),
    reason          TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    issued_by       TEXT NOT NULL DEFAULT '',
    issued_at       TEXT,
    paid_by         TEXT NOT NULL DEFAULT '',
    paid_at         TEXT,
    voided_by       TEXT NOT NULL DEFAULT '',
    voided_at       TEXT,
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK (period_end > period_start),
    CHECK ((credit_of IS NULL AND total_micros >= 0) OR (credit_of IS NOT NULL AND total_micros <= 0)),
    CHECK ((state = 'draft') = (number IS NULL)),
    CHECK (credit_of IS NULL OR length(reason) > 0)
);
CREATE UNIQUE INDEX invoices_period_idx ON invoices (tenant_id, period_start) WHERE credit_of IS NULL;
CREATE INDEX invoices_period_list_idx ON invoices (period_start, id);
CREATE INDEX invoices_credit_idx ON invoices (credit_of) WHERE credit_of IS NOT NULL;

CREATE TABLE invoice_lines (
    id            INTEGER PRIMARY KEY,
    invoice_id    INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    kind          TEXT NOT NULL CHECK (kind IN ('plan', 'ai_overage', 'credit', 'discount')),
    consumer_id   INTEGER REFERENCES consumers (id),
    provider_id   INTEGER REFERENCES providers (id),
    description   TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
    quantity      INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 0),
    unit_micros   INTEGER NOT NULL DEFAULT 0,
    amount_micros INTEGER NOT NULL,
    UNIQUE (invoice_id, position)
);

-- The guard (RAISE takes only a fixed message here; the models say the same with the number filled in first).
CREATE TRIGGER invoices_no_delete BEFORE DELETE ON invoices
WHEN OLD.state <> 'draft'
BEGIN
    SELECT RAISE(ABORT, 'fusion: an issued invoice cannot be deleted (issue a credit note)');
END;
CREATE TRIGGER invoices_final BEFORE UPDATE ON invoices
WHEN OLD.state IN ('paid', 'void')
BEGIN
    SELECT RAISE(ABORT, 'fusion: a paid or voided invoice cannot change any more');
END;
CREATE TRIGGER invoices_draft_moves BEFORE UPDATE OF state ON invoices
WHEN OLD.state = 'draft' AND NEW.state NOT IN ('draft', 'issued')
BEGIN
    SELECT RAISE(ABORT, 'fusion: a draft invoice is issued before it is paid or voided');
END;
CREATE TRIGGER invoices_issue_total BEFORE UPDATE OF state ON invoices
WHEN OLD.state = 'draft' AND NEW.state = 'issued'
     AND NEW.total_micros <> (SELECT coalesce(sum(amount_micros), 0) FROM invoice_lines WHERE invoice_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'fusion: the invoice total is not the sum of its lines');
END;
CREATE TRIGGER invoices_issued BEFORE UPDATE ON invoices
WHEN OLD.state = 'issued'
     AND (NEW.state NOT IN ('issued', 'paid', 'void')
          OR NEW.id IS NOT OLD.id OR NEW.number IS NOT OLD.number OR NEW.tenant_id IS NOT OLD.tenant_id
          OR NEW.plan_id IS NOT OLD.plan_id OR NEW.period_start IS NOT OLD.period_start
          OR NEW.period_end IS NOT OLD.period_end OR NEW.currency IS NOT OLD.currency
          OR NEW.subtotal_micros IS NOT OLD.subtotal_micros OR NEW.total_micros IS NOT OLD.total_micros
          OR NEW.credit_of IS NOT OLD.credit_of OR NEW.reason IS NOT OLD.reason
          OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at
          OR NEW.issued_by IS NOT OLD.issued_by OR NEW.issued_at IS NOT OLD.issued_at)
BEGIN
    SELECT RAISE(ABORT, 'fusion: an issued invoice can only be paid or voided (corrections are credit notes)');
END;

CREATE TRIGGER invoice_lines_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = NEW.invoice_id) IS NOT 'draft'
BEGIN
    SELECT RAISE(ABORT, 'fusion: lines are added only to a draft invoice');
END;
CREATE TRIGGER invoice_lines_update BEFORE UPDATE ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) IS NOT 'draft' OR NEW.invoice_id IS NOT OLD.invoice_id
BEGIN
    SELECT RAISE(ABORT, 'fusion: the lines of an issued invoice cannot change');
END;
CREATE TRIGGER invoice_lines_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT state FROM invoices WHERE id = OLD.invoice_id) NOT IN ('draft')
BEGIN
    SELECT RAISE(ABORT, 'fusion: the lines of an issued invoice cannot be deleted');
END;
