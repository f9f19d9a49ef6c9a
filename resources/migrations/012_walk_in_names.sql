-- Whether a walk-in's name is already on record (issue 9): the names as they are compared,
-- case and the spaces around them aside, in an index of their own, so the question is one
-- search instead of a pass over everyone on record. Partial: only the people still on record.
-- An index only: no record changes.
CREATE INDEX service_users_folded_name ON service_users((lower(trim(family_name))), (lower(trim(given_name)))) WHERE deleted = 0;
