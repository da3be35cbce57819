-- SQLite dialect of postgresql/0017_billing_proposals.sql (keep them in step): finance's billing proposals
-- (a plan change, a credit, a discount on a draft invoice) that an owner approves or rejects once. The embedded
-- file has no roles; the guard that a decided proposal never changes holds here too.

CREATE TABLE billing_proposals (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('plan', 'credit', 'discount')),
    tenant_id       INTEGER NOT NULL REFERENCES tenants (id),
    plan_id         INTEGER REFERENCES plans (id),
    invoice_id      INTEGER REFERENCES invoices (id),
    amount_micros   INTEGER CHECK (amount_micros IS NULL OR amount_micros BETWEEN 1 AND 1000000000000000),
    reason          TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'approved', 'rejected')),
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    decided_by      TEXT NOT NULL DEFAULT '',
    decided_at      TEXT,
    decision_reason TEXT NOT NULL DEFAULT '' CHECK (length(decision_reason) <= 500),
    outcome         TEXT NOT NULL DEFAULT '' CHECK (length(outcome) <= 300),
    row_version     INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind = 'plan') = (plan_id IS NOT NULL)),
    CHECK ((kind = 'plan') = (invoice_id IS NULL)),
    CHECK ((kind = 'plan') = (amount_micros IS NULL))
);
CREATE INDEX billing_proposals_state_idx ON billing_proposals (state, created_at);

CREATE TRIGGER billing_proposals_born_pending BEFORE INSERT ON billing_proposals
WHEN NEW.state <> 'pending' OR NEW.decided_by <> '' OR NEW.decided_at IS NOT NULL OR NEW.outcome <> ''
BEGIN
    SELECT RAISE(ABORT, 'fusion: a billing proposal starts pending; an owner decides it');
END;
CREATE TRIGGER billing_proposals_no_delete BEFORE DELETE ON billing_proposals
BEGIN
    SELECT RAISE(ABORT, 'fusion: a billing proposal cannot be deleted (reject it instead)');
END;
CREATE TRIGGER billing_proposals_decided_once BEFORE UPDATE ON billing_proposals
WHEN OLD.state <> 'pending'
BEGIN
    SELECT RAISE(ABORT, 'fusion: the billing proposal was already decided; it cannot change');
END;
CREATE TRIGGER billing_proposals_as_proposed BEFORE UPDATE ON billing_proposals
WHEN OLD.state = 'pending'
     AND (NEW.state NOT IN ('approved', 'rejected')
          OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.tenant_id IS NOT OLD.tenant_id
          OR NEW.plan_id IS NOT OLD.plan_id OR NEW.invoice_id IS NOT OLD.invoice_id
          OR NEW.amount_micros IS NOT OLD.amount_micros OR NEW.reason IS NOT OLD.reason
          OR NEW.created_by IS NOT OLD.created_by OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'fusion: a billing proposal is approved or rejected as proposed, nothing else');
END;
