-- Row-level security for the tenant portal exists only on PostgreSQL; an embedded SQLite file has no roles.
SELECT 1;
