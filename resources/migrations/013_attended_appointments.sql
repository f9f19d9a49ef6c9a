-- The returns' contact hours at a large provider's size (issue 9): the attended appointments of
-- a quarter, with what a return counts of each (the period, the length, the id), read from an
-- index of their own in the order of their start, instead of a page of the appointment apiece
-- for every appointment of the quarter, whatever its status. Partial: only attended
-- appointments still on record. Its last two columns are the condition's own, there because
-- SQLite reads a condition's columns from the index it searches, or goes to the row for them.
-- An index only: no record changes.
CREATE INDEX appointments_attended ON appointments(starts_at, support_period_id, duration_minutes, id, status, deleted) WHERE status = 'attended' AND deleted = 0;
