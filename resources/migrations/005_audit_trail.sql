-- The audit trail: every change, view, print, export and sign-in, with who and when. Rows are
-- only ever added (the triggers refuse anything else), and each row's hash covers the one
-- before it, so an edit or deletion made behind the triggers' back is found by `check`.
CREATE TABLE x_audit_trail (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT,
    record_id TEXT,
    service_user_id TEXT,
    field TEXT,
    before_value TEXT,
    after_value TEXT,
    detail TEXT,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX x_audit_trail_person ON x_audit_trail(service_user_id, seq);
CREATE INDEX x_audit_trail_record ON x_audit_trail(record_id, seq);
CREATE TRIGGER x_audit_trail_no_update BEFORE UPDATE ON x_audit_trail BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER x_audit_trail_no_delete BEFORE DELETE ON x_audit_trail BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
