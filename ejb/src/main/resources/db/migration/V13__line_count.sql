-- How many ordinary lines each contract has, kept by the application as lines are added and removed (LineCounts), so
-- that the user number list shows its total without counting the contract's lines on every showing (100,000 lines on
-- PostgreSQL: 27-37 ms). A contract without a row is counted.
CREATE TABLE line_count (
    contract_id     BIGINT NOT NULL PRIMARY KEY REFERENCES contract (id),
    ordinary_lines  BIGINT NOT NULL
);
INSERT INTO line_count (contract_id, ordinary_lines)
SELECT contract_id, COUNT(*) FROM line WHERE kind = 'ORDINARY' GROUP BY contract_id;
