-- Every change to a record, field by field, with who made it and when: the History tab of a
-- person's record and, later, the audit trail. Rows are only ever added.
CREATE TABLE change_log (
    id TEXT PRIMARY KEY,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    action TEXT NOT NULL,
    field TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX change_log_record ON change_log(record_id, changed_at);
