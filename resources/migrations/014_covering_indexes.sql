-- Reads at a large provider's size (issue 9) served from an index alone, with what they need of
-- each row in it, instead of a page of the table apiece. Indexes only: no record changes.

-- The returns' and distance travelled's Outcome Stars: a quarter's periods' assessments with
-- their id, template, date and who completed them. The same index as before with more in it, so
-- there is still one index to keep up to date as an assessment is written.
DROP INDEX star_assessments_period;
CREATE INDEX star_assessments_period ON star_assessments(support_period_id, assessed_on, deleted, id, template_id, completed_by);

-- The whole team's caseload, as the window starts: every live period's person, dates, key worker
-- and contract, read from an index half the size of the table. Partial, only the live periods;
-- its last column is the condition's own, there because SQLite 3.15 reads a condition's columns
-- from the index it searches, or goes to the row for them.
CREATE INDEX support_periods_caseload ON support_periods(service_user_id, start_date, end_date, key_worker_id, contract_id, id, deleted) WHERE deleted = 0;
