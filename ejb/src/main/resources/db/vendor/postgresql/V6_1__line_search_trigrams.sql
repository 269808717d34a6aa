-- PostgreSQL only (db/vendor/postgresql): the list's search is LIKE '%…%' on the search key (V6), which no B-tree
-- serves; a trigram index does, so that a search stays fast in a contract of 100,000 lines. pg_trgm ships with
-- PostgreSQL (Debian: in the postgresql package) and is a trusted extension since PostgreSQL 13: the database's owner
-- may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX line_search_trgm ON line USING gin (search_key gin_trgm_ops);
