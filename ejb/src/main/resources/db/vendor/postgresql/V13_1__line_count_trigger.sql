-- PostgreSQL only (db/vendor/postgresql): the database keeps line_count (V13) itself, in the transaction that adds,
-- removes or moves a line, whatever adds it (the provider's API, an import, the demo data): one row per contract,
-- which also orders concurrent additions to one contract. The count starts from the lines there are now.
INSERT INTO line_count (contract_id, ordinary_lines)
SELECT contract_id, COUNT(*) FROM line WHERE kind = 'ORDINARY' GROUP BY contract_id;

CREATE FUNCTION line_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.kind = 'ORDINARY' THEN
        UPDATE line_count SET ordinary_lines = ordinary_lines - 1 WHERE contract_id = OLD.contract_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.kind = 'ORDINARY' THEN
        INSERT INTO line_count (contract_id, ordinary_lines) VALUES (NEW.contract_id, 1)
        ON CONFLICT (contract_id) DO UPDATE SET ordinary_lines = line_count.ordinary_lines + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER line_count_keep AFTER INSERT OR DELETE OR UPDATE OF contract_id, kind ON line
FOR EACH ROW EXECUTE FUNCTION line_count_keep();
