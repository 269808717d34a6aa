-- The audit trail on screen: each event is kept under the contract it belongs to, so that an administrator's page
-- reads its own contract's events by index, newest first, and the retention job removes expired events by time.
-- No foreign key: an event outlives nothing it names, and the purge must not wait on contracts.
ALTER TABLE audit_event ADD COLUMN contract_id BIGINT;

-- Earlier events, by the same rule as AuditTrail: an email account's administrator ID (via), else the acting
-- administrator or user, else the line, administrator or contract acted on.
UPDATE audit_event SET contract_id =
    (SELECT a.contract_id FROM administrator a WHERE a.admin_id = SUBSTRING(audit_event.via FROM 7))
    WHERE via LIKE 'admin:%';
UPDATE audit_event SET contract_id =
    (SELECT a.contract_id FROM administrator a WHERE a.admin_id = SUBSTRING(audit_event.actor FROM 7))
    WHERE contract_id IS NULL AND actor LIKE 'admin:%';
UPDATE audit_event SET contract_id =
    (SELECT l.contract_id FROM line l WHERE l.login_id = SUBSTRING(audit_event.actor FROM 6))
    WHERE contract_id IS NULL AND actor LIKE 'user:%';
UPDATE audit_event SET contract_id =
    (SELECT l.contract_id FROM line l WHERE l.login_id = SUBSTRING(audit_event.target FROM 6))
    WHERE contract_id IS NULL AND (target LIKE 'line:%' OR target LIKE 'user:%');
UPDATE audit_event SET contract_id =
    (SELECT a.contract_id FROM administrator a WHERE a.admin_id = SUBSTRING(audit_event.target FROM 7))
    WHERE contract_id IS NULL AND target LIKE 'admin:%';
UPDATE audit_event SET contract_id =
    (SELECT c.id FROM contract c WHERE c.contract_number = SUBSTRING(audit_event.target FROM 10))
    WHERE contract_id IS NULL AND target LIKE 'contract:%';

CREATE INDEX audit_event_contract ON audit_event (contract_id, occurred_at DESC, id DESC);
CREATE INDEX audit_event_occurred ON audit_event (occurred_at);
