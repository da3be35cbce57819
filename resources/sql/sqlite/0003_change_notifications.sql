-- LISTEN/NOTIFY exists only on PostgreSQL; an embedded SQLite file has one user at a time.
SELECT 1;
