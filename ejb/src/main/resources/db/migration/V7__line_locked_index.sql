-- The user number list counts the contract's locked lines on every showing (the "locked now" link) and filters
-- them ("locked only"): an index on the lock's end within a contract makes both a short range scan.
CREATE INDEX line_contract_locked ON line (contract_id, locked_until);
