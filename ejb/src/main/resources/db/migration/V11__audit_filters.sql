-- The audit page filtered by action or by outcome finds a page by index, however rare the matches among a contract's
-- million events (without these, a filter that matches little reads all of the contract's events).
CREATE INDEX audit_event_contract_action ON audit_event (contract_id, action, occurred_at DESC, id DESC);
CREATE INDEX audit_event_contract_outcome ON audit_event (contract_id, outcome, occurred_at DESC, id DESC);
