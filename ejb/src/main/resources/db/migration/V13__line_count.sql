-- How many ordinary lines a contract has, kept as lines come and go, so that the user number list shows its total
-- without counting a contract's lines on every showing (100,000 lines on PostgreSQL: an index read of 10-30 ms).
-- PostgreSQL keeps it with a trigger (db/vendor/postgresql, V13_1); where no row is kept (H2), the list counts.
CREATE TABLE line_count (
    contract_id     BIGINT NOT NULL PRIMARY KEY REFERENCES contract (id) ON DELETE CASCADE,
    ordinary_lines  BIGINT NOT NULL
);
