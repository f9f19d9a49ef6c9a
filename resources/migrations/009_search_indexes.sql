-- Indexes for what the screens and returns look up at a large provider's size (issue 9): every
-- report and list searches its tables instead of reading them whole (tests/core/storage/
-- QueryPlanTest). Indexes only: no record changes.
-- The Today list: the support periods open on a day (no end, or one after it).
CREATE INDEX support_periods_end ON support_periods(end_date);
-- The returns: a contract's periods in a quarter (open, or ended after it began).
CREATE INDEX support_periods_contract_end ON support_periods(contract_id, end_date);
-- The Today list: referrals still waiting for a first contact.
CREATE INDEX referrals_first_contact ON referrals(first_contact_at);
-- The returns and distance travelled: a star's scores read from the index alone.
CREATE INDEX star_assessment_scores_values ON star_assessment_scores(assessment_id, deleted, area_key, score);
-- The returns: the appointments of a quarter, whoever's they are.
CREATE INDEX appointments_start ON appointments(starts_at);
