-- Who may open the team server in Waymark (spec: issue 8): each of the server's own sign-ins
-- (PostgreSQL logins, whose passwords the server keeps) given to a member of staff, whose record
-- gives the role and so what they see. Only a team server reads it; a laptop's file has the table
-- too so that there is one schema, and its people sign in through its keys file instead.
CREATE TABLE x_server_sign_ins (
    login TEXT PRIMARY KEY,
    staff_id TEXT REFERENCES staff(id),
    administrator INTEGER NOT NULL DEFAULT 0,
    given_at TEXT NOT NULL,
    given_by TEXT NOT NULL
);
