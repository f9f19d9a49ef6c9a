-- A case note is never edited after the day it was written: a correction is a new note that
-- points at the one it corrects.
ALTER TABLE notes ADD COLUMN corrects_note_id TEXT REFERENCES notes(id);
