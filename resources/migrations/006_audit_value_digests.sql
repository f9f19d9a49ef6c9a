-- Anonymising someone (the retention review) must take their old names and words out of the
-- audit trail too, without breaking the chain that shows nobody edited it. From this version an
-- entry's hash covers a digest of each of its values (before, after, detail) instead of the
-- values: SHA-256 over a random salt kept beside the values, then the value. Erasing the values
-- with their salt leaves digests that give nothing away, and the chain still checks.
-- Entries written before this version (format 1) are sealed again in the new form by Waymark as
-- it runs this script, once their old chain is checked (AuditTrail::sealWithDigests).
ALTER TABLE x_audit_trail ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE x_audit_trail ADD COLUMN value_salt TEXT;
ALTER TABLE x_audit_trail ADD COLUMN before_digest TEXT;
ALTER TABLE x_audit_trail ADD COLUMN after_digest TEXT;
ALTER TABLE x_audit_trail ADD COLUMN detail_digest TEXT;
-- The only change the trail takes: a format 2 entry's values and salt erased, everything else as
-- it was.
DROP TRIGGER IF EXISTS x_audit_trail_no_update;
CREATE TRIGGER x_audit_trail_no_update BEFORE UPDATE ON x_audit_trail
WHEN NOT (OLD.format = 2 AND NEW.format = 2 AND NEW.seq IS OLD.seq AND NEW.at IS OLD.at
          AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action AND NEW.table_name IS OLD.table_name
          AND NEW.record_id IS OLD.record_id AND NEW.service_user_id IS OLD.service_user_id
          AND NEW.field IS OLD.field AND NEW.previous_hash IS OLD.previous_hash AND NEW.hash IS OLD.hash
          AND NEW.before_digest IS OLD.before_digest AND NEW.after_digest IS OLD.after_digest
          AND NEW.detail_digest IS OLD.detail_digest
          AND NEW.before_value IS NULL AND NEW.after_value IS NULL AND NEW.detail IS NULL
          AND NEW.value_salt IS NULL)
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
