-- 005_audit_trail.sql for the team server (PostgreSQL): the same table, and the same guard
-- written as PostgreSQL triggers (a function that refuses the change).
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
CREATE FUNCTION x_audit_trail_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit trail cannot be changed'; END $$;
CREATE TRIGGER x_audit_trail_no_update BEFORE UPDATE ON x_audit_trail FOR EACH ROW EXECUTE FUNCTION x_audit_trail_refuse();
CREATE TRIGGER x_audit_trail_no_delete BEFORE DELETE ON x_audit_trail FOR EACH ROW EXECUTE FUNCTION x_audit_trail_refuse();
