-- Roles and row-level security exist only on PostgreSQL: on an embedded SQLite file the local user is the
-- owner. This step keeps the version numbers of both dialects in step.
SELECT 1;
