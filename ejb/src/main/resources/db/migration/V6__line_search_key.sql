-- The user number list's search looks for a part of the number, the login ID or the name. It used to apply LOWER()
-- to two columns and LIKE to three for every line of the contract, twice a request (count and page). Now each line
-- keeps one case-folded search key (the entity keeps it with its fields: Line.searchKey), and the contract's index
-- carries it, so that a search reads the index alone.
ALTER TABLE line ADD COLUMN search_key VARCHAR(160);
UPDATE line SET search_key = phone_number || CHR(31) || LOWER(login_id) || CHR(31) || LOWER(display_name);
ALTER TABLE line ALTER COLUMN search_key SET NOT NULL;
CREATE INDEX line_contract_search ON line (contract_id, kind, search_key);
