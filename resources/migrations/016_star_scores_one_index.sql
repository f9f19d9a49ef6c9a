-- A star's scores are found by their assessment through star_assessment_scores_values
-- (assessment_id, deleted, area_key, score; migration 009), which begins with the assessment's
-- id: star_assessment_scores_assessment, on that id alone, answered nothing the other does not,
-- and at a large provider's size (2,000,000 scores) it was another index for every score written
-- and another to make again after an import. Indexes only: no record changes.
DROP INDEX star_assessment_scores_assessment;
