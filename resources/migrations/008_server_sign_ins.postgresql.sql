-- 008_server_sign_ins.sql for the team server (PostgreSQL): the same table, and its first entry,
-- the sign-in that made (or brought up to date) the server's schema, as its administrator.
CREATE TABLE x_server_sign_ins (
    login TEXT PRIMARY KEY,
    staff_id TEXT REFERENCES staff(id),
    administrator INTEGER NOT NULL DEFAULT 0,
    given_at TEXT NOT NULL,
    given_by TEXT NOT NULL
);
INSERT INTO x_server_sign_ins (login, staff_id, administrator, given_at, given_by)
    VALUES (session_user, NULL, 1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user);
