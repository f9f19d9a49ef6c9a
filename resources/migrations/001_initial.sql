-- Waymark schema, version 1.
-- Portable to SQLite 3.15 and PostgreSQL 15: TEXT, INTEGER and DOUBLE PRECISION columns only,
-- dates as ISO 8601 text, booleans as 0/1 integers.
-- Every casework row carries: id (UUID text), created_at and updated_at (UTC ISO 8601),
-- updated_by, version, and the deleted tombstone.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE waymark_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE staff (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE star_templates (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    scale_min INTEGER NOT NULL,
    scale_max INTEGER NOT NULL
);

CREATE TABLE star_template_areas (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    template_id TEXT NOT NULL REFERENCES star_templates(id),
    position INTEGER NOT NULL,
    area_key TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT
);
CREATE INDEX star_template_areas_template ON star_template_areas(template_id);

CREATE TABLE star_template_stages (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    template_id TEXT NOT NULL REFERENCES star_templates(id),
    position INTEGER NOT NULL,
    score_from INTEGER NOT NULL,
    score_to INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX star_template_stages_template ON star_template_stages(template_id);

CREATE TABLE contracts (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    funder TEXT,
    funder_statement TEXT,
    weekly_hours_cap DOUBLE PRECISION,
    max_duration_months INTEGER,
    first_contact_hours INTEGER,
    ending_warning_weeks INTEGER,
    dna_withdrawal_count INTEGER,
    plan_review_weeks INTEGER,
    star_interval_weeks INTEGER,
    minimum_age INTEGER,
    star_template_id TEXT REFERENCES star_templates(id),
    kpi_set TEXT
);

CREATE TABLE service_users (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    preferred_name TEXT,
    date_of_birth TEXT,
    gender TEXT,
    ethnicity TEXT,
    religion TEXT,
    sexual_orientation TEXT,
    disability TEXT,
    first_language TEXT,
    interpreter_needed INTEGER,
    address TEXT,
    postcode TEXT,
    phone TEXT,
    nhs_number TEXT,
    gp_registered TEXT,
    gp_practice TEXT,
    cpa TEXT,
    tenure TEXT
);
CREATE INDEX service_users_family_name ON service_users(family_name);

CREATE TABLE referrals (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    service_user_id TEXT NOT NULL REFERENCES service_users(id),
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    received_at TEXT NOT NULL,
    source TEXT,
    referrer TEXT,
    consent INTEGER,
    first_contact_at TEXT,
    decision TEXT,
    decision_reason TEXT,
    decided_on TEXT
);
CREATE INDEX referrals_service_user ON referrals(service_user_id);
CREATE INDEX referrals_contract_received ON referrals(contract_id, received_at);

CREATE TABLE support_periods (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    service_user_id TEXT NOT NULL REFERENCES service_users(id),
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    referral_id TEXT REFERENCES referrals(id),
    key_worker_id TEXT REFERENCES staff(id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    end_reason TEXT,
    planned_departure INTEGER,
    accommodation_based INTEGER,
    exit_accommodation TEXT,
    onward_referral TEXT,
    extension_until TEXT,
    extension_agreed_with TEXT,
    extension_reason TEXT
);
CREATE INDEX support_periods_service_user ON support_periods(service_user_id);
CREATE INDEX support_periods_contract_start ON support_periods(contract_id, start_date);
CREATE INDEX support_periods_key_worker ON support_periods(key_worker_id);

CREATE TABLE appointments (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    staff_id TEXT REFERENCES staff(id),
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    kind TEXT,
    status TEXT NOT NULL,
    over_cap_reason TEXT
);
CREATE INDEX appointments_period_start ON appointments(support_period_id, starts_at);
CREATE INDEX appointments_staff_start ON appointments(staff_id, starts_at);

CREATE TABLE hospital_stays (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    service_user_id TEXT NOT NULL REFERENCES service_users(id),
    admitted_on TEXT NOT NULL,
    discharged_on TEXT,
    kind TEXT,
    planned INTEGER
);
CREATE INDEX hospital_stays_service_user ON hospital_stays(service_user_id);

CREATE TABLE star_assessments (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    template_id TEXT NOT NULL REFERENCES star_templates(id),
    assessed_on TEXT NOT NULL,
    completed_by TEXT
);
CREATE INDEX star_assessments_period ON star_assessments(support_period_id, assessed_on);

CREATE TABLE star_assessment_scores (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    assessment_id TEXT NOT NULL REFERENCES star_assessments(id),
    area_key TEXT NOT NULL,
    score INTEGER,
    note TEXT
);
CREATE INDEX star_assessment_scores_assessment ON star_assessment_scores(assessment_id);

CREATE TABLE outcomes (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    code TEXT NOT NULL,
    need_identified INTEGER,
    achieved INTEGER,
    UNIQUE (support_period_id, code)
);

CREATE TABLE support_plans (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    agreed_on TEXT,
    need_ethnicity TEXT,
    need_religion TEXT,
    need_culture TEXT,
    need_gender TEXT,
    need_sexuality TEXT,
    need_disability TEXT,
    need_age TEXT,
    next_review_on TEXT
);
CREATE INDEX support_plans_period ON support_plans(support_period_id);

CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_plan_id TEXT NOT NULL REFERENCES support_plans(id),
    what TEXT,
    measure TEXT,
    who TEXT,
    target_date TEXT,
    outcome_code TEXT,
    star_area TEXT,
    status TEXT
);
CREATE INDEX goals_plan ON goals(support_plan_id);

CREATE TABLE goal_tasks (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    goal_id TEXT NOT NULL REFERENCES goals(id),
    position INTEGER NOT NULL,
    task TEXT NOT NULL
);
CREATE INDEX goal_tasks_goal ON goal_tasks(goal_id);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_plan_id TEXT NOT NULL REFERENCES support_plans(id),
    held_on TEXT NOT NULL,
    attendees TEXT,
    summary TEXT,
    next_review_on TEXT
);
CREATE INDEX reviews_plan ON reviews(support_plan_id);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    contract_id TEXT NOT NULL REFERENCES contracts(id),
    kind TEXT NOT NULL,
    title TEXT,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    led_by TEXT,
    venue TEXT
);
CREATE INDEX sessions_contract_start ON sessions(contract_id, starts_at);

CREATE TABLE attendance (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    session_id TEXT NOT NULL REFERENCES sessions(id),
    service_user_id TEXT NOT NULL REFERENCES service_users(id),
    attended INTEGER NOT NULL,
    UNIQUE (session_id, service_user_id)
);
CREATE INDEX attendance_service_user ON attendance(service_user_id);

CREATE TABLE withdrawal_reviews (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    held_on TEXT NOT NULL,
    decision TEXT,
    decided_by TEXT,
    reason TEXT
);
CREATE INDEX withdrawal_reviews_period ON withdrawal_reviews(support_period_id);

CREATE TABLE complaints (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    service_user_id TEXT REFERENCES service_users(id),
    received_on TEXT NOT NULL,
    summary TEXT,
    serious INTEGER,
    outcome TEXT,
    closed_on TEXT
);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    service_user_id TEXT REFERENCES service_users(id),
    occurred_on TEXT NOT NULL,
    kind TEXT,
    summary TEXT,
    reported_to_commissioner_on TEXT
);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0,
    support_period_id TEXT NOT NULL REFERENCES support_periods(id),
    written_at TEXT NOT NULL,
    author_id TEXT REFERENCES staff(id),
    text TEXT NOT NULL
);
CREATE INDEX notes_period ON notes(support_period_id, written_at);
