-- 006_audit_value_digests.sql for the team server (PostgreSQL): the same columns, and the same
-- one change the trail takes (a format 2 entry's values and salt erased, all else as it was).
ALTER TABLE x_audit_trail ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE x_audit_trail ADD COLUMN value_salt TEXT;
ALTER TABLE x_audit_trail ADD COLUMN before_digest TEXT;
ALTER TABLE x_audit_trail ADD COLUMN after_digest TEXT;
ALTER TABLE x_audit_trail ADD COLUMN detail_digest TEXT;
DROP TRIGGER IF EXISTS x_audit_trail_no_update ON x_audit_trail;
CREATE FUNCTION x_audit_trail_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD.format = 2 AND NEW.format = 2 AND NEW.seq IS NOT DISTINCT FROM OLD.seq AND NEW.at IS NOT DISTINCT FROM OLD.at AND NEW.actor IS NOT DISTINCT FROM OLD.actor AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.table_name IS NOT DISTINCT FROM OLD.table_name AND NEW.record_id IS NOT DISTINCT FROM OLD.record_id AND NEW.service_user_id IS NOT DISTINCT FROM OLD.service_user_id AND NEW.field IS NOT DISTINCT FROM OLD.field AND NEW.previous_hash IS NOT DISTINCT FROM OLD.previous_hash AND NEW.hash IS NOT DISTINCT FROM OLD.hash AND NEW.before_digest IS NOT DISTINCT FROM OLD.before_digest AND NEW.after_digest IS NOT DISTINCT FROM OLD.after_digest AND NEW.detail_digest IS NOT DISTINCT FROM OLD.detail_digest AND NEW.before_value IS NULL AND NEW.after_value IS NULL AND NEW.detail IS NULL AND NEW.value_salt IS NULL THEN RETURN NEW; END IF; RAISE EXCEPTION 'the audit trail cannot be changed'; END $$;
CREATE TRIGGER x_audit_trail_no_update BEFORE UPDATE ON x_audit_trail FOR EACH ROW EXECUTE FUNCTION x_audit_trail_erase_only();
