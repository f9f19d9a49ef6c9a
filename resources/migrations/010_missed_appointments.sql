-- The Today list at a large provider's size (issue 9): each open period's missed appointments
-- (three in a row call for a withdrawal review) found without reading all its appointments.
-- Partial, so it holds only the missed ones. An index only: no record changes.
CREATE INDEX appointments_missed ON appointments(support_period_id) WHERE status = 'dna' AND deleted = 0;
