-- Keyset paging of the operations list at 10,000,000 operations (issue 15). Newest first walks
-- operations_created_idx and, for one tenant, operations_tenant_idx (0001); a status filter had no index in the
-- list's order, so the first page of a rare status ("running", "cancelled": a handful among millions) walked
-- the whole log to find its 51 rows, and the last page the same from the other end. This index makes each
-- status one range in (created_at, id) order, walked in either direction from a cursor.
CREATE INDEX operations_status_idx ON operations (status, created_at, id);
