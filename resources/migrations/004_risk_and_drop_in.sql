-- The assessment of risk that comes before a support plan and is reviewed with it (T 5.1): risks
-- to the person, to others and to staff, each with a level and the plan to manage it. The
-- interchange format has no list for it, so its tables are named as the x_ lists they travel
-- under in an export (other tools ignore x_ keys; Waymark reads them back). An assessment is never
-- edited once made: a review writes a new one, so every earlier assessment stays readable.
CREATE TABLE x_risk_assessments (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    assessed_on TEXT NOT NULL,
    assessed_by TEXT,
    next_review_on TEXT
);
CREATE INDEX x_risk_assessments_period ON x_risk_assessments(support_period_id, assessed_on);

CREATE TABLE x_risks (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    risk_assessment_id TEXT NOT NULL REFERENCES x_risk_assessments(id),
    towards TEXT NOT NULL,
    level TEXT NOT NULL,
    description TEXT NOT NULL,
    management TEXT
);
CREATE INDEX x_risks_assessment ON x_risks(risk_assessment_id);

-- A walk-in at a drop-in surgery (C 6.2) is recorded on the session's register with what was
-- discussed and for how long.
ALTER TABLE attendance ADD COLUMN x_discussed TEXT;
ALTER TABLE attendance ADD COLUMN x_minutes INTEGER;
