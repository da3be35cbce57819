-- Which columns a tenant admin may write is a PostgreSQL grant; an embedded SQLite file has no roles.
SELECT 1;
