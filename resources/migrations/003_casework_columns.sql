-- Columns the app keeps beyond the interchange keys. A case note is never edited after the day
-- it was written: a correction is a new note that points at the one it corrects. A referral keeps
-- the answers to the eligibility questions of the floating support specification (T 4.1) that
-- its other fields do not hold.
ALTER TABLE notes ADD COLUMN corrects_note_id TEXT REFERENCES notes(id);
ALTER TABLE referrals ADD COLUMN lives_in_area INTEGER;
ALTER TABLE referrals ADD COLUMN willing_to_engage INTEGER;
-- A complaint says who made it, and a serious one the date it was sent to the commissioner's
-- authorised officer (C 12), which must be at once.
ALTER TABLE complaints ADD COLUMN complainant TEXT;
ALTER TABLE complaints ADD COLUMN sent_to_commissioner_on TEXT;
