-- Offline sync between laptops and a team server (spec: issue 8). Every database has these
-- tables; a laptop uses the outbox and the conflicts, the team server the journal and the batches.
-- A change is one record's fields as a JSON object ({"given_name": "Ann", "deleted": 1}): what one
-- save changed, never the whole record, so that changes to different fields of one record merge.

-- The team server's journal: every change made on it or pushed to it, numbered by the server in
-- the order they were committed (seq: assigned under a lock, never by a laptop's clock), so that
-- a laptop pulls everything after the last number it has seen and misses nothing.
CREATE TABLE x_sync_changes (
    seq INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    person TEXT,
    fields TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL
);
CREATE INDEX x_sync_changes_record ON x_sync_changes(record_id, seq);

-- Batches the server has taken, with what it answered, so that a batch sent again (a sync cut
-- off after the server committed) changes nothing and gets the same answer.
CREATE TABLE x_sync_batches (
    batch_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    received_at TEXT NOT NULL,
    answer TEXT NOT NULL
);

-- A laptop's changes waiting to be pushed, in the order they were made. base_seq is the last
-- server change the laptop had seen when it made the change: what the change was based on.
CREATE TABLE x_sync_outbox (
    position INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    person TEXT,
    fields TEXT NOT NULL,
    base_seq INTEGER NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    batch_id TEXT
);
CREATE INDEX x_sync_outbox_record ON x_sync_outbox(record_id);

-- The same field changed here and on the server: both values kept until a person chooses.
-- field "deleted" is a deletion against an edit.
CREATE TABLE x_sync_conflicts (
    id TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    person TEXT,
    field TEXT NOT NULL,
    mine TEXT,
    mine_at TEXT NOT NULL,
    mine_by TEXT NOT NULL,
    theirs TEXT,
    theirs_seq INTEGER NOT NULL,
    theirs_at TEXT NOT NULL,
    theirs_by TEXT NOT NULL,
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT
);
CREATE INDEX x_sync_conflicts_open ON x_sync_conflicts(resolved_at);
