-- The whole team's caseload at a large provider's size (issue 9): everyone's names in the
-- caseload's order, and who has a referral waiting for a decision, each read from a small index
-- of its own instead of a page of the person's record apiece. Partial, so they hold only the
-- people and referrals still on record. Indexes only: no record changes.
CREATE INDEX service_users_caseload ON service_users(family_name, given_name, id, preferred_name) WHERE deleted = 0;
CREATE INDEX referrals_pending ON referrals(service_user_id) WHERE decision = 'pending' AND deleted = 0;
